/// A point on the page, in points, y growing down.
public struct Point: Hashable, Sendable {
  public var x: Double
  public var y: Double

  public init(_ x: Double, _ y: Double) {
    self.x = x
    self.y = y
  }
}

/// How a shape is filled. Every fill reads in grey: tones differ by at least a fifth of the
/// scale, and the highlight and the packs carry a pattern, not a colour.
public enum FigureFill: Hashable, Sendable {
  case gray(Double)
  /// Parallel lines over a background: the area where the patient feels the stretch.
  case hatch(background: Double, line: Double, angle: Double, spacing: Double)
  /// Small dots over a background: a cold pack.
  case dots(background: Double, dot: Double, spacing: Double)
  /// Wavy lines over a background: a warm pack.
  case waves(background: Double, line: Double, spacing: Double)
}

/// What a shape or line of an illustration shows, so a check (or a reviewer's tool) can
/// find the body, the limbs, the props and the floor in the finished drawing.
public enum FigureRole: Hashable, Sendable {
  /// The trunk, head and near limbs of the end (or held) position.
  case body
  /// A limb on the far side of the body.
  case farLimb
  /// The limb the exercise works (drawn for the patient's side).
  case workingLimb
  /// Where the patient should feel it.
  case highlight
  /// The start position drawn under the end position.
  case startPose
  /// Furniture, a mat, a pillow, a pack, a strap, water.
  case prop
  /// The floor line or the floor's shadow.
  case floor
  /// A motion arrow.
  case arrow
  /// The clock and minutes of an ice or heat routine.
  case timer
}

/// An outline.
public struct FigureStroke: Hashable, Sendable {
  public var gray: Double
  public var width: Double
  public var dashed: Bool

  public init(gray: Double, width: Double, dashed: Bool = false) {
    self.gray = gray
    self.width = width
    self.dashed = dashed
  }
}

/// One closed shape of an illustration: the union of its outlines (filled non-zero).
public struct FigureShape: Hashable, Sendable {
  public var outlines: [[Point]]
  public var fill: FigureFill?
  public var stroke: FigureStroke?
  /// A white band this wide is drawn round the shape first, so a limb in front of another
  /// stays separate from it, as in safety-card pictograms.
  public var separation: Double
  public var role: FigureRole = .prop
}

/// An open line: a strap, a motion arrow, a floor line.
public struct FigureLine: Hashable, Sendable {
  public var points: [Point]
  public var width: Double
  public var gray: Double
  /// A white band under the line so it reads over the figure.
  public var halo: Double
  public var arrowHead: Bool
  public var dashed: Bool
  public var role: FigureRole = .prop
  /// A second head at the start: the movement goes back and forth.
  public var tailHead = false
}

/// Words in a picture (the minutes under a timer), fitted into `frame` by the painter.
public struct FigureLabel: Hashable, Sendable {
  public var text: String
  public var frame: Rect
  public var size: Double
}

/// One drawing instruction of an illustration, in page coordinates.
public enum FigureItem: Hashable, Sendable {
  case shape(FigureShape)
  case line(FigureLine)
  case label(FigureLabel)

  /// The points the item covers, for bounds and mirroring checks.
  public var points: [Point] {
    switch self {
    case .shape(let shape): return shape.outlines.flatMap { $0 }
    case .line(let line): return line.points
    case .label(let label):
      return [Point(label.frame.x, label.frame.y), Point(label.frame.maxX, label.frame.maxY)]
    }
  }

  /// What the item shows.
  public var role: FigureRole {
    switch self {
    case .shape(let shape): return shape.role
    case .line(let line): return line.role
    case .label: return .timer
    }
  }

  /// How far the item's ink reaches beyond its points (half a stroke, a halo, a head).
  var reach: Double {
    switch self {
    // A filled shape's outline is drawn under its fill at twice its width, so it reaches a
    // whole width beyond the outline.
    case .shape(let shape): return max(shape.separation, shape.stroke?.width ?? 0)
    case .line(let line): return max(line.width / 2 + line.halo, line.arrowHead ? line.width * 2.2 + line.halo : 0)
    case .label: return 0
    }
  }
}

/// A finished illustration: what to draw, in order, inside `frame`.
public struct FigureDrawing: Hashable, Sendable {
  /// The whole slot.
  public var frame: Rect
  /// The part of the slot the picture of the body fills (the rest holds the timer).
  public var area: Rect
  /// The picture, mirrored for the left side.
  public var items: [FigureItem]
  /// Drawn over the picture and never mirrored: a timer's clock and minutes, the frames'
  /// numbers.
  public var overlay: [FigureItem]
  /// The area of each numbered frame (one frame: the area); each frame is mirrored in its own.
  public var panels: [Rect]
  /// Points per body height: how tall the person would be standing in this picture.
  public var personHeight: Double

  public init(
    frame: Rect, area: Rect, items: [FigureItem], overlay: [FigureItem] = [], panels: [Rect]? = nil,
    personHeight: Double = 0
  ) {
    self.frame = frame
    self.area = area
    self.items = items
    self.overlay = overlay
    self.panels = panels ?? [area]
    self.personHeight = personHeight
  }

  /// The area the ink covers.
  public var inkBounds: Rect? {
    var minX = Double.infinity
    var minY = Double.infinity
    var maxX = -Double.infinity
    var maxY = -Double.infinity
    for item in items + overlay {
      let reach = item.reach
      for point in item.points {
        minX = min(minX, point.x - reach)
        minY = min(minY, point.y - reach)
        maxX = max(maxX, point.x + reach)
        maxY = max(maxY, point.y + reach)
      }
    }
    guard minX.isFinite else { return nil }
    return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }

  /// Every item moved by `transform`.
  func mapped(_ items: [FigureItem], _ transform: (Point) -> Point, angle: ((Double) -> Double)? = nil)
    -> [FigureItem]
  {
    items.map { item -> FigureItem in
      switch item {
      case .shape(var shape):
        shape.outlines = shape.outlines.map { $0.map(transform) }
        if let angle, case .hatch(let background, let line, let degrees, let spacing) = shape.fill {
          shape.fill = .hatch(background: background, line: line, angle: angle(degrees), spacing: spacing)
        }
        return .shape(shape)
      case .line(var line):
        line.points = line.points.map(transform)
        return .line(line)
      case .label(var label):
        let a = transform(Point(label.frame.x, label.frame.y))
        let b = transform(Point(label.frame.maxX, label.frame.maxY))
        label.frame = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
        return .label(label)
      }
    }
  }

  /// The same drawing moved by (dx, dy), as layout moves a card down the page.
  public func offsetBy(dx: Double, dy: Double) -> FigureDrawing {
    func move(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
    return FigureDrawing(
      frame: frame.offsetBy(dx: dx, dy: dy), area: area.offsetBy(dx: dx, dy: dy), items: mapped(items, move),
      overlay: mapped(overlay, move), panels: panels.map { $0.offsetBy(dx: dx, dy: dy) }, personHeight: personHeight)
  }

  /// The picture reflected left to right inside its area, for the left side. The timer
  /// stays as it is: a clock runs clockwise and words read left to right on either side.
  public func mirrored() -> FigureDrawing {
    let axis = area.x + area.maxX
    return FigureDrawing(
      frame: frame, area: area, items: mapped(items, { Point(axis - $0.x, $0.y) }, angle: { 180 - $0 }),
      overlay: overlay, panels: panels, personHeight: personHeight)
  }
}
