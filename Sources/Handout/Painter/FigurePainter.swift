import CCairo

/// Draws what goes in an illustration slot. Until the figures module exists, a clean frame
/// with the words "Picture" and the item's side, so the card still reads well.
enum FigurePainter {
  static func paintPlaceholder(_ slot: FigureSlot, cr: OpaquePointer, setter: TextSetter) {
    PDFPainter.paintBox(
      BoxShape(frame: slot.frame, strokeWidth: 0.8, strokeGray: 0.55, fillGray: 0.96, cornerRadius: 6, dashed: true),
      cr)
    let style = TextStyle(size: 10, italic: true, gray: 0.35, alignment: .center)
    let width = slot.frame.width - 12
    let measured = setter.measure(slot.caption, style: style, width: width, maxLines: 3)
    let block = TextBlock(
      text: slot.caption, style: style,
      frame: Rect(
        x: slot.frame.x + 6, y: slot.frame.y + (slot.frame.height - measured.height) / 2, width: width,
        height: measured.height), maxLines: 3)
    PDFPainter.paintText(block, cr: cr, setter: setter)
  }
}
