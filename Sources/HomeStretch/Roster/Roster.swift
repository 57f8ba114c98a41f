/// A class roster: one profile (or the problems with it) per patient, in roster order.
public struct Roster: Sendable {
  /// One patient of the roster.
  public struct Row: Sendable {
    /// The row (CSV, counting the header as row 1) or line (YAML) the patient came from.
    public var number: Int
    /// How messages name the place: `roster.csv:7`.
    public var place: String
    /// The patient's name as written, even when the row is invalid (for the summary).
    public var name: String
    public var profile: Result<Profile, InputErrors>
  }

  /// The roster file as the user named it.
  public var source: String
  public var rows: [Row]
  /// The shared profile: `defaults:` of a YAML roster, or `--defaults` for a CSV one.
  public var defaults: Profile?
  /// What was accepted but should be said: ignored columns, duplicate patients.
  public var warnings: [InputError]
  /// Rows that repeat an earlier row's patient (same name and profile): row number → the
  /// earlier row's number.
  public var duplicates: [Int: Int] = [:]

  public init(source: String, rows: [Row], defaults: Profile?, warnings: [InputError] = []) {
    self.source = source
    self.rows = rows
    self.defaults = defaults
    self.warnings = warnings
  }
}
