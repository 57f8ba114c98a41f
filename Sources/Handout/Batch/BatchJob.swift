import HomeStretch

/// One row of a batch, ready to render or already known to be bad.
public struct BatchJob: Sendable {
  public var row: Roster.Row
  /// The plan, or the row's problems.
  public var plan: Result<Plan, InputErrors>
  /// The file name in the output folder (no folders), for a row that will be rendered.
  public var fileName: String?
  /// A note for the summary (a shared plan that was not safe for this patient, say).
  public var note: String?
}

/// What happened to one row.
public struct BatchOutcome: Sendable {
  public enum Status: String, Sendable {
    case written
    case referral
    case failed
    case cancelled
  }

  public var job: BatchJob
  public var status: Status
  public var pages: Int
  public var message: String
}
