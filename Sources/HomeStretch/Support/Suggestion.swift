/// "Did you mean" suggestions for near misses in closed vocabularies.
public enum Suggestion {
  /// The closest candidate to `word`, if it is close enough to be a likely typo.
  ///
  ///     Suggestion.closest(to: "piriformis_syndrom", in: ["piriformis_syndrome"])
  ///     // "piriformis_syndrome"
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let needle = word.lowercased()
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(needle, candidate.lowercased())
      if best == nil || distance < best!.distance {
        best = (candidate, distance)
      }
    }
    guard let best else { return nil }
    let limit = max(2, min(needle.count, best.candidate.count) / 3)
    if best.distance <= limit { return best.candidate }
    if best.candidate.lowercased().hasPrefix(needle), needle.count >= 3 { return best.candidate }
    return nil
  }

  /// Levenshtein distance over Unicode scalars.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The message tail used after an unknown value: the allowed values and a suggestion.
  public static func allowedText(for value: String, allowed: [String]) -> String {
    var text = "allowed: " + allowed.joined(separator: ", ")
    if let near = closest(to: value, in: allowed) {
      text += "; did you mean '\(near)'?"
    }
    return text
  }
}
