import Foundation

/// A rounded limb or trunk piece between two points. With a `section` its cross-section is
/// an ellipse (a trunk is wider than it is deep), otherwise round with radii `ra` and `rb`.
struct Capsule: Sendable {
  var a: Vector3
  var ra: Double
  var b: Vector3
  var rb: Double
  var section: Section?
  /// Square ends instead of round ones: a belt or band seen from the side.
  var flatEnds = false

  /// An elliptical cross-section: half-depth along `front`, half-width along `side`.
  struct Section: Sendable {
    var front: Vector3
    var side: Vector3
    var depth: Double
    var width: Double
  }

  init(_ a: Vector3, _ ra: Double, _ b: Vector3, _ rb: Double, section: Section? = nil) {
    self.a = a
    self.ra = ra
    self.b = b
    self.rb = rb
    self.section = section
  }

  /// A ball.
  init(ball center: Vector3, radius: Double) {
    self.init(center, radius, center, radius)
  }

  /// How far the surface reaches from the axis in the room direction `direction` (unit).
  func reach(toward direction: Vector3, at end: Double) -> Double {
    guard let section else { return end == 0 ? ra : rb }
    return hypot(section.depth * section.front.dot(direction), section.width * section.side.dot(direction))
  }

  /// The lowest height the surface reaches (what rests on the floor).
  var lowest: Double {
    let down = Vector3(0, 1, 0)
    return min(a.y - reach(toward: down, at: 0), b.y - reach(toward: down, at: 1))
  }

  /// The outline as seen by `camera`, in picture units (y up).
  func outline(_ camera: Camera) -> [(x: Double, y: Double)] {
    let pa = camera.project(a)
    let pb = camera.project(b)
    let dx = pb.x - pa.x
    let dy = pb.y - pa.y
    let length = hypot(dx, dy)
    var r0 = ra
    var r1 = rb
    if section != nil {
      // The silhouette's half-width across the picture direction of the axis.
      let across = length > 1e-6 ? camera.roomDirection(-dy / length, dx / length) : camera.roomDirection(1, 0)
      let along = length > 1e-6 ? camera.roomDirection(dx / length, dy / length) : camera.roomDirection(0, 1)
      r0 = max(reach(toward: across, at: 0), reach(toward: along, at: 0) * 0.85)
      r1 = r0
      if flatEnds && length > 1e-6 {
        let n = (x: -dy / length * r0, y: dx / length * r0)
        return [(pa.x + n.x, pa.y + n.y), (pa.x - n.x, pa.y - n.y), (pb.x - n.x, pb.y - n.y), (pb.x + n.x, pb.y + n.y)]
      }
    }
    return Capsule.outline(pa, r0, pb, r1, tolerance: camera.tolerance)
  }

  /// The outline of two circles joined by their outer tangents, counter-clockwise.
  static func outline(
    _ c0: (x: Double, y: Double), _ r0: Double, _ c1: (x: Double, y: Double), _ r1: Double, tolerance: Double
  ) -> [(x: Double, y: Double)] {
    let dx = c1.x - c0.x
    let dy = c1.y - c0.y
    let d = hypot(dx, dy)
    if d + min(r0, r1) <= max(r0, r1) + 1e-9 {
      return circle(r0 >= r1 ? c0 : c1, max(r0, r1), tolerance: tolerance)
    }
    let theta = atan2(dy, dx)
    let phi = acos(max(-1, min(1, (r0 - r1) / d)))
    var points: [(x: Double, y: Double)] = []
    points += arc(c1, r1, from: theta - phi, to: theta + phi, tolerance: tolerance)
    points += arc(c0, r0, from: theta + phi, to: theta + 2 * Double.pi - phi, tolerance: tolerance)
    return points
  }

  static func circle(_ c: (x: Double, y: Double), _ r: Double, tolerance: Double) -> [(x: Double, y: Double)] {
    var points = arc(c, r, from: 0, to: 2 * Double.pi, tolerance: tolerance)
    points.removeLast()
    return points
  }

  /// Points along an arc, as few as keep the chords within `tolerance` of the true curve
  /// (a fifth of a printed point, 0.07 mm): fewer numbers for cairo to write into the PDF.
  static func arc(_ c: (x: Double, y: Double), _ r: Double, from a0: Double, to a1: Double, tolerance: Double)
    -> [(x: Double, y: Double)]
  {
    let step = r > tolerance ? 2 * acos(1 - tolerance / r) : Double.pi / 2
    let steps = max(2, Int((abs(a1 - a0) / min(step, Double.pi / 4)).rounded(.up)))
    return (0...steps).map { i in
      let a = a0 + (a1 - a0) * Double(i) / Double(steps)
      return (c.x + r * cos(a), c.y + r * sin(a))
    }
  }
}
/// A box with its edges along the room's axes: a mat, a chair seat, a step, a wall.
struct Box: Sendable {
  var min: Vector3
  var max: Vector3

  /// The faces the camera sees, each with how much it faces up (for its tone), back to
  /// front.
  func visibleFaces(_ camera: Camera) -> [(points: [(x: Double, y: Double)], upness: Double, depth: Double)] {
    let (x0, y0, z0) = (min.x, min.y, min.z)
    let (x1, y1, z1) = (max.x, max.y, max.z)
    let faces: [(normal: Vector3, corners: [Vector3])] = [
      (Vector3(0, 1, 0), [Vector3(x0, y1, z0), Vector3(x1, y1, z0), Vector3(x1, y1, z1), Vector3(x0, y1, z1)]),
      (Vector3(0, -1, 0), [Vector3(x0, y0, z0), Vector3(x1, y0, z0), Vector3(x1, y0, z1), Vector3(x0, y0, z1)]),
      (Vector3(1, 0, 0), [Vector3(x1, y0, z0), Vector3(x1, y1, z0), Vector3(x1, y1, z1), Vector3(x1, y0, z1)]),
      (Vector3(-1, 0, 0), [Vector3(x0, y0, z0), Vector3(x0, y1, z0), Vector3(x0, y1, z1), Vector3(x0, y0, z1)]),
      (Vector3(0, 0, 1), [Vector3(x0, y0, z1), Vector3(x1, y0, z1), Vector3(x1, y1, z1), Vector3(x0, y1, z1)]),
      (Vector3(0, 0, -1), [Vector3(x0, y0, z0), Vector3(x1, y0, z0), Vector3(x1, y1, z0), Vector3(x0, y1, z0)]),
    ]
    return
      faces
      .filter { $0.normal.dot(camera.toward) > 1e-6 }
      .map { face in
        let centre = face.corners.reduce(Vector3.zero, +) * 0.25
        return (face.corners.map(camera.project), face.normal.y, camera.depth(centre))
      }
      .sorted { $0.depth < $1.depth }
  }
}
