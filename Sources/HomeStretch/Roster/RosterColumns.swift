/// The header of a CSV roster, read as a clinic's spreadsheet writes it: names in any case
/// with spaces around them, columns of its own (MRN, date of birth, insurance) that are
/// ignored with a warning, and trailing empty columns. A column that is a near miss of a
/// profile field (`Red Flags`, `redflags`, `hip replacement`) is an error with its "did you
/// mean": dropping it would print an exercise plan for a patient who needs a referral.
struct RosterColumns {
  /// The profile field of each column, or nil for a column that is ignored.
  var fields: [String?]
  /// The ignored columns as written, for the warning.
  var ignored: [String]

  static func read(_ header: [String], allowed: [String], file: String) throws(InputErrors) -> RosterColumns {
    var names = header.map { $0.trimmedWhitespace }
    while let last = names.last, last.isEmpty, names.count > 1 { names.removeLast() }
    var fields: [String?] = []
    var ignored: [String] = []
    var errors: [InputError] = []
    for (index, written) in names.enumerated() {
      let name = written.lowercased()
      if allowed.contains(name) {
        if fields.contains(name) {
          errors.append(InputError(file: file, line: 1, field: written, message: "is a column twice; keep one"))
        }
        fields.append(name)
      } else if let near = nearMiss(name, in: allowed) {
        errors.append(
          InputError(
            file: file, line: 1, field: written.isEmpty ? "column \(index + 1)" : written,
            message:
              "is not a profile field (a column this close to one is never ignored); allowed: "
              + "\(allowed.joined(separator: ", ")); did you mean '\(near)'?"
          ))
        fields.append(nil)
      } else {
        ignored.append(written.isEmpty ? "column \(index + 1) (no name)" : written)
        fields.append(nil)
      }
    }
    if !errors.isEmpty { throw InputErrors(errors) }
    if !fields.contains("name") && fields.allSatisfy({ $0 == nil }) {
      throw InputErrors([
        InputError(
          file: file, line: 1, field: nil,
          message:
            "the first row must name the profile fields (name,condition,side,pain,...); none of its columns is one")
      ])
    }
    return RosterColumns(fields: fields, ignored: ignored)
  }

  /// The field `name` nearly spells, ignoring case, spaces, `_`, `-` and `.`: at most one
  /// letter apart (two for long names).
  static func nearMiss(_ name: String, in allowed: [String]) -> String? {
    let squashed = squash(name)
    guard !squashed.isEmpty else { return nil }
    for field in allowed {
      let target = squash(field)
      if squashed == target { return field }
      let limit = target.count >= 8 ? 2 : 1
      if abs(target.count - squashed.count) <= limit, distance(squashed, target) <= limit {
        return field
      }
    }
    return nil
  }

  /// Edits between two words, a swap of two neighbouring letters counting as one (`pian`).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  static func squash(_ text: String) -> String {
    String(text.lowercased().filter { !" _-.".contains($0) })
  }
}
