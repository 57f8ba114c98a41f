import HomeStretch

/// A finished batch as the therapist reads it: every row's outcome in roster order (a row
/// repeating an earlier patient noted as its duplicate), the counts, and `summary.csv`. The
/// command line writes it into the output folder; the web app shows it and offers it for
/// download. Both make it here, so their words and columns are the same.
///
///     let report = BatchReport(runner.run(jobs, ...), roster: roster)
///     print(report.countsLine)  // "4 written, 1 referral, 2 failed"
public struct BatchReport: Sendable {
  /// Every row's outcome, in roster order.
  public var outcomes: [BatchOutcome]

  /// The runner's outcomes, each duplicate of an earlier row noted in its message.
  public init(_ outcomes: [BatchOutcome], roster: Roster) {
    self.outcomes = outcomes
    for index in self.outcomes.indices {
      guard let first = roster.duplicates[self.outcomes[index].job.row.number] else { continue }
      let note = "duplicate of row \(first) (same name and profile)"
      let message = self.outcomes[index].message
      self.outcomes[index].message = message.isEmpty ? note : "\(message); \(note)"
    }
  }

  /// The outcomes that printed something: a handout, or a referral sheet.
  public var printed: [BatchOutcome] {
    outcomes.filter { $0.status == .written || $0.status == .referral }
  }

  /// How many rows ended with `status`.
  public func count(_ status: BatchOutcome.Status) -> Int {
    outcomes.count(where: { $0.status == status })
  }

  /// The counts in the command line's words, the statuses that occur only:
  /// `4 written, 1 referral, 2 failed`.
  public var countsLine: String {
    [BatchOutcome.Status.written, .referral, .failed, .cancelled].compactMap { status in
      let number = count(status)
      return number > 0 ? "\(number) \(status.rawValue)" : nil
    }.joined(separator: ", ")
  }

  /// `summary.csv`, the columns of ``BatchSummary/header``.
  public var summaryCSV: String { BatchSummary.csv(outcomes) }
}
