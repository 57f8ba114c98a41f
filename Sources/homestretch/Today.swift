import Foundation
import HomeStretch

/// The one place the command line reads the clock: the default start date.
enum Today {
  static func date() -> CalendarDate {
    let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
    // 1970-01-01 is day 0; CalendarDate counts from the same epoch.
    return CalendarDate(year: 1970, month: 1, day: 1)!.adding(days: days)
  }
}
