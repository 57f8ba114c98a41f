import ArgumentParser
import Foundation
import HomeStretch

/// `homestretch plan PROFILE.yaml`: screen the profile and print the weekly program.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Screen a patient profile and print the weekly home program with the reason for every choice.")

  @OptionGroup var input: ProfileInput

  @Flag(help: "Print the plan as JSON.")
  var json = false

  func run() throws {
    let (catalogue, _, plan) = try input.plan()
    let wording = Wording.english
    if json {
      let data = try PlanJSON.encode(plan, catalogue: catalogue, wording: wording)
      Console.write(String(decoding: data, as: UTF8.self) + "\n")
    } else {
      Console.write(PlanTextFormatter.format(plan, catalogue: catalogue, wording: wording))
    }
  }
}
