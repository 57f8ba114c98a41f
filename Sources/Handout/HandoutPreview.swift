import Foundation

/// A handout as a screen shows it before it is printed: the PDF's own layout (so the
/// preview is the print), what each page holds, and the health-literacy check of that
/// layout. Its pages are drawn as images only when asked, one at a time
/// (``HandoutRenderer/pageImage(_:page:pixelWidth:)``), so a preview costs one layout.
///
///     let preview = renderer.preview(plan, catalogue: catalogue, options: options)
///     preview.pages.count  // the PDF's page count
///     let image = try renderer.pageImage(preview.document, page: 1, pixelWidth: 350)
public struct HandoutPreview: Hashable, Sendable {
  /// One page as the preview lists it.
  public struct PageSummary: Hashable, Sendable {
    /// 1-based, as printed.
    public var number: Int
    /// The page's size in points.
    public var width: Double
    public var height: Double
    /// What the page holds, from the PDF's bookmarks ("1. Seated piriformis stretch"), or
    /// the last heading before it with "(continued)": for an alt text.
    public var contents: String

    /// The height in pixels of the page drawn `pixelWidth` wide (in the paper's proportions).
    public func pixelHeight(width pixelWidth: Int) -> Int {
      Int((Double(pixelWidth) * height / width).rounded(.up))
    }
  }

  /// One page drawn as an image.
  public struct PageImage: Hashable, Sendable {
    /// 1-based, as printed.
    public var number: Int
    /// The PNG file's bytes.
    public var png: Data
    /// The image's size in pixels.
    public var width: Int
    public var height: Int

    public init(number: Int, png: Data, width: Int, height: Int) {
      self.number = number
      self.png = png
      self.width = width
      self.height = height
    }
  }

  /// The laid-out pages, exactly as the PDF prints them.
  public var document: LaidOutDocument
  /// Every page, in order.
  public var pages: [PageSummary]
  /// The check `homestretch render --check` prints, of the same layout.
  public var literacy: LiteracyReport
  /// The paper and print size the pages were laid out for.
  public var options: HandoutOptions

  public init(document: LaidOutDocument, literacy: LiteracyReport, options: HandoutOptions) {
    self.document = document
    self.literacy = literacy
    self.options = options
    let contents = Self.contents(of: document)
    pages = document.pages.enumerated().map { index, page in
      PageSummary(number: index + 1, width: page.size.width, height: page.size.height, contents: contents[index])
    }
  }

  /// What each page of `document` holds, from its bookmarks: the most specific entries on
  /// the page, or the last entry of an earlier page with "(continued)".
  static func contents(of document: LaidOutDocument) -> [String] {
    var last: String?
    return document.pages.indices.map { index in
      let entries = document.outline.filter { $0.page == index }
      let deepest = entries.map(\.level).max()
      let titles = entries.filter { $0.level == deepest }.map(\.title)
      if let current = entries.last?.title { last = current }
      if !titles.isEmpty { return titles.joined(separator: "; ") }
      return last.map { "\($0) (continued)" } ?? ""
    }
  }
}
