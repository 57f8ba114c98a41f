extension Roster {
  /// Marks each row whose patient (same name, any case or spacing, and the same profile) is
  /// already on the roster, with a warning: a patient entered twice gets two handouts, and
  /// the therapist should know.
  mutating func findDuplicates() {
    var seen: [Profile: Int] = [:]
    for row in rows {
      guard case .success(let profile) = row.profile else { continue }
      var key = profile
      key.name = profile.name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if let first = seen[key] {
        duplicates[row.number] = first
        warnings.append(
          InputError(
            file: source, line: row.number, field: nil,
            message: "\(profile.name) is the same patient as row \(first) (same name and profile); both get a handout"))
      } else {
        seen[key] = row.number
      }
    }
  }
}
