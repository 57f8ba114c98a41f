import CCairo
import Foundation

/// A figure drawn into grey pixels, as a copier or a scanner sees it, and a map of which
/// part of the drawing each pixel shows: for the photocopy check and for a preview of how a
/// copy of a figure looks.
struct FigureRaster: Sendable {
  let width: Int
  let height: Int
  /// Row by row, 0 black to 255 white.
  var gray: [UInt8]

  /// What a pixel of the map shows: nothing, or the white gap round a shape, its outline or
  /// its inside (a line's halo is its gap, the line its inside).
  enum Layer: Int, Sendable {
    case gap = 1
    case outline = 2
    case inside = 3
  }

  /// Whether the pixel is black after a threshold at `level` (0...1): a cheap copier.
  func isDark(_ index: Int, level: Double = 0.5) -> Bool { Double(gray[index]) < level * 255 }

  /// `drawing`'s picture (never its timer) drawn at `dpi`, with only the items `include`
  /// keeps, on white.
  static func render(
    _ drawing: FigureDrawing, dpi: Double, include: (FigureItem) -> Bool = { _ in true }
  ) -> FigureRaster {
    let scale = dpi / 72
    let width = max(1, Int((drawing.frame.width * scale).rounded(.up)))
    let height = max(1, Int((drawing.frame.height * scale).rounded(.up)))
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
    defer { cairo_surface_destroy(surface) }
    let cr = cairo_create(surface)!
    cairo_set_source_rgb(cr, 1, 1, 1)
    cairo_paint(cr)
    cairo_scale(cr, scale, scale)
    cairo_translate(cr, -drawing.frame.x, -drawing.frame.y)
    FigurePainter.paint(items: drawing.items.filter(include), cr: cr, setter: nil)
    cairo_destroy(cr)
    cairo_surface_flush(surface)
    return FigureRaster(
      width: width, height: height, gray: pixels(surface, width: width, height: height).map { UInt8($0 & 0xFF) })
  }

  /// For each pixel, the topmost item of `drawing.items` it shows and in which layer
  /// (shapes filled without smoothing, each over the ones before it), or nil.
  static func map(_ drawing: FigureDrawing, dpi: Double) -> [(item: Int, layer: Layer)?] {
    let scale = dpi / 72
    let width = max(1, Int((drawing.frame.width * scale).rounded(.up)))
    let height = max(1, Int((drawing.frame.height * scale).rounded(.up)))
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
    defer { cairo_surface_destroy(surface) }
    let cr = cairo_create(surface)!
    cairo_set_source_rgb(cr, 0, 0, 0)
    cairo_paint(cr)
    cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE)
    cairo_scale(cr, scale, scale)
    cairo_translate(cr, -drawing.frame.x, -drawing.frame.y)
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
    func code(_ index: Int, _ layer: Layer) {
      let value = index * 4 + layer.rawValue
      cairo_set_source_rgb(
        cr, Double((value >> 16) & 0xFF) / 255, Double((value >> 8) & 0xFF) / 255, Double(value & 0xFF) / 255)
    }
    for (index, item) in drawing.items.enumerated() {
      switch item {
      case .shape(let shape):
        FigurePainter.path(shape.outlines, cr)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        if shape.separation > 0 {
          code(index, .gap)
          cairo_set_line_width(cr, shape.separation * 2)
          cairo_stroke_preserve(cr)
        }
        if let stroke = shape.stroke {
          code(index, .outline)
          cairo_set_line_width(cr, stroke.width * 2)
          cairo_stroke_preserve(cr)
        }
        if shape.fill != nil {
          code(index, .inside)
          cairo_fill(cr)
        }
        cairo_new_path(cr)
      case .line(let line):
        guard let first = line.points.first else { continue }
        func stroke(_ width: Double) {
          cairo_new_path(cr)
          cairo_move_to(cr, first.x, first.y)
          for point in line.points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
          cairo_set_line_width(cr, width)
          cairo_stroke(cr)
        }
        if line.halo > 0 {
          code(index, .gap)
          stroke(line.width + 2 * line.halo)
        }
        code(index, .inside)
        stroke(line.width)
      case .label: continue
      }
    }
    cairo_destroy(cr)
    cairo_surface_flush(surface)
    return pixels(surface, width: width, height: height).map { value in
      let v = Int(value & 0xFF_FFFF)
      guard v > 0, let layer = Layer(rawValue: v % 4) else { return nil }
      return (v / 4, layer)
    }
  }

  static func pixels(_ surface: OpaquePointer, width: Int, height: Int) -> [UInt32] {
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface) else { return [] }
    var result: [UInt32] = []
    result.reserveCapacity(width * height)
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width { result.append(row[x]) }
    }
    return result
  }
}
