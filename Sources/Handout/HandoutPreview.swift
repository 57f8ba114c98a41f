import Foundation

/// A handout as a screen shows it before it is printed: each page as a PNG image, drawn by
/// the same painter from the same layout as the PDF (so the preview is the print), and the
/// health-literacy check of that layout.
///
///     let preview = try renderer.preview(plan, catalogue: catalogue, options: options, pixelWidth: 816)
///     preview.pages.count  // the PDF's page count
public struct HandoutPreview: Hashable, Sendable {
  /// One page drawn as an image.
  public struct PageImage: Hashable, Sendable {
    /// 1-based, as printed.
    public var number: Int
    /// The PNG file's bytes.
    public var png: Data
    /// The image's size in pixels.
    public var width: Int
    public var height: Int
    /// What the page holds, from the PDF's bookmarks ("1. Seated piriformis stretch"), or
    /// the last heading before it with "(continued)": for an alt text.
    public var contents: String

    public init(number: Int, png: Data, width: Int, height: Int, contents: String) {
      self.number = number
      self.png = png
      self.width = width
      self.height = height
      self.contents = contents
    }
  }

  public var pages: [PageImage]
  /// The check `homestretch render --check` prints, of the same layout.
  public var literacy: LiteracyReport
  /// The paper and print size the pages were laid out for.
  public var options: HandoutOptions

  public init(pages: [PageImage], literacy: LiteracyReport, options: HandoutOptions) {
    self.pages = pages
    self.literacy = literacy
    self.options = options
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
