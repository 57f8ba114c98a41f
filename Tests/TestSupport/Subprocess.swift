import Foundation

/// Runs a program for a test and collects its exit status and output. Shared by both test
/// targets: the `homestretch` program itself, and poppler, qpdf and Ghostscript checking
/// what it wrote.
public enum Subprocess {
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs `executable` (a path, or a name looked up on PATH through `/usr/bin/env`). With
  /// `shell`, bash runs that first (for example `ulimit -f 40`) and then execs the program.
  public static func run(
    _ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    shell: String? = nil
  ) throws -> Result {
    let process = Process()
    let command = executable.contains("/") ? [executable] : ["/usr/bin/env", executable]
    if let shell {
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      let quoted = (command + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
      process.arguments = ["-c", "\(shell); exec \(quoted.joined(separator: " "))"]
    } else {
      process.executableURL = URL(fileURLWithPath: command[0])
      process.arguments = Array(command.dropFirst()) + arguments
    }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
