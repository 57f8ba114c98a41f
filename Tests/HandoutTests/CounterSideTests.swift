import Testing

@testable import Handout
@testable import HomeStretch

/// A counter held beside the patient stands under the hand that reaches out to it: the
/// left one as a rule, the right one when the left rests on the hip.
@Suite struct CounterSideTests {
  func counterZ(_ figure: FigureSpec) -> [Double] {
    let floor = PropShapes.floorLevel(figure.props)
    let placed = FigureScene.placedPoses(figure, floor: floor, anchor: Landmark(figure.anchor))
    let items = PropShapes.items(
      figure.props, bodies: placed.map(\.body), parts: placed.map(\.parts), highlight: figure.highlight, floor: floor)
    return items.compactMap { item -> [Double]? in
      guard item.prop == .counter, case .box(let box) = item.geometry else { return nil }
      return [box.min.z, box.max.z]
    }.flatMap { $0 }
  }

  @Test func theCounterStandsUnderTheHandThatHoldsIt() throws {
    let lift = try #require(HandoutFixture.catalogue.items.first { $0.id == "standing_hip_abduction" }?.figure)
    let left = counterZ(lift)
    #expect(!left.isEmpty && left.allSatisfy { $0 < -0.1 }, "on the left: \(left)")
    // The same item holding on with the right hand, the left on the hip: the counter moves
    // to the right, under that hand.
    var other = lift
    for index in other.poses.indices {
      var pose = other.poses[index]
      pose.angles[JointSetting(.rightShoulder, .abduct)] = 25
      pose.angles[JointSetting(.rightElbow, .flex)] = 15
      pose.angles[JointSetting(.leftShoulder, .abduct)] = nil
      pose.angles[JointSetting(.leftElbow, .flex)] = nil
      pose.reaches[.left] = .leftHip
      if index == 0 { other.start = pose } else { other.end = pose }
    }
    let right = counterZ(other)
    #expect(!right.isEmpty && right.allSatisfy { $0 > 0.1 }, "on the right: \(right)")
    #expect(FigureContactCheck.missing(other).isEmpty, "the right hand holds it")
  }
}
