import HomeStretch

/// The picture of a card across its whole width: the item's figure in numbered frames
/// (start and end) at a size where the person is at least two inches tall (more in large
/// print), with the line under it that ties the picture to the patient's side.
struct CardPicture {
  let blocks: BlockBuilder

  var typography: Typography { blocks.typography }

  /// How tall the person is drawn (points per standing height): 2.1 inches, 2.8 in large
  /// print.
  var personHeight: Double { 150 * typography.scale }
  /// The sizes a card tries, largest first, when the largest makes it too tall for a page:
  /// never below two inches.
  var personHeights: [Double] {
    typography.scale > 1 ? [personHeight, 176, 160, 146] : [personHeight, 146]
  }
  /// The most the picture may take of a card's height.
  var maxHeight: Double { 250 * typography.scale }
  /// The height of the frame of an item with no figure yet.
  var placeholderHeight: Double { 110 * typography.scale }

  /// The picture's slot for `item`, `width` wide at (x, 0).
  func slot(
    _ source: CatalogueItem, item: PlannedItem, width: Double, x: Double, personHeight: Double? = nil,
    maxHeight: Double? = nil
  ) -> FigureSlot {
    let frame = Rect(x: x, y: 0, width: width, height: placeholderHeight)
    let name =
      blocks.wording.sideLabel(item.side, area: source.thermal?.area).map { "\(source.name)\n\($0)" } ?? source.name
    var slot = FigureSlot(frame: frame, itemID: source.id, caption: name, drawing: nil)
    guard let figure = source.printedFigure(for: item) else { return slot }
    let drawing = blocks.figures.framed(
      figure, mirrored: item.side == .left, timerMinutes: source.kind == .thermal ? item.dose.minutes : nil,
      labelSize: typography.body.size, width: width, personHeight: personHeight ?? self.personHeight,
      maxHeight: maxHeight ?? self.maxHeight,
      at: Point(x, 0))
    slot.frame = drawing.frame
    slot.drawing = drawing
    return slot
  }

  /// The picture and its caption as one block.
  func block(
    _ source: CatalogueItem, item: PlannedItem, width: Double, x: Double, personHeight: Double? = nil,
    maxHeight: Double? = nil
  ) -> Block {
    let slot = slot(source, item: item, width: width, x: x, personHeight: personHeight, maxHeight: maxHeight)
    var block = Block(height: slot.frame.height, elements: [.figure(slot)])
    if source.figure != nil, let caption = FigureSlot.caption(source, side: item.side, wording: blocks.wording) {
      let style = typography.body.with(alignment: .center)
      block.stack(blocks.paragraph(caption, style: style, width: width, x: x, maxLines: 3), gap: 3 * typography.scale)
    }
    return block
  }
}
