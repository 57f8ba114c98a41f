/// English syllables by the usual rule of thumb: groups of vowels, less a silent final "e",
/// at least one a word. Readability formulas were built on counts like these.
enum Syllables {
  static func count(_ word: String) -> Int {
    let letters = word.lowercased().filter { $0.isLetter }
    guard !letters.isEmpty else { return 0 }
    if letters.count <= 3 { return 1 }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    var count = 0
    var previousVowel = false
    for character in letters {
      let vowel = vowels.contains(character)
      if vowel && !previousVowel { count += 1 }
      previousVowel = vowel
    }
    // A silent final "e" ("stretch-e" in "breathe"), but not "-le" after a consonant ("gentle").
    if letters.hasSuffix("e") && !letters.hasSuffix("le") && !letters.hasSuffix("ee") && count > 1 { count -= 1 }
    // "-ed" after a consonant other than t or d is silent ("stretched").
    if letters.hasSuffix("ed"), count > 1 {
      let before = letters.dropLast(2).last
      if let before, !vowels.contains(before), before != "t", before != "d" { count -= 1 }
    }
    // "-es" after most consonants is silent ("stretches" keeps it: "ch", "sh", "s", "x", "z").
    if letters.hasSuffix("es"), count > 1 {
      let stem = letters.dropLast(2)
      let sounded = ["ch", "sh", "s", "x", "z", "ce", "ge"].contains { stem.hasSuffix($0) }
      if !sounded, let before = stem.last, !vowels.contains(before) { count -= 1 }
    }
    return max(1, count)
  }
}
