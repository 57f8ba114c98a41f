import Foundation
import TestSupport
import Testing

@testable import HomeStretch

/// The `batch` command end to end, and input that must not break any command.
@Suite final class BatchCommandTests {
  let folder = Fixture.temporaryFolder()

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Runs the program, through bash when `shell` sets limits first (e.g. `ulimit -f 40`).
  func run(_ arguments: [String], shell: String? = nil) throws -> Program.Result {
    try Program.run(arguments, shell: shell)
  }

  func pages(_ path: String) throws -> Int {
    let text = try Subprocess.run("pdfinfo", [path]).stdout
    let line = text.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
    return Int(line.split(separator: " ").last ?? "") ?? -1
  }

  @Test func classRosterWithBadRowsDuplicatesAndAHostileName() throws {
    let output = folder.appendingPathComponent("out")
    let roster = "examples/class-roster-with-errors.csv"
    let result = try run(["batch", roster, "-o", output.path, "--combined", "--jobs", "2"])
    #expect(result.status == 1, "a failed row makes the exit status non-zero")
    // Every bad row is reported as ROSTER:ROW: field: message.
    #expect(result.stderr.contains("error: \(roster):21: cannot be read as CSV"))
    #expect(result.stderr.contains("error: \(roster):32: name: is required"))
    #expect(result.stderr.contains("error: \(roster):33: condition: 'sciatica' is not known"))
    #expect(result.stderr.contains("error: \(roster):34: pain: 14 is out of range"))

    let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    #expect(files.contains("ana-silva.pdf") && files.contains("ana-silva-2.pdf"))
    #expect(files.contains("etc-passwd.pdf"))
    #expect(files.contains("summary.csv") && files.contains("all.pdf"))
    #expect(!files.contains { $0.hasPrefix(".") }, "no temporary file left: \(files)")
    // Nothing outside the output folder.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])

    let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    let lines = summary.split(separator: "\n")
    #expect(lines.first == "row,name,outcome,file,pages,message")
    #expect(lines.count == 1 + 34, "one line per roster row")
    #expect(lines.filter { $0.contains(",failed,") }.count == 4)
    #expect(lines.contains { $0.hasPrefix("11,Jamal Novak,referral,jamal-novak.pdf,1,") })
    #expect(lines.contains { $0.hasPrefix("31,../../etc/passwd,written,etc-passwd.pdf,") })

    // The combined PDF has every handout, each starting on a fresh sheet.
    var sum = 0
    var blanks = 0
    let records = try CSVRecords.read(text: summary, name: "summary.csv").rows
    #expect(records.count == 34)
    for record in records where record.fields[2] == "written" || record.fields[2] == "referral" {
      let file = record.fields[3]
      let count = try pages(output.appendingPathComponent(file).path)
      #expect(count == Int(record.fields[4]), "\(file)")
      sum += count
      blanks += count % 2
    }
    #expect(try pages(output.appendingPathComponent("all.pdf").path) == sum + blanks)
    #expect(sum > 0)
  }

  @Test func rerunReplacesHandoutsAndSamePlanUsesTheClassPlan() throws {
    let output = folder.appendingPathComponent("class")
    let first = try run(["batch", "examples/class-roster.yaml", "-o", output.path, "--same-plan"])
    #expect(first.status == 0, "\(first.stderr)")
    let ana = output.appendingPathComponent("ana-silva.pdf").path
    let before = try #require(FileManager.default.contents(atPath: ana))
    let second = try run(["batch", "examples/class-roster.yaml", "-o", output.path, "--same-plan"])
    #expect(second.status == 0)
    #expect(FileManager.default.contents(atPath: ana) == before, "same input, same bytes")
    let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(summary.contains("Chloé Okafor,written,chloé-okafor.pdf"))
    // Each patient is planned again from the class plan: the pregnant patient loses the
    // all-day heat wrap and gains the side-lying rest; the summary says so and why.
    let chloe = try #require(summary.split(separator: "\n").first { $0.contains("Chloé Okafor") })
    #expect(chloe.contains("class plan changed for this patient"))
    #expect(chloe.contains("without low_level_heat_wrap (pregnancy"))
    #expect(chloe.contains("with side_lying_rest_with_pillow (S7 pregnancy"))
    let ben = try #require(summary.split(separator: "\n").first { $0.contains("Ben Novak") })
    #expect(!ben.contains("class plan changed"), "a patient like the class gets the class plan")
    #expect(summary.contains("Eleni Papadopoulou,referral"))
    let csvSamePlan = try run(["batch", "examples/class-roster-with-errors.csv", "-o", output.path, "--same-plan"])
    #expect(csvSamePlan.status != 0)
    #expect(csvSamePlan.stderr.contains("--same-plan needs a shared profile"))
  }

  @Test func outputThatIsAFileOrCannotBeWritten() throws {
    let file = folder.appendingPathComponent("plain.txt")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let result = try run(["batch", "examples/class-roster.yaml", "-o", file.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("is a file; the output must be a folder (-o names the folder for the handouts)"))
    let proc = try run(["render", "examples/maria-lopez.yaml", "-o", "/proc/homestretch-test.pdf"])
    #expect(proc.status != 0)
    #expect(proc.stderr.contains("/proc"))
  }

  @Test func aFullDiskEndsInAMessageAndKeepsTheEarlierFile() throws {
    let target = folder.appendingPathComponent("keep.pdf").path
    let good = try run(["render", "examples/maria-lopez.yaml", "-o", target])
    #expect(good.status == 0)
    let bytes = try #require(FileManager.default.contents(atPath: target))
    // A 20 KB file-size limit stands in for a full disk.
    let full = try run(["render", "examples/maria-lopez.yaml", "-o", target], shell: "ulimit -f 40")
    #expect(full.status == 1)
    #expect(full.stderr.contains("could not be written (File too large); any earlier file is unchanged"))
    #expect(FileManager.default.contents(atPath: target) == bytes)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["keep.pdf"])
    let batch = try run(
      ["batch", "examples/class-roster.yaml", "-o", folder.appendingPathComponent("b").path], shell: "ulimit -f 40")
    #expect(batch.status == 1)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("b").path)
    #expect(!leftovers.contains { $0.hasPrefix(".") }, "\(leftovers)")
  }

  @Test func hostileProfilesGetClearErrors() throws {
    func profile(_ text: String, _ name: String = "p.yaml") throws -> String {
      let path = folder.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    let base = "condition: sciatica_disc\nside: left\npain: 4\n"
    let cases: [(String, String)] = [
      (
        try profile(String(repeating: "# padding line for a very large file\n", count: 140_000) + base, "big.yaml"),
        "bytes; the limit is"
      ),
      (
        try profile("name: " + String(repeating: "n", count: 10_000) + "\n" + base, "long.yaml"),
        "name: is 10000 characters long"
      ),
      (
        try profile("name: \"Ann\\u200F\"\n" + base, "rtl.yaml"),
        "name: contains an invisible control character (U+200F)"
      ),
      (
        try profile("name: \"Ann\\u0007\"\n" + base, "bell.yaml"), "name: contains an invisible control character (U+7)"
      ),
      (try profile("name: Ann\nname: Bob\n" + base, "dup.yaml"), ":2: name: is written more than once"),
      (try profile("", "empty.yaml"), "empty.yaml: is empty"),
      (try profile("name: Ann\n  side: [\n", "broken.yaml"), "is not valid YAML"),
      (folder.path, "is a folder"),
    ]
    for (path, expected) in cases {
      let result = try run(["plan", path])
      #expect(result.status == 1, "\(expected)")
      #expect(result.stderr.contains(expected), "\(expected): \(result.stderr.prefix(300))")
      #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
    }
    let fifo = folder.appendingPathComponent("fifo.yaml").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let blocked = try run(["render", fifo, "-o", folder.appendingPathComponent("f.pdf").path])
    #expect(blocked.status == 1)
    #expect(blocked.stderr.contains("is not a regular file"))
  }
}
