/// English syllables by the usual rule of thumb: groups of vowels, less a silent final "e",
/// at least one a word. Readability formulas were built on counts like these.
enum Syllables {
  static func count(_ word: String) -> Int {
    // The word's letters in lower case, as scalars (ASCII without a table lookup).
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.utf8.count)
    for scalar in word.unicodeScalars where ReadingStats.isLetter(scalar) {
      if scalar.isASCII {
        letters.append(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value | 0x20)))
      } else {
        letters.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    guard !letters.isEmpty else { return 0 }
    if letters.count <= 3 { return 1 }
    func isVowel(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return false }
      return scalar == "a" || scalar == "e" || scalar == "i" || scalar == "o" || scalar == "u" || scalar == "y"
    }
    func ends(_ suffix: String, _ drop: Int = 0) -> Bool {
      let tail = Array(suffix.unicodeScalars)
      let end = letters.count - drop
      return end >= tail.count && Array(letters[(end - tail.count)..<end]) == tail
    }
    var count = 0
    var previousVowel = false
    for letter in letters {
      let vowel = isVowel(letter)
      if vowel && !previousVowel { count += 1 }
      previousVowel = vowel
    }
    // A silent final "e" ("stretch-e" in "breathe"), but not "-le" after a consonant ("gentle").
    if ends("e") && !ends("le") && !ends("ee") && count > 1 { count -= 1 }
    // "-ed" after a consonant other than t or d is silent ("stretched").
    if ends("ed"), count > 1 {
      let before = letters[letters.count - 3]
      if !isVowel(before), before != "t", before != "d" { count -= 1 }
    }
    // "-es" after most consonants is silent ("stretches" keeps it: "ch", "sh", "s", "x", "z").
    if ends("es"), count > 1 {
      let sounded = ["ch", "sh", "s", "x", "z", "ce", "ge"].contains { ends($0, 2) }
      let before = letters[letters.count - 3]
      if !sounded, !isVowel(before) { count -= 1 }
    }
    return max(1, count)
  }
}
