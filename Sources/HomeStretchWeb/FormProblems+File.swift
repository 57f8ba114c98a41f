import HomeStretch

extension FormProblems {
  /// The decoder's problems with an opened profile file, beside their fields, each saying
  /// where in the file it is: "maria.yaml, line 5: 14 is out of range; ...".
  public init(file errors: InputErrors, fileName: String) {
    var byField: [String: [String]] = [:]
    for error in errors.errors {
      var field = error.field ?? ""
      if let bracket = field.firstIndex(of: "[") { field = String(field[..<bracket]) }
      let known = FormField.all.contains { $0.name == field } || field == "include" || field == "exclude"
      let place = error.line.map { "\(fileName), line \($0)" } ?? fileName
      // A field the form has no input for (a misspelt one) is listed at the top with its name.
      let message = known || field.isEmpty ? error.message : "\(error.field ?? field): \(error.message)"
      byField[known ? field : "", default: []].append("\(place): \(message)")
    }
    self.init(byField: byField)
  }
}
