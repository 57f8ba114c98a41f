import Foundation

/// What the health-literacy check needs of one text: its readability counts, how many
/// words it has and whether it shouts in capitals. Worked out once per text and kept
/// (most of a handout is catalogue and wording text that every handout repeats), in a
/// cache shared by all threads and emptied when it holds ``capacity`` texts.
struct TextFacts: Sendable {
  var stats: ReadingStats
  var wordCount: Int
  var hasCapitalRun: Bool

  init(_ text: String) {
    stats = ReadingStats()
    var words: [String] = []
    for (sentence, sentenceWords) in ReadingStats.sentencesWithWords(of: text) {
      stats.add(sentence, words: sentenceWords)
      words += sentenceWords
    }
    wordCount = words.count
    hasCapitalRun = LiteracyCheck.hasCapitalRun(words: words)
  }

  /// Enough for every text of the catalogue and the wording several times over.
  static let capacity = 20_000

  private static let lock = NSLock()
  nonisolated(unsafe) private static var kept: [String: TextFacts] = [:]

  /// The facts of `text`, from the cache when it was seen before.
  static func of(_ text: String) -> TextFacts {
    if let facts = lock.withLock({ kept[text] }) { return facts }
    let facts = TextFacts(text)
    lock.withLock {
      if kept.count >= capacity { kept.removeAll(keepingCapacity: true) }
      kept[text] = facts
    }
    return facts
  }
}
