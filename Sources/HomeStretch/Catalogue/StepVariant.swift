/// The numbered steps of an item as they must be written for a patient with a precaution:
/// `step_variants: [{if: CODE, steps: [...]}]` in the item file. The planner picks the first
/// variant whose condition applies, so the step the patient follows is already the safe
/// version and no note has to contradict it.
public struct StepVariant: Hashable, Sendable, Codable {
  public var condition: ConditionCode
  public var steps: [String]
  /// `picture: start`: the card shows only the start position, because the usual
  /// movement's end is what the precaution forbids (a forward lean after a hip operation).
  public var startOnly: Bool

  public init(condition: ConditionCode, steps: [String], startOnly: Bool = false) {
    self.condition = condition
    self.steps = steps
    self.startOnly = startOnly
  }
}
