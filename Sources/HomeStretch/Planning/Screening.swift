/// The red-flag screen (rule S0, rules.md (d)): any red flag means a referral, never a plan.
public enum Screening {
  /// The referral reasons for a profile, most urgent first; empty when there is no red flag.
  public static func referralReasons(for profile: Profile) -> [ReferralReason] {
    profile.redFlags
      .map { flag in
        let urgency = urgency(of: flag)
        return ReferralReason(
          flag: flag, reason: Strings.redFlagReason(flag), action: Strings.redFlagAction(urgency), urgency: urgency)
      }
      .sorted { rank($0.urgency) < rank($1.urgency) }
  }

  /// How fast the patient must be seen, from rules.md (d).
  public static func urgency(of flag: RedFlag) -> ReferralReason.Urgency {
    switch flag {
    case .saddleAnaesthesia, .bladderBowelChange: return .emergency
    case .progressiveWeakness, .fever, .majorTrauma: return .sameDay
    case .weightLoss, .cancerHistory, .ivDrugUse, .immunosuppression: return .soon
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
