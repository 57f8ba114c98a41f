import ArgumentParser
import Foundation
import Handout
import HomeStretch

/// `homestretch render PROFILE.yaml`: the printable PDF handout.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write the printable PDF handout for a patient profile (a referral sheet when there are red flags).")

  @OptionGroup var input: ProfileInput

  @Option(
    name: [.customShort("o"), .long],
    help: "Where to write the PDF, ending in .pdf, or - for standard output (default: output/<patient-name>.pdf).")
  var output: String?

  @Option(help: "Paper size: letter or a4 (default: the profile's paper:, else letter).")
  var paper: String?

  @Flag(help: "Large print: body text 16 pt instead of 12.")
  var largePrint = false

  @Flag(help: "Also print the health-literacy check of the handout (it reports; it never stops the render).")
  var check = false

  @OptionGroup var fonts: FontsOption

  func run() throws {
    var paperSize: Paper?
    if let paper {
      guard let parsed = Paper(rawValue: paper.trimmingCharacters(in: .whitespaces).lowercased()) else {
        throw Console.fail("--paper: '\(paper)' is not known; allowed: \(Paper.allowedValues.joined(separator: ", "))")
      }
      paperSize = parsed
    }
    let explicit = try output.map { try OutputFile($0, extensions: ["pdf"], inputs: [input.profile]) }
    let (catalogue, _, plan) = try input.plan()
    for item in plan.items {
      guard let entry = catalogue[item.id], entry.figure == nil else { continue }
      Console.warn("the card for \(entry.name) (\(item.id)) has no picture: \(entry.source) has no figure: yet")
    }
    let library = try fonts.load()
    var options = HandoutOptions(for: plan)
    if let paperSize { options.paper = paperSize }
    if largePrint { options.largePrint = true }
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
      options.createDate = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
    let file =
      try explicit
      ?? OutputFile("output/\(FileName.safe(plan.patient.name)).pdf", extensions: ["pdf"], inputs: [input.profile])
    let renderer = HandoutRenderer(fonts: library)
    let data: Data
    do {
      data = try renderer.render(plan, catalogue: catalogue, options: options)
    } catch {
      throw Console.fail(error.message)
    }
    try file.write(data)
    if check {
      let document = renderer.layout(plan, catalogue: catalogue, options: options)
      let report = LiteracyCheck.check(document, largePrint: options.largePrint, isReferral: plan.status == .refer)
      // With the PDF on standard output, the report goes to standard error.
      if file.isStandardOutput { Console.writeError(report.text) } else { Console.write(report.text) }
    }
  }
}
