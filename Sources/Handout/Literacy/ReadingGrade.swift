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
    for (sentence, words) in Self.sentencesWithWords(of: text) { add(sentence, words: words) }
  }

  mutating func add(_ sentence: String) {
    add(sentence, words: Self.words(of: sentence))
  }

  mutating func add(_ sentence: String, words: [String]) {
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
    sentencesWithWords(of: text).map(\.sentence)
  }

  /// The sentences of `text`, each with its words (so no sentence is split into words
  /// twice); sentences without a word are left out.
  static func sentencesWithWords(of text: String) -> [(sentence: String, words: [String])] {
    var result: [(sentence: String, words: [String])] = []
    var current = String.UnicodeScalarView()
    func finish() {
      let sentence = String(current).trimmingCharacters(in: .whitespaces)
      current = String.UnicodeScalarView()
      let words = words(of: sentence)
      if !words.isEmpty { result.append((sentence, words)) }
    }
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      current.append(scalar == "\n" ? " " : scalar)
      let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
      let ends = scalar == "." || scalar == "!" || scalar == "?" || (scalar == ":" && (next == " " || next == "\n"))
      // "e.g." and numbers like "1.5" do not end sentences; decimals have no space after.
      if ends && (next == " " || next == "\n" || index + 1 == scalars.count) { finish() }
    }
    finish()
    return result
  }

  /// Words: runs of letters (with inner apostrophes and hyphens split into parts).
  static func words(of sentence: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var hasLetter = false
    for scalar in sentence.unicodeScalars {
      if isLetter(scalar) {
        current.append(scalar)
        hasLetter = true
      } else if scalar == "'" || scalar == "\u{2019}"
        || (!current.isEmpty && scalar.properties.generalCategory == .nonspacingMark)
      {
        current.append(scalar)
      } else if !current.isEmpty {
        if hasLetter { words.append(String(current)) }
        current = String.UnicodeScalarView()
        hasLetter = false
      }
    }
    if hasLetter { words.append(String(current)) }
    return words
  }

  /// A letter of any script, ASCII decided without a table lookup (most of the text).
  @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return value >= 0x61 && value <= 0x7A
    }
    return scalar.properties.isAlphabetic
  }
}
