import ArgumentParser
import Foundation
import HomeStretch

/// Writing to the terminal: results to standard output, problems to standard error.
enum Console {
  static func report(_ errors: InputErrors) {
    for error in errors.errors { printError("error: \(error)") }
  }

  /// Prints `error: message` and gives the exit status of an input error (1), for bad
  /// option values as for bad files: the specific message, not the usage text.
  static func fail(_ message: String) -> ExitCode {
    printError("error: \(message)")
    return .failure
  }

  static func warn(_ message: String) {
    printError("warning: \(message)")
  }

  /// A line on standard error. A terminal that is gone (after SIGHUP) must not stop the
  /// run before the summary is written, so a failed write is dropped.
  static func printError(_ line: String) {
    writeError(line + "\n")
  }

  static func writeError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }

  static func write(_ text: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
  }
}
