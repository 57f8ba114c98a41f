import Foundation
import TestSupport
import Testing

/// Issue 11 cases 2 and 10 end to end: a disk that fills during `batch --combined`, and a
/// rerun into a folder of an earlier class.
@Suite final class BatchDiskFullTests {
  let folder = Fixture.temporaryFolder()

  deinit { try? FileManager.default.removeItem(at: folder) }

  func size(_ folder: URL, _ names: [String]) throws -> Int {
    try names.reduce(0) { total, name in
      let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
      return total + ((attributes[.size] as? Int) ?? 0)
    }
  }

  /// What a full disk must leave: a message naming all.pdf and the cause, the summary, no
  /// temporary file, no crash.
  func expectCleanFailure(_ result: Program.Result, output: URL, cause: String) throws {
    #expect(result.status == 1, "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error") && result.status != 139)
    #expect(
      result.stderr.contains(
        "error: \(output.path)/all.pdf: could not be written (\(cause)); any earlier file is unchanged"),
      "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(!files.contains { $0.hasPrefix(".") }, "no temporary file: \(files.sorted())")
    #expect(!files.contains("all.pdf"))
    let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(summary.contains("Eleni Papadopoulou,referral"))
  }

  @Test func aFileSizeLimitDuringTheCombinedStep() throws {
    // Each handout is under 80 KB and all.pdf about 200 KB: a 130 KB limit stops only all.pdf.
    let output = folder.appendingPathComponent("limited")
    let result = try Program.run(
      ["batch", "examples/class-roster.yaml", "-o", output.path, "--combined", "--jobs", "1"], shell: "ulimit -f 130")
    try expectCleanFailure(result, output: output, cause: "File too large")
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".pdf") }.count == 5)
  }

  @Test func aFullDiskDuringTheCombinedStep() throws {
    let measure = folder.appendingPathComponent("measure")
    let first = try Program.run(["batch", "examples/class-roster.yaml", "-o", measure.path, "--combined"])
    #expect(first.status == 0)
    let handouts = try FileManager.default.contentsOfDirectory(atPath: measure.path).filter {
      $0.hasSuffix(".pdf") && $0 != "all.pdf"
    }
    let combined = try size(measure, ["all.pdf"])
    // A disk with room for the handouts and the summary, and half of all.pdf.
    let disk = folder.appendingPathComponent("disk")
    try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
    let bytes = try size(measure, handouts) + handouts.count * 4096 + combined / 2
    let mount = try Subprocess.run("mount", ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", disk.path])
    guard mount.status == 0 else {
      // Mounting is not permitted here: the file-size limit test above stands in.
      return
    }
    defer { _ = try? Subprocess.run("umount", [disk.path]) }
    let output = disk.appendingPathComponent("out")
    let result = try Program.run(["batch", "examples/class-roster.yaml", "-o", output.path, "--combined"])
    try expectCleanFailure(result, output: output, cause: "No space left on device")
  }

  @Test func aRerunListsTheHandoutsOfAnEarlierClass() throws {
    let output = folder.appendingPathComponent("class")
    let earlier = folder.appendingPathComponent("earlier.csv").path
    try "name,condition,side,pain\nOld Patient,sciatica_disc,left,4\nAna Silva,sciatica_disc,left,4\n".write(
      toFile: earlier, atomically: true, encoding: .utf8)
    #expect(try Program.run(["batch", earlier, "-o", output.path]).status == 0)
    let rerun = try Program.run(["batch", "examples/class-roster.yaml", "-o", output.path])
    #expect(rerun.status == 0)
    #expect(
      rerun.stderr.contains(
        "warning: \(output.path) also holds 1 handout(s) this run did not write (an earlier run's, for patients not on this roster or whose row failed); they are left as they were, not in summary.csv: old-patient.pdf"
      ), "\(rerun.stderr)")
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("old-patient.pdf").path))
    let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(!summary.contains("Old Patient"))
    let again = try Program.run([
      "batch", "examples/class-roster.yaml", "-o", folder.appendingPathComponent("new").path,
    ])
    #expect(!again.stderr.contains("also holds"), "a fresh folder has nothing to list")
  }

  @Test func theMessyExportEndToEnd() throws {
    let output = folder.appendingPathComponent("messy")
    let roster = "Tests/Fixtures/messy-roster-40.csv"
    let result = try Program.run(["batch", roster, "-o", output.path, "--start", "2026-11-23"])
    #expect(result.status == 1, "one bad row")
    #expect(
      result.stderr.contains("warning: \(roster):1: ignored columns that are not profile fields: MRN, DOB, Insurance"))
    #expect(result.stderr.contains("error: \(roster):24: has 15 values but the header has 14 columns"))
    #expect(result.stderr.contains("warning: \(roster):32: Paulo Reis is the same patient as row 31"))
    #expect(result.stderr.contains("38 written, 1 referral, 1 failed"))
    let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    let lines = summary.split(separator: "\n")
    #expect(lines.count == 41)
    #expect(lines.contains { $0.hasPrefix("7,Farah Haddad,written,farah-haddad.pdf,") }, "the name trimmed")
    #expect(
      lines.contains {
        $0.hasPrefix("32,Paulo Reis,written,paulo-reis-2.pdf,")
          && $0.hasSuffix("duplicate of row 31 (same name and profile)")
      })
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(files.filter { $0.hasSuffix(".pdf") }.count == 39)
    #expect(!files.contains { $0.hasPrefix(".") })
  }
}
