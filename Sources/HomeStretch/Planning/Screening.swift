/// The red-flag screen (rule S0, docs/clinical-rules.md S0): any red flag means a referral,
/// never a plan.
public enum Screening {
  /// The referral reasons for a profile, most urgent first; empty when there is no red flag.
  public static func referralReasons(for profile: Profile) -> [ReferralReason] {
    var flags = profile.redFlags
    if bilateralLegNumbnessRefers(profile) && !flags.contains(.bilateralLegNumbness) {
      flags.append(.bilateralLegNumbness)
    }
    let nerveSigns = hasNerveSigns(profile)
    return
      flags
      .map { flag in
        let level = urgency(of: flag, nerveSigns: nerveSigns)
        return ReferralReason(
          flag: flag, urgency: level, raisedByNerveSigns: level != urgency(of: flag, nerveSigns: false))
      }
      .enumerated()
      .sorted { (rank($0.element.urgency), $0.offset) < (rank($1.element.urgency), $1.offset) }
      .map(\.element)
  }

  /// Numbness in both legs: a bilateral nerve sign that refers the same day, except in
  /// lumbar stenosis, where symptoms in both legs are typical (then a therapist warning).
  public static func bilateralLegNumbnessRefers(_ profile: Profile) -> Bool {
    hasBilateralLegNumbness(profile) && profile.condition != .lumbarStenosis
  }

  /// Numbness in both legs: both legs listed, or numb feet that diabetic neuropathy does
  /// not explain (both feet are a sign in both legs).
  public static func hasBilateralLegNumbness(_ profile: Profile) -> Bool {
    (profile.numbness.contains(.leftLeg) && profile.numbness.contains(.rightLeg))
      || (profile.numbness.contains(.feet) && !profile.health.contains(.diabetesNeuropathy))
  }

  /// Numbness that may come from a nerve root: in a leg or buttock, or in the feet unless
  /// diabetic neuropathy explains it; worsening weakness.
  public static func hasNerveSigns(_ profile: Profile) -> Bool {
    let root: Set<NumbnessArea> = [.leftLeg, .rightLeg, .leftButtock, .rightButtock]
    if profile.numbness.contains(where: root.contains) { return true }
    if profile.numbness.contains(.feet) && !profile.health.contains(.diabetesNeuropathy) { return true }
    return profile.redFlags.contains(.progressiveWeakness)
  }

  /// How fast the patient must be seen, from rules.md (d): a possible cancer is seen within
  /// days, or the same day when there are nerve signs.
  public static func urgency(of flag: RedFlag, nerveSigns: Bool = false) -> ReferralReason.Urgency {
    switch flag {
    case .saddleAnaesthesia, .bladderBowelChange: return .emergency
    case .progressiveWeakness, .fever, .majorTrauma, .minorTraumaFractureRisk, .bilateralLegNumbness: return .sameDay
    case .weightLoss, .cancerHistory: return nerveSigns ? .sameDay : .soon
    case .ivDrugUse, .immunosuppression: return .soon
    }
  }

  static func rank(_ urgency: ReferralReason.Urgency) -> Int {
    switch urgency {
    case .emergency: return 0
    case .sameDay: return 1
    case .soon: return 2
    }
  }
}
