import ArgumentParser
import Foundation
import Handout
import HomeStretch

/// `homestretch figure ITEM_ID --side left|right [-o FILE.png|FILE.pdf]`: one illustration on
/// its own, for a therapist's own material and for review.
struct FigureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "figure",
    abstract: "Draw one catalogue item's illustration, mirrored for the given side, as PNG or PDF.")

  @Argument(help: "The catalogue item's id (see `homestretch catalogue list`).")
  var itemID: String

  @Option(help: "The patient's side: left or right (ignored for items without a side).")
  var side: String = "right"

  @Option(
    name: [.customShort("o"), .long],
    help: "Where to write: a .png or .pdf file, or - for a PNG on standard output (default: output/<id>-<side>.png).")
  var output: String?

  @Flag(help: "Draw the picture as a card prints it (numbered frames, card size) without its name, as PNG.")
  var card = false

  @OptionGroup var catalogue: CatalogueOption
  @OptionGroup var fonts: FontsOption

  func run() throws {
    let side = self.side.trimmingCharacters(in: .whitespaces).lowercased()
    guard side == "left" || side == "right" else {
      throw Console.fail("--side: '\(self.side)' is not known; allowed: left, right")
    }
    let itemID = self.itemID.trimmingCharacters(in: .whitespaces).lowercased()
    let file = try OutputFile(output ?? "output/\(itemID)-\(side).png", extensions: ["png", "pdf"], inputs: [])
    let isPDF = file.path.lowercased().hasSuffix(".pdf")
    if card && isPDF { throw Console.fail("--card draws a PNG: give a .png file or - for --output") }
    let loaded = try catalogue.load()
    guard let item = loaded[itemID] else {
      let hint = Suggestion.closest(to: itemID, in: loaded.items.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
      throw Console.fail("no catalogue item '\(self.itemID)'; \(hint)`homestretch catalogue list` shows every id")
    }
    guard item.figure != nil else {
      Console.printError("error: \(item.source): figure: the item has no figure yet")
      throw ExitCode.failure
    }
    let appliedSide: AppliedSide = item.sided ? (side == "left" ? .left : .right) : .none
    let renderer = FigureRenderer(fonts: try fonts.load())
    let data: Data
    do {
      data =
        isPDF && !card
        ? try renderer.pdf(item, side: appliedSide) : try renderer.png(item, side: appliedSide, asOnACard: card)
    } catch {
      throw Console.fail(error.message)
    }
    try file.write(data)
  }
}
