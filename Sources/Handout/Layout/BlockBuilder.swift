import HomeStretch

/// Makes the common blocks of the handout (paragraphs, headings, bullet lists) from text,
/// measured with Pango at the column width.
struct BlockBuilder {
  let setter: TextSetter
  let typography: Typography
  /// The plan's facts in the words of the handout's language.
  let words: PlanWords
  /// The renderer's figures already laid out.
  let figures: FigureCache

  var wording: Wording { words.wording }

  /// A paragraph of `text` in `style`, `width` wide.
  func paragraph(_ text: String, style: TextStyle, width: Double, x: Double = 0, maxLines: Int? = nil) -> Block {
    let block = setter.block(text, style: style, x: x, y: 0, width: width, maxLines: maxLines)
    return Block(height: block.frame.height, elements: [.text(block)])
  }

  /// A section heading with a rule under it.
  func heading(_ text: String, width: Double) -> Block {
    var block = paragraph(text, style: typography.heading, width: width, maxLines: 2)
    let y = block.height + 3 * typography.scale
    block.elements.append(.line(x1: 0, y1: y, x2: width, y2: y, width: 1.5, gray: 0))
    block.height = y + 6 * typography.scale
    return block
  }

  /// A list with a hanging marker ("•" or "1.") before each entry.
  func list(
    _ entries: [String], width: Double, x: Double = 0, numbered: Bool = false, style: TextStyle? = nil,
    maxLines: Int? = nil
  ) -> Block {
    let style = style ?? typography.body
    let indent = (numbered ? 20 : 14) * typography.scale
    var block = Block()
    for (index, entry) in entries.enumerated() {
      let marker = numbered ? "\(index + 1)." : "•"
      let markerBlock = setter.block(marker, style: style.with(bold: numbered), x: x, y: 0, width: indent, maxLines: 1)
      let text = setter.block(entry, style: style, x: x + indent, y: 0, width: width - indent, maxLines: maxLines)
      block.stack(
        Block(height: max(text.frame.height, markerBlock.frame.height), elements: [.text(markerBlock), .text(text)]),
        gap: 3 * typography.scale)
    }
    return block
  }

  /// A paragraph led by a bold label on the same line: "You should feel: a gentle pull...".
  func labelled(_ label: String, _ text: String, width: Double, x: Double = 0, maxLines: Int? = nil) -> Block {
    let block = setter.block(
      text, style: typography.body, x: x, y: 0, width: width, maxLines: maxLines, lead: label + ":")
    return Block(height: block.frame.height, elements: [.text(block)])
  }

  /// A bold label above a bullet list.
  func labelledList(_ label: String, _ entries: [String], width: Double, x: Double = 0, maxLines: Int? = nil)
    -> Block
  {
    var block = paragraph(label, style: typography.label, width: width, x: x, maxLines: 1)
    block.stack(list(entries, width: width, x: x, maxLines: maxLines), gap: 2)
    return block
  }

  /// The clinic, therapist and phone in one grey line at the top of a page; empty when the
  /// profile names none.
  func practice(_ therapist: Therapist, width: Double) -> Block {
    let line = [therapist.clinic, therapist.name, therapist.phone].compactMap { $0 }.joined(separator: " · ")
    guard !line.isEmpty else { return Block() }
    return paragraph(line, style: typography.body.with(gray: 0.25), width: width, maxLines: 2)
  }

  /// White bold words on a black pill, for the side of the body: reads on any printer.
  func badge(_ text: String, maxWidth: Double) -> (width: Double, block: Block) {
    let style = typography.badge
    let padding = 6 * typography.scale
    let measured = setter.measure(text, style: style, width: maxWidth - 2 * padding, maxLines: 1)
    let width = min(maxWidth, measured.width + 2 * padding + 1)
    let height = measured.height + padding
    let textBlock = TextBlock(
      text: text, style: style.with(alignment: .center),
      frame: Rect(x: padding, y: padding / 2, width: width - 2 * padding, height: measured.height), maxLines: 1)
    let box = BoxShape(
      frame: Rect(x: 0, y: 0, width: width, height: height), strokeWidth: 0, fillGray: 0,
      cornerRadius: height / 2)
    return (width, Block(height: height, elements: [.box(box), .text(textBlock)]))
  }
}
