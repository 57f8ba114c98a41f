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

  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
