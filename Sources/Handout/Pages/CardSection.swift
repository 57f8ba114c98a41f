import HomeStretch

/// The exercise cards, then the ice and heat cards: each section starts on a new page, and
/// at most four cards share a page.
struct CardSection {
  static let maxCardsPerPage = 4

  let plan: Plan
  let catalogue: Catalogue
  let blocks: BlockBuilder

  var wording: Wording { blocks.wording }

  func lay(into flow: inout FlowLayout) {
    let numbered = Array(plan.items.enumerated())
    let exercises = numbered.filter { $0.element.kind != .thermal }
    let thermal = numbered.filter { $0.element.kind == .thermal }
    layCards(exercises, title: wording.yourExercises, into: &flow)
    layCards(thermal, title: wording.iceAndHeat, into: &flow)
  }

  func layCards(_ cards: [(offset: Int, element: PlannedItem)], title: String, into flow: inout FlowLayout) {
    guard !cards.isEmpty else { return }
    flow.newPage()
    flow.bookmark(title)
    let gap = blocks.typography.gap * 1.5
    var onPage = 0
    for (index, item) in cards {
      guard let source = catalogue[item.id] else { continue }
      let card = ExerciseCard(
        number: index + 1, item: item, source: source,
        when: ItemTiming.when(item, in: plan, timing: source.thermal?.timing, wording: wording), blocks: blocks)
      // A card too tall for a page even with its picture small comes in two parts, the
      // second on the next page: no word of it is cut.
      for (part, block) in card.blocks(width: flow.width, maxHeight: flow.bodyFrame.height).enumerated() {
        if onPage >= Self.maxCardsPerPage || !flow.fits(block.height, gap: gap) {
          flow.newPage()
          onPage = 0
        }
        if part == 0 { flow.bookmark("\(index + 1). \(blocks.words.name(item.id))", level: 1) }
        flow.place(block, gap: gap)
        onPage += 1
      }
    }
  }
}
