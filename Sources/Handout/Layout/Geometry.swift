/// A rectangle on the page, in points, origin at the top left, y growing down.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var maxX: Double { x + width }
  public var maxY: Double { y + height }

  /// Whether `other` lies wholly inside this rectangle (a hair of rounding allowed).
  public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
    other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance
      && other.maxY <= maxY + tolerance
  }

  public func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  public func offsetBy(dx: Double, dy: Double) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width, height: height)
  }

  public func insetBy(_ inset: Double) -> Rect {
    Rect(x: x + inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset)
  }

  public var description: String { "(\(x), \(y), \(width)×\(height))" }
}

/// A page size in points.
public struct PageSize: Hashable, Sendable {
  public var width: Double
  public var height: Double

  public static let letter = PageSize(width: 612, height: 792)
  public static let a4 = PageSize(width: 595.276, height: 841.89)

  public var rect: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}
