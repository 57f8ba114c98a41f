import Foundation
import HomeStretch

/// Measures a laid-out handout against the criteria the public checklists for printed
/// patient material agree on (AHRQ PEMAT-P, CDC Clear Communication Index, CMS Toolkit,
/// NIH plain language): reading grade, sentence and paragraph length, type size, alignment,
/// line length, capitals, font families, contrast, pictures with numbered steps, and the
/// tracker and warning signs in their place. It reads only what layout placed, so the
/// painter still decides nothing.
public enum LiteracyCheck {
  /// Reading grade the whole handout must not exceed (target grade 6 to 7 or lower).
  public static let maxGrade = 7.9
  public static let maxAverageSentence = 20.0
  public static let maxSentence = 30
  public static let maxParagraphLines = 3
  public static let maxWordsPerLine = 15.0
  /// Sections shorter than this many sentences are too short for a grade.
  public static let sectionSentences = 10

  /// What a text block is on the page, from its style and text.
  enum Kind {
    case prose, label, heading, footer, badge, marker, therapist
  }

  /// Blocks with fewer words are labels or table cells, not running text: their size and
  /// contrast are checked, not their grade, alignment or line length.
  static let minimumProseWords = 4

  static func kind(_ block: TextBlock, _ typography: Typography) -> Kind {
    if block.fromTherapist { return .therapist }
    if block.isTableCell { return .label }
    if block.style.gray >= 0.9 { return .badge }
    if block.style.size == typography.footer.size && block.style.gray == typography.footer.gray { return .footer }
    if !block.text.unicodeScalars.contains(where: ReadingStats.isLetter) { return .marker }
    // Labels, table cells and day names: read, but not running text.
    if TextFacts.of(reading(block)).wordCount < minimumProseWords { return .label }
    if block.style.size >= typography.heading.size { return .heading }
    if block.style == typography.cardTitle, block.text.first?.isNumber == true { return .heading }
    return .prose
  }

  /// The text a reader reads in a block: its bold lead-in and the text.
  static func reading(_ block: TextBlock) -> String {
    [block.lead, block.text].compactMap { $0 }.joined(separator: " ")
  }

  static func lines(_ block: TextBlock) -> Int {
    max(1, Int((block.frame.height / (block.style.size * block.style.lineHeight)).rounded()))
  }

  public static func check(_ document: LaidOutDocument, largePrint: Bool, isReferral: Bool = false)
    -> LiteracyReport
  {
    let typography = Typography(largePrint: largePrint)
    var criteria: [LiteracyReport.Criterion] = []
    var whole = ReadingStats()
    var therapist = ReadingStats()
    var sections: [(name: String, page: Int, stats: ReadingStats)] = []
    var longSentence: (words: Int, text: String, page: Int) = (0, "", 0)
    var longParagraph: (lines: Int, text: String, page: Int) = (0, "", 0)
    var wideLine: (words: Double, text: String, page: Int) = (0, "", 0)
    var smallest: (size: Double, text: String, page: Int) = (.infinity, "", 0)
    var notLeft: (text: String, page: Int)?
    var capitals: (text: String, page: Int)?
    var lowContrast: (text: String, page: Int)?
    var smallestHeading = Double.infinity

    for (index, page) in document.pages.enumerated() {
      let pageNumber = index + 1
      let darkBoxes = page.elements.compactMap { element -> Rect? in
        if case .box(let box) = element, let fill = box.fillGray, fill < 0.5 { return box.frame }
        return nil
      }
      for element in page.elements {
        guard case .text(let block) = element else { continue }
        let kind = kind(block, typography)
        switch kind {
        case .footer, .marker, .badge: continue
        case .label:
          if block.style.size < smallest.size { smallest = (block.style.size, block.text, pageNumber) }
          if lowContrast == nil && block.style.gray > 0.35 { lowContrast = (block.text, pageNumber) }
          if capitals == nil && TextFacts.of(block.text).hasCapitalRun { capitals = (block.text, pageNumber) }
          continue
        case .heading:
          smallestHeading = min(smallestHeading, block.style.size)
          sections.append((block.text, pageNumber, ReadingStats()))
          continue
        case .therapist:
          therapist.merge(TextFacts.of(reading(block)).stats)
          continue
        case .prose: break
        }
        let text = reading(block)
        let facts = TextFacts.of(text)
        let stats = facts.stats
        whole.merge(stats)
        if !sections.isEmpty { sections[sections.count - 1].stats.merge(stats) }
        if stats.longest.words > longSentence.words {
          longSentence = (stats.longest.words, stats.longest.text, pageNumber)
        }
        let lineCount = lines(block)
        if lineCount > longParagraph.lines { longParagraph = (lineCount, text, pageNumber) }
        let words = Double(stats.words)
        if lineCount > 1, words / Double(lineCount) > wideLine.words {
          wideLine = (words / Double(lineCount), text, pageNumber)
        }
        if block.style.size < smallest.size { smallest = (block.style.size, text, pageNumber) }
        // Running text is left-aligned; a short caption centred under a picture may wrap.
        let caption = block.style.alignment == .center && words < 10
        if lineCount > 1 && block.style.alignment != .left && !caption && notLeft == nil {
          notLeft = (text, pageNumber)
        }
        if capitals == nil && facts.hasCapitalRun { capitals = (text, pageNumber) }
        let onDark = darkBoxes.contains { $0.contains(block.frame) }
        if lowContrast == nil && (block.style.gray > 0.35 || onDark) { lowContrast = (text, pageNumber) }
      }
    }

    let grade = whole.fleschKincaid
    criteria.append(
      .init(
        name: "reading grade (Flesch-Kincaid)", measure: "\(format(grade)) (target \(format(maxGrade)) or lower)",
        passed: grade <= maxGrade))
    if let smog = whole.smog {
      criteria.append(
        .init(
          name: "reading grade (SMOG, whole handout)", measure: "\(format(smog)) (target \(format(maxGrade)) or lower)",
          passed: smog <= maxGrade))
    }
    let measured = sections.filter { $0.stats.sentences >= sectionSentences }
    let hardest = measured.max { $0.stats.fleschKincaid < $1.stats.fleschKincaid }
    criteria.append(
      .init(
        name: "reading grade of each section",
        measure: hardest.map {
          "hardest \(format($0.stats.fleschKincaid)) (\($0.name)), \(measured.count) sections measured"
        }
          ?? "no section long enough to measure",
        passed: (hardest?.stats.fleschKincaid ?? 0) <= maxGrade, worst: hardest?.name, page: hardest?.page))
    criteria.append(
      .init(
        name: "average sentence length",
        measure: "\(format(whole.wordsPerSentence)) words (target \(Int(maxAverageSentence)) or fewer)",
        passed: whole.wordsPerSentence <= maxAverageSentence))
    criteria.append(
      .init(
        name: "longest sentence", measure: "\(longSentence.words) words (at most \(maxSentence))",
        passed: longSentence.words <= maxSentence, worst: longSentence.text, page: longSentence.page))
    criteria.append(
      .init(
        name: "paragraph length",
        measure: "at most \(longParagraph.lines) lines (target \(maxParagraphLines) or fewer)",
        passed: longParagraph.lines <= maxParagraphLines, worst: longParagraph.text, page: longParagraph.page))
    let body = typography.body.size
    criteria.append(
      .init(
        name: "body text size", measure: "smallest \(format(smallest.size)) pt (at least \(format(body)) pt)",
        passed: smallest.size >= body - 0.01, worst: smallest.text, page: smallest.page))
    criteria.append(
      .init(
        name: "headings larger than body text",
        measure: smallestHeading.isFinite ? "smallest heading \(format(smallestHeading)) pt" : "no headings",
        passed: !smallestHeading.isFinite || smallestHeading > body))
    criteria.append(
      .init(
        name: "text left-aligned", measure: notLeft == nil ? "every paragraph" : "a paragraph is not",
        passed: notLeft == nil, worst: notLeft?.text, page: notLeft?.page))
    criteria.append(
      .init(
        name: "line length", measure: "at most \(format(wideLine.words)) words a line (about \(Int(maxWordsPerLine)))",
        passed: wideLine.words <= maxWordsPerLine + 1, worst: wideLine.text, page: wideLine.page))
    criteria.append(
      .init(
        name: "no runs of capitals (side badge aside)", measure: capitals == nil ? "none" : "found",
        passed: capitals == nil, worst: capitals?.text, page: capitals?.page))
    criteria.append(
      .init(name: "font families", measure: "1 (\(FontLibrary.family))", passed: true))
    criteria.append(
      .init(
        name: "dark text on a light ground (side badge aside)",
        measure: lowContrast == nil ? "everywhere" : "not everywhere",
        passed: lowContrast == nil, worst: lowContrast?.text, page: lowContrast?.page))
    criteria += structure(document, isReferral: isReferral)
    if therapist.words > 0 {
      criteria.append(
        .init(
          name: "therapist's notes (shown, never failed)",
          measure: "grade \(format(therapist.fleschKincaid)), \(therapist.words) words", passed: true,
          worst: nil, informational: true))
    }
    return LiteracyReport(criteria: criteria)
  }

  /// Pictures with numbered steps on every card, the tracker, and the warning signs first.
  static func structure(_ document: LaidOutDocument, isReferral: Bool) -> [LiteracyReport.Criterion] {
    let texts = document.pages.map { page in
      page.elements.compactMap { element -> String? in
        if case .text(let block) = element { return block.text }
        return nil
      }
    }
    let wording = Wording.english
    if isReferral {
      let first = texts.first ?? []
      let action = first.contains(wording.whatToDoNow)
      return [
        .init(
          name: "what to do now on the first page", measure: action ? "yes" : "no", passed: action, page: 1)
      ]
    }
    var missing: [String] = []
    for page in document.pages {
      let slots = page.elements.compactMap { element -> FigureSlot? in
        if case .figure(let slot) = element { return slot }
        return nil
      }
      for slot in slots where slot.drawing == nil { missing.append(slot.itemID) }
    }
    let figures = document.pages.flatMap(\.elements).filter {
      if case .figure = $0 { return true }
      return false
    }.count
    let stepsNumbered = texts.joined().contains("1.")
    let stop = (texts.first ?? []).contains(wording.stopAndCall)
    let tracker = texts.contains { $0.contains { $0.hasPrefix(wording.weeklyTracker) } }
    return [
      .init(
        name: "every card has its picture and numbered steps",
        measure: "\(figures) cards, \(missing.count) without a picture", passed: missing.isEmpty && stepsNumbered,
        worst: missing.isEmpty ? nil : missing.joined(separator: ", ")),
      .init(name: "an action tool (the weekly tracker)", measure: tracker ? "yes" : "no", passed: tracker),
      .init(name: "\"stop and call us\" signs on the first page", measure: stop ? "yes" : "no", passed: stop, page: 1),
    ]
  }

  /// Two or more words in capitals in a row ("DO NOT"), the way shouting reads.
  static func hasCapitalRun(_ text: String) -> Bool {
    hasCapitalRun(words: ReadingStats.words(of: text))
  }

  /// ``hasCapitalRun(_:)`` of words already split.
  static func hasCapitalRun(words: [String]) -> Bool {
    var run = 0
    for word in words {
      let letters = word.unicodeScalars.filter(ReadingStats.isLetter)
      if letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase) {
        run += 1
        if run >= 2 { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
