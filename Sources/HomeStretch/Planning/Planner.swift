/// Turns a profile into a plan: screen, select, dose, schedule and progress. Pure and
/// deterministic: no files, no clock, no randomness; the start date comes in.
///
///     let plan = Planner(catalogue: catalogue).plan(for: profile, start: monday)
public struct Planner: Sendable {
  public let catalogue: Catalogue

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
  }

  /// The plan for `profile`. `start` is used when the profile gives no `start:`.
  /// `classItems` are a class plan's items (`batch --same-plan`): the patient is planned
  /// again with them as the therapist's choice, so every one of the patient's own rules,
  /// warnings and notes applies; unsafe ones are left out and the must-haves the patient
  /// needs are added.
  public func plan(for profile: Profile, start: CalendarDate, classItems: [String] = []) -> Plan {
    let start = profile.start ?? start
    let facts = PatientFacts(profile)
    let patient = PatientSummary(
      name: profile.name, age: profile.age, condition: profile.condition, side: profile.side, pain: profile.pain,
      phase: profile.phase, start: start, weeks: facts.weeks, therapist: profile.therapist,
      notes: profile.notes, numbness: profile.numbness, paper: profile.paper, largePrint: profile.largePrint,
      bothLegsAffected: profile.side == .both || Screening.hasBilateralLegNumbness(profile))

    let referral = Screening.referralReasons(for: profile)
    if !referral.isEmpty {
      let excluded = catalogue.items.map { item in
        Exclusion(
          id: item.id, name: item.name,
          reason: Reason(.s0, "red flags: referral first, no exercises and no ice or heat").description,
          rules: [.s0], contraindicated: true)
      }
      return Plan(
        status: .refer, patient: patient, referralReasons: referral, items: [], excluded: excluded, schedule: [],
        advice: [.referralHeadline, .referralReassurance], warnings: [],
        minutesPerDayBudget: profile.minutesPerDay, doseTier: facts.tier)
    }

    var selector = Selector(facts: facts, catalogue: catalogue, classItems: classItems)
    selector.run()
    let weeks = WeekBuilder.build(selector: &selector, start: start)
    // The program's numbers are the order the handout prints its cards in: the exercises,
    // walking and habits first, then the ice and heat routines (their own section).
    let all = plannedItems(selector.chosen, weeks: weeks, facts: facts)
    let items = all.filter { $0.kind != .thermal } + all.filter { $0.kind == .thermal }
    let excluded = exclusions(selector: selector, planned: Set(items.map(\.id)), facts: facts)
    var warnings = selector.warnings + [selector.walkingWarning(weeks)].compactMap { $0 }
    warnings += TherapistWarnings.warnings(facts: facts, chosen: selector.chosen, catalogue: catalogue)
    if !items.contains(where: { $0.kind == .activity }) {
      warnings.append(
        "S1 stay active: the plan has no walking because the therapist excluded it; give the patient another way to stay active."
      )
    }
    if let busiest = weeks.map(\.maxMinutesPerDay).max(), busiest > Double(profile.minutesPerDay) + 0.001 {
      warnings.append(
        "The busiest day takes \(selector.format(busiest)) minutes, over the \(profile.minutesPerDay)-minute budget (must-haves and requested items are kept)."
      )
    }
    return Plan(
      status: .plan, patient: patient, referralReasons: [], items: items, excluded: excluded, schedule: weeks,
      advice: advice(facts), warnings: warnings, minutesPerDayBudget: profile.minutesPerDay, doseTier: facts.tier)
  }

  func plannedItems(_ choices: [Choice], weeks: [WeekSchedule], facts: PatientFacts) -> [PlannedItem] {
    let lastWeek = facts.weeks
    return DisplayOrder.cards(choices).compactMap { choice in
      let activeWeeks = Array(choice.fromWeek...(choice.untilWeek ?? lastWeek))
      guard let first = activeWeeks.first, first <= lastWeek else { return nil }
      let item = choice.item
      let dose = weeks[first - 1].doses[item.id] ?? Dosing.planned(choice.dose, of: item, facts: facts)
      return PlannedItem(
        id: item.id, kind: item.kind, position: item.position, floor: item.floor,
        bias: item.bias, side: facts.appliedSide(of: item), tags: item.tags, area: item.thermal?.area, dose: dose,
        why: choice.why.map(\.description), notes: choice.notes, role: choice.role, weeks: activeWeeks,
        stepVariant: facts.stepVariant(of: item), conditions: facts.conditions(for: item), rest: choice.rest,
        whyRules: choice.why.map(\.rule))
    }
  }

  /// Every catalogue item not in the plan, with its reason: a safety rule when one applies,
  /// otherwise why the planner passed it over.
  func exclusions(selector: Selector, planned: Set<String>, facts: PatientFacts) -> [Exclusion] {
    catalogue.items.filter { !planned.contains($0.id) }.map { item in
      let unsafe = SafetyScreen.contraindications(of: item, for: facts)
      var reasons: [Reason]
      if facts.profile.exclude.contains(item.id) {
        reasons = [Reason(.therapist, "left out by the therapist (exclude:)")] + unsafe
      } else if !unsafe.isEmpty && facts.profile.include.contains(item.id) {
        reasons = [Reason(.therapist, "refused although requested in include:")] + unsafe
      } else if !unsafe.isEmpty {
        reasons = unsafe
      } else {
        reasons = selector.rejections[item.id] ?? [NotChosen.reason(for: item, facts: facts)]
      }
      return Exclusion(
        id: item.id, name: item.name, reason: reasons.map(\.description).joined(separator: "; "),
        rules: reasons.map(\.rule), contraindicated: !unsafe.isEmpty)
    }
  }

  func advice(_ facts: PatientFacts) -> [Advice] {
    var lines: [Advice] = [.stayActive, .stopIfSpreading, .painIsOK, .progressOnlyIfBetter]
    if facts.profile.condition == .piriformisSyndrome { lines.append(.piriformisSitting) }
    if facts.profile.condition == .lumbarStenosis { lines.append(.stenosisWalking) }
    if facts.pregnant { lines.append(.pregnancyWarning) }
    if facts.endsAtBirth { lines.append(.seeUsAfterBirth) }
    if facts.has(.impairedSensationOrCognition) { lines.append(.askCarer) }
    let bothLegs = facts.profile.side == .both || Screening.hasBilateralLegNumbness(facts.profile)
    lines.append(bothLegs ? .urgentSignsBothLegs : .urgentSigns)
    return lines
  }
}
