import Foundation
import TestSupport
import Testing

@testable import HomeStretch

/// Thousands of mutated profiles and roster rows through the parsers and the planner:
/// every one must end in a plan or in errors that name the place, never in a crash.
@Suite struct FuzzTests {
  static let seedProfile = try! String(
    contentsOf: Fixture.repositoryRoot.appendingPathComponent("examples/maria-lopez.yaml"), encoding: .utf8)

  static let pieces = [
    "\"", "'", ":", ": ", "-", "[", "]", "{", "}", "#", "\n", "\t", "&a", "*a", "!!int", "? ", "|", ">", "%",
    "\u{202E}", "\u{0}", "\u{7}", "é", "日本", "🙂", "10000", "-1", "true", "null", "~", ",", ";", "\r\n",
    String(repeating: "x", count: 300),
  ]

  static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      guard !scalars.isEmpty else { break }
      let at = Int.random(in: 0..<scalars.count, using: &random)
      switch Int.random(in: 0..<4, using: &random) {
      case 0: scalars.remove(at: at)
      case 1: scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: at)
      case 2:
        let end = min(scalars.count, at + Int.random(in: 1...40, using: &random))
        scalars.insert(contentsOf: scalars[at..<end], at: at)
      default:
        let end = min(scalars.count, at + Int.random(in: 1...20, using: &random))
        scalars.removeSubrange(at..<end)
      }
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
  }

  @Test func mutatedProfilesGiveAPlanOrNamedErrors() {
    var random = SplitMix64(seed: 7)
    let decoder = ProfileDecoder(knownItemIDs: Fixture.catalogue.ids)
    let planner = Planner(catalogue: Fixture.catalogue)
    var plans = 0
    var errors = 0
    for _ in 0..<3_000 {
      let text = Self.mutate(Self.seedProfile, &random)
      do {
        let profile = try decoder.decode(yaml: text, file: "fuzz.yaml")
        let plan = planner.plan(for: profile, start: Fixture.monday)
        #expect(plan.status == .refer || plan.items.contains { $0.kind == .activity } || !profile.exclude.isEmpty)
        #expect(Set(plan.items.map(\.id)).count == plan.items.count)
        plans += 1
      } catch {
        #expect(!error.errors.isEmpty)
        for problem in error.errors {
          #expect(problem.file == "fuzz.yaml")
          #expect(!problem.message.isEmpty)
        }
        errors += 1
      }
    }
    // Both paths were exercised.
    #expect(plans > 100 && errors > 100, "plans \(plans), errors \(errors)")
  }

  @Test func mutatedRosterRowsGiveProfilesOrRowErrors() throws {
    var random = SplitMix64(seed: 11)
    let folder = Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = try String(
      contentsOf: Fixture.repositoryRoot.appendingPathComponent("examples/class-roster-with-errors.csv"),
      encoding: .utf8)
    let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let loader = RosterLoader(knownItemIDs: Fixture.catalogue.ids)
    let path = folder.appendingPathComponent("fuzz.csv").path
    var rows = 0
    for round in 0..<60 {
      // 50 mutated data rows under the real header, each round.
      var body = [lines[0]]
      for _ in 0..<50 { body.append(Self.mutate(lines[Int.random(in: 1..<lines.count, using: &random)], &random)) }
      try body.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
      do {
        let roster = try loader.load(path: path)
        rows += roster.rows.count
        for row in roster.rows {
          if case .failure(let errors) = row.profile {
            #expect(errors.errors.allSatisfy { $0.description.hasPrefix(path + ":") }, "round \(round)")
          }
        }
      } catch {
        // Only a broken header may stop a roster.
        #expect(error.errors.allSatisfy { $0.line == 1 || $0.line == nil }, "round \(round): \(error)")
      }
    }
    #expect(rows > 1_000)
  }
}
