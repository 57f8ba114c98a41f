/// How a piece of text is set: size in points, weight, slant, grey level and alignment.
public struct TextStyle: Hashable, Sendable {
  public enum Alignment: Hashable, Sendable {
    case left, center, right
  }

  public var size: Double
  public var bold: Bool
  public var italic: Bool
  /// 0 is black, 1 white. Text stays dark enough to print on any office printer.
  public var gray: Double
  public var alignment: Alignment
  /// Distance from one baseline to the next, as a multiple of the font size.
  public var lineHeight: Double

  public init(
    size: Double, bold: Bool = false, italic: Bool = false, gray: Double = 0, alignment: Alignment = .left,
    lineHeight: Double = 1.22
  ) {
    self.size = size
    self.bold = bold
    self.italic = italic
    self.gray = gray
    self.alignment = alignment
    self.lineHeight = lineHeight
  }

  public func with(
    size: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, gray: Double? = nil,
    alignment: Alignment? = nil
  ) -> TextStyle {
    var copy = self
    if let size { copy.size = size }
    if let bold { copy.bold = bold }
    if let italic { copy.italic = italic }
    if let gray { copy.gray = gray }
    if let alignment { copy.alignment = alignment }
    return copy
  }
}
