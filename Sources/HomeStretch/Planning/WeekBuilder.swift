/// Builds the weekly schedules with progression (rules.md (e)): week 1 is the starting dose,
/// each later week takes one step harder per item while the busiest day stays within the
/// time budget, and from week 3 an item may move on to its harder variant.
enum WeekBuilder {
  /// The week from which harder variants replace their easier items.
  static let variantWeek = 3

  static func build(selector: inout Selector, start: CalendarDate) -> [WeekSchedule] {
    let facts = selector.facts
    let budget = Double(facts.profile.minutesPerDay)
    var doses: [String: Dose] = Dictionary(
      selector.chosen.map { ($0.item.id, $0.dose) }, uniquingKeysWith: { first, _ in first })
    var schedules: [WeekSchedule] = []

    for week in 1...facts.profile.weeks {
      var changes: [String] = []
      if week > 1 {
        if week == variantWeek { changes += addVariants(&selector, &doses, budget: budget) }
        changes += stepUp(selector, &doses, week: week, budget: budget)
      }
      let active = activeChoices(selector.chosen, week: week)
      let entries = active.map { Scheduler.Entry(item: $0.item, dose: doses[$0.item.id] ?? $0.dose) }
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
    return schedules
  }

  static func activeChoices(_ choices: [Choice], week: Int) -> [Choice] {
    choices.filter { $0.fromWeek <= week && week <= ($0.untilWeek ?? Int.max) }
  }

  /// Daily minutes of the active items with these doses (worst case: every item on one day).
  static func dailyMinutes(_ choices: [Choice], _ doses: [String: Dose], facts: PatientFacts) -> Double {
    choices.reduce(0) { total, choice in
      total + Dosing.minutesPerDay(of: choice.item, dose: doses[choice.item.id] ?? choice.dose, facts: facts)
    }
  }

  /// Moves items on to their harder variants when safe, within level and budget.
  static func addVariants(_ selector: inout Selector, _ doses: inout [String: Dose], budget: Double) -> [String] {
    let facts = selector.facts
    var changes: [String] = []
    let order = selector.chosen.indices.sorted { selector.chosen[$0].role < selector.chosen[$1].role }
    for index in order {
      let choice = selector.chosen[index]
      guard choice.untilWeek == nil, choice.role != .requested, choice.item.kind.isExercise,
        let harderID = choice.item.harder, let harder = selector.catalogue[harderID],
        !selector.chosen.contains(where: { $0.item.id == harderID }),
        !facts.profile.exclude.contains(harderID),
        // The harder step keeps the item's job: a flexion item stays a flexion item (rule S3).
        harder.bias == choice.item.bias,
        SafetyScreen.contraindications(of: harder, for: facts).isEmpty,
        harder.level <= facts.tier.maxLevel + 1,
        SafetyScreen.preferences(about: harder, for: facts).allSatisfy({ $0.rule == .s9 })
      else { continue }
      let dose = Dosing.startingDose(of: harder, for: facts)
      let active = activeChoices(selector.chosen, week: variantWeek)
      let current = dailyMinutes(active, doses, facts: facts)
      let old = Dosing.minutesPerDay(of: choice.item, dose: doses[choice.item.id] ?? choice.dose, facts: facts)
      let new = Dosing.minutesPerDay(of: harder, dose: dose, facts: facts)
      guard current - old + new <= budget + 0.001 else { continue }
      selector.addVariant(harder, replacing: index, fromWeek: variantWeek, dose: dose)
      doses[harder.id] = dose
      changes.append(Strings.harderVariant(choice.item.name, harder.name))
    }
    return changes
  }

  /// One step harder for each active item, highest priority first, while the budget allows.
  static func stepUp(_ selector: Selector, _ doses: inout [String: Dose], week: Int, budget: Double) -> [String] {
    let facts = selector.facts
    let active = activeChoices(selector.chosen, week: week).sorted { $0.role < $1.role }
    var changes: [String] = []
    for choice in active where choice.fromWeek < week {
      let item = choice.item
      let current = doses[item.id] ?? choice.dose
      guard var next = Progression.nextStep(after: current, of: item, facts: facts) else { continue }
      if item.kind == .activity {
        let share = Double(Dosing.walkingShare(budget: facts.profile.minutesPerDay))
        guard Dosing.minutesPerDay(of: item, dose: next, facts: facts) <= share else { continue }
      }
      var trial = doses
      trial[item.id] = next
      guard dailyMinutes(active, trial, facts: facts) <= budget + 0.001 else { continue }
      next.frequencyNote = current.frequencyNote
      doses[item.id] = next
      changes.append(change(item, from: current, to: next, facts: facts))
    }
    return changes
  }

  static func change(_ item: CatalogueItem, from old: Dose, to new: Dose, facts: PatientFacts) -> String {
    if item.kind == .activity, let minutes = new.minutes { return Strings.longerWalk(minutes) }
    if new.holdSeconds != old.holdSeconds, let hold = new.holdSeconds { return Strings.longerHold(item.name, hold) }
    return Strings.moreReps(item.name, Strings.dose(new, sided: facts.appliedSide(of: item)))
  }
}
