import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Issue 14, part 2: every figure, on both sides, still reads after a cheap photocopy (a
/// 50 % threshold at 150 dpi). Where each part is comes from the drawing itself: every
/// shape says what it shows, and a map drawn from the same outlines says which part each
/// pixel belongs to.
@Suite struct PhotocopyTests {
  static let items = HandoutFixture.catalogue.items
  static let dpi = 150.0
  /// The picture of a card on letter paper.
  static let cardFrame = Rect(x: 0, y: 0, width: 179.6, height: 118.6)

  /// Dark pixels over all pixels of one part of a picture.
  struct Share: CustomStringConvertible {
    var dark = 0
    var all = 0
    var fraction: Double { all == 0 ? 0 : Double(dark) / Double(all) }
    mutating func add(_ isDark: Bool) {
      all += 1
      if isDark { dark += 1 }
    }
    var description: String { "\(dark)/\(all) (\(Int((fraction * 100).rounded())) %)" }
  }

  struct Measures: CustomStringConvertible {
    /// Inside the working limb, away from its edge.
    var workingInside = Share()
    /// Inside the rest of the body (trunk, head, near limbs), away from its edge.
    var bodyInside = Share()
    /// On the body's outline.
    var bodyOutline = Share()
    /// On each far limb's outline (visible part), by item index.
    var farOutlines: [Int: Share] = [:]
    /// Inside and on the outline of the highlight.
    var highlight = Share()
    var highlightInside = Share()
    /// Black pixels of the props and floor drawn alone, and of the person drawn alone.
    var propInk = 0
    var personInk = 0
    var description: String {
      "working \(workingInside) body \(bodyInside) outline \(bodyOutline) far \(farOutlines.values.map(\.description)) "
        + "highlight \(highlight) inside \(highlightInside) ink props \(propInk) person \(personInk)"
    }
  }

  static func measure(_ drawing: FigureDrawing) -> Measures {
    let copy = FigureRaster.render(drawing, dpi: dpi)
    let map = FigureRaster.map(drawing, dpi: dpi)
    let width = copy.width
    let roles = drawing.items.map(\.role)
    var m = Measures()
    func insideAway(_ index: Int, _ item: Int) -> Bool {
      let x = index % width
      let y = index / width
      for dy in -1...1 {
        for dx in -1...1 {
          let nx = x + dx
          let ny = y + dy
          guard nx >= 0, ny >= 0, nx < width, ny < copy.height, let entry = map[ny * width + nx],
            entry.item == item, entry.layer == .inside
          else { return false }
        }
      }
      return true
    }
    for (index, entry) in map.enumerated() {
      guard let entry else { continue }
      let dark = copy.isDark(index)
      switch (roles[entry.item], entry.layer) {
      case (.workingLimb, .inside) where insideAway(index, entry.item): m.workingInside.add(dark)
      case (.body, .inside) where insideAway(index, entry.item): m.bodyInside.add(dark)
      case (.body, .outline): m.bodyOutline.add(dark)
      case (.farLimb, .outline): m.farOutlines[entry.item, default: Share()].add(dark)
      case (.highlight, .outline): m.highlight.add(dark)
      case (.highlight, .inside):
        m.highlight.add(dark)
        if insideAway(index, entry.item) { m.highlightInside.add(dark) }
      default: break
      }
    }
    func ink(_ keep: Set<FigureRole>) -> Int {
      let raster = FigureRaster.render(drawing, dpi: dpi) { keep.contains($0.role) }
      return raster.gray.indices.filter { raster.isDark($0) }.count
    }
    m.propInk = ink([.prop, .floor])
    m.personInk = ink([.body, .farLimb, .workingLimb, .highlight])
    return m
  }

  /// The pictures printed for an item: a letter card's numbered frames, and the single
  /// picture of the contact sheet and `homestretch figure` (start pale under the end).
  static func drawings(_ item: CatalogueItem, figure: FigureSpec, mirrored: Bool) -> [(String, FigureDrawing)] {
    let minutes = item.kind == .thermal ? item.dose.minutes : nil
    return [
      (
        "card",
        FigureScene.framed(
          figure, mirrored: mirrored, timerMinutes: minutes, width: 612 - 2 * 43.2 - 16, personHeight: 150,
          maxHeight: 250)
      ),
      ("single", FigureScene.drawing(figure, mirrored: mirrored, timerMinutes: minutes, in: cardFrame)),
    ]
  }

  @Test(arguments: items.map(\.id))
  func figureSurvivesACheapCopy(_ id: String) throws {
    let item = try #require(HandoutFixture.catalogue[id])
    let figure = try #require(item.figure)
    for mirrored in [false, true] {
      for (kind, drawing) in Self.drawings(item, figure: figure, mirrored: mirrored) {
        let m = Self.measure(drawing)
        let label = "\(id) \(mirrored ? "left" : "right") \(kind): \(m)"
        // The working limb stays solid black: different from the rest of the body.
        if figure.working != .none {
          #expect(m.workingInside.all >= 100, "\(label): no working limb to see")
          #expect(m.workingInside.fraction >= 0.9, "\(label): the working limb is not dark")
        }
        // The rest of the body is white inside with its black outline kept.
        #expect(m.bodyInside.all >= 500, "\(label): no body")
        #expect(m.bodyInside.fraction <= 0.05, "\(label): the body goes dark on a copy")
        #expect(m.bodyOutline.all >= 300 && m.bodyOutline.fraction >= 0.9, "\(label): the body's outline is lost")
        // Every far limb that shows at all keeps its outline.
        for (index, share) in m.farOutlines where share.all >= 20 {
          #expect(share.fraction >= 0.6, "\(label): far limb \(index) vanishes")
        }
        // Where it is felt: hatched, neither lost nor a black blot.
        if figure.highlight != nil {
          #expect(m.highlight.all >= 20, "\(label): no highlight")
          #expect((0.25...0.85).contains(m.highlight.fraction), "\(label): the highlight does not read")
          if m.highlightInside.all >= 30 {
            #expect((0.15...0.7).contains(m.highlightInside.fraction), "\(label): the hatching is lost")
          }
        }
        // Props and the floor carry less ink than the person.
        #expect(m.propInk < m.personInk, "\(label): the props outweigh the person")
      }
    }
  }

  /// The far limbs are in the figures that have them, and the old grey style would fail:
  /// the measures do tell the styles apart.
  @Test func theMeasuresTellAGreyFigureFromLineArt() throws {
    // Seen from the side, the far leg of a knee to chest stays down on the mat.
    let item = try #require(HandoutFixture.catalogue["knee_to_chest_single"])
    let drawing = FigureScene.drawing(try #require(item.figure), mirrored: false, in: Self.cardFrame)
    let line = Self.measure(drawing)
    #expect(line.farOutlines.values.contains { $0.all >= 100 && $0.fraction >= 0.6 }, "the far leg shows")
    // The same picture in flat greys (body 55 %, far limb 30 %, no outlines), as before.
    var grey = drawing
    grey.items = drawing.items.map { item in
      guard case .shape(var shape) = item else { return item }
      switch shape.role {
      case .body: shape.fill = .gray(0.45)
      case .farLimb: shape.fill = .gray(0.7)
      default: return item
      }
      shape.stroke = nil
      return .shape(shape)
    }
    let flat = Self.measure(grey)
    #expect(flat.bodyInside.fraction > 0.9, "a mid-grey body goes black")
    #expect(!flat.farOutlines.values.contains { $0.all > 0 }, "and the far leg has no outline left")
  }
}
