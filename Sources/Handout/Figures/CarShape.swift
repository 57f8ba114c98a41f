import Foundation

/// The car round a driver (car breaks): the cabin seen from the side, drawn behind the body
/// as thin furniture lines, so the seat reads as a car seat and not a kitchen chair, and the
/// steering wheel sits on a dashboard, not in the air.
enum CarShape {
  /// The door's window seen from the side: the roof over the head, the windscreen sloping
  /// down to the dashboard, the pillar behind the seat, and the door's top edge between
  /// them (a lower half down to the floor made a booth of it).
  static func window(seatBack: Double, belt: Double, dash: Double, headTop: Double) -> [Vector3] {
    let z = -0.2
    let roof = headTop + 0.06
    let rear = seatBack - 0.06
    return [
      Vector3(rear, belt, z), Vector3(rear + 0.05, roof, z), Vector3(dash - 0.2, roof, z),
      Vector3(dash + 0.08, belt, z), Vector3(rear, belt, z),
    ]
  }

  /// The steering wheel in front of the hands, and its column down to the dashboard.
  static func wheel(hands: Vector3) -> [[Vector3]] {
    let centre = hands + Vector3(0.02, 0.02, 0)
    let ring = (0...24).map { i -> Vector3 in
      let a = Double(i) / 24 * 2 * Double.pi
      return centre + Vector3(sin(a) * 0.03, cos(a) * 0.09, 0)
    }
    return [ring, [centre + Vector3(0.03, -0.02, 0), centre + Vector3(0.12, -0.09, 0)]]
  }
}
