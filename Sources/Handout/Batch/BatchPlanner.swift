import HomeStretch

/// Turns roster rows into jobs: a plan for every valid row (or the class's shared plan,
/// when it is safe for the patient), unique file names inside the output folder.
public struct BatchPlanner: Sendable {
  public let catalogue: Catalogue
  public let start: CalendarDate

  public init(catalogue: Catalogue, start: CalendarDate) {
    self.catalogue = catalogue
    self.start = start
  }

  /// File names no handout may take, because the batch writes them itself.
  public static let reservedNames: Set<String> = ["all", "summary"]

  public func jobs(for roster: Roster, samePlan: Bool) throws(InputErrors) -> [BatchJob] {
    let planner = Planner(catalogue: catalogue)
    var shared: Plan?
    if samePlan {
      guard var defaults = roster.defaults else {
        throw InputErrors([
          InputError(
            file: roster.source, line: nil, field: nil,
            message: "--same-plan needs a shared profile: a defaults: section (YAML roster) or --defaults FILE (CSV)")
        ])
      }
      if defaults.name.isEmpty { defaults.name = "Class" }
      let plan = planner.plan(for: defaults, start: start)
      guard plan.status == .plan else {
        throw InputErrors([
          InputError(
            file: roster.source, line: nil, field: "defaults",
            message: "the shared profile has red flags; it cannot be a class plan")
        ])
      }
      shared = plan
    }
    var used = Self.reservedNames
    return roster.rows.map { row in
      switch row.profile {
      case .failure(let errors):
        return BatchJob(row: row, plan: .failure(errors), fileName: nil, note: nil)
      case .success(let profile):
        var note: String?
        var plan = planner.plan(for: profile, start: start)
        if let shared, plan.status == .plan {
          let unsafe = Self.unsafeItems(of: shared, for: profile, catalogue: catalogue)
          if unsafe.isEmpty {
            var copy = shared
            copy.patient.name = profile.name
            copy.patient.paper = profile.paper
            copy.patient.largePrint = profile.largePrint
            plan = copy
          } else {
            note = "own plan: the class plan is not safe for this patient (" + unsafe.joined(separator: "; ") + ")"
          }
        }
        let base = FileName.safe(profile.name)
        var name = base
        var counter = 2
        while used.contains(name) {
          name = "\(base)-\(counter)"
          counter += 1
        }
        used.insert(name)
        return BatchJob(row: row, plan: .success(plan), fileName: name + ".pdf", note: note)
      }
    }
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
