/// `summary.csv`: every row of the roster with its outcome and output file.
public enum BatchSummary {
  public static let header = ["row", "name", "outcome", "file", "pages", "message"]

  public static func csv(_ outcomes: [BatchOutcome]) -> String {
    var lines = [header.joined(separator: ",")]
    for outcome in outcomes {
      let fields = [
        String(outcome.job.row.number), outcome.job.row.name, outcome.status.rawValue,
        outcome.status == .written || outcome.status == .referral ? outcome.job.fileName ?? "" : "",
        outcome.pages > 0 ? String(outcome.pages) : "", outcome.message,
      ]
      lines.append(fields.map(quoted).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A field as RFC 4180 wants it, and never read as a formula by a spreadsheet.
  static func quoted(_ field: String) -> String {
    var text = field.replacingOccurrences(of: "\r", with: " ")
    if let first = text.first, "=+-@\t".contains(first) { text = "'" + text }
    guard text.contains(where: { ",\"\n".contains($0) }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
