import CCairo
import Foundation

/// Draws an illustration exactly as the figure module placed it. A slot without a drawing
/// (an item with no `figure:` yet) gets a clean frame with the item's name, so the card
/// still reads well.
enum FigurePainter {
  static func paint(_ slot: FigureSlot, cr: OpaquePointer, setter: TextSetter) {
    guard let drawing = slot.drawing else {
      paintPlaceholder(slot, cr: cr, setter: setter)
      return
    }
    paint(drawing, cr: cr, setter: setter)
  }

  static func paint(_ drawing: FigureDrawing, cr: OpaquePointer, setter: TextSetter) {
    paint(items: drawing.items + drawing.overlay, cr: cr, setter: setter)
  }

  /// Draws `items` in order; labels only with a `setter`.
  static func paint(items: [FigureItem], cr: OpaquePointer, setter: TextSetter?) {
    cairo_save(cr)
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
    for item in items {
      switch item {
      case .shape(let shape): paintShape(shape, cr)
      case .line(let line): paintLine(line, cr)
      case .label(let label):
        if let setter { paintLabel(label, cr: cr, setter: setter) }
      }
    }
    cairo_restore(cr)
  }

  static func path(_ outlines: [[Point]], _ cr: OpaquePointer) {
    cairo_new_path(cr)
    for outline in outlines {
      guard let first = outline.first else { continue }
      cairo_move_to(cr, first.x, first.y)
      for point in outline.dropFirst() { cairo_line_to(cr, point.x, point.y) }
      cairo_close_path(cr)
    }
  }

  static func gray(_ value: Double, _ cr: OpaquePointer) { cairo_set_source_rgb(cr, value, value, value) }

  static func paintShape(_ shape: FigureShape, _ cr: OpaquePointer) {
    path(shape.outlines, cr)
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
    if shape.separation > 0 {
      gray(1, cr)
      cairo_set_line_width(cr, shape.separation * 2)
      cairo_stroke_preserve(cr)
    }
    // A plain fill covers the inner half of an outline drawn twice as wide under it: only
    // the silhouette of a union of capsules is outlined, never the seams inside it.
    var outlined = false
    if case .gray = shape.fill, let stroke = shape.stroke {
      strokeOutline(stroke, width: stroke.width * 2, cr)
      outlined = true
    }
    switch shape.fill {
    case .none: break
    case .gray(let value):
      gray(value, cr)
      cairo_fill_preserve(cr)
    case .hatch(let background, let line, let angle, let spacing):
      gray(background, cr)
      cairo_fill_preserve(cr)
      pattern(shape, cr) { bounds in
        let a = angle * Double.pi / 180
        let (dx, dy) = (cos(a), -sin(a))
        let (nx, ny) = (-dy, dx)
        let centre = Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
        let reach = hypot(bounds.width, bounds.height) / 2 + spacing
        var offset = -reach
        while offset <= reach {
          let c = Point(centre.x + nx * offset, centre.y + ny * offset)
          cairo_move_to(cr, c.x - dx * reach, c.y - dy * reach)
          cairo_line_to(cr, c.x + dx * reach, c.y + dy * reach)
          offset += spacing
        }
        gray(line, cr)
        cairo_set_line_width(cr, spacing * 0.38)
        cairo_stroke(cr)
      }
    case .dots(let background, let dot, let spacing):
      gray(background, cr)
      cairo_fill_preserve(cr)
      pattern(shape, cr) { bounds in
        var row = 0
        var y = bounds.y + spacing / 2
        while y < bounds.maxY {
          var x = bounds.x + (row % 2 == 0 ? spacing / 2 : spacing)
          while x < bounds.maxX {
            cairo_new_sub_path(cr)
            cairo_arc(cr, x, y, spacing * 0.2, 0, 2 * Double.pi)
            x += spacing
          }
          y += spacing * 0.8
          row += 1
        }
        gray(dot, cr)
        cairo_fill(cr)
      }
    case .waves(let background, let line, let spacing):
      gray(background, cr)
      cairo_fill_preserve(cr)
      pattern(shape, cr) { bounds in
        var y = bounds.y + spacing / 2
        while y < bounds.maxY + spacing {
          cairo_move_to(cr, bounds.x - spacing, y)
          var x = bounds.x - spacing
          while x < bounds.maxX + spacing {
            cairo_curve_to(
              cr, x + spacing * 0.35, y - spacing * 0.3, x + spacing * 0.65, y + spacing * 0.3, x + spacing, y)
            x += spacing
          }
          y += spacing
        }
        gray(line, cr)
        cairo_set_line_width(cr, spacing * 0.22)
        cairo_stroke(cr)
      }
    }
    if let stroke = shape.stroke, !outlined {
      strokeOutline(stroke, width: stroke.width, cr)
    }
    cairo_new_path(cr)
  }

  /// Strokes the current path and keeps it.
  static func strokeOutline(_ stroke: FigureStroke, width: Double, _ cr: OpaquePointer) {
    gray(stroke.gray, cr)
    cairo_set_line_width(cr, width)
    if stroke.dashed {
      var dashes: [Double] = [stroke.width * 3, stroke.width * 2.5]
      cairo_set_dash(cr, &dashes, 2, 0)
    }
    cairo_stroke_preserve(cr)
    cairo_set_dash(cr, nil, 0, 0)
  }

  /// Draws a pattern clipped to the shape's outline (the current path).
  static func pattern(_ shape: FigureShape, _ cr: OpaquePointer, draw: (Rect) -> Void) {
    let points = shape.outlines.flatMap { $0 }
    guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(), let minY = points.map(\.y).min(),
      let maxY = points.map(\.y).max()
    else { return }
    cairo_save(cr)
    cairo_clip_preserve(cr)
    cairo_new_path(cr)
    draw(Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY))
    cairo_restore(cr)
    path(shape.outlines, cr)
  }

  static func paintLine(_ line: FigureLine, _ cr: OpaquePointer) {
    guard line.points.count >= 2 else { return }
    var heads: [[Point]] = []
    var points = line.points
    /// A head at `tip` pointing away from `from`; the line stops inside it.
    func head(_ tip: Point, from: Point) -> (head: [Point], end: Point) {
      let length = max(1e-9, hypot(tip.x - from.x, tip.y - from.y))
      let (ux, uy) = ((tip.x - from.x) / length, (tip.y - from.y) / length)
      let size = line.width * 3.2
      let base = Point(tip.x - ux * size, tip.y - uy * size)
      return (
        [
          tip, Point(base.x - uy * size * 0.6, base.y + ux * size * 0.6),
          Point(base.x + uy * size * 0.6, base.y - ux * size * 0.6),
        ], Point(tip.x - ux * size * 0.7, tip.y - uy * size * 0.7)
      )
    }
    if line.arrowHead, let tip = points.last {
      let made = head(tip, from: points[max(0, points.count - 3)])
      heads.append(made.head)
      points[points.count - 1] = made.end
    }
    if line.arrowHead, line.tailHead, let tip = line.points.first {
      let made = head(tip, from: line.points[min(line.points.count - 1, 2)])
      heads.append(made.head)
      points[0] = made.end
    }
    func stroke(width: Double, value: Double) {
      cairo_new_path(cr)
      cairo_move_to(cr, points[0].x, points[0].y)
      for point in points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
      gray(value, cr)
      cairo_set_line_width(cr, width)
      cairo_stroke(cr)
      if !heads.isEmpty {
        path(heads, cr)
        if width > line.width {
          cairo_stroke_preserve(cr)
        }
        cairo_fill(cr)
      }
    }
    if line.halo > 0 { stroke(width: line.width + 2 * line.halo, value: 1) }
    if line.dashed {
      var dashes: [Double] = [line.width * 2.5, line.width * 2.5]
      cairo_set_dash(cr, &dashes, 2, 0)
    }
    stroke(width: line.width, value: line.gray)
    cairo_set_dash(cr, nil, 0, 0)
  }

  /// Words fitted into the label's box: the size shrinks until they fit on one line.
  static func paintLabel(_ label: FigureLabel, cr: OpaquePointer, setter: TextSetter) {
    let (style, measured) = fitted(label, setter: setter)
    let block = TextBlock(
      text: label.text, style: style,
      frame: Rect(x: label.frame.x, y: label.frame.y, width: label.frame.width, height: measured.height), maxLines: 1)
    PDFPainter.paintText(block, cr: cr, setter: setter)
  }

  /// The style a label is printed in: its size, or smaller until the words fit its box.
  static func fitted(_ label: FigureLabel, setter: TextSetter) -> (style: TextStyle, measured: TextSetter.Measured) {
    var style = TextStyle(size: label.size, bold: true, alignment: .center)
    var measured = setter.measure(label.text, style: style, width: label.frame.width, maxLines: 1)
    while (measured.height > label.frame.height || measured.width > label.frame.width + 0.01 || measured.shortened)
      && style.size > 4
    {
      style = style.with(size: style.size - 0.5)
      measured = setter.measure(label.text, style: style, width: label.frame.width, maxLines: 1)
    }
    return (style, measured)
  }

  static func paintPlaceholder(_ slot: FigureSlot, cr: OpaquePointer, setter: TextSetter) {
    PDFPainter.paintBox(
      BoxShape(frame: slot.frame, strokeWidth: 0.8, strokeGray: 0.55, fillGray: 0.96, cornerRadius: 6, dashed: true),
      cr)
    let style = TextStyle(size: 10, italic: true, gray: 0.35, alignment: .center)
    let width = slot.frame.width - 12
    let measured = setter.measure(slot.caption, style: style, width: width, maxLines: 3)
    let block = TextBlock(
      text: slot.caption, style: style,
      frame: Rect(
        x: slot.frame.x + 6, y: slot.frame.y + (slot.frame.height - measured.height) / 2, width: width,
        height: measured.height), maxLines: 3)
    PDFPainter.paintText(block, cr: cr, setter: setter)
  }
}
