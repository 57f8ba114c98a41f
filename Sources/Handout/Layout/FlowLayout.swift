import HomeStretch

/// A group of elements laid out together and never split across pages, positioned relative
/// to its own top-left corner.
public struct Block: Sendable {
  public var height: Double
  public var elements: [PageElement]

  public init(height: Double = 0, elements: [PageElement] = []) {
    self.height = height
    self.elements = elements
  }

  /// Appends `other` below this block, `gap` points down.
  public mutating func stack(_ other: Block, gap: Double = 0) {
    let top = elements.isEmpty ? 0 : height + gap
    elements += other.elements.map { $0.offsetBy(dx: 0, dy: top) }
    height = top + other.height
  }
}

extension TextBlock {
  /// The text as a block of its own, at its frame's height.
  var asBlock: Block { Block(height: frame.maxY, elements: [.text(self)]) }
}

extension PageElement {
  func offsetBy(dx: Double, dy: Double) -> PageElement {
    switch self {
    case .text(var block):
      block.frame = block.frame.offsetBy(dx: dx, dy: dy)
      return .text(block)
    case .box(var box):
      box.frame = box.frame.offsetBy(dx: dx, dy: dy)
      return .box(box)
    case .line(let x1, let y1, let x2, let y2, let width, let gray):
      return .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, width: width, gray: gray)
    case .checkbox(let rect):
      return .checkbox(rect.offsetBy(dx: dx, dy: dy))
    case .figure(var slot):
      slot.frame = slot.frame.offsetBy(dx: dx, dy: dy)
      slot.drawing = slot.drawing?.offsetBy(dx: dx, dy: dy)
      return .figure(slot)
    }
  }
}

/// Places blocks down the page and starts a new page when the next block does not fit.
/// Decides every page break of the handout; the painter never does.
struct FlowLayout {
  let size: PageSize
  let typography: Typography
  private(set) var pages: [Page] = []
  private(set) var outline: [OutlineEntry] = []
  private(set) var y: Double = 0
  /// Blocks placed on the current page.
  private(set) var blocksOnPage = 0

  init(size: PageSize, typography: Typography) {
    self.size = size
    self.typography = typography
  }

  /// Inside the margins, above the footer band.
  var bodyFrame: Rect {
    let margin = typography.margin
    return Rect(
      x: margin, y: margin, width: size.width - 2 * margin,
      height: size.height - 2 * margin - typography.footerHeight)
  }

  /// Inside the margins, footer included: nothing may leave it.
  var contentFrame: Rect {
    let margin = typography.margin
    return Rect(x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin)
  }

  var width: Double { bodyFrame.width }
  var remaining: Double { pages.isEmpty ? 0 : bodyFrame.maxY - y }

  mutating func newPage() {
    pages.append(Page(size: size, contentFrame: contentFrame))
    y = bodyFrame.y
    blocksOnPage = 0
  }

  /// A bookmark to the current page (or the next one, when the page is full).
  mutating func bookmark(_ title: String, level: Int = 0) {
    if pages.isEmpty { newPage() }
    outline.append(OutlineEntry(title: title, page: pages.count - 1, level: level))
  }

  /// Places `block`, on a new page when it does not fit here, `gap` below the last block.
  mutating func place(_ block: Block, gap: Double = 0) {
    if pages.isEmpty { newPage() }
    let spacing = blocksOnPage == 0 ? 0 : gap
    if blocksOnPage > 0 && y + spacing + block.height > bodyFrame.maxY {
      newPage()
    }
    let top = y + (blocksOnPage == 0 ? 0 : spacing)
    pages[pages.count - 1].elements += block.elements.map { $0.offsetBy(dx: bodyFrame.x, dy: top) }
    y = top + block.height
    blocksOnPage += 1
  }

  /// Whether `height` more points fit on the current page.
  func fits(_ height: Double, gap: Double = 0) -> Bool {
    !pages.isEmpty && y + (blocksOnPage == 0 ? 0 : gap) + height <= bodyFrame.maxY
  }

  /// Adds the footer to every page: the patient's name, the date and "page N of M".
  mutating func addFooters(name: String, date: String, setter: TextSetter, wording: Wording) {
    let total = pages.count
    let frame = contentFrame
    let style = typography.footer
    // The date gets the widest column: in large print a long date ("Wednesday, September
    // 30, 2026") fills more than a third of the line.
    let nameWidth = frame.width * 0.3
    let pageWidth = frame.width * 0.22
    let dateWidth = frame.width - nameWidth - pageWidth
    let top = frame.maxY - typography.footerHeight + 6 * typography.scale
    for index in pages.indices {
      let left = setter.block(name, style: style, x: frame.x, y: top, width: nameWidth + 40, maxLines: 1)
      let middle = setter.block(
        date, style: style.with(alignment: .center), x: frame.x + nameWidth, y: top, width: dateWidth, maxLines: 1)
      let right = setter.block(
        wording.pageOf(index + 1, total), style: style.with(alignment: .right), x: frame.maxX - pageWidth, y: top,
        width: pageWidth, maxLines: 1)
      pages[index].elements += [
        .line(x1: frame.x, y1: top - 4, x2: frame.maxX, y2: top - 4, width: 0.5, gray: 0.5),
        .text(
          TextBlock(
            text: left.text, style: style,
            frame: Rect(x: left.frame.x, y: left.frame.y, width: nameWidth - 4, height: left.frame.height),
            maxLines: 1)),
        .text(middle), .text(right),
      ]
    }
  }
}
