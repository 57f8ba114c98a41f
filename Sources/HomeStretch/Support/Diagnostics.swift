/// Collects the problems found while reading one file, so all of them are reported at once.
final class Diagnostics {
  let file: String
  private(set) var errors: [InputError] = []

  init(file: String) {
    self.file = file
  }

  func add(line: Int?, field: String?, _ message: String) {
    errors.append(InputError(file: file, line: line, field: field, message: message))
  }

  /// Throws every collected problem, if there is any.
  func throwIfAny() throws(InputErrors) {
    if !errors.isEmpty { throw InputErrors(errors) }
  }
}
