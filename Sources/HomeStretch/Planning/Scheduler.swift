/// Lays one week's items out over days and sessions (rules.md (e)): stretches and glides
/// daily, strengthening on Monday, Wednesday and Friday, walking daily, heat first in the
/// morning before stretching, cold last in the evening after activity, sitting breaks on
/// working days.
enum Scheduler {
  /// An item active this week, with its dose.
  struct Entry {
    var item: CatalogueItem
    var dose: Dose
    /// Taken lying down as a rest after the morning session; costs no time.
    var rest: Bool = false
  }

  static let strengthDays: Set<Weekday> = [.monday, .wednesday, .friday]

  static func days(start: CalendarDate, entries: [Entry], tier: DoseTier) -> [DaySchedule] {
    (0..<7).map { offset in
      let date = start.adding(days: offset)
      return DaySchedule(date: date, weekday: date.weekday, sessions: sessions(on: date.weekday, entries, tier))
    }
  }

  /// The exercise sessions of a day for a tier: two, or three short ones when gentle.
  static func exerciseSessions(_ tier: DoseTier) -> [SessionName] {
    tier.sessionsPerDay >= 3 ? [.morning, .midday, .evening] : [.morning, .evening]
  }

  static func sessions(on weekday: Weekday, _ entries: [Entry], _ tier: DoseTier) -> [Session] {
    let exerciseSessions = exerciseSessions(tier)
    var lists: [SessionName: [String]] = [:]
    func put(_ id: String, _ session: SessionName) { lists[session, default: []].append(id) }
    /// The first `count` exercise sessions, spread: 1 → morning, 2 → morning and evening.
    func spread(_ count: Int) -> [SessionName] {
      switch min(count, exerciseSessions.count) {
      case ..<2: return [.morning]
      case 2: return [.morning, .evening]
      default: return exerciseSessions
      }
    }

    // One pass in display order, so each session lists its items as the patient meets
    // them: heat first (before stretching), exercises by position, walking, cold last.
    for entry in entries {
      let item = entry.item
      switch item.kind {
      case .thermal:
        if entry.rest {
          put(item.id, .morning)
          continue
        }
        switch item.thermal?.timing {
        case .beforeExercise: for session in spread(entry.dose.timesPerDay) { put(item.id, session) }
        case .morning: put(item.id, .morning)
        case .afterActivity: put(item.id, .evening)
        case .asNeeded, nil: put(item.id, .throughTheDay)
        }
      case .strengthening:
        if Dosing.isDaily(item) {
          for session in spread(entry.dose.timesPerDay) { put(item.id, session) }
        } else if strengthDays.contains(weekday) {
          put(item.id, .evening)
        }
      case .stretch, .mobility, .nerveGlide:
        for session in spread(entry.dose.timesPerDay) { put(item.id, session) }
      case .activity:
        let bouts: [SessionName] =
          entry.dose.timesPerDay >= 2 ? [exerciseSessions[exerciseSessions.count > 2 ? 1 : 0], .evening] : [.midday]
        for session in bouts.prefix(entry.dose.timesPerDay) { put(item.id, session) }
      case .habit:
        if item.has(.sittingBreaks) && !weekday.isWorkday { continue }
        put(item.id, .throughTheDay)
      }
    }
    return SessionName.allCases.compactMap { name in
      guard let ids = lists[name], !ids.isEmpty else { return nil }
      return Session(name: name, items: ids)
    }
  }

  /// Minutes a day's sessions take, counting each session's items once per appearance.
  static func minutes(of day: DaySchedule, entries: [String: Entry], facts: PatientFacts) -> Double {
    var total = 0.0
    for session in day.sessions {
      for id in session.items {
        guard let entry = entries[id], entry.item.costsTime, !entry.rest else { continue }
        var single = entry.dose
        single.timesPerDay = 1
        total += Dosing.minutesPerDay(of: entry.item, dose: single, facts: facts)
      }
    }
    return total
  }
}
