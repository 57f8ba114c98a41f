import Testing

@testable import Handout
@testable import HomeStretch

/// A hand holding behind a thigh is drawn where the reader sees it: behind the thigh from
/// the side, in front of it when the back of the thigh faces the reader.
@Suite struct HeldThighTests {
  func end(_ id: String) throws -> (PosedBody, Camera) {
    let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == id }?.figure)
    let placed = FigureScene.placedPoses(
      figure, floor: PropShapes.floorLevel(figure.props), anchor: Landmark(figure.anchor))
    return (try #require(placed.last).body, Camera(figure.view))
  }

  @Test func seenFromTheFeetTheHoldIsInFrontOfTheThighDrawnUp() throws {
    // The lying figure-4, frame 2, from the right side toward the feet: both hands behind
    // the left thigh, the right one reaching across in front of it.
    let (body, camera) = try end("piriformis_supine_figure4")
    #expect(FigureScene.handInFront(body, side: .right, of: .left, camera: camera))
    // Looking straight at the back of that thigh where the left hand holds it, that hold is
    // in front too.
    let wrist = body.point(.wrist(.left))
    let hip = body.point(.hip(.left))
    let axis = body.point(.knee(.left)) - hip
    let offset = wrist - (hip + axis * ((wrist - hip).dot(axis) / axis.dot(axis)))
    var atTheBack = camera
    atTheBack.toward = offset * (1 / offset.length)
    #expect(FigureScene.handInFront(body, side: .left, of: .left, camera: atTheBack))
    // From the left side the same hands are behind that thigh.
    let fromTheLeft = Camera(FigureView(direction: .side, turn: 180))
    #expect(!FigureScene.handInFront(body, side: .left, of: .left, camera: fromTheLeft))
  }

  @Test func seenFromTheSideTheHoldIsBehindTheThigh() throws {
    let (body, camera) = try end("knee_to_chest_double")
    #expect(!FigureScene.handInFront(body, side: .right, of: .right, camera: camera))
    #expect(!FigureScene.handInFront(body, side: .left, of: .left, camera: camera))
  }
}
