import CCairo

/// Sets text with Pango for one thread: measures it for layout and shapes it for painting,
/// with the same settings both times, so what was measured is exactly what is drawn.
///
/// Measurements are cached by text, style, width and line limit; a handout measures the
/// same strings (headings, day names, item names) many times.
public final class TextSetter {
  public let fonts: FontLibrary
  let context: OpaquePointer
  private var descriptions: [FontKey: OpaquePointer] = [:]
  /// Shaped layouts by text, style, width and line limit: a text measured during layout is
  /// painted from the same layout without shaping it again, and the texts every handout
  /// shares (headings, steps, day names) are shaped once per worker.
  private var layouts: [MeasureKey: (layout: OpaquePointer, measured: Measured)] = [:]
  /// Layouts kept before the cache is emptied, so memory stays flat over long batches.
  static let cacheLimit = 6_000

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
  }

  deinit {
    for description in descriptions.values { pango_font_description_free(description) }
    for entry in layouts.values { hs_object_unref(UnsafeMutableRawPointer(entry.layout)) }
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

  /// The shaped layout for `text`, after a bold `lead` when given, from the cache when the
  /// same text was set before.
  func prepare(_ text: String, style: TextStyle, width: Double, maxLines: Int?, lead: String? = nil) -> OpaquePointer {
    entry(MeasureKey(lead: lead, text: text, style: style, width: width, maxLines: maxLines)).layout
  }

  private func entry(_ key: MeasureKey) -> (layout: OpaquePointer, measured: Measured) {
    if let cached = layouts[key] { return cached }
    if layouts.count >= Self.cacheLimit {
      for entry in layouts.values { hs_object_unref(UnsafeMutableRawPointer(entry.layout)) }
      layouts.removeAll(keepingCapacity: true)
    }
    let layout = pango_layout_new(context)!
    configure(layout, key.text, style: key.style, width: key.width, maxLines: key.maxLines, lead: key.lead)
    var ink = PangoRectangle()
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, &ink, &logical)
    let scale = Double(PANGO_SCALE)
    let measured = Measured(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      lineCount: Int(pango_layout_get_line_count(layout)), shortened: pango_layout_is_ellipsized(layout) != 0)
    layouts[key] = (layout, measured)
    return (layout, measured)
  }

  private func configure(
    _ layout: OpaquePointer, _ text: String, style: TextStyle, width: Double, maxLines: Int?, lead: String?
  ) {
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
      pango_layout_set_text(layout, text, -1)
    }
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
    entry(MeasureKey(lead: lead, text: text, style: style, width: width, maxLines: maxLines)).measured
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
