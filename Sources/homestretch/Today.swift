import Foundation
import HomeStretch

/// The one place the command line reads the clock: the default start date and the
/// plausibility of a start. `SOURCE_DATE_EPOCH`, when set, stands for the clock, so a run
/// with it gives the same output on any day.
enum Today {
  static func date() -> CalendarDate {
    let now =
      ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
    let days = Int((now / 86_400).rounded(.down))
    // 1970-01-01 is day 0; CalendarDate counts from the same epoch.
    return CalendarDate(year: 1970, month: 1, day: 1)!.adding(days: days)
  }
}
