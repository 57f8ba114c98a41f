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

  @Option(name: [.customShort("o"), .long], help: "Where to write the PDF (default: output/<patient-name>.pdf).")
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
      guard let parsed = Paper(rawValue: paper) else {
        throw ValidationError(
          "--paper: '\(paper)' is not known; allowed: \(Paper.allowedValues.joined(separator: ", "))")
      }
      paperSize = parsed
    }
    let (catalogue, _, plan) = try input.plan()
    let library = try fonts.load()
    var options = HandoutOptions(for: plan)
    if let paperSize { options.paper = paperSize }
    if largePrint { options.largePrint = true }
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
      options.createDate = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
    let path = output ?? "output/\(FileName.safe(plan.patient.name)).pdf"
    let renderer = HandoutRenderer(fonts: library)
    do {
      let data = try renderer.render(plan, catalogue: catalogue, options: options)
      try AtomicFile.write(data, to: path)
    } catch {
      Console.printError("error: \(error)")
      throw ExitCode.failure
    }
    Console.write("wrote \(path)\n")
    if check {
      let document = renderer.layout(plan, catalogue: catalogue, options: options)
      Console.write(
        LiteracyCheck.check(document, largePrint: options.largePrint, isReferral: plan.status == .refer).text)
    }
  }
}
