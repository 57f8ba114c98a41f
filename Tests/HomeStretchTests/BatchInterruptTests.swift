import Foundation
import TestSupport
import Testing

/// A running `homestretch` whose standard error is read as it comes, so a test can signal
/// it at a chosen step.
final class RunningProgram: @unchecked Sendable {
  let process = Process()
  private let lock = NSLock()
  private var buffer = Data()

  init(_ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: Program.binary)
    process.arguments = arguments
    process.currentDirectoryURL = Fixture.repositoryRoot
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    err.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      self?.lock.withLock { self?.buffer.append(data) }
    }
    try process.run()
  }

  var stderr: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

  /// Waits until standard error holds `text` (true) or the program ends first (false).
  func wait(for text: String, timeout: TimeInterval = 120) -> Bool {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
      if stderr.contains(text) { return true }
      if !process.isRunning { return stderr.contains(text) }
      usleep(2_000)
    }
    return false
  }

  func finish() -> Int32 {
    process.waitUntilExit()
    usleep(50_000)  // the last output
    return process.terminationStatus
  }
}

/// Issue 11 case 3: Ctrl-C, SIGTERM or SIGHUP during the combined step.
@Suite final class BatchInterruptTests {
  let folder = Fixture.temporaryFolder()

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// A YAML roster of `count` patients, for a combined step long enough to interrupt.
  func roster(_ count: Int) throws -> String {
    var text = "defaults:\n  condition: piriformis_syndrome\n  side: right\n  pain: 4\n  weeks: 6\n"
    text += "  start: 2026-11-23\npatients:\n"
    for index in 1...count { text += "  - name: Patient \(index)\n" }
    let path = folder.appendingPathComponent("class.yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
  func aSignalDuringTheCombinedStepCleansUpAndWritesTheSummary(signal number: Int32) throws {
    let roster = try roster(40)
    let output = folder.appendingPathComponent("out-\(number)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    // Temporary files of an earlier run that was killed (no process has these ids).
    // And a file of someone else's with a name alike, which stays.
    for stale in [".all.pdf.999999.tmp", ".patient-1.pdf.999998.tmp", ".notes.999997.tmp"] {
      #expect(
        FileManager.default.createFile(atPath: output.appendingPathComponent(stale).path, contents: Data("x".utf8)))
    }
    let program = try RunningProgram(["batch", roster, "-o", output.path, "--combined", "--jobs", "2"])
    #expect(program.wait(for: "combining the handouts into"), "\(program.stderr)")
    kill(program.process.processIdentifier, number)
    let status = program.finish()
    let stderr = program.stderr
    #expect(status == 130, "\(stderr)")
    #expect(stderr.contains("removed .all.pdf.999999.tmp, a temporary file left by an earlier run that was stopped"))
    #expect(stderr.contains("stopping ("))
    #expect(
      stderr.contains("all.pdf: could not be written (stopped before it was complete); any earlier file is unchanged"))
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(files.filter { $0.hasPrefix(".") } == [".notes.999997.tmp"], "no temporary file left: \(files.sorted())")
    #expect(!files.contains("all.pdf"))
    let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(summary.split(separator: "\n").count == 41, "every row in the summary")
    #expect(files.filter { $0.hasSuffix(".pdf") }.count == 40, "the handouts written before the signal stay")
  }

  /// After SIGHUP the terminal is gone and writing a message fails: the run must still end
  /// by itself and write its summary (stands in: standard error closed).
  @Test func aTerminalThatIsGoneDoesNotStopTheRun() throws {
    let output = folder.appendingPathComponent("closed")
    let result = try Program.run(["batch", "examples/class-roster.yaml", "-o", output.path], shell: "exec 2>&-")
    #expect(result.status == 0)
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("summary.csv").path))
    let bad = folder.appendingPathComponent("tab.yaml")
    try "name: Ann\n\tside: left\n".write(to: bad, atomically: true, encoding: .utf8)
    #expect(try Program.run(["plan", bad.path], shell: "exec 2>&-").status == 1, "an input error, not a crash")
  }
}
