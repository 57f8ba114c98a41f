import HomeStretch

/// Plans a batch: unique file names inside the output folder for the valid rows, and each
/// patient's plan, or the class's shared plan when it is safe for the patient.
public struct BatchPlanner: Sendable {
  public let catalogue: Catalogue
  public let start: CalendarDate
  /// The plan everyone gets with `--same-plan`.
  public let shared: Plan?

  /// File names no handout may take, because the batch writes them itself.
  public static let reservedNames: Set<String> = ["all", "summary"]

  /// Prepares a batch for `roster`; with `samePlan`, plans the shared profile once.
  public init(catalogue: Catalogue, start: CalendarDate, roster: Roster, samePlan: Bool) throws(InputErrors) {
    self.catalogue = catalogue
    self.start = start
    guard samePlan else {
      shared = nil
      return
    }
    guard var defaults = roster.defaults else {
      throw InputErrors([
        InputError(
          file: roster.source, line: nil, field: nil,
          message: "--same-plan needs a shared profile: a defaults: section (YAML roster) or --defaults FILE (CSV)")
      ])
    }
    if defaults.name.isEmpty { defaults.name = "Class" }
    let plan = Planner(catalogue: catalogue).plan(for: defaults, start: start)
    guard plan.status == .plan else {
      throw InputErrors([
        InputError(
          file: roster.source, line: nil, field: "defaults",
          message: "the shared profile has red flags; it cannot be a class plan")
      ])
    }
    shared = plan
  }

  /// One job per row, in roster order, each valid row with a file name of its own.
  public func jobs(for roster: Roster) -> [BatchJob] {
    var used = Self.reservedNames
    return roster.rows.map { row in
      guard case .success(let profile) = row.profile else { return BatchJob(row: row, fileName: nil) }
      let base = FileName.safe(profile.name)
      var name = base
      var counter = 2
      while used.contains(name) {
        name = "\(base)-\(counter)"
        counter += 1
      }
      used.insert(name)
      return BatchJob(row: row, fileName: name + ".pdf")
    }
  }

  /// The patient's plan: the shared one with their name, unless they have red flags or an
  /// item of it is unsafe for them (then their own plan, and a note saying why).
  public func plan(for profile: Profile) -> (plan: Plan, note: String?) {
    let own = Planner(catalogue: catalogue).plan(for: profile, start: start)
    guard let shared, own.status == .plan else { return (own, nil) }
    let unsafe = Self.unsafeItems(of: shared, for: profile, catalogue: catalogue)
    guard unsafe.isEmpty else {
      return (own, "own plan: the class plan is not safe for this patient (" + unsafe.joined(separator: "; ") + ")")
    }
    var copy = shared
    copy.patient.name = profile.name
    copy.patient.paper = profile.paper
    copy.patient.largePrint = profile.largePrint
    return (copy, nil)
  }

  /// The shared plan's items that a safety rule forbids for this patient, with the reason.
  static func unsafeItems(of plan: Plan, for profile: Profile, catalogue: Catalogue) -> [String] {
    let facts = PatientFacts(profile)
    return plan.items.compactMap { planned in
      guard let item = catalogue[planned.id] else { return nil }
      let reasons = SafetyScreen.contraindications(of: item, for: facts)
      return reasons.isEmpty ? nil : "\(item.id): " + reasons.map(\.description).joined(separator: "; ")
    }
  }
}
