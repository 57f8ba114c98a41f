/// The YAML library's problems in words for the person who wrote the file, with the fix.
enum YAMLProblem {
  /// `problem` from the YAML library, found on `line` (its text, when known).
  static func explain(_ problem: String, line: Substring? = nil) -> String {
    if problem.contains("tab character") {
      return "YAML does not allow tabs for indentation: use spaces"
    }
    if problem.contains("mapping values are not allowed"), let line, hasColonInValue(line) {
      return
        "a colon followed by a space inside a value: put the text in quotes, for example notes: \"Pain: worse at night\""
    }
    if problem.lowercased().contains("nesting level") {
      return "has lists or fields nested too deeply inside each other; a profile needs only a few levels"
    }
    if problem.contains("another document") {
      return "holds a second document (a line '---' or '...' starts one); keep one profile per file"
    }
    return "is not valid YAML: \(problem)"
  }

  /// True when a `key: value` line's value holds another `: `, as in `notes: Pain: worse`.
  static func hasColonInValue(_ line: Substring) -> Bool {
    guard let first = line.range(of: ": ") else { return false }
    return line[first.upperBound...].contains(": ")
  }

  /// The line of the first control character YAML refuses (a NUL byte, say), if any.
  static func lineOfControlCharacter(in text: String) -> Int? {
    var line = 1
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        line += 1
      } else if scalar.value < 0x20 && scalar != "\t" && scalar != "\r" || scalar.value == 0x7F {
        return line
      }
    }
    return nil
  }
}
