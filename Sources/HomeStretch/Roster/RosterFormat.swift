/// How a roster's bytes are written: a CSV export of a spreadsheet, or YAML with
/// `defaults:` and `patients:`.
public enum RosterFormat: String, Sendable, CaseIterable {
  case csv
  case yaml

  /// The format a file name says (`.csv`, `.yaml`, `.yml`, any case), if any.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".csv") {
      self = .csv
    } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
      self = .yaml
    } else {
      return nil
    }
  }
}
