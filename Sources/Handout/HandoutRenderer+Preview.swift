import Foundation
import HomeStretch

extension HandoutRenderer {
  /// The handout as the preview shows it: one layout, the PDF's own
  /// (``layout(_:catalogue:options:)``), with what each page holds and its health-literacy
  /// check. No page is drawn yet.
  public func preview(_ plan: Plan, catalogue: Catalogue, options: HandoutOptions) -> HandoutPreview {
    let document = layout(plan, catalogue: catalogue, options: options)
    return HandoutPreview(
      document: document,
      literacy: LiteracyCheck.check(document, largePrint: options.largePrint, isReferral: plan.status == .refer),
      options: options)
  }

  /// Page `number` (1-based) of a laid-out handout as a PNG image `pixelWidth` wide (its
  /// height in the page's proportions), painted by the PDF's painter on an image surface.
  public func pageImage(_ document: LaidOutDocument, page number: Int, pixelWidth: Int) throws(HandoutError)
    -> HandoutPreview.PageImage
  {
    guard document.pages.indices.contains(number - 1) else {
      throw HandoutError("the handout has no page \(number); it has \(document.pages.count)")
    }
    let page = document.pages[number - 1]
    // A hair under the width, so that rounding up gives exactly `pixelWidth`.
    let scale = (Double(max(1, pixelWidth)) - 0.001) / page.size.width
    let png = try PDFPainter.png(page, setter: setter, scale: scale)
    let size = Self.pngSize(png)
    return HandoutPreview.PageImage(number: number, png: png, width: size.width, height: size.height)
  }

  /// Every page of a laid-out handout as a PNG image `pixelWidth` wide.
  public func pageImages(_ document: LaidOutDocument, pixelWidth: Int) throws(HandoutError)
    -> [HandoutPreview.PageImage]
  {
    guard !document.pages.isEmpty else { throw HandoutError("the handout has no pages") }
    var images: [HandoutPreview.PageImage] = []
    for number in 1...document.pages.count {
      images.append(try pageImage(document, page: number, pixelWidth: pixelWidth))
    }
    return images
  }

  /// A PNG's width and height, from its header (IHDR, bytes 16 to 23, big-endian).
  static func pngSize(_ png: Data) -> (width: Int, height: Int) {
    let bytes = [UInt8](png.prefix(24))
    guard bytes.count == 24 else { return (0, 0) }
    func number(_ start: Int) -> Int { bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (number(16), number(20))
  }
}
