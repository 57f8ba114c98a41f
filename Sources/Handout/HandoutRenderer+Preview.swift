import Foundation
import HomeStretch

extension HandoutRenderer {
  /// The handout's pages as PNG images `pixelWidth` wide, and its health-literacy check:
  /// one layout, the PDF's own (``layout(_:catalogue:options:)``), painted page by page on
  /// an image surface by the PDF's painter.
  public func preview(_ plan: Plan, catalogue: Catalogue, options: HandoutOptions, pixelWidth: Int) throws(HandoutError)
    -> HandoutPreview
  {
    let document = layout(plan, catalogue: catalogue, options: options)
    return HandoutPreview(
      pages: try pageImages(document, pixelWidth: pixelWidth),
      literacy: LiteracyCheck.check(document, largePrint: options.largePrint, isReferral: plan.status == .refer),
      options: options)
  }

  /// Every page of a laid-out handout as a PNG image `pixelWidth` wide (its height in the
  /// page's proportions).
  public func pageImages(_ document: LaidOutDocument, pixelWidth: Int) throws(HandoutError)
    -> [HandoutPreview.PageImage]
  {
    guard !document.pages.isEmpty else { throw HandoutError("the handout has no pages") }
    let contents = HandoutPreview.contents(of: document)
    var images: [HandoutPreview.PageImage] = []
    for (index, page) in document.pages.enumerated() {
      // A hair under the width, so that rounding up gives exactly `pixelWidth`.
      let scale = (Double(max(1, pixelWidth)) - 0.001) / page.size.width
      let png = try PDFPainter.png(page, setter: setter, scale: scale)
      let size = Self.pngSize(png)
      images.append(
        HandoutPreview.PageImage(
          number: index + 1, png: png, width: size.width, height: size.height, contents: contents[index]))
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
