import Foundation
import Testing

@testable import HomeStretch

/// Issue 11 case 15: the clean example rosters run without a problem, the broken one is
/// named as such in the README, and the README's limits are the code's.
@Suite final class ExampleRosterTests {
  let folder = Fixture.temporaryFolder()

  deinit { try? FileManager.default.removeItem(at: folder) }

  @Test(arguments: ["examples/class-roster.csv", "examples/class-roster.yaml"])
  func aFirstBatchOfACleanRosterRunsWithoutAProblem(roster: String) throws {
    // The clock pinned near the examples' start (2026-11-23), which is never questioned then.
    let result = try Program.run(
      ["batch", roster, "-o", folder.appendingPathComponent("out").path],
      environment: ["SOURCE_DATE_EPOCH": "1795176000"])
    #expect(result.status == 0)
    #expect(!result.stderr.contains("error:") && !result.stderr.contains("warning:"), "\(result.stderr)")
  }

  @Test func theReadmeNamesTheBrokenRosterAndTheLimits() throws {
    let readme = try String(contentsOf: Fixture.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("`examples/class-roster-with-errors.csv`: **broken on purpose**"))
    #expect(readme.contains("`examples/class-roster.csv`: a clean class of 29"))
    #expect(try RosterLoader().load(path: "examples/class-roster.csv".inRepository).rows.count == 29)
    #expect(readme.contains("1 MB (\(YAMLDocument.maximumBytes.formatted) bytes)"))
    #expect(
      readme.contains(
        "20 MB (\(RosterLoader.maximumBytes.formatted) bytes) and \(RosterLoader.maximumRows.formatted) patients"))
    #expect(readme.contains("| patient name | 120 characters"))
    #expect(readme.contains("Swift 6.0 or newer") && readme.contains("/opt/swift/usr/bin"))
    let makefile = try String(contentsOf: Fixture.repositoryRoot.appendingPathComponent("Makefile"), encoding: .utf8)
    #expect(makefile.contains("export PATH := $(PATH):/opt/swift/usr/bin"), "the README says where make looks")
  }
}

extension Int {
  /// 20000000 as 20,000,000.
  fileprivate var formatted: String {
    var digits = Array(String(self))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }
}

extension String {
  fileprivate var inRepository: String { Fixture.repositoryRoot.appendingPathComponent(self).path }
}
