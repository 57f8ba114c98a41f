import CCairo

/// Sets text with Pango for one thread: measures it for layout and shapes it for painting,
/// with the same settings both times, so what was measured is exactly what is drawn.
///
/// Measurements are cached by text, style, width and line limit; a handout measures the
/// same strings (headings, day names, item names) many times.
public final class TextSetter {
  public let fonts: FontLibrary
  let context: OpaquePointer
  private let layout: OpaquePointer
  private var descriptions: [FontKey: OpaquePointer] = [:]
  private var cache: [MeasureKey: Measured] = [:]

  /// The size of a piece of set text.
  public struct Measured: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var lineCount: Int
    /// True when the text had more lines than allowed and was shortened.
    public var shortened: Bool
  }

  struct FontKey: Hashable {
    var size: Double
    var bold: Bool
    var italic: Bool
  }

  struct MeasureKey: Hashable {
    var lead: String?
    var text: String
    var style: TextStyle
    var width: Double
    var maxLines: Int?
  }

  public init(fonts: FontLibrary) {
    self.fonts = fonts
    context = fonts.makeContext()
    layout = pango_layout_new(context)
  }

  deinit {
    for description in descriptions.values { pango_font_description_free(description) }
    hs_object_unref(UnsafeMutableRawPointer(layout))
    hs_object_unref(UnsafeMutableRawPointer(context))
  }

  private func description(for style: TextStyle) -> OpaquePointer {
    let key = FontKey(size: style.size, bold: style.bold, italic: style.italic)
    if let cached = descriptions[key] { return cached }
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, FontLibrary.family)
    pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_style(description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
    descriptions[key] = description
    return description
  }

  /// Prepares the shared layout for `text`, after a bold `lead` when given; the layout is
  /// valid until the next call.
  func prepare(_ text: String, style: TextStyle, width: Double, maxLines: Int?, lead: String? = nil) -> OpaquePointer {
    pango_layout_set_font_description(layout, description(for: style))
    pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    // Pango scales the font's own line height (ascent + descent), not its size.
    pango_layout_set_line_spacing(layout, Float(style.lineHeight / FontLibrary.lineHeightEm))
    switch style.alignment {
    case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
    case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
    case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
    }
    if let maxLines {
      pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
      pango_layout_set_height(layout, Int32(-max(1, maxLines)))
    } else {
      pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
      pango_layout_set_height(layout, -1)
    }
    if let lead {
      pango_layout_set_markup(layout, "<b>\(Self.escaped(lead))</b> \(Self.escaped(text))", -1)
    } else {
      pango_layout_set_attributes(layout, nil)
      pango_layout_set_text(layout, text, -1)
    }
    return layout
  }

  /// Text made safe for Pango markup.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// The size `text` takes when wrapped to `width` points.
  public func measure(_ text: String, style: TextStyle, width: Double, maxLines: Int? = nil, lead: String? = nil)
    -> Measured
  {
    let key = MeasureKey(lead: lead, text: text, style: style, width: width, maxLines: maxLines)
    if let cached = cache[key] { return cached }
    let layout = prepare(text, style: style, width: width, maxLines: maxLines, lead: lead)
    var ink = PangoRectangle()
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, &ink, &logical)
    let scale = Double(PANGO_SCALE)
    let measured = Measured(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      lineCount: Int(pango_layout_get_line_count(layout)), shortened: pango_layout_is_ellipsized(layout) != 0)
    cache[key] = measured
    return measured
  }

  /// Lays `text` out as a block at (x, y) with its measured height.
  public func block(
    _ text: String, style: TextStyle, x: Double, y: Double, width: Double, maxLines: Int? = nil, lead: String? = nil
  ) -> TextBlock {
    let measured = measure(text, style: style, width: width, maxLines: maxLines, lead: lead)
    return TextBlock(
      text: text, style: style, frame: Rect(x: x, y: y, width: width, height: measured.height), maxLines: maxLines,
      lead: lead)
  }
}
