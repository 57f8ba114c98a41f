/// A piece of text placed on a page. Its frame is the box the text was measured into: the
/// text wraps to the frame's width and never goes past its height (extra lines end in "…").
public struct TextBlock: Hashable, Sendable {
  public var text: String
  public var style: TextStyle
  public var frame: Rect
  /// Lines allowed before the text is shortened with an ellipsis; nil for no limit.
  public var maxLines: Int?
  /// A bold lead-in set before the text on the same line ("Stop if: ...").
  public var lead: String?
  /// The therapist's own words (their notes): the health-literacy check shows their
  /// measures but never fails a handout for them.
  public var fromTherapist = false
  /// A cell of a table (the program at a glance): read as a label, not as a paragraph.
  public var isTableCell = false

  public init(text: String, style: TextStyle, frame: Rect, maxLines: Int? = nil, lead: String? = nil) {
    self.text = text
    self.style = style
    self.frame = frame
    self.maxLines = maxLines
    self.lead = lead
  }
}

/// A rectangle drawn with a stroke, a fill, or both; greys only, so it prints the same on
/// a black-and-white printer.
public struct BoxShape: Hashable, Sendable {
  public var frame: Rect
  public var strokeWidth: Double
  public var strokeGray: Double
  public var fillGray: Double?
  public var cornerRadius: Double
  public var dashed: Bool

  public init(
    frame: Rect, strokeWidth: Double = 1, strokeGray: Double = 0, fillGray: Double? = nil,
    cornerRadius: Double = 0, dashed: Bool = false
  ) {
    self.frame = frame
    self.strokeWidth = strokeWidth
    self.strokeGray = strokeGray
    self.fillGray = fillGray
    self.cornerRadius = cornerRadius
    self.dashed = dashed
  }
}

/// Everything layout can place on a page. The painter draws these and decides nothing.
public enum PageElement: Hashable, Sendable {
  case text(TextBlock)
  case box(BoxShape)
  /// A straight line from (x1, y1) to (x2, y2).
  case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, gray: Double)
  /// An empty tick box for a pen.
  case checkbox(Rect)
  /// Where an item's illustration goes (the figures module draws into it).
  case figure(FigureSlot)

  /// The area the element covers, for geometry checks.
  public var frame: Rect {
    switch self {
    case .text(let block): return block.frame
    case .box(let box): return box.frame
    case .line(let x1, let y1, let x2, let y2, let width, _):
      // Butt caps: the stroke runs exactly between the ends and spreads sideways by half
      // its width.
      let horizontal = y1 == y2
      let vertical = x1 == x2
      let dx = horizontal ? 0 : width / 2
      let dy = vertical ? 0 : width / 2
      return Rect(
        x: min(x1, x2) - dx, y: min(y1, y2) - dy, width: abs(x2 - x1) + 2 * dx, height: abs(y2 - y1) + 2 * dy)
    case .checkbox(let rect): return rect
    case .figure(let slot): return slot.frame
    }
  }
}

/// The frame for one item's illustration, and what it must show.
public struct FigureSlot: Hashable, Sendable {
  public var frame: Rect
  public var itemID: String
  /// What a placeholder says when the item has no figure.
  public var caption: String
  /// The illustration, fitted into `frame` and mirrored for the patient's side.
  public var drawing: FigureDrawing?

  public init(frame: Rect, itemID: String, caption: String, drawing: FigureDrawing? = nil) {
    self.frame = frame
    self.itemID = itemID
    self.caption = caption
    self.drawing = drawing
  }
}

/// One laid-out page.
public struct Page: Hashable, Sendable {
  public var size: PageSize
  public var elements: [PageElement]
  /// The area inside the margins that everything must stay in.
  public var contentFrame: Rect

  public init(size: PageSize, contentFrame: Rect, elements: [PageElement] = []) {
    self.size = size
    self.contentFrame = contentFrame
    self.elements = elements
  }
}

/// A bookmark in the PDF's outline.
public struct OutlineEntry: Hashable, Sendable {
  public var title: String
  /// 0-based page index.
  public var page: Int
  /// 0 for a top-level entry, 1 for its children.
  public var level: Int

  public init(title: String, page: Int, level: Int = 0) {
    self.title = title
    self.page = page
    self.level = level
  }
}

/// The PDF's document information.
public struct DocumentMetadata: Hashable, Sendable {
  public var title: String
  public var author: String
  public var subject: String
  public var creator: String
  /// ISO 8601, for example `2026-11-23T00:00:00Z`; fixed so repeat renders are identical.
  public var createDate: String

  public init(title: String, author: String, subject: String, creator: String, createDate: String) {
    self.title = title
    self.author = author
    self.subject = subject
    self.creator = creator
    self.createDate = createDate
  }
}

/// A laid-out handout: pages, bookmarks and metadata, ready to paint.
public struct LaidOutDocument: Hashable, Sendable {
  public var pages: [Page]
  public var outline: [OutlineEntry]
  public var metadata: DocumentMetadata
}
