import Foundation
import TestSupport
import Testing

@testable import HomeStretch

/// Issue 11 cases 12, 13 and 14: messages that say what to do, usage errors that exit 1,
/// catalogue files in any case, and warnings that never refuse.
@Suite final class MessageTests {
  let folder = Fixture.temporaryFolder()

  deinit { try? FileManager.default.removeItem(at: folder) }

  static let base = "name: Ann\ncondition: sciatica_disc\nside: left\npain: 4\n"

  func problems(_ yaml: String) -> [String] {
    do {
      _ = try ProfileDecoder().decode(yaml: yaml, file: "p.yaml")
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func yamlProblemsInWordsWithTheirLine() {
    #expect(
      problems("name: Ann\ncondition: sciatica_disc\n\tside: left\npain: 4\n") == [
        "p.yaml:3: YAML does not allow tabs for indentation: use spaces"
      ])
    #expect(
      problems(Self.base + "notes: Pain: worse at night\n") == [
        "p.yaml:5: a colon followed by a space inside a value: put the text in quotes, for example notes: \"Pain: worse at night\""
      ])
    #expect(
      problems("name: Ann\ncondition: sciatica_disc\nside:\npain: 4\n") == [
        "p.yaml:3: side: has no value; allowed: left, right, both"
      ])
    #expect(
      problems("name: Ann\u{0}\n" + Self.base.dropFirst(10)) == [
        "p.yaml:1: holds an invisible control character (such as a NUL byte) that YAML does not allow; remove it"
      ])
    let deep = "notes: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
    let nested = problems(deep)
    #expect(nested.count == 1 && nested[0].contains("nested too deeply"), "\(nested)")
    #expect(!nested.joined().contains("yaml_set_max_nest_level"))
    #expect(
      problems(Self.base + "---\nname: Bo\n") == [
        "p.yaml:5: holds a second document (a line '---' or '...' starts one); keep one profile per file"
      ])
    #expect(
      problems(Self.base + "start: 2026-02-30\n") == [
        "p.yaml:5: start: '2026-02-30' must be a date written YYYY-MM-DD, a real day of the calendar, for example 2026-11-23"
      ])
    #expect(
      problems(Self.base + "Side: right\n") == [
        "p.yaml:5: side: is written more than once (as 'Side'); give each field once"
      ])
  }

  @Test func casesAndSpacesInEveryProfile() throws {
    let profile = try ProfileDecoder().decode(
      yaml:
        "Name: Ann Lee\nCONDITION: LUMBAR_STENOSIS\nSide:  Right \nPain: 3\nPhase: Chronic\nEquipment: [Chair, WALL]\n"
        + "Floor: True\nNotes: Keep Walking\n",
      file: "p.yaml")
    #expect(profile.name == "Ann Lee" && profile.notes == "Keep Walking")
    #expect(profile.condition == .lumbarStenosis && profile.side == .right && profile.phase == .chronic)
    #expect(profile.equipment == [.chair, .wall] && profile.floor)
    let ids = try ProfileDecoder(knownItemIDs: Fixture.catalogue.ids).decode(
      yaml: Self.base + "exclude: [ Clamshell ]\n", file: "p.yaml")
    #expect(ids.exclude == ["clamshell"], "catalogue ids in any case")
  }

  @Test func usageErrorsExitOneWithTheirOwnMessage() throws {
    let cases: [([String], String)] = [
      (["figure", "walkng"], "error: no catalogue item 'walkng'; did you mean 'walking'?"),
      (["figure", "walking", "--side", "up"], "error: --side: 'up' is not known; allowed: left, right"),
      (["catalogue", "list", "--kind", "strech"], "error: --kind: 'strech' is not known; allowed: stretch,"),
      (["plan", "examples/maria-lopez.yaml", "--start", "2026-02-30"], "error: --start: '2026-02-30' must be a date"),
      (["render", "examples/maria-lopez.yaml", "--paper", "legal"], "error: --paper: 'legal' is not known"),
      (["batch", "examples/class-roster.yaml", "-o", "x", "--jobs", "0"], "error: --jobs: 0 is out of range"),
    ]
    for (arguments, message) in cases {
      let result = try Program.run(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Usage:"), "\(arguments)")
    }
    #expect(!FileManager.default.fileExists(atPath: Fixture.repositoryRoot.appendingPathComponent("x").path))
    let version = try Program.run(["--version"])
    #expect(version.status == 0 && version.stdout == "0.11.0\n")
  }

  @Test func aBadCatalogueVariableIsNamed() throws {
    let result = try Program.run(
      ["plan", "examples/maria-lopez.yaml"], environment: ["HOMESTRETCH_CATALOGUE": "/nonexistent/Exercises"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: $HOMESTRETCH_CATALOGUE is '/nonexistent/Exercises', which is not a catalogue folder; set it to the Exercises folder, unset it, or pass --catalogue DIR\n"
    )
  }

  @Test func aBadFontsVariableIsNamed() throws {
    let result = try Program.run(
      ["render", "examples/maria-lopez.yaml", "-o", folder.appendingPathComponent("m.pdf").path],
      environment: ["HOMESTRETCH_FONTS": "/nonexistent/Fonts"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("font file not found"))
    #expect(result.stderr.contains("(the folder comes from $HOMESTRETCH_FONTS='/nonexistent/Fonts'; fix or unset it"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.pdf").path))
  }

  /// A copy of the repository's catalogue to change.
  func catalogueCopy() throws -> URL {
    let copy = folder.appendingPathComponent("Exercises")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixture.cataloguePath), to: copy)
    return copy
  }

  @Test func itemFilesInAnyCaseAreReadOrReported() throws {
    let copy = try catalogueCopy()
    let activity = copy.appendingPathComponent("activity")
    try FileManager.default.moveItem(
      at: activity.appendingPathComponent("walking.yaml"), to: activity.appendingPathComponent("walking.yml"))
    let plan = try Program.run(["plan", "--json", "examples/maria-lopez.yaml", "--catalogue", copy.path])
    #expect(plan.status == 0, "\(plan.stderr)")
    #expect(try PlanJSON.decode(Data(plan.stdout.utf8)).items.contains { $0.id == "walking" })
    try FileManager.default.moveItem(
      at: activity.appendingPathComponent("walking.yml"), to: activity.appendingPathComponent("Walking.YAML"))
    let check = try Program.run(["catalogue", "check", "--catalogue", copy.path])
    #expect(check.status == 1)
    // The path opens from the current folder: the catalogue folder as given, then the file.
    #expect(
      check.stderr.contains(
        "error: \(copy.path)/activity/Walking.YAML: id: 'walking' does not match the file name; name the file walking.yaml"
      ), "\(check.stderr)")
  }

  @Test func aCardWithoutAPictureIsNamedByRender() throws {
    let copy = try catalogueCopy()
    let walking = copy.appendingPathComponent("activity/walking.yaml")
    let text = try String(contentsOf: walking, encoding: .utf8)
    let head = try #require(text.components(separatedBy: "\nfigure:").first)
    try (head + "\n").write(to: walking, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("maria.pdf").path
    let result = try Program.run(["render", "examples/maria-lopez.yaml", "--catalogue", copy.path, "-o", output])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "warning: the card for Walking (walking) has no picture: \(walking.path) has no figure: yet"),
      "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: output))
    let complete = try Program.run(["render", "examples/maria-lopez.yaml", "-o", output])
    #expect(!complete.stderr.contains("has no picture"))
  }

  @Test func plausibilityWarningsNeverRefuse() throws {
    let monday = Fixture.monday
    var profile = Fixture.profile(condition: .pregnancySciatica) { $0.pregnancyWeeks = 20 }
    profile.age = 56
    #expect(
      Plausibility.warnings(for: profile, start: monday, today: monday) == [
        "pregnancy_weeks: 20 with age 56: pregnancy after 55 is rare; check both fields"
      ])
    profile.age = 55
    #expect(Plausibility.warnings(for: profile, start: monday, today: monday).isEmpty)
    #expect(
      Plausibility.warnings(for: profile, start: monday.adding(days: 366), today: monday) == [
        "start: 2027-11-24 is more than a year after today (2026-11-23); check the year"
      ])
    #expect(Plausibility.warnings(for: profile, start: monday.adding(days: -365), today: monday).isEmpty)
    // End to end: a warning on standard error, the plan still made.
    let path = folder.appendingPathComponent("p.yaml").path
    try "name: Ann\nage: 61\ncondition: pregnancy_sciatica\nside: left\npain: 4\npregnancy_weeks: 20\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try Program.run(["plan", path])
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "warning: \(path): pregnancy_weeks: 20 with age 61: pregnancy after 55 is rare; check both fields\n")
    // SOURCE_DATE_EPOCH stands for the clock: 2028-01-10 is more than a year after the
    // sample's start.
    let late = try Program.run(["plan", "examples/maria-lopez.yaml"], environment: ["SOURCE_DATE_EPOCH": "1831118400"])
    #expect(late.status == 0)
    #expect(
      late.stderr
        == "warning: examples/maria-lopez.yaml: start: 2026-11-23 is more than a year before today (2028-01-10); check the year\n"
    )
  }
}
