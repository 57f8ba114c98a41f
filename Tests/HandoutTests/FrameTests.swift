import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Issue 14, part 1: a card's picture shows an item with a start and an end as numbered
/// frames 1 and 2, inside its box at every card size, with the person at least two inches
/// tall (more in large print), each frame mirrored in its own place for the left side.
@Suite struct FrameTests {
  static let items = HandoutFixture.catalogue.items
  let setter: TextSetter

  init() throws {
    setter = TextSetter(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
  }

  /// The inner width of a card: letter and A4, normal and large print.
  static let cards: [(label: String, width: Double, large: Bool)] = [
    ("letter", 612 - 2 * 43.2 - 16, false), ("a4", 595.28 - 2 * 43.2 - 16, false),
    ("letter large print", 612 - 2 * 43.2 - 16 * 4 / 3, true), ("a4 large print", 595.28 - 2 * 43.2 - 16 * 4 / 3, true),
  ]

  func picture(_ item: CatalogueItem, card: (label: String, width: Double, large: Bool), mirrored: Bool) throws
    -> (FigureDrawing, CardPicture)
  {
    let picture = CardPicture(
      blocks: BlockBuilder(
        setter: setter, typography: Typography(largePrint: card.large),
        words: PlanWords(wording: .english, catalogue: HandoutFixture.catalogue), figures: FigureCache()))
    let drawing = FigureScene.framed(
      try #require(item.figure), mirrored: mirrored, timerMinutes: item.kind == .thermal ? item.dose.minutes : nil,
      labelSize: card.large ? 16 : 12, width: card.width, personHeight: picture.personHeight,
      maxHeight: picture.maxHeight, at: Point(51.2, 140))
    return (drawing, picture)
  }

  @Test(arguments: items.map(\.id))
  func framesAreNumberedInsideTheirBoxWithATwoInchPerson(_ id: String) throws {
    let item = try #require(HandoutFixture.catalogue[id])
    let figure = try #require(item.figure)
    var normalSize: [Double] = []
    for (index, card) in Self.cards.enumerated() {
      for mirrored in [false, true] {
        let (drawing, picture) = try picture(item, card: card, mirrored: mirrored)
        let label = "\(id) \(card.label) \(mirrored ? "left" : "right")"
        let ink = try #require(drawing.inkBounds)
        #expect(drawing.frame.contains(ink, tolerance: 0.5), "\(label): ink \(ink) outside \(drawing.frame)")
        #expect(abs(drawing.frame.width - card.width) < 1e-9)
        #expect(drawing.frame.height <= picture.maxHeight + 1e-6, "\(label): \(drawing.frame.height) pt tall")
        // Frames 1 and 2 for a start and an end (and 3 with a middle), one picture for a
        // held position.
        let frames = figure.poses.count
        #expect(drawing.panels.count == frames, "\(label)")
        let numbers = drawing.overlay.compactMap { if case .label(let l) = $0 { l.text } else { nil } }
          .filter { Int($0) != nil }
        #expect(numbers == (frames > 1 ? (1...frames).map(String.init) : []), "\(label): numbers \(numbers)")
        for (i, a) in drawing.panels.enumerated() {
          #expect(drawing.frame.contains(a, tolerance: 0.5))
          for b in drawing.panels[(i + 1)...] { #expect(!a.insetBy(0.5).intersects(b.insetBy(0.5)), "\(label)") }
        }
        // Every part of the picture is inside one frame.
        for item in drawing.items {
          #expect(
            drawing.panels.contains { panel in
              item.points.allSatisfy { panel.insetBy(-2).contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
            },
            "\(label): \(item.role) crosses frames")
        }
        // At least two inches from head to foot standing, and larger in large print (2.67
        // inches where the card's width leaves room).
        #expect(drawing.personHeight >= 144 - 1e-6, "\(label): the person is \(drawing.personHeight) pt tall")
        if card.large {
          let normal = normalSize[(index - 2) * 2 + (mirrored ? 1 : 0)]
          #expect(drawing.personHeight > normal + 10, "\(label): \(drawing.personHeight) pt, not larger than \(normal)")
        } else {
          normalSize.append(drawing.personHeight)
        }
      }
    }
  }

  @Test(arguments: items.map(\.id))
  func eachFrameIsMirroredInItsOwnPlace(_ id: String) throws {
    let item = try #require(HandoutFixture.catalogue[id])
    let card = Self.cards[0]
    let (right, _) = try picture(item, card: card, mirrored: false)
    let (left, _) = try picture(item, card: card, mirrored: true)
    #expect(right.panels == left.panels)
    #expect(right.overlay == left.overlay, "numbers and timer are never reflected")
    #expect(right.items.count == left.items.count)
    for (r, l) in zip(right.items, left.items) {
      let mirroredInAPanel = right.panels.contains { panel in
        let axis = panel.x + panel.maxX
        return r.points.count == l.points.count
          && zip(r.points, l.points).allSatisfy { abs($1.x - (axis - $0.x)) < 1e-6 && abs($1.y - $0.y) < 1e-6 }
      }
      #expect(mirroredInAPanel, "\(id): \(r.role)")
    }
    // Frame 1 stays on the left (or on top) on either side: the order reads the same way.
    if right.panels.count == 2 {
      #expect(right.panels[0].x < right.panels[1].x || right.panels[0].y < right.panels[1].y)
    }
  }

  /// A bigger picture never costs the patient words: on every card of every profile the
  /// steps are printed whole (the picture shrinks, down to two inches, before a step is cut).
  @Test(arguments: HandoutFixture.profiles.map(\.0).filter { $0 != "referral" })
  func cardsKeepEveryStepWhole(label: String) throws {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
    let plan = HandoutFixture.plan(profile)
    let document = renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    let blocks = document.pages.flatMap(\.elements).compactMap { if case .text(let b) = $0 { b } else { nil } }
    for item in plan.items {
      let source = try #require(HandoutFixture.catalogue[item.id])
      for step in Wording.english.steps(of: source, for: item) {
        let block = try #require(blocks.first { $0.text == step }, "\(label): \(item.id): '\(step)' not printed")
        let measured = renderer.setter.measure(
          block.text, style: block.style, width: block.frame.width, maxLines: block.maxLines, lead: block.lead)
        #expect(!measured.shortened, "\(label): \(item.id): '\(step.prefix(40))' is cut short")
      }
    }
  }
}

/// A last frame with a view of its own (`end_view:`): the standing figure-4 makes its 4 in
/// a front view and sits back in a side view.
@Suite struct EndViewTests {
  @Test func theLastFrameIsDrawnFromItsOwnView() throws {
    let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == "piriformis_standing_figure4" }?.figure)
    let side = try #require(figure.endView)
    #expect(figure.view(frame: 0) == figure.view)
    #expect(figure.view(frame: 1) == side)
    var oneView = figure
    oneView.endView = nil
    let tolerance = 0.2 / 150
    let own = FigureScene.frameContents(figure, tolerance: tolerance)
    let same = FigureScene.frameContents(oneView, tolerance: tolerance)
    // Frame 1 is the same either way; frame 2 is drawn from the side, so it differs.
    #expect(own[0].width == same[0].width && own[0].height == same[0].height)
    #expect(abs(own[1].width - same[1].width) > 0.01)
    // Seen from the side, the hips pushed back lie behind the standing foot; from the front
    // they do not move across the page.
    let placed = FigureScene.placedPoses(
      figure, floor: PropShapes.floorLevel(figure.props), anchor: Landmark(figure.anchor))
    func shift(_ view: FigureView) -> Double {
      let camera = Camera(view)
      return abs(camera.project(placed[1].body.point(.pelvis)).x - camera.project(placed[0].body.point(.pelvis)).x)
    }
    #expect(shift(side) > 2 * shift(figure.view))
    // An item without one is seen from its view in every frame.
    let bridge = try #require(HandoutFixture.catalogue.items.first { $0.id == "glute_bridge" }?.figure)
    #expect(bridge.endView == nil && bridge.view(frame: 1) == bridge.view)
  }
}
