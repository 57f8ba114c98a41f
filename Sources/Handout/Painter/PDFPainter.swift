import CCairo
import Foundation

/// Paints laid-out pages with cairo: to PDF bytes for print, to PNG for previews. It draws
/// exactly what layout placed and makes no layout decisions.
public enum PDFPainter {
  /// Collects the bytes cairo writes.
  final class Sink: PDFSink {
    var data = Data()
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
      data.append(contentsOf: bytes)
      return true
    }
  }

  /// The whole document as PDF bytes, with metadata and bookmarks.
  public static func pdf(_ document: LaidOutDocument, setter: TextSetter) throws(HandoutError) -> Data {
    guard let first = document.pages.first else { throw HandoutError("the handout has no pages") }
    let sink = Sink()
    let writer = try PDFWriter(sink: sink, size: first.size, metadata: document.metadata)
    writer.append(document, setter: setter)
    try writer.finish()
    return sink.data
  }

  /// One page as a PNG image at `scale` pixels per point.
  public static func png(_ page: Page, setter: TextSetter, scale: Double = 1) throws(HandoutError) -> Data {
    let width = Int32((page.size.width * scale).rounded(.up))
    let height = Int32((page.size.height * scale).rounded(.up))
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
      throw HandoutError("cairo could not make an image")
    }
    defer { cairo_surface_destroy(surface) }
    let cr = cairo_create(surface)!
    cairo_set_source_rgb(cr, 1, 1, 1)
    cairo_paint(cr)
    cairo_scale(cr, scale, scale)
    paint(page, cr: cr, setter: setter)
    cairo_destroy(cr)
    let sink = Sink()
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    let status = cairo_surface_write_to_png_stream(
      surface,
      { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
      }, closure)
    guard status == CAIRO_STATUS_SUCCESS else { throw HandoutError("cairo could not write the PNG") }
    return sink.data
  }

  static func paint(_ page: Page, cr: OpaquePointer, setter: TextSetter) {
    for element in page.elements {
      switch element {
      case .box(let box): paintBox(box, cr)
      case .line(let x1, let y1, let x2, let y2, let width, let gray):
        cairo_set_source_rgb(cr, gray, gray, gray)
        cairo_set_line_width(cr, width)
        cairo_move_to(cr, x1, y1)
        cairo_line_to(cr, x2, y2)
        cairo_stroke(cr)
      case .checkbox(let rect):
        // A plain square, stroked once: a tracker has hundreds, and each rounded corner or
        // extra fill is more path for cairo to write into the PDF.
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, 1.2)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_stroke(cr)
      case .figure(let slot):
        FigurePainter.paint(slot, cr: cr, setter: setter)
      case .text(let block):
        paintText(block, cr: cr, setter: setter)
      }
    }
  }

  static func paintText(_ block: TextBlock, cr: OpaquePointer, setter: TextSetter) {
    let layout = setter.prepare(
      block.text, style: block.style, width: block.frame.width, maxLines: block.maxLines, lead: block.lead)
    let gray = block.style.gray
    cairo_set_source_rgb(cr, gray, gray, gray)
    cairo_move_to(cr, block.frame.x, block.frame.y)
    pango_cairo_show_layout(cr, layout)
  }

  static func paintBox(_ box: BoxShape, _ cr: OpaquePointer) {
    let r = box.frame
    cairo_new_path(cr)
    if box.cornerRadius > 0 {
      let radius = min(box.cornerRadius, r.width / 2, r.height / 2)
      cairo_arc(cr, r.maxX - radius, r.y + radius, radius, -Double.pi / 2, 0)
      cairo_arc(cr, r.maxX - radius, r.maxY - radius, radius, 0, Double.pi / 2)
      cairo_arc(cr, r.x + radius, r.maxY - radius, radius, Double.pi / 2, Double.pi)
      cairo_arc(cr, r.x + radius, r.y + radius, radius, Double.pi, 3 * Double.pi / 2)
      cairo_close_path(cr)
    } else {
      cairo_rectangle(cr, r.x, r.y, r.width, r.height)
    }
    if let fill = box.fillGray {
      cairo_set_source_rgb(cr, fill, fill, fill)
      if box.strokeWidth > 0 { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
    }
    if box.strokeWidth > 0 {
      cairo_set_source_rgb(cr, box.strokeGray, box.strokeGray, box.strokeGray)
      cairo_set_line_width(cr, box.strokeWidth)
      if box.dashed {
        var dashes: [Double] = [4, 3]
        cairo_set_dash(cr, &dashes, 2, 0)
      }
      cairo_stroke(cr)
      cairo_set_dash(cr, nil, 0, 0)
    }
  }
}
