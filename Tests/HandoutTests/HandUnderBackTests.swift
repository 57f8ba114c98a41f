import Testing

@testable import Handout
@testable import HomeStretch

/// The pelvic tilt's feedback hand, slid under the small of the back (step 2), is drawn in
/// the body's ink over the trunk, where the arch leaves a gap: a hand, not the gap's shading.
@Suite struct HandUnderBackTests {
  @Test func theHandUnderTheArchIsDrawnOverTheTrunk() throws {
    let figure = try #require(
      HandoutFixture.catalogue.items.first { $0.id == "posterior_pelvic_tilt_supine" }?.figure)
    let placed = FigureScene.placedPoses(
      figure, floor: PropShapes.floorLevel(figure.props), anchor: Landmark(figure.anchor))
    let camera = Camera(figure.view)
    let start = placed[0]
    let drawn = FigureScene.bodyDrawables(start, spec: figure, camera: camera, ghost: false, between: [], behind: [])
    let shapes = drawn.compactMap { drawable -> ([[FigureScene.P]], FigureInk)? in
      if case .shape(let outlines, let ink) = drawable { return (outlines, ink) }
      return nil
    }
    // The last shape drawn over the trunk is the hand: white with its outline, at the
    // height of the gap under the waist, close to the floor.
    let trunk = try #require(shapes.firstIndex { $0.1 == .body && $0.0.count > 1 })
    let after = shapes[(trunk + 1)...].filter { $0.1 == .body }
    let wrist = camera.project(start.body.point(.wrist(.left)))
    let waist = camera.project(start.body.point(.waist))
    #expect(
      after.contains { shape in
        let points = shape.0.flatMap { $0 }
        let meanY = points.map(\.y).reduce(0, +) / Double(points.count)
        return abs(meanY - wrist.y) < 0.05 && meanY < waist.y
      }, "a hand in the gap under the waist")
    // A ghost start gets none.
    let ghost = FigureScene.bodyDrawables(start, spec: figure, camera: camera, ghost: true, between: [], behind: [])
    #expect(!ghost.contains { if case .shape(_, .body) = $0 { true } else { false } })
  }
}
