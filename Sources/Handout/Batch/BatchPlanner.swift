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

  /// The patient's plan. With a class plan, the patient is planned again with the class
  /// plan's items as input, so their own warnings, notes and exclusions all apply; the note
  /// says where their plan differs from the class plan and why (nil when it does not).
  public func plan(for profile: Profile) -> (plan: Plan, note: String?) {
    let planner = Planner(catalogue: catalogue)
    guard let shared else { return (planner.plan(for: profile, start: start), nil) }
    let classItems = shared.items.filter { $0.weeks.first == 1 }.map(\.id)
    let own = planner.plan(for: profile, start: start, classItems: classItems)
    guard own.status == .plan else { return (own, nil) }
    return (own, Self.differences(own, from: shared))
  }

  /// Where a patient's plan differs from the class plan, and why, for the summary.
  static func differences(_ plan: Plan, from shared: Plan) -> String? {
    let mine = Set(plan.items.map(\.id))
    let theirs = Set(shared.items.map(\.id))
    var parts: [String] = []
    for item in shared.items where !mine.contains(item.id) {
      let reason = plan.excluded.first { $0.id == item.id }?.reason ?? "not in this patient's plan"
      parts.append("without \(item.id) (\(reason))")
    }
    for item in plan.items where !theirs.contains(item.id) {
      parts.append("with \(item.id) (\(item.why.first ?? ""))")
    }
    guard !parts.isEmpty else { return nil }
    return "class plan changed for this patient: " + parts.joined(separator: "; ")
  }
}
