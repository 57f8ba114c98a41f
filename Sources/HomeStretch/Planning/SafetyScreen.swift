/// The hard safety rules (rules.md (b) step 2 and (c)): whether an item may be given to
/// this patient at all. An item with any reason here is never in the plan, not even when
/// the therapist lists it in `include:`.
public enum SafetyScreen {
  /// Every reason the item is contraindicated, in rule order; empty when it is safe.
  public static func contraindications(of item: CatalogueItem, for facts: PatientFacts) -> [Reason] {
    var reasons: [Reason] = []
    reasons += hipPrecautions(item, facts)
    if facts.has(.osteoporosis) {
      if item.has(.loadedFlexion) {
        reasons.append(Reason(.s6, "no loaded bending of the spine with osteoporosis"))
      }
      if item.has(.trunkRotation) {
        reasons.append(Reason(.s6, "no twisting of the spine with osteoporosis"))
      }
    }
    if facts.pregnant && item.has(.prone) {
      reasons.append(Reason(.s7, "no lying on the front at any stage of pregnancy"))
    }
    if facts.pregnancy20Weeks && item.has(.supine) {
      let weeks: String
      if facts.profile.pregnancyWeeks == 0 {
        weeks = "weeks of pregnancy not given, so counted as 20 or more"
      } else if facts.profile.pregnancyWeeks >= 20 {
        weeks = "\(facts.profile.pregnancyWeeks) weeks pregnant"
      } else {
        weeks = "\(facts.profile.pregnancyWeeks) weeks pregnant now, 20 weeks in week \(facts.week20 ?? 1) of the plan"
      }
      reasons.append(Reason(.s7, "no lying on the back from 20 weeks of pregnancy (\(weeks))"))
    }
    if !facts.profile.floor && item.floor {
      reasons.append(Reason(.s8, "needs the floor, and the profile says floor: false (or does not say)"))
    }
    if facts.profile.condition == .lumbarStenosis && item.has(.extensionBias) {
      reasons.append(Reason(.s3, "no extension-bias items in lumbar stenosis (extension narrows the spinal canal)"))
    }
    if let missing = missingEquipment(item, facts) {
      reasons.append(Reason(.s12, "needs \(missing), which is not in the profile's equipment"))
    }
    if item.kind == .thermal {
      reasons += ThermalSafety.contraindications(of: item, for: facts)
    }
    for entry in item.contraindications where facts.applies(entry.condition, to: item) {
      reasons.append(Reason(.item, "\(entry.condition.title): \(entry.text)"))
    }
    return reasons
  }

  static func hipPrecautions(_ item: CatalogueItem, _ facts: PatientFacts) -> [Reason] {
    let operated = facts.posteriorHips.intersection(facts.hipsUsed(by: item)).sorted()
    guard !operated.isEmpty else { return [] }
    let hips = operated.map(\.rawValue).joined(separator: " and ")
    var reasons: [Reason] = []
    let risks = ItemTag.posteriorHipRisks.filter(item.has)
    if !risks.isEmpty {
      let words = risks.map { tag -> String in
        switch tag {
        case .hipFlexionOver90: return "bends the hip past 90°"
        case .hipAdduction: return "brings the leg across the midline"
        default: return "turns the hip inward"
        }
      }
      reasons.append(Reason(.s5, "\(words.joined(separator: ", ")) of the operated (\(hips)) hip"))
    }
    if item.has(.piriformisStretch) && item.sided && risks.isEmpty {
      reasons.append(Reason(.s5, "no piriformis stretch on the operated (\(hips)) side"))
    }
    return reasons
  }

  /// The first piece of profile equipment the item needs that the patient lacks and that has
  /// no household substitute.
  static func missingEquipment(_ item: CatalogueItem, _ facts: PatientFacts) -> String? {
    let has = Set(facts.profile.equipment.map(\.equipment))
    for needed in item.equipment where Equipment.declarable.contains(needed) && !has.contains(needed) {
      if !needed.hasHouseholdSubstitute { return needed.rawValue.replacingOccurrences(of: "_", with: " ") }
    }
    return nil
  }

  /// Household substitutes for missing equipment, as notes for the patient (rule S12).
  static func substitutions(_ item: CatalogueItem, _ facts: PatientFacts) -> [PatientNote] {
    let has = Set(facts.profile.equipment.map(\.equipment))
    return item.equipment.compactMap { needed in
      guard Equipment.declarable.contains(needed), !has.contains(needed), needed.hasHouseholdSubstitute else {
        return nil
      }
      return .substitute(needed)
    }
  }

  /// Rules that make an item a poor choice without making it unsafe (rule S3 preferences and
  /// S9 demand). The planner does not pick such an item itself; a therapist may still include it.
  public static func preferences(about item: CatalogueItem, for facts: PatientFacts) -> [Reason] {
    var reasons: [Reason] = []
    let direction = facts.direction
    if direction == .extension && facts.profile.condition.isDisc {
      let deepFlexion = item.has(.flexionBias) && !item.sided && item.has(.hipFlexionOver90)
      if item.has(.loadedFlexion) || deepFlexion {
        reasons.append(
          Reason(.s3, "sustained or loaded bending is avoided in disc-related pain with an extension preference"))
      }
    }
    if direction == .flexion && item.has(.extensionBias) && facts.profile.condition != .lumbarStenosis {
      reasons.append(Reason(.s3, "works against the flexion preference found at assessment"))
    }
    if direction == .extension && item.has(.flexionBias) && item.kind != .strengthening
      && facts.profile.directionalPreference == .extension
    {
      reasons.append(Reason(.s3, "works against the extension preference found at assessment"))
    }
    if item.kind.isExercise && item.level > facts.tier.maxLevel {
      reasons.append(
        Reason(
          .s9,
          "level \(item.level) is too demanding to start with at pain \(facts.profile.pain)/10, \(facts.profile.phase.rawValue) (\(facts.tier.rawValue): level \(facts.tier.maxLevel) or below)"
        ))
    }
    return reasons
  }
}
