import Testing

@testable import Handout
@testable import HomeStretch

/// A figure-4's crossed leg is drawn over the leg it rests on.
@Suite struct LegCrossingTests {
  @Test func aCrossedAnkleNearerTheReaderPutsItsLegOnTop() throws {
    let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == "piriformis_supine_figure4" }?.figure)
    let placed = FigureScene.placedPoses(
      figure, floor: PropShapes.floorLevel(figure.props), anchor: Landmark(figure.anchor))
    // Frame 2 seen from high over the foot end and the left side: the left leg, drawn up,
    // is nearer on average, but the right ankle on its knee is nearer still.
    let camera = Camera(FigureView(direction: .side, tilt: 55, turn: 115))
    let end = try #require(placed.last)
    let byDepth = end.parts.sorted { FigureScene.depth($0, camera) < FigureScene.depth($1, camera) }
    func index(_ parts: [BodyPart], _ side: LimbSide) throws -> Int {
      try #require(parts.firstIndex { $0.kind == .leg(side) })
    }
    #expect(try index(byDepth, .right) < index(byDepth, .left), "the mean depths alone put it under")
    let drawn = FigureScene.crossedLegOnTop(byDepth, body: end.body, camera: camera)
    #expect(try index(drawn, .right) > index(drawn, .left), "drawn over the leg it rests on")
    #expect(drawn.count == byDepth.count)
    // Uncrossed (feet flat, knees bent), the order stays as the depths give it.
    let bridge = try #require(HandoutFixture.catalogue.items.first { $0.id == "glute_bridge" }?.figure)
    let lying = FigureScene.placedPoses(
      bridge, floor: PropShapes.floorLevel(bridge.props), anchor: Landmark(bridge.anchor))[0]
    let side = Camera(bridge.view)
    let order = lying.parts.sorted { FigureScene.depth($0, side) < FigureScene.depth($1, side) }
    #expect(FigureScene.crossedLegOnTop(order, body: lying.body, camera: side).map(\.kind) == order.map(\.kind))
  }

  /// A knee pulled across toward the other shoulder puts its shin over the other thigh,
  /// lying straight on the mat: seen from above, the crossed shin is drawn on top.
  @Test func aShinPulledAcrossLiesOverTheOtherThigh() throws {
    let figure = try #require(
      HandoutFixture.catalogue.items.first { $0.id == "piriformis_knee_to_opposite_shoulder" }?.figure)
    let end = try #require(
      FigureScene.placedPoses(figure, floor: PropShapes.floorLevel(figure.props), anchor: Landmark(figure.anchor))
        .last)
    let camera = Camera(figure.view)
    let byDepth = end.parts.sorted { FigureScene.depth($0, camera) < FigureScene.depth($1, camera) }
    let drawn = FigureScene.crossedLegOnTop(byDepth, body: end.body, camera: camera)
    let right = try #require(drawn.firstIndex { $0.kind == .leg(.right) })
    let left = try #require(drawn.firstIndex { $0.kind == .leg(.left) })
    #expect(right > left)
  }
}
