import Testing

@testable import Handout
@testable import HomeStretch

/// Where the hatched "feel it here" patches sit on the body.
@Suite struct HighlightRegionTests {
  /// The front of the hip is the crease at the front of the hip and the top of the thigh:
  /// in front of the hip joint, reaching down onto the thigh (a patch in the middle of the
  /// pelvis, over the joint, read as the side of the hip).
  @Test func theFrontOfTheHipIsTheCreaseAndTheTopOfTheThigh() throws {
    let stretch = try #require(
      HandoutFixture.catalogue.items.first { $0.id == "hip_flexor_half_kneeling" }?.figure?.end)
    let body = Kinematics.pose(stretch)
    let patch = try #require(BodyShapes.region(.frontOfHip, body: body).first)
    let hip = body.point(.hip(.right))
    let forward = body.pelvisFrame.x
    let down = body.point(.knee(.right)) - hip
    let thigh = try #require(body.thighFrames[.right])
    #expect((patch.capsule.a - hip).dot(forward) > 0.04, "the crease: in front of the hip joint")
    #expect((patch.capsule.b - hip).dot(thigh.x) > 0.02, "the top of the thigh: on its front")
    let lower = (patch.capsule.b - hip).dot(down) / down.length / down.length
    #expect(lower > 0.15, "a fifth of the way down the thigh: \(lower)")
    #expect(patch.outward.dot(forward) > 0.9, "a pack would sit on the front")
  }
}
