import HomeStretch

/// One item's card: number and name, the side in a black badge, the picture, numbered
/// steps, the dose in big type, what to feel, when to stop, and notes. Never split.
struct ExerciseCard {
  let number: Int
  let item: PlannedItem
  let source: CatalogueItem
  let when: String
  let blocks: BlockBuilder

  var wording: Wording { blocks.wording }

  var typography: Typography { blocks.typography }

  /// The card as one block `width` wide, no taller than `maxHeight` when it can be helped:
  /// the picture gets smaller (down to two inches of person), then its band lower (frames
  /// of a tall card side by side or smaller: a step the patient follows is worth more than
  /// picture size), then the notes go across the whole card under both columns, and only
  /// then are long texts shortened, before the type ever gets smaller.
  /// In large print the steps first take the whole width (see ``layout``); a card that is
  /// taller than a page that way puts them beside the rest again before any text is cut.
  /// The card in as few blocks as fit `maxHeight`: one, or (a card taller than a page
  /// even so) its title, dose, picture and steps, then "(continued)" with what to feel,
  /// when to stop and the notes, so no word of it is cut.
  func blocks(width: Double, maxHeight: Double) -> [Block] {
    let card = block(width: width, maxHeight: maxHeight)
    guard card.height > maxHeight || cut(card) else { return [card] }
    for person in CardPicture(blocks: blocks).personHeights {
      let first = layout(width: width, lineLimit: nil, personHeight: person, stacked: true, part: .first)
      let rest = layout(width: width, lineLimit: nil, stacked: true, part: .rest)
      if first.height <= maxHeight && rest.height <= maxHeight { return [first, rest] }
    }
    return [card]
  }

  /// Whether a text of the card was shortened to fit.
  func cut(_ card: Block) -> Bool {
    card.elements.contains { element in
      guard case .text(let text) = element, text.maxLines != nil else { return false }
      let whole = blocks.setter.measure(
        text.text, style: text.style, width: text.frame.width, maxLines: nil, lead: text.lead)
      return whole.height > text.frame.height + 0.01
    }
  }

  func block(width: Double, maxHeight: Double) -> Block {
    let picture = CardPicture(blocks: blocks)
    let sizes = picture.personHeights
    for stacked in typography.scale > 1 ? [true, false] : [false] {
      for person in sizes {
        let card = layout(width: width, lineLimit: nil, personHeight: person, stacked: stacked)
        if card.height <= maxHeight { return card }
      }
      for band in [0.8, 0.65, 0.5, 0.4, 0.3] {
        let card = layout(
          width: width, lineLimit: nil, personHeight: sizes.last, pictureHeight: picture.maxHeight * band,
          stacked: stacked)
        if card.height <= maxHeight { return card }
      }
    }
    // The notes across the whole width under both columns take fewer lines than in one.
    for stacked in typography.scale > 1 ? [true, false] : [false] {
      for band in [1, 0.65, 0.3] {
        let card = layout(
          width: width, lineLimit: nil, personHeight: sizes.last, pictureHeight: picture.maxHeight * band,
          stacked: stacked, wideNotes: true)
        if card.height <= maxHeight { return card }
      }
    }
    let band = picture.maxHeight * 0.3
    for limit in [4, 3, 2, 1] {
      let card = layout(width: width, lineLimit: limit, personHeight: sizes.last, pictureHeight: band)
      if card.height <= maxHeight { return card }
    }
    return layout(width: width, lineLimit: 1, personHeight: sizes.last, pictureHeight: band)
  }

  func layout(
    width: Double, lineLimit: Int?, personHeight: Double? = nil, pictureHeight: Double? = nil, stacked: Bool = false,
    wideNotes: Bool = false, part: CardPart = .whole
  ) -> Block {
    let s = typography.scale
    let padding = 8 * s
    let inner = width - 2 * padding
    var elements: [PageElement] = []

    // Title row: number and name on the left, the side badge on the right.
    var badgeWidth = 0.0
    var badgeBlock: Block?
    if let label = wording.sideLabel(item.side, area: item.area) {
      let badge = blocks.badge(label, maxWidth: inner * 0.4)
      badgeWidth = badge.width
      badgeBlock = badge.block
    }
    let titleWidth = inner - (badgeWidth > 0 ? badgeWidth + 8 * s : 0)
    let name = "\(number). \(source.name)"
    let title = blocks.paragraph(
      part == .rest ? wording.fill(wording.cardContinued, ["title": name]) : name, style: typography.cardTitle,
      width: titleWidth, x: padding, maxLines: 2)
    var y = padding
    elements += title.elements.map { $0.offsetBy(dx: 0, dy: y) }
    if let badgeBlock {
      elements += badgeBlock.elements.map { $0.offsetBy(dx: padding + inner - badgeWidth, dy: y) }
    }
    y += max(title.height, badgeBlock?.height ?? 0) + 6 * s

    // The dose, big and bold, on a light band under the title.
    if part != .rest {
      y = doseAndPicture(
        into: &elements, at: y, inner: inner, padding: padding, lineLimit: lineLimit, personHeight: personHeight,
        pictureHeight: pictureHeight)
    }
    // Two columns: the steps on the right; what to feel, when to stop and the notes go
    // under whichever column is shorter, so the card stays short. `stacked` (large print):
    // the steps take the whole width and the rest goes in two equal columns under them, so
    // that a step or a sign to stop still fits in 3 lines of 16 pt.
    let leftWidth = (inner - 12 * s) * (stacked ? 0.5 : 0.36)
    let rightX = padding + leftWidth + 12 * s
    let rightWidth = width - padding - rightX
    let steps =
      part == .rest
      ? Block()
      : blocks.list(
        wording.steps(of: source, for: item), width: stacked ? inner : rightWidth, x: stacked ? padding : rightX,
        numbered: true, maxLines: lineLimit)
    if stacked {
      elements += steps.elements.map { $0.offsetBy(dx: 0, dy: y) }
      y += steps.height + 8 * s
    }
    var left = Block()
    var right = stacked ? Block() : steps
    var extras: [(label: String, lines: [String])] = [
      (wording.youShouldFeel, Self.sentences(wording.feel(of: source))), (wording.stopIf, wording.stopIf(of: source)),
    ]
    let notes = blocks.words.notes(item)
    if !notes.isEmpty, !wideNotes { extras.append((wording.goodToKnow, notes.flatMap(Self.sentences))) }
    if part == .first { extras = [] }
    for extra in extras {
      let onLeft = left.height <= right.height
      let columnWidth = onLeft ? leftWidth : rightWidth
      let x = onLeft ? padding : rightX
      // One line of its own for each sign to stop and each note: short paragraphs a
      // patient scans (health-literacy check: 3 lines or fewer).
      let part =
        extra.lines.count == 1
        ? blocks.labelled(extra.label, extra.lines[0], width: columnWidth, x: x, maxLines: lineLimit.map { $0 * 2 })
        : blocks.labelledList(extra.label + ":", extra.lines, width: columnWidth, x: x, maxLines: lineLimit)
      if onLeft { left.stack(part, gap: 6 * s) } else { right.stack(part, gap: 6 * s) }
    }
    elements += left.elements.map { $0.offsetBy(dx: 0, dy: y) }
    elements += right.elements.map { $0.offsetBy(dx: 0, dy: y) }
    y += max(left.height, right.height)
    if wideNotes, !notes.isEmpty, part != .first {
      let across = blocks.labelledList(
        wording.goodToKnow + ":", notes.flatMap(Self.sentences), width: inner, x: padding, maxLines: lineLimit)
      y += 6 * s
      elements += across.elements.map { $0.offsetBy(dx: 0, dy: y) }
      y += across.height
    }
    y += padding

    elements.insert(
      .box(BoxShape(frame: Rect(x: 0, y: 0, width: width, height: y), strokeWidth: 1.5, cornerRadius: 8)), at: 0)
    return Block(height: y, elements: elements)
  }

  /// The dose band and the picture, from `y`; returns where the steps begin.
  func doseAndPicture(
    into elements: inout [PageElement], at top: Double, inner: Double, padding: Double, lineLimit: Int?,
    personHeight: Double?, pictureHeight: Double?
  ) -> Double {
    let s = typography.scale
    var y = top
    let bandX = padding + 6 * s
    let bandWidth = inner - 12 * s
    var dose = blocks.paragraph(
      capitalised(blocks.words.dose(item)), style: typography.dose, width: bandWidth, x: bandX, maxLines: 3)
    let timing = [when, blocks.words.doseNote(item) ?? ""].filter { !$0.isEmpty }.joined(separator: ". ")
    if !timing.isEmpty {
      dose.stack(
        blocks.paragraph(timing, style: typography.body, width: bandWidth, x: bandX, maxLines: lineLimit ?? 4), gap: 2)
    }
    elements.append(
      .box(
        BoxShape(
          frame: Rect(x: padding, y: y, width: inner, height: dose.height + 8 * s), strokeWidth: 0, fillGray: 0.9,
          cornerRadius: 4)))
    elements += dose.elements.map { $0.offsetBy(dx: 0, dy: y + 4 * s) }
    y += dose.height + 8 * s + 8 * s

    // The picture across the card in numbered frames, the line tying it to the patient's
    // side under it.
    let picture = CardPicture(blocks: blocks).block(
      source, item: item, width: inner, x: padding, personHeight: personHeight, maxHeight: pictureHeight)
    elements += picture.elements.map { $0.offsetBy(dx: 0, dy: y) }
    y += picture.height + 8 * s
    return y
  }

  /// A text's sentences, so each can stand on its own line.
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      // A question stays with its answer ("No pillow? Use a folded towel instead.").
      if ".!".contains(character) {
        result.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      }
    }
    let rest = current.trimmingCharacters(in: .whitespaces)
    if !rest.isEmpty { result.append(rest) }
    return result
  }

  func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}

/// Which part of a card a layout draws: all of it, or a card too tall for a page in two.
enum CardPart {
  case whole
  /// The title, the dose, the picture and the steps.
  case first
  /// The title marked "(continued)", what to feel, when to stop and the notes.
  case rest
}
