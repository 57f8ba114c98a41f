import HomeStretch

/// One row of a batch: its profile (or the row's problems) and its file name. The plan is
/// made by the worker that renders it, so planning runs in parallel too.
public struct BatchJob: Sendable {
  public var row: Roster.Row
  /// The file name in the output folder (no folders), for a row that will be rendered.
  public var fileName: String?

  public var profile: Result<Profile, InputErrors> { row.profile }
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
  /// The plan the handout was made from, when it was made.
  public var plan: Plan?
  public var pages: Int
  public var message: String
}
