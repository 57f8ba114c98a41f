import Foundation
import TestSupport
import Testing

/// Issue 11 case 1: an output path replaces only a regular file or nothing, never an input of
/// the same run, ends in what is written, and `-o -` means standard output.
@Suite final class OutputSafetyTests {
  let folder = Fixture.temporaryFolder()

  deinit { try? FileManager.default.removeItem(at: folder) }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func copyProfile(to name: String) throws -> String {
    let text = try String(
      contentsOf: Fixture.repositoryRoot.appendingPathComponent("examples/maria-lopez.yaml"), encoding: .utf8)
    try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    return path(name)
  }

  @Test func renderNeverReplacesItsOwnProfile() throws {
    let profile = try copyProfile(to: "p.yaml")
    let before = try #require(FileManager.default.contents(atPath: profile))
    let sameName = try Program.run(["render", profile, "-o", profile])
    #expect(sameName.status == 1)
    #expect(sameName.stderr.contains("\(profile): the file written must end in .pdf"))
    // A profile whose name ends in .pdf is still an input of the run.
    let odd = try copyProfile(to: "odd.pdf")
    let same = try Program.run(["render", odd, "-o", odd])
    #expect(same.status == 1)
    #expect(same.stderr.contains("\(odd): is \(odd), an input of this run; it is never overwritten"))
    #expect(FileManager.default.contents(atPath: profile) == before)
    #expect(FileManager.default.contents(atPath: odd) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["odd.pdf", "p.yaml"])
  }

  @Test func aSymlinkFIFOOrDeviceIsNeverReplaced() throws {
    let profile = try copyProfile(to: "p.yaml")
    let link = path("link.pdf")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: profile)
    let linked = try Program.run(["render", profile, "-o", link])
    #expect(linked.status == 1)
    #expect(linked.stderr.contains("\(link): is a symbolic link; only a regular file is ever replaced"))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == profile)
    let fifo = path("fifo.pdf")
    #expect(mkfifo(fifo, 0o600) == 0)
    let piped = try Program.run(["figure", "walking", "-o", fifo])
    #expect(piped.status == 1)
    #expect(piped.stderr.contains("\(fifo): is a FIFO (named pipe); only a regular file is ever replaced"))
    let null = try Program.run(["catalogue", "sheet", "-o", "/dev/null"])
    #expect(null.status == 1)
    #expect(null.stderr.contains("/dev/null: the file written must end in .pdf"))
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
    var names = ["fifo.pdf", "link.pdf", "p.yaml"]
    // A device under a .pdf name (a copy of /dev/null, which only root may make).
    let device = path("device.pdf")
    if mknod(device, S_IFCHR | 0o600, info.st_rdev) == 0 {
      names.insert("device.pdf", at: 0)
      let result = try Program.run(["render", profile, "-o", device])
      #expect(result.status == 1)
      #expect(result.stderr.contains("\(device): is a device; only a regular file is ever replaced"))
      #expect(lstat(device, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "still a device")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
  }

  @Test func extensionsAreCheckedBeforeAnyWork() throws {
    let profile = try copyProfile(to: "p.yaml")
    let text = try Program.run(["render", profile, "-o", path("handout.txt")])
    #expect(text.status == 1 && text.stderr.contains("the file written must end in .pdf"))
    let figure = try Program.run(["figure", "walking", "-o", path("walking.jpg")])
    #expect(figure.status == 1 && figure.stderr.contains("the file written must end in .png or .pdf"))
    let upper = try Program.run(["render", profile, "-o", path("HANDOUT.PDF")])
    #expect(upper.status == 0, "\(upper.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["HANDOUT.PDF", "p.yaml"])
  }

  @Test func dashMeansStandardOutput() throws {
    let profile = try copyProfile(to: "p.yaml")
    let pdf = try Program.run(["render", profile, "-o", "-"], in: folder)
    #expect(pdf.status == 0, "\(pdf.stderr)")
    #expect(pdf.stdout.hasPrefix("%PDF-"))
    let png = try Program.run(["figure", "walking", "-o", "-"], in: folder)
    #expect(png.status == 0)
    #expect(png.stdout.utf8.count > 1000)
    #expect(!FileManager.default.fileExists(atPath: path("-")))
    #expect(!FileManager.default.fileExists(atPath: path("output")))
    // On a terminal (script(1) gives the program one), the dash is refused: it is for pipes.
    let command = "'\(Program.binary)' render '\(profile)' -o -"
    let terminal = try Subprocess.run("script", ["-qec", command, "/dev/null"], in: folder)
    #expect(terminal.status == 1, "\(terminal.stdout)")
    #expect(terminal.stdout.contains("-o -: standard output is a terminal"))
    #expect(!terminal.stdout.contains("%PDF"))
    let batch = try Program.run(["batch", "examples/class-roster.yaml", "-o", "-"])
    #expect(batch.status == 1)
    #expect(batch.stderr.contains("-o -: batch writes a folder of handouts, not standard output"))
  }

  @Test func batchNeverOverwritesItsRosterWithTheSummary() throws {
    let roster = try String(
      contentsOf: Fixture.repositoryRoot.appendingPathComponent("examples/class-roster.yaml"), encoding: .utf8)
    // A CSV roster named summary.csv inside the output folder.
    let csv = "name,condition,side,pain\nAna Silva,sciatica_disc,left,4\n"
    try csv.write(toFile: path("summary.csv"), atomically: true, encoding: .utf8)
    let result = try Program.run(["batch", path("summary.csv"), "-o", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("summary.csv: is \(path("summary.csv")), an input of this run"))
    #expect(try String(contentsOfFile: path("summary.csv"), encoding: .utf8) == csv)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summary.csv"], "nothing rendered")
    // A symbolic link where the summary goes is refused too.
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try roster.write(toFile: path("class.yaml"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("summary.csv").path, withDestinationPath: path("class.yaml"))
    let linked = try Program.run(["batch", path("class.yaml"), "-o", out.path])
    #expect(linked.status == 1)
    #expect(linked.stderr.contains("summary.csv: is a symbolic link"))
    #expect(try String(contentsOfFile: path("class.yaml"), encoding: .utf8) == roster)
  }
}
