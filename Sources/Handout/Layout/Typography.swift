/// The type scale and spacing of the handout. Body text is 12 pt, or 16 pt in large print;
/// every other size and distance scales with it, so large print reflows onto more pages and
/// never shrinks.
public struct Typography: Hashable, Sendable {
  public let scale: Double

  public init(largePrint: Bool) {
    scale = largePrint ? 16.0 / 12.0 : 1
  }

  public var body: TextStyle { TextStyle(size: 12 * scale) }
  public var bodyBold: TextStyle { body.with(bold: true) }
  public var note: TextStyle { body.with(italic: true) }
  public var footer: TextStyle { TextStyle(size: 10 * scale, gray: 0.2) }
  public var label: TextStyle { TextStyle(size: 12 * scale, bold: true) }
  public var heading: TextStyle { TextStyle(size: 18 * scale, bold: true, lineHeight: 1.2) }
  public var title: TextStyle { TextStyle(size: 26 * scale, bold: true, lineHeight: 1.15) }
  public var cardTitle: TextStyle { TextStyle(size: 16 * scale, bold: true, lineHeight: 1.2) }
  public var dose: TextStyle { TextStyle(size: 16 * scale, bold: true, lineHeight: 1.2) }
  public var badge: TextStyle { TextStyle(size: 13 * scale, bold: true, gray: 1) }

  /// Page margin: 0.6 inch (15 mm), inside what office printers can reach.
  public var margin: Double { 43.2 }
  public var gap: Double { 8 * scale }
  public var paragraphGap: Double { 6 * scale }
  public var sectionGap: Double { 16 * scale }
  public var footerHeight: Double { 22 * scale }
  /// Tick boxes big enough for a pen: 5 mm, 6.4 mm in large print.
  public var tickBox: Double { 14 * scale }
}
