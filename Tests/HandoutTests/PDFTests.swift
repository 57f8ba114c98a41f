import Foundation
import TestSupport
import Testing

@testable import Handout
@testable import HomeStretch

/// End-to-end: real PDFs checked by independent readers (poppler, qpdf, Ghostscript).
@Suite final class PDFTests {
  /// Runs a tool found on PATH; a missing tool fails the test (make installs them).
  @discardableResult
  static func tool(_ name: String, _ arguments: [String]) throws -> Subprocess.Result {
    try Subprocess.run(name, arguments)
  }

  /// A folder of this test's own, removed when the test ends.
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("homestretch-pdf-\(UUID().uuidString)")

  let renderer: HandoutRenderer

  init() throws {
    renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  func render(_ profile: Profile, name: String) throws -> (Plan, String, Data) {
    let plan = HandoutFixture.plan(profile)
    let data = try renderer.render(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    let path = folder.appendingPathComponent("\(name).pdf").path
    try AtomicFile.write(data, to: path)
    return (plan, path, data)
  }

  static func normalised(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test(arguments: HandoutFixture.profiles.map(\.0))
  func pdfIsValidSearchableAndComplete(label: String) throws {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let (plan, path, data) = try render(profile, name: FileName.safe(label))
    let expectedPages = renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
      .pages.count

    let info = try Self.tool("pdfinfo", [path])
    #expect(info.status == 0)
    #expect(info.stderr.isEmpty, "pdfinfo: \(info.stderr)")
    #expect(info.stdout.contains("Pages:           \(expectedPages)\n"))
    let size = profile.paper == .a4 ? "595.276 x 841.89 pts (A4)" : "612 x 792 pts (letter)"
    #expect(info.stdout.contains("Page size:       \(size)"))
    #expect(info.stdout.contains("Creator:         HomeStretch"))
    #expect(info.stdout.contains("Author:          Dana Whitfield"))
    #expect(info.stdout.contains("Title:           "))

    let fonts = try Self.tool("pdffonts", [path])
    let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows {
      let columns = row.split(separator: " ")
      #expect(columns.contains("yes"), "font not embedded: \(row)")
      #expect(row.contains("+"), "font not subset: \(row)")
    }
    #expect(rows.contains { $0.contains("NotoSans-Regular") })

    let text = Self.normalised(try Self.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout)
    if !label.contains("cjk") { #expect(text.contains(Self.normalised(profile.name).prefix(40))) }
    for item in plan.items {
      let name = HandoutFixture.catalogue[item.id]!.name
      #expect(text.contains(Self.normalised(name)), "\(name) not in the text")
    }
    if plan.status == .refer { #expect(text.contains(Wording.english.referralTitle)) }

    let qpdf = try Self.tool("qpdf", ["--check", path])
    #expect(qpdf.status == 0, "qpdf: \(qpdf.stdout) \(qpdf.stderr)")
    #expect(!qpdf.stdout.contains("WARNING"))
    let gs = try Self.tool("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=nullpage", path])
    #expect(gs.status == 0)
    #expect(gs.stdout.isEmpty && gs.stderr.isEmpty, "ghostscript: \(gs.stdout) \(gs.stderr)")

    // The same input gives the same bytes.
    let again = try renderer.render(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    #expect(again == data)
  }

  /// A renderer keeps what it laid out (texts, figures) for the next handout: the bytes
  /// are the same as a fresh renderer's, in any order.
  @Test func aRenderersCachesNeverChangeTheBytes() throws {
    let plans = HandoutFixture.profiles.map { HandoutFixture.plan($0.1) }
    func pdf(_ renderer: HandoutRenderer, _ plan: Plan) throws -> Data {
      try renderer.render(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    }
    let first = try plans.map { try pdf(renderer, $0) }
    let again = try plans.reversed().map { try pdf(renderer, $0) }.reversed()
    #expect(Array(again) == first, "the same renderer, again, in the other order")
    for (plan, bytes) in zip(plans, first).suffix(2) {
      let fresh = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
      #expect(try pdf(fresh, plan) == bytes, "a fresh renderer")
    }
  }

  @Test func bookmarksForEachSection() throws {
    let (plan, path, _) = try render(HandoutFixture.profile(), name: "bookmarks")
    let outline = try Self.tool("qpdf", ["--json", "--json-key=outlines", path])
    for title in [Wording.english.coverTitle, Wording.english.yourExercises, Wording.english.weeklyTracker] {
      #expect(outline.stdout.contains(title), "no bookmark \(title)")
    }
    #expect(outline.stdout.contains("Week \(plan.patient.weeks):"))
  }

  @Test func aFailedWriteKeepsTheEarlierFile() throws {
    let (_, path, data) = try render(HandoutFixture.profile(), name: "keep")
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    // Writing over a folder fails cleanly and leaves no temporary file behind.
    #expect(throws: HandoutError.self) { try AtomicFile.write(Data("x".utf8), to: folder) }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
    #expect(FileManager.default.contents(atPath: path) == data)
  }

  @Test func missingFontsAreAClearError() {
    #expect(throws: HandoutError.self) { try FontLibrary(directory: "/nonexistent/Fonts") }
    do {
      _ = try FontLibrary(directory: "/nonexistent/Fonts")
    } catch {
      #expect(error.message.contains("NotoSans-Regular.ttf: font file not found"))
    }
  }

  @Test func safeFileNames() {
    #expect(FileName.safe("Maria Lopez") == "maria-lopez")
    #expect(FileName.safe("../../etc/passwd") == "etc-passwd")
    #expect(FileName.safe("Zoë Ñúñez") == "zoë-ñúñez")
    #expect(FileName.safe("...") == "handout")
    #expect(FileName.safe(String(repeating: "a", count: 500)).count == 80)
    #expect(!FileName.safe("a\u{0}b\u{202E}c").contains("\u{202E}"))
  }
}
