import Foundation

/// Counts for the readability formulas over some text: sentences, words, syllables and
/// words of three or more syllables (glossary words are counted as plain two-syllable
/// words).
struct ReadingStats: Hashable, Sendable {
  var sentences = 0
  var words = 0
  var syllables = 0
  var polysyllables = 0
  /// The longest sentence, for the report.
  var longest: (words: Int, text: String) = (0, "")

  static func == (lhs: ReadingStats, rhs: ReadingStats) -> Bool {
    (lhs.sentences, lhs.words, lhs.syllables, lhs.polysyllables) == (
      rhs.sentences, rhs.words, rhs.syllables, rhs.polysyllables
    )
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(sentences)
    hasher.combine(words)
  }

  init() {}

  /// The counts of `text`, one or more sentences.
  init(_ text: String) {
    for sentence in Self.sentences(of: text) { add(sentence) }
  }

  mutating func add(_ sentence: String) {
    let words = Self.words(of: sentence)
    guard !words.isEmpty else { return }
    sentences += 1
    self.words += words.count
    for word in words {
      let count = Glossary.contains(word) ? min(2, Syllables.count(word)) : Syllables.count(word)
      syllables += count
      if count >= 3 { polysyllables += 1 }
    }
    if words.count > longest.words { longest = (words.count, sentence) }
  }

  mutating func merge(_ other: ReadingStats) {
    sentences += other.sentences
    words += other.words
    syllables += other.syllables
    polysyllables += other.polysyllables
    if other.longest.words > longest.words { longest = other.longest }
  }

  var wordsPerSentence: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }

  /// Flesch–Kincaid grade level (Kincaid et al. 1975).
  var fleschKincaid: Double {
    guard sentences > 0, words > 0 else { return 0 }
    return 0.39 * wordsPerSentence + 11.8 * Double(syllables) / Double(words) - 15.59
  }

  /// SMOG grade (McLaughlin 1969), scaled to 30 sentences; nil under 30 sentences.
  var smog: Double? {
    guard sentences >= 30 else { return nil }
    return 1.0430 * (Double(polysyllables) * 30 / Double(sentences)).squareRoot() + 3.1291
  }

  /// Sentences: ended by . ! ? or a colon before more words, or by the end of the text
  /// (a list entry or a table cell is a sentence of its own).
  static func sentences(of text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(text.replacingOccurrences(of: "\n", with: " "))
    for (index, character) in characters.enumerated() {
      current.append(character)
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      let ends = ".!?".contains(character) || (character == ":" && next == " ")
      if ends && (next == " " || index + 1 == characters.count) {
        // "e.g." and numbers like "1.5" do not end sentences; decimals have no space after.
        result.append(current)
        current = ""
      }
    }
    result.append(current)
    return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !words(of: $0).isEmpty }
  }

  /// Words: runs of letters (with inner apostrophes and hyphens split into parts).
  static func words(of sentence: String) -> [String] {
    sentence.split { !($0.isLetter || $0 == "'" || $0 == "’") }.map(String.init).filter {
      $0.contains { $0.isLetter }
    }
  }
}
