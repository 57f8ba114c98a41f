import Foundation
import HomeStretch

/// Writing to the terminal: results to standard output, problems to standard error.
enum Console {
  static func report(_ errors: InputErrors) {
    for error in errors.errors { printError("error: \(error)") }
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
