import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// What the command line and the web app share of a finished batch: duplicates noted, the
/// counts line, summary.csv, and all.pdf in memory with the same pages as the file.
@Suite final class BatchReportTests {
  let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("report-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  func outcome(_ name: String, row: Int, status: BatchOutcome.Status, message: String = "") -> BatchOutcome {
    let profile = HandoutFixture.profile(name)
    let job = BatchJob(
      row: Roster.Row(number: row, place: "r.csv:\(row)", name: name, profile: .success(profile)),
      fileName: FileName.safe(name) + ".pdf")
    let printed = status == .written || status == .referral
    return BatchOutcome(
      job: job, status: status, plan: printed ? HandoutFixture.plan(profile) : nil, pages: printed ? 2 : 0,
      message: message)
  }

  @Test func duplicatesAreNotedAndTheCountsSaidAsTheCommandLineSaysThem() {
    var roster = Roster(source: "r.csv", rows: [], defaults: nil)
    roster.duplicates = [4: 2]
    let report = BatchReport(
      [
        outcome("Ana Silva", row: 2, status: .written), outcome("Ben Novak", row: 3, status: .failed, message: "bad"),
        outcome("Ana Silva", row: 4, status: .written, message: "class plan changed"),
      ], roster: roster)
    #expect(report.outcomes[2].message == "class plan changed; duplicate of row 2 (same name and profile)")
    #expect(report.outcomes[0].message == "")
    #expect(report.countsLine == "2 written, 1 failed")
    #expect(report.printed.map(\.job.row.number) == [2, 4])
    #expect(report.summaryCSV == BatchSummary.csv(report.outcomes))
    #expect(report.summaryCSV.hasPrefix("row,name,outcome,file,pages,message\n2,Ana Silva,written,ana-silva.pdf,2,\n"))
  }

  @Test func allPDFInMemoryHasThePagesOfTheFile() throws {
    let outcomes = [outcome("Ana Silva", row: 2, status: .written), outcome("Ben Novak", row: 3, status: .written)]
    let renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
    let path = folder.appendingPathComponent("all.pdf").path
    let filePages = try CombinedDocument.write(
      outcomes, catalogue: HandoutFixture.catalogue, renderer: renderer, options: { HandoutOptions(for: $0) },
      title: "t", createDate: "2026-11-23T00:00:00Z", to: path)
    let memory = try CombinedDocument.data(
      outcomes, catalogue: HandoutFixture.catalogue, renderer: renderer, options: { HandoutOptions(for: $0) },
      title: "t", createDate: "2026-11-23T00:00:00Z")
    #expect(memory.pages == filePages)
    #expect(memory.pages % 2 == 0 && memory.pages >= 4, "each handout starts on a fresh sheet")
    #expect(memory.pdf == FileManager.default.contents(atPath: path), "the same bytes as the file")
    #expect(CombinedDocument.title(rosterSource: "/clinic/rosters/week-48.csv") == "HomeStretch handouts: week-48.csv")
    #expect(throws: HandoutError("no handout was written, so there is nothing to combine")) {
      try CombinedDocument.data(
        [], catalogue: HandoutFixture.catalogue, renderer: renderer, options: { HandoutOptions(for: $0) }, title: "t",
        createDate: "2026-11-23T00:00:00Z")
    }
  }
}
