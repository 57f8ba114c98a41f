import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Handouts kept by the caller, as a web server would (in memory, or a zip).
final class MemoryDestination: BatchDestination, @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String: Data] = [:]
  let failing: Set<String>

  init(failing: Set<String> = []) {
    self.failing = failing
  }

  var files: [String: Data] { lock.withLock { stored } }

  func store(_ data: Data, fileName: String) throws(HandoutError) {
    if failing.contains(fileName) { throw HandoutError("the upload of \(fileName) failed", kind: .write) }
    lock.withLock { stored[fileName] = data }
  }
}

/// A batch writes through the destination its caller gives (issue 11, libraries: third
/// piece): the library renders, the edge writes.
@Suite struct BatchDestinationTests {
  func run(_ destination: MemoryDestination) throws -> [BatchOutcome] {
    let rows = ["Ana Silva", "Ben Novak", "Chloé Okafor"].enumerated().map { index, name in
      Roster.Row(
        number: index + 2, place: "r.csv:\(index + 2)", name: name,
        profile: .success(HandoutFixture.profile(name)))
    }
    let roster = Roster(source: "r.csv", rows: rows, defaults: nil)
    let planner = try BatchPlanner(
      catalogue: HandoutFixture.catalogue, start: HandoutFixture.monday, roster: roster, samePlan: false)
    let runner = BatchRunner(
      catalogue: HandoutFixture.catalogue, fontsDirectory: HandoutFixture.fontsPath, destination: destination)
    return runner.run(
      planner.jobs(for: roster), planner: planner, workers: 2, options: { HandoutOptions(for: $0) },
      progress: { _, _, _ in })
  }

  @Test func everyHandoutGoesToTheCallersDestination() throws {
    let destination = MemoryDestination()
    let outcomes = try run(destination)
    #expect(outcomes.map(\.status) == [.written, .written, .written])
    #expect(destination.files.keys.sorted() == ["ana-silva.pdf", "ben-novak.pdf", "chloé-okafor.pdf"])
    #expect(destination.files.values.allSatisfy { $0.starts(with: Array("%PDF-".utf8)) })
  }

  @Test func aFailingStoreFailsItsRowOnly() throws {
    let destination = MemoryDestination(failing: ["ben-novak.pdf"])
    let outcomes = try run(destination)
    #expect(outcomes.map(\.status) == [.written, .failed, .written])
    #expect(outcomes[1].message == "the upload of ben-novak.pdf failed")
    #expect(destination.files.keys.sorted() == ["ana-silva.pdf", "chloé-okafor.pdf"])
  }

  @Test func aFolderRefusesANameWithFolders() {
    let folder = FolderDestination(folder: NSTemporaryDirectory())
    #expect(throws: HandoutError("'../x.pdf' is not a plain file name", kind: .destination)) {
      try folder.store(Data(), fileName: "../x.pdf")
    }
    #expect(folder.path(for: ".hidden.pdf") == nil)
  }
}
