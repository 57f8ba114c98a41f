/// What the therapist must know about a plan beyond its items (docs/clinical-rules.md W):
/// a must-have or an assessed preference that could not be honoured, a pregnancy the plan
/// cannot follow to its end, findings that need a question at the next visit.
enum TherapistWarnings {
  static func warnings(facts: PatientFacts, chosen: [Choice], catalogue: Catalogue) -> [String] {
    let profile = facts.profile
    var lines: [String] = []

    // Pregnancy that the plan cannot follow week by week.
    if facts.pregnant && profile.pregnancyWeeks == 0 {
      lines.append(
        "S7 pregnancy: the weeks of pregnancy are not given, so the plan is made as for 20 weeks or more (nothing lying on the back) and cannot stop at the birth; add pregnancy_weeks."
      )
    }
    if facts.endsAtBirth {
      lines.append(
        "S7 pregnancy: at \(profile.pregnancyWeeks) weeks the patient reaches 40 weeks in week \(facts.weeks) of the plan, so the plan stops there (\(facts.weeks) of the \(profile.weeks) weeks asked for) and tells her to see you after the birth."
      )
    }

    // An assessed directional preference the rules override.
    if profile.condition == .lumbarStenosis && profile.directionalPreference == .extension {
      lines.append(
        "S3 directional preference: extension was found at assessment, but lumbar stenosis rules out extension-bias items; the plan uses the flexion bias. Check the diagnosis or the preference."
      )
    }

    // Must-haves missing from the plan (the therapist excluded them, or none is safe).
    let kinds = Set(chosen.map(\.role))
    let hasStrength = chosen.contains { $0.item.kind == .strengthening }
    if !hasStrength {
      lines.append(
        "S2 exercise and strengthening: the plan has no strengthening (excluded, or none is safe for this patient); add one the patient can do safely."
      )
    } else if facts.has(.osteoporosis)
      && !chosen.contains(where: { $0.item.kind == .strengthening && !Dosing.isDaily($0.item) })
    {
      lines.append(
        "S6 osteoporosis: the plan has no loading strength exercise on 2 or more days a week (Too Fit To Fracture); only gentle activation was safe or allowed."
      )
    }
    if SelectionPolicy.nerveGlide(facts) != nil && !chosen.contains(where: { $0.item.has(.nerveGlide) }) {
      lines.append(
        "S4 nerve glides: leg symptoms from the nerve call for a nerve glide, but the plan has none (excluded, or none is safe)."
      )
    }
    let directionalNeeded = !SelectionPolicy.conditionSlots(facts).isEmpty
    if directionalNeeded && !kinds.contains(.directional) && !kinds.contains(.condition)
      && !chosen.contains(where: { $0.role == .requested })
    {
      let blocked = onlyEquipmentMissing(SelectionPolicy.conditionSlots(facts), facts: facts, catalogue: catalogue)
      lines.append(
        "S3 directional preference: the plan has no directional or condition-specific exercise"
          + (blocked.isEmpty
            ? " (excluded, or none is safe)."
            : ": \(blocked.joined(separator: " and ")), which the profile's equipment does not list;"
              + " add it, or include another exercise."))
    }

    // Findings that need a question.
    let opposite = oppositeSideNumbness(profile)
    if !opposite.isEmpty {
      lines.append(
        "Numbness on the side opposite the pain (\(opposite.map(\.rawValue).joined(separator: ", "))): check the side, and ask about symptoms spreading to both legs."
      )
    }
    if Screening.hasBilateralLegNumbness(profile) && profile.condition == .lumbarStenosis {
      lines.append(
        "Numbness in both legs or both feet: typical of lumbar stenosis, so no referral; if it is new or getting worse, refer the same day (docs/clinical-rules.md S0)."
      )
    }
    if (profile.age ?? 0) > 70 && facts.has(.osteoporosis) && profile.phase == .acute && profile.pain >= 7 {
      lines.append(
        "Over 70 with osteoporosis and sudden severe pain, and no trauma recorded: ask about a fall or a lift; a vertebral fracture is possible (then red_flags: minor_trauma_fracture_risk)."
      )
    }
    if facts.has(.impairedSensationOrCognition) {
      lines.append(
        "Impaired sensation or cognition: no ice or heat is given, and the handout asks a family member or carer to help with the exercises."
      )
    }
    if !chosen.isEmpty
      && chosen.filter({ $0.mustHave && $0.item.kind.isExercise && $0.role != .requested }).count
        > facts.maxExercises
    {
      lines.append(
        "S9 pain and phase dosing: the must-have exercises alone are more than max_exercises \(facts.maxExercises); they are kept."
      )
    }
    return lines
  }

  /// Numb areas on the side without pain.
  static func oppositeSideNumbness(_ profile: Profile) -> [NumbnessArea] {
    switch profile.side {
    case .left: return profile.numbness.filter { $0 == .rightLeg || $0 == .rightButtock }
    case .right: return profile.numbness.filter { $0 == .leftLeg || $0 == .leftButtock }
    case .both: return []
    }
  }

  /// The items that would fill `slots` and that only missing equipment keeps out, each as
  /// "Seated forward bend needs a chair" (none when something else rules them out too).
  static func onlyEquipmentMissing(_ slots: [SelectionSlot], facts: PatientFacts, catalogue: Catalogue) -> [String] {
    catalogue.items.compactMap { item in
      guard slots.contains(where: { $0.matches(item) }),
        SafetyScreen.contraindications(of: item, for: facts).allSatisfy({ $0.rule == .s12 }),
        let missing = SafetyScreen.missingEquipment(item, facts)
      else { return nil }
      return "\(item.name) needs a \(missing)"
    }
  }
}
