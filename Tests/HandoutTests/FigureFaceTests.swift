import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Eyes on a head that faces the reader; none on one seen from the side or the back.
@Suite struct FigureFaceTests {
  func placed(_ id: String) throws -> (FigureSpec, [FigureScene.Placed]) {
    let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == id }?.figure)
    return (
      figure,
      FigureScene.placedPoses(figure, floor: PropShapes.floorLevel(figure.props), anchor: Landmark(figure.anchor))
    )
  }

  @Test func aHeadFacingTheReaderHasTwoEyesInsideIt() throws {
    let (twist, poses) = try placed("seated_trunk_rotation")
    let camera = Camera(twist.view)
    let body = poses[0].body
    let eyes = FigureScene.faceDrawables(body, camera: camera, ghost: false)
    #expect(eyes.count == 2)
    let head = camera.project(body.point(.head))
    let radius = BodyProportions.standard.headRadius
    for eye in eyes {
      #expect(eye.points.allSatisfy { hypot($0.x - head.x, $0.y - head.y) < radius * 0.8 }, "inside the head")
    }
    // Level eyes, one each side of the middle, near its height.
    let centres = eyes.map { eye in eye.points.map(\.x).reduce(0, +) / Double(eye.points.count) }.sorted()
    #expect(centres[0] < head.x && centres[1] > head.x)
    let heights = eyes.map { eye in eye.points.map(\.y).reduce(0, +) / Double(eye.points.count) }
    #expect(abs(heights[0] - heights[1]) < radius * 0.2)
    #expect(heights.allSatisfy { abs($0 - head.y) < radius * 0.4 })
    // Ghost poses get none.
    #expect(FigureScene.faceDrawables(body, camera: camera, ghost: true).isEmpty)
  }

  /// Lying face down with the head turned to one side (step 1 of lying on your front), the
  /// face turns to the reader: two eyes, one above the other, as a cheek on the floor shows
  /// them; face straight down it has none.
  @Test func aHeadTurnedLyingFaceDownShowsItsFace() throws {
    let (prone, poses) = try placed("prone_lying")
    let camera = Camera(prone.view)
    let body = poses[0].body
    let eyes = FigureScene.faceDrawables(body, camera: camera, ghost: false)
    #expect(eyes.count == 2)
    let heights = eyes.map { eye in eye.points.map(\.y).reduce(0, +) / Double(eye.points.count) }
    #expect(abs(heights[0] - heights[1]) > BodyProportions.standard.headRadius * 0.3, "one above the other")
    var down = prone.start
    down.angles[JointSetting(.neck, .rotate)] = 0
    let faceDown = Kinematics.pose(down)
    #expect(FigureScene.faceDrawables(faceDown, camera: camera, ghost: false).isEmpty)
  }

  @Test func aHeadSeenFromTheSideOrTurnedAwayHasNone() throws {
    let (stand, poses) = try placed("sit_to_stand")
    #expect(FigureScene.faceDrawables(poses[0].body, camera: Camera(stand.view), ghost: false).isEmpty)
    // The twist's reader, moved round behind the chair.
    let (twist, turned) = try placed("seated_trunk_rotation")
    var behind = Camera(twist.view)
    behind.toward = behind.toward * -1
    #expect(FigureScene.faceDrawables(turned[0].body, camera: behind, ghost: false).isEmpty)
  }

  @Test func aHeadTurnedThreeQuartersShowsTheNearEyeOnTheSideItFaces() throws {
    let (standing, poses) = try placed("piriformis_standing_figure4")
    let camera = Camera(standing.view)
    let body = poses[0].body
    let eyes = FigureScene.faceDrawables(body, camera: camera, ghost: false)
    #expect(!eyes.isEmpty)
    let head = camera.project(body.point(.head))
    let nose = camera.project(body.point(.head) + body.headFrame.x * 0.1)
    let mean = eyes.flatMap(\.points).map(\.x).reduce(0, +) / Double(eyes.flatMap(\.points).count)
    #expect((mean - head.x) * (nose.x - head.x) > 0, "the eyes sit toward where the face points")
  }
}
