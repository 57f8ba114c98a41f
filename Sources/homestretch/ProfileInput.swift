import ArgumentParser
import Foundation
import HomeStretch

/// Reading a profile and planning it: shared by `plan` and `render`.
struct ProfileInput: ParsableArguments {
  @Argument(help: "The patient profile (YAML).")
  var profile: String

  @Option(help: "First day of the program, YYYY-MM-DD, when the profile gives no start: (default: next Monday).")
  var start: String?

  @OptionGroup var catalogue: CatalogueOption

  /// The catalogue, the validated profile and its plan; problems are printed and exit 1.
  func plan() throws -> (Catalogue, Profile, Plan) {
    let catalogue = try catalogue.load()
    let profile: Profile
    do {
      profile = try ProfileDecoder(knownItemIDs: catalogue.ids).decode(path: self.profile)
    } catch {
      Console.report(error)
      throw ExitCode.failure
    }
    let plan = Planner(catalogue: catalogue).plan(for: profile, start: try startDate())
    for warning in Plausibility.warnings(for: profile, start: plan.patient.start, today: Today.date()) {
      Console.warn("\(self.profile): \(warning)")
    }
    return (catalogue, profile, plan)
  }

  func startDate() throws -> CalendarDate {
    try Self.parseStart(start)
  }

  /// `--start`, or the next Monday.
  static func parseStart(_ start: String?) throws -> CalendarDate {
    if let start {
      guard let date = CalendarDate(iso: start.trimmingCharacters(in: .whitespaces)) else {
        throw Console.fail(
          "--start: '\(start)' must be a date written YYYY-MM-DD, a real day of the calendar, for example 2026-11-23")
      }
      return date
    }
    return Today.date().nextMondayOrSame
  }
}
