import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Geometry of the laid-out handout, checked without opening a PDF.
@Suite struct LayoutTests {
  let renderer: HandoutRenderer

  init() throws {
    renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
  }

  func layout(_ profile: Profile) -> (Plan, LaidOutDocument) {
    let plan = HandoutFixture.plan(profile)
    return (plan, renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan)))
  }

  /// The cards print in the order of the program's numbers (issue 14, part 6): the card
  /// bookmarks "1. ...", "2. ..." come page after page in rising order, one per item.
  @Test(arguments: HandoutFixture.profiles.map(\.0) + LiteracyTests.spread.map(\.0))
  func cardsPrintInTheOrderOfTheirNumbers(label: String) {
    let profile = (HandoutFixture.profiles + LiteracyTests.spread).first { $0.0 == label }!.1
    let (plan, document) = layout(profile)
    guard plan.status == .plan else { return }
    let cards = document.outline.compactMap { entry -> (number: Int, page: Int)? in
      guard entry.level == 1, let number = entry.title.split(separator: ".").first.flatMap({ Int($0) }) else {
        return nil
      }
      return (number, entry.page)
    }
    let numbers = cards.map(\.number)
    #expect(numbers == Array(1...plan.items.count), "\(label): cards in the order \(numbers)")
    let pages = cards.map(\.page)
    #expect(pages == pages.sorted(), "\(label): every card on or after the page of the one before")
  }

  @Test(arguments: HandoutFixture.profiles.map(\.0))
  func nothingLeavesThePageMargins(label: String) {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let (_, document) = layout(profile)
    #expect(!document.pages.isEmpty)
    for (index, page) in document.pages.enumerated() {
      #expect(page.contentFrame.x >= 12 / 25.4 * 72, "margins of at least 12 mm")
      for element in page.elements {
        #expect(page.contentFrame.contains(element.frame), "page \(index + 1): \(element) leaves the margins")
      }
    }
  }

  @Test(arguments: HandoutFixture.profiles.map(\.0))
  func textFitsItsFrameAndNoTextOverlaps(label: String) {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let (_, document) = layout(profile)
    for (index, page) in document.pages.enumerated() {
      let texts = page.elements.compactMap { element -> TextBlock? in
        if case .text(let block) = element { return block }
        return nil
      }
      for block in texts {
        let measured = renderer.setter.measure(
          block.text, style: block.style, width: block.frame.width, maxLines: block.maxLines, lead: block.lead)
        #expect(measured.height <= block.frame.height + 0.01, "page \(index + 1): '\(block.text.prefix(40))' overflows")
        #expect(measured.width <= block.frame.width + 0.5, "page \(index + 1): '\(block.text.prefix(40))' too wide")
      }
      for (i, a) in texts.enumerated() {
        for b in texts[(i + 1)...] where a.frame.insetBy(0.5).intersects(b.frame.insetBy(0.5)) {
          Issue.record("page \(index + 1): '\(a.text.prefix(30))' overlaps '\(b.text.prefix(30))'")
        }
      }
    }
  }

  @Test(arguments: [Side.left, .right, .both])
  func cardPicturesShowThePatientsSide(side: Side) throws {
    let (plan, document) = layout(HandoutFixture.profile { $0.side = side })
    var checked = 0
    for item in plan.items {
      let source = try #require(HandoutFixture.catalogue[item.id])
      let found = document.pages.compactMap { page -> (FigureSlot, [String])? in
        for case .figure(let slot) in page.elements where slot.itemID == item.id {
          return (slot, page.elements.compactMap { if case .text(let block) = $0 { block.text } else { nil } })
        }
        return nil
      }
      let (slot, texts) = try #require(found.first)
      let drawing = try #require(slot.drawing, "\(item.id) has no picture")
      #expect(
        slot.frame.contains(try #require(drawing.inkBounds), tolerance: 0.5), "\(item.id) picture outside its frame")
      // The picture is the catalogue figure in numbered frames, each mirrored exactly when
      // the patient's side is left.
      let card = CardPicture(
        blocks: BlockBuilder(
          setter: renderer.setter, typography: Typography(largePrint: false),
          words: PlanWords(wording: .english, catalogue: HandoutFixture.catalogue), figures: FigureCache()))
      let a = (drawing.items + drawing.overlay).flatMap(\.points)
      let same = try card.personHeights.contains { person in
        let expected = FigureScene.framed(
          try #require(source.printedFigure(for: item)), mirrored: item.side == .left,
          timerMinutes: source.kind == .thermal ? item.dose.minutes : nil, labelSize: 12, width: slot.frame.width,
          personHeight: person, maxHeight: card.maxHeight, at: Point(slot.frame.x, slot.frame.y))
        let b = (expected.items + expected.overlay).flatMap(\.points)
        return a.count == b.count && zip(a, b).allSatisfy { abs($0.x - $1.x) < 1e-6 && abs($0.y - $1.y) < 1e-6 }
      }
      #expect(same, "\(item.id)")
      // The words under the picture name the same side as the badge.
      if let caption = FigureSlot.caption(source, side: item.side) {
        #expect(texts.contains(caption), "\(item.id): '\(caption)' not on its card")
        let word = side == .left ? "LEFT" : side == .right ? "RIGHT" : "Repeat on the left"
        // A routine for the low back has no side to name.
        if item.side != .none { #expect(caption.contains(word), "\(item.id): '\(caption)'") }
        checked += 1
      }
    }
    #expect(checked >= 2, "the sample plan has sided items")
  }

  @Test(arguments: HandoutFixture.profiles.map(\.0).filter { $0 != "referral" })
  func everyItemHasOneWholeCard(label: String) {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let (plan, document) = layout(profile)
    for (number, item) in plan.items.enumerated() {
      let pages = document.pages.indices.filter { index in
        document.pages[index].elements.contains {
          if case .figure(let slot) = $0 { return slot.itemID == item.id }
          return false
        }
      }
      #expect(pages.count == 1, "\(item.id) has \(pages.count) cards")
      guard let page = pages.first else { continue }
      let texts = document.pages[page].elements.compactMap { element -> String? in
        if case .text(let block) = element { return block.text }
        return nil
      }
      // Title, dose and steps on the same page as the picture: the card is not split.
      let source = HandoutFixture.catalogue[item.id]!
      let dose = Wording.english.dose(item.dose, sided: item.side)
      #expect(texts.contains { $0.hasPrefix("\(number + 1). ") && $0.contains(source.name.prefix(10)) })
      #expect(texts.contains { $0.lowercased() == dose.lowercased() })
      #expect(
        texts.contains(Wording.english.steps(of: source, for: item).last!), "\(item.id): last step not with the card")
    }
  }

  @Test(arguments: HandoutFixture.profiles.map(\.0).filter { $0 != "referral" })
  func oneTrackerPagePerWeekWithPenSizedBoxes(label: String) {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let (plan, document) = layout(profile)
    let trackerPages = document.pages.filter { page in
      page.elements.contains {
        if case .text(let block) = $0 { return block.text == Wording.english.painRow }
        return false
      }
    }
    #expect(trackerPages.count == plan.patient.weeks)
    for page in trackerPages {
      let boxes = page.elements.compactMap { element -> Rect? in
        if case .checkbox(let rect) = element { return rect }
        return nil
      }
      #expect(!boxes.isEmpty)
      for box in boxes { #expect(box.width >= 12 && box.height >= 12, "tick box \(box) too small for a pen") }
    }
    #expect(document.outline.filter { $0.title.hasPrefix("Week ") }.count == plan.patient.weeks)
  }

  @Test(arguments: ["sample", "large print", "six weeks", "stenosis large"])
  func everyWeeksChangesAreOnItsTracker(label: String) {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let (plan, document) = layout(profile)
    let trackers = document.pages.filter { page in
      page.elements.contains {
        if case .text(let block) = $0 { return block.text == Wording.english.painRow } else { return false }
      }
    }
    #expect(trackers.count == plan.schedule.count)
    let allTexts = document.pages.flatMap(\.elements).compactMap { element -> String? in
      if case .text(let block) = element { return block.text }
      return nil
    }
    for (week, page) in zip(plan.schedule, trackers) {
      let texts = page.elements.compactMap { element -> String? in
        if case .text(let block) = element { return block.text }
        return nil
      }
      let changes = week.changes.map {
        Wording.english.change($0, name: { Wording.english.name(of: $0, in: HandoutFixture.catalogue) })
      }
      let onTracker = changes.filter(texts.contains)
      // Every change is in the booklet ("How your program grows"), and the tracker shows
      // all of them or says how many more there are.
      for change in changes {
        #expect(allTexts.filter { $0 == change }.count >= (onTracker.contains(change) ? 2 : 1), "\(change)")
      }
      if onTracker.count < changes.count {
        #expect(texts.contains(Wording.english.moreChanges(changes.count - onTracker.count)), "week \(week.week)")
      }
    }
  }

  /// A card as tall as a page keeps all its words: when the picture is as small as it may
  /// be, the notes go across the card under both columns before any text is cut (the warm
  /// pack card of the older patient with a hip replacement, one line too tall, had every
  /// line cut to one with "..."). Every text on a card page is whole.
  @Test(arguments: ["stenosis-older", "maria-lopez", "disc-acute", "pregnancy"])
  func cardTextsAreWhole(example: String) throws {
    let path = HandoutFixture.root.appendingPathComponent("examples/\(example).yaml").path
    let profile = try ProfileDecoder().decode(yaml: String(contentsOfFile: path, encoding: .utf8), file: path)
    for large in [false, true] {
      var printed = profile
      printed.largePrint = large
      let (_, document) = layout(printed)
      let cardPages = Set(
        document.outline.filter { $0.level == 1 && $0.title.first?.isNumber == true }.map(\.page))
      #expect(!cardPages.isEmpty)
      for number in cardPages {
        let page = document.pages[number]
        for case .text(let block) in page.elements {
          let whole = renderer.setter.measure(
            block.text, style: block.style, width: block.frame.width, maxLines: nil, lead: block.lead)
          #expect(
            whole.height <= block.frame.height + 0.01,
            "\(example)\(large ? " large" : ""), page \(number + 1): '\(block.text.prefix(50))' is cut")
        }
      }
    }
  }

  @Test func largePrintIsLargerAndReflowsOntoMorePages() {
    let (_, normal) = layout(HandoutFixture.profile())
    let (_, large) = layout(HandoutFixture.profile { $0.largePrint = true })
    #expect(large.pages.count > normal.pages.count)
    func bodySizes(_ document: LaidOutDocument) -> [Double] {
      document.pages.flatMap { page in
        page.elements.compactMap { element -> Double? in
          guard case .text(let block) = element, block.frame.maxY < page.contentFrame.maxY - 30 else { return nil }
          return block.style.size
        }
      }
    }
    #expect(bodySizes(normal).min()! >= 12)
    #expect(bodySizes(large).min()! >= 16)
  }

  @Test func paperSizes() {
    let (_, letter) = layout(HandoutFixture.profile())
    let (_, a4) = layout(HandoutFixture.profile { $0.paper = .a4 })
    #expect(letter.pages.allSatisfy { $0.size == .letter })
    #expect(a4.pages.allSatisfy { $0.size == .a4 })
  }

  @Test func referralIsOnePageWithoutExercises() {
    let (plan, document) = layout(HandoutFixture.profile { $0.redFlags = [.bladderBowelChange] })
    #expect(plan.status == .refer)
    #expect(document.pages.count == 1)
    let elements = document.pages[0].elements
    #expect(!elements.contains { if case .figure = $0 { return true } else { return false } })
    #expect(!elements.contains { if case .checkbox = $0 { return true } else { return false } })
    #expect(
      elements.contains {
        if case .text(let block) = $0 { return block.text == Wording.english.referralTitle } else { return false }
      })
  }

  @Test func everyPageHasItsFooter() {
    let (plan, document) = layout(HandoutFixture.profile())
    for (index, page) in document.pages.enumerated() {
      let texts = page.elements.compactMap { element -> String? in
        if case .text(let block) = element { return block.text }
        return nil
      }
      #expect(texts.contains(Wording.english.pageOf(index + 1, document.pages.count)))
      #expect(texts.contains(plan.patient.name))
    }
  }

  /// The footer's date and page number are never cut, even the longest English date in
  /// large print on A4 (a third of the line was too narrow for it).
  @Test func theFooterDateIsWholeInLargePrint() throws {
    let profile = HandoutFixture.profile {
      $0.start = CalendarDate(year: 2026, month: 9, day: 30)
      $0.paper = .a4
    }
    let plan = HandoutFixture.plan(profile)
    var options = HandoutOptions(for: plan)
    options.largePrint = true
    let document = renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: options)
    let date = "Wednesday, September 30, 2026"
    for (index, page) in document.pages.enumerated() {
      let footers = page.elements.compactMap { element -> TextBlock? in
        guard case .text(let block) = element, block.maxLines == 1,
          block.text == date || block.text == Wording.english.pageOf(index + 1, document.pages.count)
        else { return nil }
        return block
      }
      #expect(footers.count == 2, "page \(index + 1)")
      for block in footers {
        let measured = renderer.setter.measure(block.text, style: block.style, width: block.frame.width, maxLines: 1)
        #expect(!measured.shortened, "page \(index + 1): '\(block.text)' is cut in \(block.frame.width) pt")
      }
    }
  }

  @Test func longNamesAreShortenedNotOverflowing() {
    let (_, document) = layout(HandoutFixture.profile(HandoutFixture.longName))
    let footers = document.pages[0].elements.compactMap { element -> TextBlock? in
      if case .text(let block) = element, block.text == HandoutFixture.longName, block.maxLines == 1 { return block }
      return nil
    }
    #expect(!footers.isEmpty)
    for block in footers {
      #expect(renderer.setter.measure(block.text, style: block.style, width: block.frame.width, maxLines: 1).shortened)
    }
  }

  @Test func sideBadgeMatchesThePatientsSide() {
    for side in [Side.left, .right, .both] {
      let (_, document) = layout(HandoutFixture.profile { $0.side = side })
      let badges = document.pages.flatMap(\.elements).compactMap { element -> String? in
        if case .text(let block) = element, block.style.gray == 1 { return block.text }
        return nil
      }
      let word = side == .both ? "BOTH" : side.rawValue.uppercased()
      #expect(!badges.isEmpty)
      #expect(badges.allSatisfy { $0.hasPrefix(word) }, "\(side): \(badges)")
    }
  }
}
