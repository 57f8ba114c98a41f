/// An item chosen for the program, with its week-1 dose and reasons.
struct Choice: Sendable {
  var item: CatalogueItem
  var role: Role
  var dose: Dose
  var why: [Reason]
  var notes: [PatientNote]
  /// The first week (1-based) the item is used; harder variants start later.
  var fromWeek: Int = 1
  /// The last week it is used, when a harder variant replaces it.
  var untilWeek: Int?
  /// A must-have of rule S11: kept whatever the budget, which lower doses then meet.
  var mustHave: Bool = false
  /// Taken lying down as a rest after a session: it costs none of the budget.
  var rest: Bool = false
  /// The item this harder variant replaces from `fromWeek` on.
  var replaces: String?
}

/// Fills the program's slots in priority order, within the safety rules, the item limits of
/// rule S9 and the time budget of rule S11: the must-haves first (whatever the budget, then
/// fitted by lower doses), walking's weekly growth next, optional items in what is left.
/// Pure: the same facts and catalogue always give the same selection.
struct Selector {
  let facts: PatientFacts
  let catalogue: Catalogue
  private(set) var chosen: [Choice] = []
  /// Why candidates were passed over, first reason first, by id.
  private(set) var rejections: [String: [Reason]] = [:]
  private(set) var warnings: [String] = []
  /// Walking's dose in each week of the plan (index 0 is week 1), planned before any
  /// optional item so that walking grows ahead of stretches (rules.md (e), S11).
  private(set) var walkingWeeks: [Dose] = []
  /// Walking's bout each week if the budget did not stop it (about 20 % more a week).
  private(set) var walkingTargets: [Int] = []

  /// A class plan's items (`batch --same-plan`): taken as the therapist's choice for this
  /// patient where safe; only must-haves the class plan lacks for this patient are added.
  let classItems: [String]

  init(facts: PatientFacts, catalogue: Catalogue, classItems: [String] = []) {
    self.facts = facts
    self.catalogue = catalogue
    self.classItems = classItems
  }

  var isClassPlan: Bool { !classItems.isEmpty }

  var budget: Double { Double(facts.profile.minutesPerDay) }

  /// The part of the budget optional items may fill: a tenth is kept free for the weekly
  /// progression of a plan longer than one week (rules.md (e): progress within the budget).
  var selectionBudget: Double { facts.weeks > 1 ? budget * 0.9 : budget }

  /// The most exercises at a time: the tier's ceiling or the profile's `max_exercises`.
  var exerciseLimit: Int { min(facts.tier.exerciseRange.upperBound, facts.maxExercises) }

  /// Minutes a day an item takes with this dose; nothing when it is taken as a rest.
  func cost(_ item: CatalogueItem, _ dose: Dose, rest: Bool = false) -> Double {
    rest ? 0 : Dosing.minutesPerDay(of: item, dose: dose, facts: facts)
  }

  /// Minutes a day the chosen items take in week 1.
  var usedMinutes: Double { chosen.reduce(0) { $0 + cost($1.item, $1.dose, rest: $1.rest) } }

  /// The minutes walking adds by the last week, kept free before optional items are chosen.
  var walkingGrowth: Double {
    guard let index = walkingIndex, let last = walkingWeeks.last else { return 0 }
    return max(0, cost(chosen[index].item, last) - cost(chosen[index].item, chosen[index].dose))
  }

  var walkingIndex: Int? { chosen.firstIndex { $0.item.kind == .activity } }

  /// The chosen items that fill `slot`: chosen for it, or requested by the therapist and
  /// able to do its job.
  private func filling(_ slot: SelectionSlot) -> [Choice] {
    chosen.filter {
      slot.matches($0.item) && ($0.role == slot.role || ($0.role == .requested && slot.role != .stretch))
    }
  }

  /// Why a candidate was passed over because its slot already has enough items.
  private func slotFull(_ slot: SelectionSlot) -> Reason {
    if slot.role == .stretch {
      return Reason(.s9, "the program already has its exercises for \(facts.tier.label)")
    }
    let names = filling(slot).map { "'\($0.item.name)'" }.joined(separator: " and ")
    return Reason(
      slot.rule, "not needed: \(names) already \(slot.count > 1 ? "fill" : "fills") this place in the program")
  }

  var exerciseCount: Int { chosen.filter { $0.item.kind.isExercise }.count }

  /// Runs the whole selection.
  mutating func run() {
    addRequested()
    let core = SelectionPolicy.coreSlots(for: facts)
    for slot in core { fill(slot, mustHavesOnly: true) }
    fitMustHaves()
    planWalking()
    if !isClassPlan {
      for slot in core { fill(slot) }
      let target = min(facts.tier.targetExercises, exerciseLimit)
      if target > exerciseCount { fill(SelectionPolicy.fill(facts, count: target - exerciseCount)) }
    }
    for slot in SelectionPolicy.thermalSlots(facts) { fill(slot) }
  }

  private mutating func reject(_ id: String, _ reasons: [Reason]) {
    if rejections[id] == nil { rejections[id] = reasons }
  }

  /// The therapist's `include:` list, then a class plan's items: honoured unless a safety
  /// rule forbids the item.
  private mutating func addRequested() {
    let requests =
      facts.profile.include.map { ($0, false) }
      + classItems.filter { !facts.profile.include.contains($0) && !facts.profile.exclude.contains($0) }.map {
        ($0, true)
      }
    for (id, fromClass) in requests {
      guard let item = catalogue[id], !chosen.contains(where: { $0.item.id == id }) else { continue }
      let source = fromClass ? "in the class plan (--same-plan)" : "requested in include:"
      let unsafe = SafetyScreen.contraindications(of: item, for: facts)
      if !unsafe.isEmpty {
        reject(id, [Reason(.therapist, "refused although \(source)")] + unsafe)
        warnings.append(
          "'\(id)' is \(source) but is not safe for this patient: " + unsafe.map(\.description).joined(separator: "; "))
        continue
      }
      var why = [
        Reason(.therapist, fromClass ? "in the class plan (--same-plan)" : "requested by the therapist (include:)")
      ]
      let preferences = SafetyScreen.preferences(about: item, for: facts)
      if !preferences.isEmpty {
        why += preferences.map { Reason($0.rule, "the planner would not pick it itself: " + $0.text) }
      }
      add(item, role: role(of: item), why: why, mustHave: true)
    }
    if usedMinutes > budget {
      warnings.append(
        "The requested items alone take \(format(usedMinutes)) minutes a day, over the \(facts.profile.minutesPerDay)-minute budget."
      )
    }
    if exerciseCount > facts.maxExercises {
      warnings.append(
        "The requested items are \(exerciseCount) exercises, more than the \(facts.maxExercises) at a time that patients keep up best (max_exercises)."
      )
    }
  }

  /// The role an item plays when it comes from the include list.
  private func role(of item: CatalogueItem) -> Role {
    switch item.kind {
    case .activity: return .walking
    case .habit: return item.has(.sittingBreaks) ? .sittingBreaks : .habit
    case .strengthening: return .strengthening
    case .nerveGlide: return .nerveGlide
    case .thermal: return item.has(.heat) ? .heat : .cold
    case .stretch, .mobility: return .requested
    }
  }

  /// A variant or a second item of the same family as one already chosen.
  private func duplicate(of item: CatalogueItem) -> CatalogueItem? {
    let families: [ItemTag] = [
      .piriformisStretch, .hamstringStretch, .hipFlexorStretch, .nerveGlide, .walking, .sittingBreaks,
    ]
    for choice in chosen {
      let other = choice.item
      let linked =
        other.easier == item.id || other.harder == item.id || item.easier == other.id || item.harder == other.id
        || other.alternatives.contains(item.id) || item.alternatives.contains(other.id)
      if linked {
        return other
      }
      if families.contains(where: { item.has($0) && other.has($0) }) { return other }
      if item.kind == .thermal, other.kind == .thermal, item.has(.heat) == other.has(.heat) { return other }
    }
    return nil
  }

  /// An ice or heat routine that can be taken lying down as a rest after a session.
  static func canBeRest(_ item: CatalogueItem) -> Bool {
    item.kind == .thermal && item.thermal?.timing == .beforeExercise
      && [.sideLying, .supine].contains(item.position)
  }

  /// Fills a slot. With `mustHavesOnly`, only its must-haves, whatever the budget;
  /// otherwise up to its count, each within what the budget has left.
  private mutating func fill(_ slot: SelectionSlot, mustHavesOnly: Bool = false) {
    var taken = filling(slot).count
    let limit = mustHavesOnly ? slot.mustHave : slot.count
    var restCandidate: CatalogueItem?
    for item in slot.candidates(in: catalogue) {
      if chosen.contains(where: { $0.item.id == item.id }) { continue }
      guard taken < limit else {
        if mustHavesOnly { break }
        reject(item.id, [slotFull(slot)])
        continue
      }
      if facts.profile.exclude.contains(item.id) {
        reject(item.id, [Reason(.therapist, "left out by the therapist (exclude:)")])
        continue
      }
      let unsafe = SafetyScreen.contraindications(of: item, for: facts)
      if !unsafe.isEmpty {
        reject(item.id, unsafe)
        continue
      }
      let preferences = SafetyScreen.preferences(about: item, for: facts).filter { reason in
        !(reason.rule == .s9 && slot.maxLevel.map { item.level <= $0 } == true)
      }
      if !preferences.isEmpty {
        reject(item.id, preferences)
        continue
      }
      if let other = duplicate(of: item) {
        reject(item.id, [Reason(slot.rule, "not needed: '\(other.name)' already does this job")])
        continue
      }
      if !mustHavesOnly && item.kind.isExercise && exerciseCount >= exerciseLimit {
        reject(
          item.id,
          [Reason(.s9, "the plan already has \(exerciseLimit) exercises, the most at a time for this patient")])
        continue
      }
      let dose = startingDose(of: item)
      let itemCost = cost(item, dose)
      // What costs no minutes (cold as needed, a habit) never waits for the budget.
      if !mustHavesOnly && itemCost > 0 && usedMinutes + walkingGrowth + itemCost > selectionBudget + 0.001 {
        if restCandidate == nil && Self.canBeRest(item) { restCandidate = item }
        let left = max(0, selectionBudget - usedMinutes - walkingGrowth)
        let needs = "needs \(format(itemCost)) minute\(itemCost == 1 ? "" : "s") a day"
        let budget = "the \(facts.profile.minutesPerDay) minutes a day"
        let remaining =
          left < 0.05
          ? "none of \(budget) is left" : "only \(format(left)) of \(budget) \(left == 1 ? "is" : "are") left"
        reject(item.id, [Reason(.s11, "\(needs); \(remaining) after the must-haves and walking's growth")])
        continue
      }
      add(item, role: slot.role, why: [slot.why(item)], mustHave: mustHavesOnly)
      taken += 1
    }
    if taken < limit, let item = restCandidate {
      add(
        item, role: slot.role,
        why: [
          slot.why(item),
          Reason(
            .s11,
            "taken lying down as a rest after the morning session, so it costs none of the \(facts.profile.minutesPerDay) minutes (there is no room for it before the session)"
          ),
        ], rest: true)
    }
  }

  /// The week-1 dose, with the ice and heat limits that apply.
  private func startingDose(of item: CatalogueItem) -> Dose {
    var dose = Dosing.startingDose(of: item, for: facts)
    if item.kind == .activity {
      dose = Dosing.walkingDose(bout: Dosing.walkingBout(tier: facts.tier), facts: facts, item: item)
    }
    return dose
  }

  private mutating func add(
    _ item: CatalogueItem, role: Role, why: [Reason], mustHave: Bool = false, rest: Bool = false
  ) {
    var dose = startingDose(of: item)
    var reasons = why
    if item.kind == .thermal {
      let adjusted = ThermalSafety.adjust(dose, of: item, for: facts)
      dose = adjusted.0
      reasons += adjusted.1
    }
    chosen.append(
      Choice(
        item: item, role: role, dose: dose, why: reasons, notes: Self.notes(for: item, facts: facts),
        mustHave: mustHave,
        rest: rest))
  }

  /// The patient's notes for an item: substitutes for missing equipment, the cautions that
  /// apply, and the operated hip's safety when the other side works. The same for an item
  /// and for every harder variant it moves on to.
  static func notes(for item: CatalogueItem, facts: PatientFacts) -> [PatientNote] {
    var notes = SafetyScreen.substitutions(item, facts)
    for caution in item.cautions where facts.applies(caution.condition, to: item) {
      notes.append(.caution(caution.condition))
    }
    if item.sided, let note = oppositeHipNote(item, facts: facts) { notes.append(note) }
    if item.kind == .thermal && item.has(.heat) && facts.has(.diabetesNeuropathy) { notes.append(.frequentSkinChecks) }
    if item.kind == .activity && (facts.profile.numbness.contains(.feet) || facts.has(.diabetesNeuropathy)) {
      notes.append(.checkFeet)
    }
    return notes
  }

  /// Rule S5 side-mapping: a sided item on the healthy side must keep the operated hip safe.
  static func oppositeHipNote(_ item: CatalogueItem, facts: PatientFacts) -> PatientNote? {
    let operated = facts.posteriorHips.subtracting(facts.workingSides).sorted()
    guard let hip = operated.first, item.has(.piriformisStretch) || item.has(.hipFlexionOver90) else {
      return nil
    }
    return .operatedHip(hip)
  }

  // MARK: Fitting the must-haves and planning walking (S11, rules.md (e))

  /// Lowers the must-haves' doses, lowest priority first, until they fit the budget
  /// (walking keeps at least one 5-minute bout); says so when even that is not enough.
  private mutating func fitMustHaves() {
    let order = chosen.indices.filter { chosen[$0].mustHave && chosen[$0].role != .requested }
      .sorted { chosen[$0].role > chosen[$1].role }
    for index in order where usedMinutes > budget + 0.001 {
      if chosen[index].item.kind == .activity {
        while usedMinutes > budget + 0.001, let shorter = Self.shorterWalk(chosen[index].dose) {
          chosen[index].dose = shorter
        }
      } else if chosen[index].item.kind.isExercise {
        while usedMinutes > budget + 0.001, chosen[index].dose.timesPerDay > 1 {
          chosen[index].dose.timesPerDay -= 1
        }
      }
    }
    if usedMinutes > budget + 0.001 {
      warnings.append(
        "S11 time budget: the must-have items take \(format(usedMinutes)) minutes a day even at their lowest doses, over the \(facts.profile.minutesPerDay)-minute budget; they are kept. A budget of \(Int(usedMinutes.rounded(.up))) minutes would hold them."
      )
    }
  }

  /// Walking one minute shorter a day: two bouts while they are at least 5 minutes each,
  /// then one bout, never under 5 minutes.
  static func shorterWalk(_ dose: Dose) -> Dose? {
    guard let minutes = dose.minutes else { return nil }
    let total = minutes * dose.timesPerDay - 1
    guard total >= 5 else { return nil }
    var shorter = dose
    shorter.timesPerDay = total >= 10 ? 2 : 1
    shorter.minutes = total / shorter.timesPerDay
    return shorter
  }

  /// Walking's dose for each week: 10 to 20 % more a week (at least a minute a bout, at
  /// most 5) toward 30 minutes a day, within what the budget leaves after the other
  /// must-haves; the therapist hears when the budget stops it.
  private mutating func planWalking() {
    guard let index = walkingIndex, let first = chosen[index].dose.minutes else { return }
    let item = chosen[index].item
    let bouts = chosen[index].dose.timesPerDay
    let others = usedMinutes - cost(item, chosen[index].dose)
    let room = Int((budget - others + 0.001).rounded(.down))
    var weeks = [chosen[index].dose]
    var targets = [first]
    var minutes = first
    for week in 2...max(2, facts.weeks) where week <= facts.weeks {
      let wanted = Progression.longerBout(targets[targets.count - 1], bouts: bouts)
      targets.append(wanted)
      minutes = max(minutes, min(wanted, room / bouts))
      var dose = chosen[index].dose
      dose.minutes = minutes
      weeks.append(dose)
    }
    walkingWeeks = weeks
    walkingTargets = targets
  }

  /// The therapist's warning when the budget kept walking short of its weekly growth, from
  /// the walking minutes each week actually has; nil when it grew as planned.
  func walkingWarning(_ schedule: [WeekSchedule]) -> String? {
    guard let index = walkingIndex else { return nil }
    let id = chosen[index].item.id
    let bouts = chosen[index].dose.timesPerDay
    let actual = schedule.map { ($0.doses[id]?.minutes ?? 0) }
    guard let week = zip(actual, walkingTargets).enumerated().first(where: { $0.element.0 < $0.element.1 })?.offset,
      let last = actual.last,
      let target = walkingTargets.last
    else { return nil }
    let needed = facts.profile.minutesPerDay + (target - last) * bouts
    return
      "S1 stay active: walking stops growing short of its weekly target from week \(week + 1) and reaches \(last * bouts) minutes a day by week \(facts.weeks) instead of \(target * bouts), because the must-have items fill the rest of the \(facts.profile.minutesPerDay)-minute budget; a budget of \(needed) minutes would let it grow as planned."
  }

  /// Adds a harder variant from `week` on, replacing `original` (rules.md (e)); it keeps the
  /// original's job, reasons and notes for the patient's precautions.
  mutating func addVariant(_ item: CatalogueItem, replacing original: Int, fromWeek week: Int, dose: Dose) {
    chosen[original].untilWeek = week - 1
    let previous = chosen[original]
    let why =
      Array(previous.why.prefix(1)) + [
        Reason(.schedule, "week \(week) progression: the next step after '\(previous.item.name)'")
      ]
    chosen.append(
      Choice(
        item: item, role: previous.role, dose: dose, why: why, notes: Self.notes(for: item, facts: facts),
        fromWeek: week, mustHave: previous.mustHave, replaces: previous.item.id))
  }

  func format(_ minutes: Double) -> String {
    let rounded = (minutes * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
