/// Builds the weekly schedules with progression (rules.md (e)): week 1 is the starting dose;
/// each later week walking grows first, as planned at selection, then a few items take one
/// step harder each while the busiest day stays within the time budget; from week 3 an item
/// may move on to its harder variant, one level up at most.
enum WeekBuilder {
  /// The week from which harder variants replace their easier items.
  static let variantWeek = 3
  /// Most changes in one week, walking's included: a few at a time, so a patient can follow.
  static let maxChangesPerWeek = 3

  static func build(selector: inout Selector, start: CalendarDate) -> [WeekSchedule] {
    let facts = selector.facts
    let budget = Double(facts.profile.minutesPerDay)
    var doses: [String: Dose] = Dictionary(
      selector.chosen.map { ($0.item.id, $0.dose) }, uniquingKeysWith: { first, _ in first })
    var schedules: [WeekSchedule] = []

    for week in 1...facts.weeks {
      var changes: [WeekChange] = []
      if week > 1 {
        changes += growWalking(selector, &doses, week: week, budget: budget)
        if week == variantWeek {
          changes += addVariants(&selector, &doses, budget: budget, room: maxChangesPerWeek - changes.count)
        }
        changes += stepUp(selector, &doses, week: week, budget: budget, room: maxChangesPerWeek - changes.count)
      }
      let active = DisplayOrder.sorted(activeChoices(selector.chosen, week: week))
      let entries = active.map {
        Scheduler.Entry(item: $0.item, dose: doses[$0.item.id] ?? $0.dose, rest: $0.rest)
      }
      let weekStart = start.adding(days: (week - 1) * 7)
      let days = Scheduler.days(start: weekStart, entries: entries, tier: facts.tier)
      let byID = Dictionary(entries.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
      let busiest = days.map { Scheduler.minutes(of: $0, entries: byID, facts: facts) }.max() ?? 0
      var planned: [String: PlannedDose] = [:]
      for entry in entries { planned[entry.item.id] = Dosing.planned(entry.dose, of: entry.item, facts: facts) }
      schedules.append(
        WeekSchedule(
          week: week, start: weekStart, doses: planned, changes: changes,
          maxMinutesPerDay: (busiest * 10).rounded() / 10, days: days))
    }
    markWalkingGrowth(&schedules, selector)
    return schedules
  }

  /// Walking's card promises "a little longer each week" only when the plan has it.
  static func markWalkingGrowth(_ schedules: inout [WeekSchedule], _ selector: Selector) {
    guard let index = selector.walkingIndex else { return }
    let id = selector.chosen[index].item.id
    let minutes = schedules.compactMap { $0.doses[id].map { ($0.minutes ?? 0) * $0.timesPerDay } }
    guard let first = minutes.first, let last = minutes.last, last > first else { return }
    for week in schedules.indices { schedules[week].doses[id]?.note = .walkingGrows }
  }

  static func activeChoices(_ choices: [Choice], week: Int) -> [Choice] {
    choices.filter { $0.fromWeek <= week && week <= ($0.untilWeek ?? Int.max) }
  }

  /// Daily minutes of the active items with these doses (worst case: every item on one day).
  static func dailyMinutes(_ choices: [Choice], _ doses: [String: Dose], selector: Selector) -> Double {
    choices.reduce(0) { total, choice in
      total + selector.cost(choice.item, doses[choice.item.id] ?? choice.dose, rest: choice.rest)
    }
  }

  /// The doses with walking at its last planned week: what other items' progress must leave
  /// room for, since walking grows ahead of them.
  static func withWalkingReserved(_ doses: [String: Dose], _ selector: Selector) -> [String: Dose] {
    guard let index = selector.walkingIndex, var last = selector.walkingWeeks.last else { return doses }
    let id = selector.chosen[index].item.id
    last.minutes = max(last.minutes ?? 0, doses[id]?.minutes ?? 0)
    var reserved = doses
    reserved[id] = last
    return reserved
  }

  /// Walking's dose for the week: as planned at selection (its growth was kept free), and
  /// further toward its weekly target when the other items leave room this week.
  static func growWalking(_ selector: Selector, _ doses: inout [String: Dose], week: Int, budget: Double)
    -> [WeekChange]
  {
    guard let index = selector.walkingIndex, week - 1 < selector.walkingWeeks.count else { return [] }
    let id = selector.chosen[index].item.id
    var next = selector.walkingWeeks[week - 1]
    let current = doses[id] ?? next
    next.minutes = max(next.minutes ?? 0, current.minutes ?? 0)
    let target = selector.walkingTargets[week - 1]
    let active = activeChoices(selector.chosen, week: week)
    while let minutes = next.minutes, minutes < target {
      var trial = doses
      var longer = next
      longer.minutes = minutes + 1
      trial[id] = longer
      guard dailyMinutes(active, trial, selector: selector) <= budget + 0.001 else { break }
      next = longer
    }
    guard let minutes = next.minutes, next != doses[id] else { return [] }
    doses[id] = next
    return [.longerWalk(minutes: minutes)]
  }

  /// Moves items on to their harder variants when safe in every week they would be used
  /// (the safety screen covers the whole plan), one level up at most, within the budget.
  static func addVariants(
    _ selector: inout Selector, _ doses: inout [String: Dose], budget: Double, room: Int
  ) -> [WeekChange] {
    let facts = selector.facts
    var changes: [WeekChange] = []
    let order = selector.chosen.indices.sorted { selector.chosen[$0].role < selector.chosen[$1].role }
    for index in order where changes.count < room {
      let choice = selector.chosen[index]
      guard choice.untilWeek == nil, choice.role != .requested, choice.item.kind.isExercise,
        let harderID = choice.item.harder, let harder = selector.catalogue[harderID],
        !selector.chosen.contains(where: { $0.item.id == harderID }),
        !facts.profile.exclude.contains(harderID),
        // The harder step keeps the item's job: a flexion item stays a flexion item (rule S3).
        harder.bias == choice.item.bias,
        // One step at a time: never two levels in one week.
        harder.level <= choice.item.level + 1,
        SafetyScreen.contraindications(of: harder, for: facts).isEmpty,
        harder.level <= facts.tier.maxLevel + 1,
        SafetyScreen.preferences(about: harder, for: facts).allSatisfy({ $0.rule == .s9 })
      else { continue }
      let dose = Dosing.startingDose(of: harder, for: facts)
      let active = activeChoices(selector.chosen, week: variantWeek)
      let current = dailyMinutes(active, withWalkingReserved(doses, selector), selector: selector)
      let old = selector.cost(choice.item, doses[choice.item.id] ?? choice.dose)
      let new = selector.cost(harder, dose)
      guard current - old + new <= budget + 0.001 else { continue }
      selector.addVariant(harder, replacing: index, fromWeek: variantWeek, dose: dose)
      doses[harder.id] = dose
      changes.append(.harderVariant(from: choice.item.id, to: harder.id))
    }
    return changes
  }

  /// One step harder for a few active items, highest priority first, while the budget
  /// allows; an item that changed this week (a new variant) waits for the next.
  static func stepUp(
    _ selector: Selector, _ doses: inout [String: Dose], week: Int, budget: Double, room: Int
  ) -> [WeekChange] {
    let facts = selector.facts
    let active = activeChoices(selector.chosen, week: week).sorted { $0.role < $1.role }
    var changes: [WeekChange] = []
    for choice in active where choice.fromWeek < week && choice.item.kind != .activity && changes.count < room {
      let item = choice.item
      let current = doses[item.id] ?? choice.dose
      guard var next = Progression.nextStep(after: current, of: item, facts: facts) else { continue }
      var trial = withWalkingReserved(doses, selector)
      trial[item.id] = next
      guard dailyMinutes(active, trial, selector: selector) <= budget + 0.001 else { continue }
      next.frequencyNote = current.frequencyNote
      doses[item.id] = next
      changes.append(change(item, from: current, to: next, facts: facts))
    }
    return changes
  }

  static func change(_ item: CatalogueItem, from old: Dose, to new: Dose, facts: PatientFacts) -> WeekChange {
    if new.holdSeconds != old.holdSeconds, let hold = new.holdSeconds {
      return .longerHold(item: item.id, seconds: hold)
    }
    return .moreReps(
      item: item.id, dose: Dosing.planned(new, of: item, facts: facts), side: facts.appliedSide(of: item))
  }
}
