import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Issue 11 case 2: a write error while the combined PDF streams to its file ends in a
/// message, never a crash (cairo 1.16 crashed in cairo_surface_finish once its write
/// callback had returned an error), and leaves no temporary file.
@Suite final class CombinedDocumentTests {
  let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("combined-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  func outcomes() -> [BatchOutcome] {
    ["Ana Silva", "Ben Novak"].enumerated().map { index, name in
      let profile = HandoutFixture.profile(name)
      let row = Roster.Row(number: index + 2, place: "r.csv:\(index + 2)", name: name, profile: .success(profile))
      return BatchOutcome(
        job: BatchJob(row: row, fileName: "\(index).pdf"), status: .written, plan: HandoutFixture.plan(profile),
        pages: 1, message: "")
    }
  }

  func write(hook: ((Int) throws -> Void)?, cancelled: Bool = false) throws(HandoutError) -> Int {
    let renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
    return try CombinedDocument.write(
      outcomes(), catalogue: HandoutFixture.catalogue, renderer: renderer, options: { HandoutOptions(for: $0) },
      title: "t", createDate: "2026-11-23T00:00:00Z", to: folder.appendingPathComponent("all.pdf").path,
      isCancelled: { cancelled }, writeHook: hook)
  }

  @Test func aFailingWriteEndsInAMessageAndLeavesNoFile() throws {
    let earlier = Data("earlier".utf8)
    let path = folder.appendingPathComponent("all.pdf").path
    #expect(FileManager.default.createFile(atPath: path, contents: earlier))
    for limit in [0, 5_000, 60_000] {
      var written = 0
      let hook: (Int) throws -> Void = { count in
        written += count
        if written > limit { throw POSIXError(.ENOSPC) }
      }
      #expect(
        throws: HandoutError(
          "\(path): could not be written (No space left on device); any earlier file is unchanged", kind: .write)
      ) {
        try self.write(hook: hook)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["all.pdf"], "limit \(limit)")
      #expect(FileManager.default.contents(atPath: path) == earlier)
    }
    #expect(
      throws: HandoutError(
        "\(path): could not be written (stopped before it was complete); any earlier file is unchanged", kind: .write)
    ) {
      try self.write(hook: nil, cancelled: true)
    }
    #expect(try write(hook: nil) > 2)
    #expect(FileManager.default.contents(atPath: path)?.starts(with: Array("%PDF-".utf8)) == true)
  }
}
