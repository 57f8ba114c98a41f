import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// The health-literacy check: its measures on texts with known counts, and on laid-out
/// handouts.
@Suite struct LiteracyTests {
  let renderer: HandoutRenderer

  init() throws {
    renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
  }

  @Test func syllablesByTheRuleOfThumb() {
    let known = [
      "cat": 1, "gentle": 2, "stretches": 2, "stretched": 1, "breathe": 1, "exercise": 3, "numbness": 2,
      "beautiful": 3, "piriformis": 4, "walking": 2, "knee": 1, "every": 3,
    ]
    for (word, syllables) in known { #expect(Syllables.count(word) == syllables, "\(word)") }
  }

  @Test func fleschKincaidOfAKnownSentence() {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    let stats = ReadingStats("The cat sat on the mat.")
    #expect(stats.sentences == 1 && stats.words == 6 && stats.syllables == 6)
    #expect(abs(stats.fleschKincaid - -1.45) < 0.005)
    // Two sentences of 10 one-syllable words: 0.39 × 10 + 11.8 − 15.59 = 0.11.
    let two = ReadingStats("Sit up tall and let your back go loose now. Then stand up and walk to the door so slow.")
    #expect(two.sentences == 2 && two.words == 20)
    #expect(abs(two.fleschKincaid - 0.11) < 0.005)
  }

  @Test func smogNeedsThirtySentences() {
    let line = "Beautiful cats sit. "
    #expect(ReadingStats(String(repeating: line, count: 29)).smog == nil)
    // 30 polysyllables in 30 sentences: 1.0430 × √30 + 3.1291.
    let smog = ReadingStats(String(repeating: line, count: 30)).smog
    #expect(abs((smog ?? 0) - (1.0430 * 30.0.squareRoot() + 3.1291)) < 0.001)
  }

  @Test func glossaryWordsAreNotHard() {
    #expect(ReadingStats("Sciatica hurts.").polysyllables == 0)
    #expect(ReadingStats("Radiculopathy hurts.").polysyllables == 1)
  }

  @Test func capitalRunsAndSentences() {
    #expect(LiteracyCheck.hasCapitalRun("DO NOT lie on the pack"))
    #expect(!LiteracyCheck.hasCapitalRun("Dark leg: your RIGHT leg"))
    #expect(ReadingStats.sentences(of: "Stop if: it hurts. Call us!").count == 3)
  }

  /// A spread of generated profiles: every condition, side and dosing level, with and
  /// without precautions.
  static let spread: [(String, Profile)] = {
    var profiles: [(String, Profile)] = []
    for (index, condition) in Condition.allCases.enumerated() {
      for (pain, phase) in [(8, Phase.acute), (5, .subacute), (2, .chronic)] {
        var profile = HandoutFixture.profile("Spread \(index) \(pain)")
        profile.condition = condition
        profile.pain = pain
        profile.phase = phase
        profile.side = [Side.left, .right, .both][(index + pain) % 3]
        profile.health = index % 2 == 0 ? [] : [.osteoporosis, .diabetesNeuropathy]
        profile.numbness = index % 3 == 0 ? [] : [.leftButtock]
        profile.hipReplacement = pain == 5 ? [.leftPosterior] : []
        profile.pregnancyWeeks = condition == .pregnancySciatica ? 10 + pain : 0
        profile.largePrint = pain == 2
        profile.minutesPerDay = [15, 30, 60][index % 3]
        profiles.append(("\(condition.rawValue) pain \(pain)", profile))
      }
    }
    return profiles
  }()

  @Test(arguments: HandoutFixture.profiles.map(\.0) + spread.map(\.0))
  func everyHandoutMeetsTheReadingCriteria(label: String) {
    let profile = (HandoutFixture.profiles + Self.spread).first { $0.0 == label }!.1
    let plan = HandoutFixture.plan(profile)
    let document = renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    let report = LiteracyCheck.check(document, largePrint: profile.largePrint, isReferral: plan.status == .refer)
    // Every criterion the handout can fail (font families is a fact of the font library).
    let required = [
      "reading grade (Flesch-Kincaid)", "reading grade (SMOG, whole handout)", "reading grade of each section",
      "average sentence length", "longest sentence", "paragraph length", "line length", "body text size",
      "headings larger than body text",
      "text left-aligned", "no runs of capitals (side badge aside)", "dark text on a light ground (side badge aside)",
      "every card has its picture and numbered steps", "an action tool (the weekly tracker)",
      "\"stop and call us\" signs on the first page", "what to do now on the first page",
    ]
    for criterion in report.criteria where required.contains(criterion.name) {
      #expect(criterion.passed, "\(label): \(criterion.name): \(criterion.measure) \(criterion.worst ?? "")")
    }
    #expect(report.criteria.contains { $0.name == "reading grade (Flesch-Kincaid)" })
    // The therapist's notes are shown but never fail the check.
    #expect(report.criteria.filter(\.informational).allSatisfy { $0.passed })
  }

  @Test func aLongSentenceFailsWithItsPage() {
    let plan = HandoutFixture.plan(HandoutFixture.profile())
    var document = renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    let long = Array(repeating: "word", count: 35).joined(separator: " ") + "."
    let style = Typography(largePrint: false).body
    document.pages[1].elements.append(
      .text(TextBlock(text: long, style: style, frame: Rect(x: 50, y: 50, width: 400, height: 60))))
    let report = LiteracyCheck.check(document, largePrint: false)
    let failed = report.failures.first { $0.name == "longest sentence" }
    #expect(failed?.page == 2)
    #expect(failed?.worst == long)
    #expect(!report.passed)
    #expect(report.text.contains("FAIL"))
  }
}
