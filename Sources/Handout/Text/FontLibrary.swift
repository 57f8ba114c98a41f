import CCairo
import Foundation
import Synchronization

/// The bundled fonts, loaded once through fontconfig into a Pango font map that every
/// layout and painter of one thread uses.
///
/// Latin, Greek and Cyrillic text always comes from the bundled Noto Sans in `Fonts/`,
/// never from the machine's fonts: any installed "Noto Sans" is rejected, so the same
/// input prints the same everywhere. Other scripts (CJK, Arabic...) fall back to whatever
/// the machine has; where it has nothing, Pango draws boxes instead of failing.
public final class FontLibrary {
  /// The family every style names.
  public static let family = "Noto Sans"
  /// Noto Sans's line height (ascender 1.069 + descender 0.293) in ems, which Pango's line
  /// spacing factor multiplies.
  static let lineHeightEm = 1.362
  /// The files that must be present in the fonts folder.
  public static let files = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"]

  let config: OpaquePointer
  let fontMap: UnsafeMutablePointer<PangoFontMap>

  /// Loads the fonts in `directory` (normally the repository's `Fonts/`).
  public init(directory: String) throws(HandoutError) {
    let folder = URL(fileURLWithPath: directory).standardizedFileURL
    let paths = Self.files.map { folder.appendingPathComponent($0).path }
    for path in paths where !FileManager.default.isReadableFile(atPath: path) {
      throw HandoutError(
        "\(path): font file not found; the handout needs \(Self.files.joined(separator: ", ")) in \(folder.path)",
        kind: .fonts)
    }
    guard let config = FcConfigCreate() else { throw HandoutError("fontconfig could not start") }
    let accept = paths.map {
      "<pattern><patelt name=\"file\"><string>\(Self.xmlEscaped($0))</string></patelt></pattern>"
    }.joined()
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
      <fontconfig>
        <dir>/usr/share/fonts</dir>
        <dir>/usr/local/share/fonts</dir>
        <cachedir>/var/cache/fontconfig</cachedir>
        <selectfont>
          <acceptfont>\(accept)</acceptfont>
          <rejectfont><pattern><patelt name="family"><string>\(Self.family)</string></patelt></pattern></rejectfont>
        </selectfont>
      </fontconfig>
      """
    let parsed = xml.withCString { FcConfigParseAndLoadFromMemory(config, $0, FcFalse) }
    guard parsed == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
      FcConfigDestroy(config)
      throw HandoutError("fontconfig could not read its configuration")
    }
    for path in paths where FcConfigAppFontAddFile(config, path) != FcTrue {
      FcConfigDestroy(config)
      throw HandoutError("\(path): not a usable font file", kind: .fonts)
    }
    // Make this configuration fontconfig's current one when there is none yet: otherwise
    // making the font map loads the whole system configuration a second time.
    Self.installAsCurrent(config)
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
      FcConfigDestroy(config)
      throw HandoutError("Pango could not make a font map")
    }
    pango_fc_font_map_set_config(hs_fc_font_map(map), config)
    // Pango's default is 96 dpi; at 72, a 12-point style is 12 points on the page.
    pango_cairo_font_map_set_resolution(hs_cairo_font_map(map), 72)
    self.config = config
    self.fontMap = map
  }

  deinit {
    hs_object_unref(fontMap)
    FcConfigDestroy(config)
  }

  /// A Pango context with unhinted metrics, so text measures the same on every machine and
  /// at every zoom.
  func makeContext() -> OpaquePointer {
    let context = pango_font_map_create_context(fontMap)!
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
    return context
  }

  private static let current = Mutex(false)

  /// Sets `config` as fontconfig's current configuration, once per process.
  static func installAsCurrent(_ config: OpaquePointer) {
    current.withLock { installed in
      guard !installed else { return }
      installed = FcConfigSetCurrent(config) == FcTrue
    }
  }

  static func xmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
