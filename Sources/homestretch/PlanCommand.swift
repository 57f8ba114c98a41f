import ArgumentParser
import Foundation
import HomeStretch

/// `homestretch plan PROFILE.yaml`: screen the profile and print the weekly program.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Screen a patient profile and print the weekly home program with the reason for every choice.")

  @Argument(help: "The patient profile (YAML).")
  var profile: String

  @Flag(help: "Print the plan as JSON.")
  var json = false

  @Option(help: "First day of the program, YYYY-MM-DD, when the profile gives no start: (default: next Monday).")
  var start: String?

  @OptionGroup var catalogue: CatalogueOption

  func run() throws {
    let catalogue = try catalogue.load()
    let profile: Profile
    do {
      profile = try ProfileDecoder(knownItemIDs: catalogue.ids).decode(path: self.profile)
    } catch {
      Console.report(error)
      throw ExitCode.failure
    }
    let plan = Planner(catalogue: catalogue).plan(for: profile, start: try startDate())
    if json {
      Console.write(String(decoding: try PlanJSON.encode(plan), as: UTF8.self) + "\n")
    } else {
      Console.write(PlanTextFormatter.format(plan))
    }
  }

  func startDate() throws -> CalendarDate {
    if let start {
      guard let date = CalendarDate(iso: start) else {
        throw ValidationError("--start: '\(start)' must be a date written YYYY-MM-DD, for example 2026-11-23")
      }
      return date
    }
    return Today.date().nextMondayOrSame
  }
}
