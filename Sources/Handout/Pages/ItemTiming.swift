import HomeStretch

/// When each item of a plan is done, in words, from the schedule of the first week it is in.
enum ItemTiming {
  /// Where a heat pack goes in the day: just before the session, or after it as a rest.
  static func placement(_ item: PlannedItem, timing: ThermalTiming?, wording: Wording) -> String? {
    if item.rest { return wording.asRest }
    return timing == .beforeExercise ? wording.beforeExercises : nil
  }

  static func when(_ item: PlannedItem, in plan: Plan, timing: ThermalTiming? = nil, wording: Wording) -> String {
    guard let weekNumber = item.weeks.first, weekNumber - 1 < plan.schedule.count else { return "" }
    let week = plan.schedule[weekNumber - 1]
    var days: [Weekday] = []
    var sessions: [SessionName] = []
    for day in week.days {
      let here = day.sessions.filter { $0.items.contains(item.id) }.map(\.name)
      guard !here.isEmpty else { continue }
      days.append(day.weekday)
      for name in here where !sessions.contains(name) { sessions.append(name) }
    }
    let ordered = Weekday.allCases.filter(days.contains)
    let sessionOrder = SessionName.allCases.filter(sessions.contains)
    var text = wording.when(days: ordered, sessions: sessionOrder)
    if let placement = placement(item, timing: timing, wording: wording) { text += ". " + placement }
    if item.weeks.count < plan.patient.weeks {
      let weeks = item.weeks.map(String.init)
      text += " (week\(weeks.count == 1 ? "" : "s") \(wording.list(weeks)))"
    }
    return text
  }
}
