import Foundation
import HomeStretch

/// An orthographic camera: room points to picture points (y up) and a depth (larger is
/// nearer the reader), for the painter's back-to-front order.
struct Camera: Sendable {
  var right: Vector3
  var up: Vector3
  var toward: Vector3
  /// How far a drawn curve may stray from the true one, in body heights: a fifth of a
  /// printed point at the picture's scale.
  var tolerance = 0.0005

  init(_ view: FigureView) {
    switch view.direction {
    case .side: (right, up, toward) = (Vector3(1, 0, 0), Vector3(0, 1, 0), Vector3(0, 0, 1))
    case .front: (right, up, toward) = (Vector3(0, 0, -1), Vector3(0, 1, 0), Vector3(1, 0, 0))
    case .top: (right, up, toward) = (Vector3(1, 0, 0), Vector3(0, 0, -1), Vector3(0, 1, 0))
    }
    // Turn round the vertical, then raise the camera round its own horizontal axis.
    let vertical = Vector3(0, 1, 0)
    right = Camera.rotate(right, about: vertical, degrees: view.turn)
    up = Camera.rotate(up, about: vertical, degrees: view.turn)
    toward = Camera.rotate(toward, about: vertical, degrees: view.turn)
    let axis = right
    up = Camera.rotate(up, about: axis, degrees: -view.tilt)
    toward = Camera.rotate(toward, about: axis, degrees: -view.tilt)
  }

  /// Rodrigues' rotation of `v` about the unit vector `k`.
  static func rotate(_ v: Vector3, about k: Vector3, degrees: Double) -> Vector3 {
    let a = degrees * Double.pi / 180
    return v * cos(a) + k.cross(v) * sin(a) + k * (k.dot(v) * (1 - cos(a)))
  }

  /// Picture coordinates, y up, in body heights.
  func project(_ p: Vector3) -> (x: Double, y: Double) { (p.dot(right), p.dot(up)) }

  func depth(_ p: Vector3) -> Double { p.dot(toward) }

  /// A room direction lying in the picture plane, from a picture direction.
  func roomDirection(_ dx: Double, _ dy: Double) -> Vector3 { right * dx + up * dy }
}
