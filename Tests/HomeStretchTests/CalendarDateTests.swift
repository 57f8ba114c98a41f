import Testing

@testable import HomeStretch

@Suite struct CalendarDateTests {
  @Test func knownWeekdays() {
    #expect(CalendarDate(iso: "2026-11-23")?.weekday == .monday)
    #expect(CalendarDate(iso: "1970-01-01")?.weekday == .thursday)
    #expect(CalendarDate(iso: "2000-02-29")?.weekday == .tuesday)
  }

  @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
    let date = CalendarDate(iso: "2024-02-28")!
    #expect(date.adding(days: 1).description == "2024-02-29")
    #expect(date.adding(days: 2).description == "2024-03-01")
    #expect(CalendarDate(iso: "2026-12-31")!.adding(days: 1).description == "2027-01-01")
    #expect(CalendarDate(iso: "2027-01-01")!.adding(days: -1).description == "2026-12-31")
  }

  @Test func roundTripsAcrossThreeCenturies() {
    let start = CalendarDate(iso: "1900-03-01")!
    var previous = start
    for offset in stride(from: 1, to: 109_000, by: 97) {
      let date = start.adding(days: offset)
      #expect(date.dayNumber - start.dayNumber == offset)
      #expect(date > previous)
      #expect(CalendarDate(iso: date.description) == date)
      previous = date
    }
  }

  @Test func rejectsImpossibleDates() {
    #expect(CalendarDate(iso: "2026-02-29") == nil)
    #expect(CalendarDate(iso: "2026-13-01") == nil)
    #expect(CalendarDate(iso: "26-11-23") == nil)
    #expect(CalendarDate(iso: "2026/11/23") == nil)
  }

  @Test func nextMonday() {
    #expect(CalendarDate(iso: "2026-11-21")!.nextMondayOrSame.description == "2026-11-23")
    #expect(CalendarDate(iso: "2026-11-23")!.nextMondayOrSame.description == "2026-11-23")
    #expect(CalendarDate(iso: "2026-11-24")!.nextMondayOrSame.description == "2026-11-30")
  }
}
