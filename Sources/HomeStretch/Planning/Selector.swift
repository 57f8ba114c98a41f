/// An item chosen for the program, with its week-1 dose and reasons.
struct Choice: Sendable {
  var item: CatalogueItem
  var role: Role
  var dose: Dose
  var why: [Reason]
  var notes: [String]
  /// The first week (1-based) the item is used; harder variants start later.
  var fromWeek: Int = 1
  /// The last week it is used, when a harder variant replaces it.
  var untilWeek: Int?
}

/// Fills the program's slots in priority order, within the safety rules, the item limits of
/// rule S9 and the time budget of rule S11. Pure: the same facts and catalogue always give
/// the same selection.
struct Selector {
  let facts: PatientFacts
  let catalogue: Catalogue
  private(set) var chosen: [Choice] = []
  /// Why candidates were passed over, first reason first, by id.
  private(set) var rejections: [String: [Reason]] = [:]
  private(set) var warnings: [String] = []
  private(set) var usedMinutes: Double = 0

  init(facts: PatientFacts, catalogue: Catalogue) {
    self.facts = facts
    self.catalogue = catalogue
  }

  var budget: Double { Double(facts.profile.minutesPerDay) }

  /// The part of the budget selection may fill: a tenth is kept free for the weekly
  /// progression of a plan longer than one week (rules.md (e): progress within the budget).
  var selectionBudget: Double { facts.profile.weeks > 1 ? budget * 0.9 : budget }

  /// The chosen items that fill `slot`: chosen for it, or requested by the therapist and
  /// able to do its job.
  private func filling(_ slot: SelectionSlot) -> [Choice] {
    chosen.filter { slot.matches($0.item) && ($0.role == slot.role || $0.role == .requested) }
  }

  /// Why a candidate was passed over because its slot already has enough items.
  private func slotFull(_ slot: SelectionSlot) -> Reason {
    if slot.role == .stretch {
      return Reason(.s9, "the program already has its \(facts.tier.targetExercises) exercises for \(facts.tier.label)")
    }
    let names = filling(slot).map { "'\($0.item.name)'" }.joined(separator: " and ")
    return Reason(
      slot.why.rule, "not needed: \(names) already \(slot.count > 1 ? "fill" : "fills") this place in the program")
  }

  var exerciseCount: Int { chosen.filter { $0.item.kind.isExercise }.count }

  /// Minutes kept for mandatory items not yet chosen (walking, rule S1), so that an item of
  /// higher priority can never push a mandatory one over the budget.
  private var reservedMinutes: Double = 0

  /// Runs the whole selection.
  mutating func run() {
    addRequested()
    reservedMinutes = mandatoryReserve()
    for slot in SelectionPolicy.coreSlots(for: facts) { fill(slot) }
    let missing = facts.tier.targetExercises - exerciseCount
    if missing > 0 { fill(SelectionPolicy.fill(facts, count: missing)) }
    for slot in SelectionPolicy.thermalSlots(facts) { fill(slot) }
  }

  private mutating func reject(_ id: String, _ reasons: [Reason]) {
    if rejections[id] == nil { rejections[id] = reasons }
  }

  /// The minutes the walking slot will need, unless walking is already chosen or cannot be.
  private func mandatoryReserve() -> Double {
    guard !chosen.contains(where: { $0.item.has(.walking) }),
      let walking = SelectionPolicy.walking(facts).candidates(in: catalogue).first(where: {
        !facts.profile.exclude.contains($0.id) && SafetyScreen.contraindications(of: $0, for: facts).isEmpty
      })
    else { return 0 }
    return Dosing.minutesPerDay(of: walking, dose: Dosing.startingDose(of: walking, for: facts), facts: facts)
  }

  /// The therapist's `include:` list: honoured unless a safety rule forbids the item.
  private mutating func addRequested() {
    for id in facts.profile.include {
      guard let item = catalogue[id] else { continue }
      let unsafe = SafetyScreen.contraindications(of: item, for: facts)
      if !unsafe.isEmpty {
        reject(id, [Reason(.therapist, "refused although requested in include:")] + unsafe)
        warnings.append(
          "'\(id)' was requested in include: but is not safe for this patient: "
            + unsafe.map(\.description).joined(separator: "; "))
        continue
      }
      var why = [Reason(.therapist, "requested by the therapist (include:)")]
      let preferences = SafetyScreen.preferences(about: item, for: facts)
      if !preferences.isEmpty {
        why += preferences.map { Reason($0.rule, "the planner would not pick it itself: " + $0.text) }
      }
      add(item, role: role(of: item), why: why)
    }
    if usedMinutes > budget {
      warnings.append(
        "The requested items alone take \(Int(usedMinutes.rounded(.up))) minutes a day, over the \(facts.profile.minutesPerDay)-minute budget."
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

  private mutating func fill(_ slot: SelectionSlot) {
    var taken = filling(slot).count
    let exerciseLimit = facts.tier.exerciseRange.upperBound
    for item in slot.candidates(in: catalogue) {
      if chosen.contains(where: { $0.item.id == item.id }) { continue }
      guard taken < slot.count else {
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
      let preferences = SafetyScreen.preferences(about: item, for: facts)
      if !preferences.isEmpty {
        reject(item.id, preferences)
        continue
      }
      if let other = duplicate(of: item) {
        reject(item.id, [Reason(slot.why.rule, "not needed: '\(other.name)' already does this job")])
        continue
      }
      if item.kind.isExercise && exerciseCount >= exerciseLimit {
        reject(
          item.id,
          [Reason(.s9, "the plan already has \(exerciseLimit) exercises, the most for \(facts.tier.label)")])
        continue
      }
      let dose = Dosing.startingDose(of: item, for: facts)
      let cost = Dosing.minutesPerDay(of: item, dose: dose, facts: facts)
      if usedMinutes + reservedMinutes + cost > selectionBudget + 0.001 && !slot.mandatory {
        let left = max(0, selectionBudget - usedMinutes - reservedMinutes)
        reject(
          item.id,
          [
            Reason(
              .s11,
              "needs \(format(cost)) minutes a day; only \(format(left)) of the \(facts.profile.minutesPerDay) are left for new items"
            )
          ])
        continue
      }
      add(item, role: slot.role, why: [slot.why])
      if slot.mandatory { reservedMinutes = 0 }
      taken += 1
    }
  }

  private mutating func add(_ item: CatalogueItem, role: Role, why: [Reason]) {
    var dose = Dosing.startingDose(of: item, for: facts)
    var reasons = why
    var notes: [String] = []
    if item.kind == .thermal {
      let adjusted = ThermalSafety.adjust(dose, of: item, for: facts)
      dose = adjusted.0
      reasons += adjusted.1
    }
    notes += SafetyScreen.substitutions(item, facts)
    for caution in item.cautions where facts.applies(caution.condition, to: item) {
      notes.append(caution.text)
    }
    if item.sided, let note = oppositeHipNote(item) { notes.append(note) }
    usedMinutes += Dosing.minutesPerDay(of: item, dose: dose, facts: facts)
    chosen.append(Choice(item: item, role: role, dose: dose, why: reasons, notes: notes))
  }

  /// Rule S5 side-mapping: a sided item on the healthy side must keep the operated hip safe.
  private func oppositeHipNote(_ item: CatalogueItem) -> String? {
    let operated = facts.posteriorHips.subtracting(facts.workingSides).sorted()
    guard let hip = operated.first, item.has(.piriformisStretch) || item.has(.hipFlexionOver90) else {
      return nil
    }
    return
      "Keep your \(hip.rawValue) (operated) hip safe: keep that foot on the floor, do not pull that knee toward your chest, do not cross that leg, and sit upright without leaning forward."
  }

  /// Adds a harder variant from `week` on, replacing `original` (rules.md (e)).
  mutating func addVariant(_ item: CatalogueItem, replacing original: Int, fromWeek week: Int, dose: Dose) {
    chosen[original].untilWeek = week - 1
    var notes = SafetyScreen.substitutions(item, facts)
    for caution in item.cautions where facts.applies(caution.condition, to: item) { notes.append(caution.text) }
    let why = [
      Reason(.schedule, "week \(week) progression: the harder step after '\(chosen[original].item.name)'")
    ]
    chosen.append(
      Choice(item: item, role: chosen[original].role, dose: dose, why: why, notes: notes, fromWeek: week))
  }

  func format(_ minutes: Double) -> String {
    let rounded = (minutes * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
