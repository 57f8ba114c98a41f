/// Where ice and heat may go for one patient (rules.md (c)), by area and side.
public enum ThermalSafety {
  /// A body region an ice or heat routine can touch.
  enum Region: Hashable, Comparable {
    case lowBack
    case buttock(BodySide)
    case leg(BodySide)

    var words: String {
      switch self {
      case .lowBack: return "the low back"
      case .buttock(let side): return "the \(side.rawValue) buttock"
      case .leg(let side): return "the \(side.rawValue) leg"
      }
    }

    var isLeg: Bool {
      if case .leg = self { return true }
      return false
    }
  }

  /// The regions a thermal item touches for this patient.
  static func regions(of item: CatalogueItem, for facts: PatientFacts) -> [Region] {
    guard let area = item.thermal?.area else { return [] }
    let sides = facts.workingSides.sorted()
    switch area {
    case .lowBack: return [.lowBack]
    case .buttock: return sides.map { .buttock($0) }
    case .leg: return sides.map { .leg($0) }
    case .lowBackAndButtocks: return [.lowBack, .buttock(.left), .buttock(.right)]
    }
  }

  static func contraindications(of item: CatalogueItem, for facts: PatientFacts) -> [Reason] {
    var reasons: [Reason] = []
    let isCold = item.has(.cold)
    let isHeat = item.has(.heat)
    if facts.has(.impairedSensationOrCognition) {
      reasons.append(Reason(.thermal, "no unsupervised ice or heat with impaired sensation or cognition"))
    }
    if isCold && facts.has(.raynauds) {
      reasons.append(Reason(.thermal, "no cold anywhere with Raynaud's"))
    }
    if isCold && facts.has(.peripheralVascularDisease) {
      reasons.append(Reason(.thermal, "no cold with peripheral vascular disease"))
    }
    let numb = Set(facts.profile.numbness)
    for region in regions(of: item, for: facts) {
      if let why = numbnessReason(region, numb) {
        reasons.append(Reason(.thermal, "no ice or heat on \(region.words): \(why)"))
      }
      if region.isLeg && facts.has(.diabetesNeuropathy) {
        reasons.append(Reason(.thermal, "no ice or heat on the legs with diabetic neuropathy"))
      }
      if region.isLeg && isHeat && facts.has(.peripheralVascularDisease) {
        reasons.append(Reason(.thermal, "no heat on the legs with peripheral vascular disease"))
      }
      if region == .lowBack && facts.has(.openWoundLowBack) {
        reasons.append(Reason(.thermal, "no ice or heat over the open wound on the low back"))
      }
    }
    return reasons
  }

  static func numbnessReason(_ region: Region, _ numb: Set<NumbnessArea>) -> String? {
    switch region {
    case .lowBack:
      return numb.contains(.lowBack) ? "the low back is numb" : nil
    case .buttock(let side):
      let area: NumbnessArea = side == .left ? .leftButtock : .rightButtock
      if numb.contains(area) { return "that buttock is numb" }
      // The skin of the buttock shares its nerve with the back of the thigh: a numb leg
      // may mean reduced feeling on that buttock too (rules.md (c)).
      let leg: NumbnessArea = side == .left ? .leftLeg : .rightLeg
      return numb.contains(leg) ? "the leg on that side is numb, and feeling there may be reduced" : nil
    case .leg(let side):
      let area: NumbnessArea = side == .left ? .leftLeg : .rightLeg
      if numb.contains(area) { return "that leg is numb" }
      return numb.contains(.feet) ? "the feet are numb" : nil
    }
  }

  /// Dose limits and patient notes that make an allowed routine safe (rules.md (c), S7).
  static func adjust(_ dose: Dose, of item: CatalogueItem, for facts: PatientFacts) -> (Dose, [Reason]) {
    var dose = dose
    var reasons: [Reason] = []
    let onLowBack = regions(of: item, for: facts).contains(.lowBack)
    if item.has(.heat) && onLowBack && facts.has(.diabetesNeuropathy), let minutes = dose.minutes, minutes > 10 {
      dose.minutes = 10
      reasons.append(Reason(.thermal, "shortened to 10 minutes with frequent skin checks (diabetic neuropathy)"))
    }
    if item.has(.heat) && facts.pregnant, let minutes = dose.minutes, minutes > 15, minutes < 60 {
      dose.minutes = 15
      reasons.append(Reason(.s7, "warm, not hot, at most 15 minutes in pregnancy; never on the belly"))
    }
    if item.has(.heat) && facts.has(.peripheralVascularDisease) {
      reasons.append(Reason(.thermal, "low heat only, with care, because of peripheral vascular disease"))
    }
    // Once a day: heat before the morning session, cold when needed (rules.md (c)); a
    // second daily pack would double minutes the plan cannot honestly spare.
    dose.timesPerDay = 1
    return (dose, reasons)
  }
}
