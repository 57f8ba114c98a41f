/// Checks that warn but never refuse: values each allowed on their own that together look
/// like a slip of the keyboard. The therapist reads them; the plan is made as written.
public enum Plausibility {
  /// The oldest age at which a pregnancy is not questioned.
  public static let pregnancyAgeLimit = 55
  /// A start further than this from today is probably the wrong year.
  public static let startDaysLimit = 365

  /// The warnings for `profile`, whose plan starts on `start`; `today` is the clinic's date.
  public static func warnings(for profile: Profile, start: CalendarDate, today: CalendarDate) -> [String] {
    var warnings: [String] = []
    if profile.pregnancyWeeks > 0, let age = profile.age, age > pregnancyAgeLimit {
      warnings.append(
        "pregnancy_weeks: \(profile.pregnancyWeeks) with age \(age): pregnancy after \(pregnancyAgeLimit) is rare; check both fields"
      )
    }
    let days = start.dayNumber - today.dayNumber
    if abs(days) > startDaysLimit {
      let when = days > 0 ? "more than a year after" : "more than a year before"
      warnings.append("start: \(start) is \(when) today (\(today)); check the year")
    }
    return warnings
  }
}
