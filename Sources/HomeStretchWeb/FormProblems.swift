import HomeStretch

/// The decoder's problems with a form, by the field they are shown beside.
public struct FormProblems: Error, Hashable, Sendable {
  /// Messages by the form field's name (`pain`, `therapist.name`, `include`); problems
  /// that belong to no field are under "".
  public var byField: [String: [String]]

  public init(byField: [String: [String]] = [:]) {
    self.byField = byField
  }

  /// The decoder's errors placed beside their fields: `equipment[2]` is shown beside
  /// `equipment`, and the message keeps the decoder's words.
  public init(_ errors: InputErrors) {
    byField = [:]
    for error in errors.errors {
      var field = error.field ?? ""
      if let bracket = field.firstIndex(of: "[") { field = String(field[..<bracket]) }
      byField[field, default: []].append(error.message)
    }
  }

  public var isEmpty: Bool { byField.isEmpty }
  public var count: Int { byField.values.reduce(0) { $0 + $1.count } }
}
