import Testing

@testable import Handout
@testable import HomeStretch

/// A counter held beside the patient stands under the hand that reaches out to it: the
/// left one as a rule, the right one when the left rests on the hip (the standing figure-4,
/// seen from its left, keeps the counter on the far side, clear of the standing leg).
@Suite struct CounterSideTests {
  func counterZ(_ id: String) throws -> [Double] {
    let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == id }?.figure)
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
    let right = try counterZ("piriformis_standing_figure4")
    #expect(!right.isEmpty && right.allSatisfy { $0 > 0.1 }, "on the right: \(right)")
    let left = try counterZ("standing_hip_abduction")
    #expect(!left.isEmpty && left.allSatisfy { $0 < -0.1 }, "on the left: \(left)")
  }
}
