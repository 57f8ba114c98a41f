import ArgumentParser
import Foundation
import Handout
import HomeStretch

/// `homestretch catalogue check|list`.
struct CatalogueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "catalogue",
    abstract: "Check, list or review the exercise catalogue.",
    subcommands: [Check.self, List.self, Sheet.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate every catalogue file: fields, vocabularies, links, duplicate ids.")

    @OptionGroup var catalogue: CatalogueOption

    func run() throws {
      let loaded = try catalogue.load()
      let missing = FigureChecker.missing(loaded.items) + loaded.items.flatMap(FigureContactCheck.problems)
      if !missing.isEmpty {
        Console.report(InputErrors(missing))
        throw ExitCode.failure
      }
      let kinds = Dictionary(grouping: loaded.items, by: \.kind).mapValues(\.count)
      let summary = ItemKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }
      Console.write("catalogue OK: \(loaded.items.count) items (\(summary.joined(separator: ", ")))\n")
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the catalogue items, one per line.")

    @Option(help: "Only items of this kind (\(ItemKind.allowedValues.joined(separator: ", "))).")
    var kind: String?

    @OptionGroup var catalogue: CatalogueOption

    func run() throws {
      var filter: ItemKind?
      if let kind {
        guard let parsed = ItemKind(rawValue: kind.trimmingCharacters(in: .whitespaces).lowercased()) else {
          throw Console.fail(
            "--kind: '\(kind)' is not known; "
              + Suggestion.allowedText(for: kind, allowed: ItemKind.allowedValues))
        }
        filter = parsed
      }
      let loaded = try catalogue.load()
      for item in loaded.items where filter == nil || item.kind == filter {
        let flags = [item.floor ? "floor" : "", item.sided ? "sided" : ""].filter { !$0.isEmpty }.joined(separator: ",")
        let fields = [
          item.id.padding(toLength: 38, withPad: " ", startingAt: 0),
          item.kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0),
          item.position.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0),
          item.bias.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0),
          "L\(item.level)", flags.padding(toLength: 12, withPad: " ", startingAt: 0), item.name,
        ]
        Console.write(fields.joined(separator: " ") + "\n")
      }
    }
  }

  struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a contact sheet PDF of every item's figure with its name, to review the catalogue at a glance.")

    @Option(
      name: [.customShort("o"), .long],
      help: "Where to write the PDF, ending in .pdf, or - for standard output (default: output/catalogue-sheet.pdf).")
    var output = "output/catalogue-sheet.pdf"

    @OptionGroup var catalogue: CatalogueOption
    @OptionGroup var fonts: FontsOption

    func run() throws {
      let file = try OutputFile(output, extensions: ["pdf"], inputs: [])
      let loaded = try catalogue.load()
      let renderer = FigureRenderer(fonts: try fonts.load())
      let data: Data
      do {
        data = try renderer.contactSheetPDF(loaded.items)
      } catch {
        throw Console.fail(error.message)
      }
      try file.write(data, note: " (\(loaded.items.count) figures)")
    }
  }
}
