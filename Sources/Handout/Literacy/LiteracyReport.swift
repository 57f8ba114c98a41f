/// The health-literacy check of one handout: each criterion with its measure, whether it
/// passes, and for a failure the worst place. It reports; it never blocks a render.
public struct LiteracyReport: Hashable, Sendable {
  public struct Criterion: Hashable, Sendable {
    /// Short name: "reading grade (Flesch-Kincaid)".
    public var name: String
    /// What was measured, in numbers: "6.2 (target 7 or lower)".
    public var measure: String
    public var passed: Bool
    /// The worst sentence or block when it failed, with its page (1-based).
    public var worst: String?
    public var page: Int?
    /// Shown for information; never fails the check (the therapist's own notes).
    public var informational: Bool = false
  }

  public var criteria: [Criterion]

  /// Whether every criterion that can fail passes.
  public var passed: Bool { criteria.allSatisfy { $0.passed || $0.informational } }

  /// The failed criteria.
  public var failures: [Criterion] { criteria.filter { !$0.passed && !$0.informational } }

  /// The report as lines for the terminal.
  public var text: String {
    var lines = ["Health-literacy check: \(passed ? "pass" : "FAIL")"]
    for criterion in criteria {
      let mark = criterion.informational ? "info" : (criterion.passed ? "pass" : "FAIL")
      lines.append("  [\(mark)] \(criterion.name): \(criterion.measure)")
      if let worst = criterion.worst, !criterion.passed || criterion.informational {
        let page = criterion.page.map { "page \($0): " } ?? ""
        lines.append("         \(page)\(worst)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
