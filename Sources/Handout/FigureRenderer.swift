import Foundation
import HomeStretch

/// Renders catalogue illustrations on their own: one figure as PNG or PDF (for a
/// therapist's own material and for review), or a contact sheet of every item.
///
///     let renderer = FigureRenderer(fonts: try FontLibrary(directory: "Fonts"))
///     let png = try renderer.png(item, side: .left)
public final class FigureRenderer {
  public let setter: TextSetter

  public init(fonts: FontLibrary) {
    setter = TextSetter(fonts: fonts)
  }

  static let single = PageSize(width: 400, height: 300)

  /// One item's figure on a small page: its name, the picture, and the side line.
  public func page(_ item: CatalogueItem, side: AppliedSide) -> Page {
    let size = Self.single
    let frame = size.rect.insetBy(14)
    var elements: [PageElement] = []
    let title = setter.block(
      item.name, style: TextStyle(size: 14, bold: true), x: frame.x, y: frame.y, width: frame.width, maxLines: 2)
    elements.append(.text(title))
    var bottom = frame.maxY
    if let caption = FigureSlot.caption(item, side: side) {
      let line = setter.block(
        caption, style: TextStyle(size: 11, alignment: .center), x: frame.x, y: 0, width: frame.width, maxLines: 2)
      bottom -= line.frame.height
      elements.append(
        .text(line).offsetBy(dx: 0, dy: bottom)
      )
      bottom -= 6
    }
    let top = title.frame.maxY + 8
    let slot = FigureSlot.make(
      item, side: side, minutes: item.dose.minutes,
      frame: Rect(x: frame.x, y: top, width: frame.width, height: bottom - top))
    elements.append(.figure(slot))
    return Page(size: size, contentFrame: frame, elements: elements)
  }

  /// One item's picture exactly as a normal-print card prints it (numbered frames, the
  /// person at a card's size, the line under it), with no name: for a blind review.
  public func cardPage(_ item: CatalogueItem, side: AppliedSide) -> Page {
    let margin = 18.0
    let width = 500.0
    var elements: [PageElement] = []
    var height = margin
    if let spec = item.figure {
      let drawing = FigureScene.framed(
        spec, mirrored: side == .left, timerMinutes: item.kind == .thermal ? item.dose.minutes : nil, labelSize: 12,
        width: width, personHeight: 150, maxHeight: 250, at: Point(margin, margin))
      elements.append(.figure(FigureSlot(frame: drawing.frame, itemID: item.id, caption: "", drawing: drawing)))
      height = drawing.frame.maxY + 3
    }
    if let caption = FigureSlot.caption(item, side: side) {
      let line = setter.block(
        caption, style: TextStyle(size: 12, alignment: .center), x: margin, y: height, width: width, maxLines: 3)
      elements.append(.text(line))
      height = line.frame.maxY
    }
    let size = PageSize(width: width + 2 * margin, height: height + margin)
    return Page(size: size, contentFrame: size.rect.insetBy(margin / 2), elements: elements)
  }

  public func png(_ item: CatalogueItem, side: AppliedSide, scale: Double = 2, asOnACard: Bool = false)
    throws(HandoutError) -> Data
  {
    try PDFPainter.png(asOnACard ? cardPage(item, side: side) : page(item, side: side), setter: setter, scale: scale)
  }

  public func pdf(_ item: CatalogueItem, side: AppliedSide) throws(HandoutError) -> Data {
    let document = LaidOutDocument(
      pages: [page(item, side: side)], outline: [],
      metadata: DocumentMetadata(
        title: item.name, author: Wording.english.creator, subject: item.summary, creator: Wording.english.creator,
        createDate: Self.fixedDate))
    return try PDFPainter.pdf(document, setter: setter)
  }

  static let fixedDate = "2026-01-01T00:00:00Z"

  /// Every item's figure with its name and id, twelve to a page, for reviewing the whole
  /// catalogue at a glance. Sided items are drawn for the right side.
  public func contactSheet(_ items: [CatalogueItem], paper: PageSize = .letter) -> LaidOutDocument {
    let margin = 36.0
    let columns = 3
    let rows = 4
    let gap = 10.0
    let content = paper.rect.insetBy(margin)
    let header = setter.block(
      Wording.english.contactSheetTitle(items.count), style: TextStyle(size: 14, bold: true), x: content.x,
      y: content.y,
      width: content.width, maxLines: 1)
    let gridTop = header.frame.maxY + 8
    let footerHeight = 18.0
    let cellWidth = (content.width - gap * Double(columns - 1)) / Double(columns)
    let cellHeight = (content.maxY - footerHeight - gridTop - gap * Double(rows - 1)) / Double(rows)
    let perPage = columns * rows
    let pageCount = max(1, (items.count + perPage - 1) / perPage)
    var pages: [Page] = []
    var outline: [OutlineEntry] = []
    for pageIndex in 0..<pageCount {
      var elements: [PageElement] = [.text(header)]
      for (slot, item) in items.dropFirst(pageIndex * perPage).prefix(perPage).enumerated() {
        if slot == 0 { outline.append(OutlineEntry(title: item.name, page: pageIndex)) }
        let x = content.x + Double(slot % columns) * (cellWidth + gap)
        let y = gridTop + Double(slot / columns) * (cellHeight + gap)
        elements.append(
          .box(
            BoxShape(
              frame: Rect(x: x, y: y, width: cellWidth, height: cellHeight), strokeWidth: 0.6, strokeGray: 0.6,
              cornerRadius: 4)))
        let name = setter.block(
          item.name, style: TextStyle(size: 9.5, bold: true), x: x + 5, y: y + 4, width: cellWidth - 10, maxLines: 2)
        let id = setter.block(
          item.id + (item.sided ? "  (right shown)" : ""), style: TextStyle(size: 7.5, gray: 0.35), x: x + 5, y: 0,
          width: cellWidth - 10, maxLines: 1)
        let idY = y + cellHeight - id.frame.height - 3
        elements.append(.text(name))
        elements.append(
          .text(id).offsetBy(dx: 0, dy: idY))
        let figureFrame = Rect(
          x: x + 4, y: name.frame.maxY + 2, width: cellWidth - 8, height: idY - name.frame.maxY - 4)
        elements.append(
          .figure(
            FigureSlot.make(item, side: item.sided ? .right : .none, minutes: item.dose.minutes, frame: figureFrame)))
      }
      let footer = setter.block(
        Wording.english.pageOf(pageIndex + 1, pageCount), style: TextStyle(size: 8, gray: 0.35, alignment: .right),
        x: content.x,
        y: content.maxY - 12, width: content.width, maxLines: 1)
      elements.append(.text(footer))
      pages.append(Page(size: paper, contentFrame: content, elements: elements))
    }
    return LaidOutDocument(
      pages: pages, outline: outline,
      metadata: DocumentMetadata(
        title: Wording.english.contactSheetTitle(items.count), author: Wording.english.creator,
        subject: Wording.english.contactSheetTitle(items.count),
        creator: Wording.english.creator, createDate: Self.fixedDate))
  }

  public func contactSheetPDF(_ items: [CatalogueItem], paper: PageSize = .letter) throws(HandoutError) -> Data {
    try PDFPainter.pdf(contactSheet(items, paper: paper), setter: setter)
  }
}
