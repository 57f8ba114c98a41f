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
    name: [.customShort("o"), .long], help: "Where to write: a .png or .pdf file (default: output/<id>-<side>.png).")
  var output: String?

  @OptionGroup var catalogue: CatalogueOption
  @OptionGroup var fonts: FontsOption

  func run() throws {
    guard side == "left" || side == "right" else {
      throw ValidationError("--side: '\(side)' is not known; allowed: left, right")
    }
    let path = output ?? "output/\(itemID)-\(side).png"
    let isPDF = path.lowercased().hasSuffix(".pdf")
    guard isPDF || path.lowercased().hasSuffix(".png") else {
      throw ValidationError("-o: '\(path)' must end in .png or .pdf")
    }
    let loaded = try catalogue.load()
    guard let item = loaded[itemID] else {
      let hint = Suggestion.closest(to: itemID, in: loaded.items.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
      throw ValidationError("no catalogue item '\(itemID)'; \(hint)`homestretch catalogue list` shows every id")
    }
    guard item.figure != nil else {
      Console.printError("error: \(item.source): figure: the item has no figure yet")
      throw ExitCode.failure
    }
    let appliedSide: AppliedSide = item.sided ? (side == "left" ? .left : .right) : .none
    do {
      let renderer = FigureRenderer(fonts: try fonts.load())
      let data = isPDF ? try renderer.pdf(item, side: appliedSide) : try renderer.png(item, side: appliedSide)
      try AtomicFile.write(data, to: path)
    } catch {
      Console.printError("error: \(error)")
      throw ExitCode.failure
    }
    Console.write("wrote \(path)\n")
  }
}
