import Foundation

/// A point or direction in the figure's room, in body heights: x forward (the way a
/// standing figure faces), y up, z toward the figure's right.
public struct Vector3: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var z: Double

  public init(_ x: Double, _ y: Double, _ z: Double) {
    self.x = x
    self.y = y
    self.z = z
  }

  public static let zero = Vector3(0, 0, 0)

  public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
  public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
  public static func * (a: Vector3, k: Double) -> Vector3 { Vector3(a.x * k, a.y * k, a.z * k) }
  public func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }
  public func cross(_ b: Vector3) -> Vector3 {
    Vector3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x)
  }
  public var length: Double { dot(self).squareRoot() }
}

/// A rotation: the columns are where the x, y and z axes go.
public struct Rotation: Hashable, Sendable {
  public var x: Vector3
  public var y: Vector3
  public var z: Vector3

  public init(x: Vector3, y: Vector3, z: Vector3) {
    self.x = x
    self.y = y
    self.z = z
  }

  public static let identity = Rotation(x: Vector3(1, 0, 0), y: Vector3(0, 1, 0), z: Vector3(0, 0, 1))

  /// Turns a vector given in this frame into the parent frame.
  public func apply(_ v: Vector3) -> Vector3 { x * v.x + y * v.y + z * v.z }

  /// This rotation followed, in its own frame, by `local`.
  public func then(_ local: Rotation) -> Rotation {
    Rotation(x: apply(local.x), y: apply(local.y), z: apply(local.z))
  }

  /// Counter-clockwise by `degrees` looking down the axis toward the origin.
  public static func about(_ axis: Axis, degrees: Double) -> Rotation {
    let a = degrees * Double.pi / 180
    let c = cos(a)
    let s = sin(a)
    switch axis {
    case .x: return Rotation(x: Vector3(1, 0, 0), y: Vector3(0, c, s), z: Vector3(0, -s, c))
    case .y: return Rotation(x: Vector3(c, 0, -s), y: Vector3(0, 1, 0), z: Vector3(s, 0, c))
    case .z: return Rotation(x: Vector3(c, s, 0), y: Vector3(-s, c, 0), z: Vector3(0, 0, 1))
    }
  }

  public enum Axis: Sendable { case x, y, z }
}

extension Vector3 {
  /// The point of the segment from `a` to `b` nearest this one (`a` for a segment of no length).
  func nearest(onSegment a: Vector3, _ b: Vector3) -> Vector3 {
    let ab = b - a
    let t = max(0, min(1, (self - a).dot(ab) / max(ab.dot(ab), 1e-12)))
    return a + ab * t
  }
}
