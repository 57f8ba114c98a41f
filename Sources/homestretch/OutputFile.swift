import Foundation
import Handout

/// A file a command writes with `-o`: checked before any work is done, then written
/// atomically, or to standard output when the path is `-` (for pipes).
struct OutputFile {
  let path: String
  let extensions: [String]

  /// True for `-o -`: the bytes go to standard output and no file is made.
  var isStandardOutput: Bool { path == "-" }

  /// Checks the path against the run's `inputs`; problems are printed and exit 1.
  init(_ path: String, extensions: [String], inputs: [String]) throws {
    self.path = path
    self.extensions = extensions
    if path == "-" {
      // A PDF or PNG printed on a terminal is noise; the dash is for pipes.
      if isatty(STDOUT_FILENO) != 0 {
        throw Console.fail(
          "-o -: standard output is a terminal; -o - is for a pipe (for example: -o - | lpr), so give a file instead")
      }
      return
    }
    do {
      try OutputPath.check(path, extensions: extensions, inputs: inputs)
    } catch {
      throw Console.fail(error.message)
    }
  }

  /// Writes `data`, and tells where (on standard error when the data went to standard output).
  func write(_ data: Data, note: String = "") throws {
    if isStandardOutput {
      do {
        try FileHandle.standardOutput.write(contentsOf: data)
      } catch {
        throw Console.fail("standard output: could not be written (\(AtomicFile.reason(error)))")
      }
      return
    }
    do {
      try AtomicFile.write(data, to: path)
    } catch {
      throw Console.fail(error.message)
    }
    Console.write("wrote \(path)\(note)\n")
  }
}
