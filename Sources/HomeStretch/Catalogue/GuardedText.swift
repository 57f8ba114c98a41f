/// A line that applies to everyone, or only when its condition applies to the patient:
/// a plain string in the item file, or `{if: CODE, text: TEXT}`.
public struct GuardedText: Hashable, Sendable, Codable {
  /// Nil when the line is for everyone.
  public var condition: ConditionCode?
  public var text: String

  public init(_ text: String, if condition: ConditionCode? = nil) {
    self.condition = condition
    self.text = text
  }

  /// Whether the line is printed for a patient to whom `applying` conditions apply.
  public func applies(given applying: [ConditionCode]) -> Bool {
    condition.map(applying.contains) ?? true
  }
}
