import Foundation
import TestSupport
import Testing

@testable import HomeStretch

/// End-to-end runs of the `homestretch` program built beside the tests.
@Suite final class CommandLineTests {
  /// Temporary folders made by this test, removed when it ends.
  var folders: [URL] = []

  deinit {
    for folder in folders { try? FileManager.default.removeItem(at: folder) }
  }

  func run(_ arguments: [String], in folder: URL = Fixture.repositoryRoot, environment: [String: String] = [:])
    throws -> Program.Result
  {
    try Program.run(arguments, in: folder, environment: environment)
  }

  func write(_ text: String, name: String = "profile.yaml") -> URL {
    let folder = Fixture.temporaryFolder()
    folders.append(folder)
    let url = folder.appendingPathComponent(name)
    try? text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func planPrintsTheSamplePlan() throws {
    // The clock pinned near the sample's start, which is never questioned then.
    let result = try run(["plan", "examples/maria-lopez.yaml"], environment: ["SOURCE_DATE_EPOCH": "1795176000"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("HomeStretch home program for Maria Lopez"))
    #expect(result.stdout.contains("[RIGHT]"))
    #expect(result.stdout.contains("why: S1 stay active"))
    #expect(result.stdout.contains("NOT IN THE PLAN"))
  }

  /// An item that runs for one week of the plan says "week 3", not "weeks 3".
  @Test func aOneWeekItemSaysWeekInTheSingular() throws {
    let sample = try String(
      contentsOf: Fixture.repositoryRoot.appendingPathComponent("examples/maria-lopez.yaml"), encoding: .utf8)
    let threeWeeks = write(sample.replacingOccurrences(of: "\nweeks: 4 ", with: "\nweeks: 3 "))
    let result = try run(["plan", threeWeeks.path], environment: ["SOURCE_DATE_EPOCH": "1795176000"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("(figure 4) [RIGHT] (week 3)\n"))
    #expect(result.stdout.contains("[RIGHT] (weeks 1, 2)\n"))
    #expect(!result.stdout.contains("(weeks 3)"))
  }

  @Test func jsonHasTheContractFields() throws {
    let result = try run(["plan", "--json", "examples/maria-lopez.yaml"])
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["status"] as? String == "plan")
    #expect(json["format_version"] as? Int == Plan.currentFormatVersion)
    #expect((json["referral_reasons"] as? [Any])?.isEmpty == true)
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(!items.isEmpty)
    // Facts only in the plan: numbers and keys, no sentence for the patient.
    let advice = try #require(json["advice"] as? [String])
    #expect(advice.allSatisfy { Advice(rawValue: $0) != nil })
    for item in items {
      #expect(item["name"] == nil && (item["dose"] as? [String: Any])?["text"] == nil)
      for key in ["id", "kind", "position", "floor", "bias", "side", "tags", "dose", "why"] {
        #expect(item[key] != nil, "item lacks \(key)")
      }
      if item["kind"] as? String == "thermal" { #expect(item["area"] != nil) }
      #expect(["left", "right", "both", "none"].contains(item["side"] as? String ?? ""))
    }
    let excluded = try #require(json["excluded"] as? [[String: Any]])
    #expect(excluded.allSatisfy { $0["id"] is String && ($0["reason"] as? String)?.isEmpty == false })
    let schedule = try #require(json["schedule"] as? [[String: Any]])
    let days = try #require(schedule.first?["days"] as? [[String: Any]])
    let sessions = try #require(days.first?["sessions"] as? [[String: Any]])
    #expect(sessions.first?["items"] is [String])
    // The English texts beside the facts, for clinic software that wants words.
    let texts = try #require(json["texts"] as? [String: Any])
    #expect(texts["language"] as? String == "en-US")
    let named = try #require(texts["items"] as? [[String: Any]])
    #expect(named.map { $0["id"] as? String } == items.map { $0["id"] as? String })
    #expect(named.contains { $0["name"] as? String == "Seated piriformis stretch" })
    #expect(
      named.allSatisfy {
        ($0["dose"] as? String)?.contains("a day") == true || ($0["dose"] as? String)?.contains("need") == true
      })
    #expect((texts["advice"] as? [String])?.count == advice.count)
    // The JSON reads back into the same plan.
    let plan = try PlanJSON.decode(Data(result.stdout.utf8))
    #expect(plan.patient.name == "Maria Lopez")
  }

  @Test func referralProfilePrintsReferAndNoExercises() throws {
    let file = write("name: Ray\ncondition: sciatica_disc\nside: left\npain: 7\nred_flags: [saddle_anaesthesia]\n")
    let result = try run(["plan", "--json", file.path])
    #expect(result.status == 0)
    let plan = try PlanJSON.decode(Data(result.stdout.utf8))
    #expect(plan.status == .refer)
    #expect(plan.items.isEmpty)
    #expect(plan.referralReasons.first?.urgency == .emergency)
  }

  @Test func badProfileFailsWithEveryMessageOnStandardError() throws {
    let file = write("name: Ray\ncondition: sciatica\nside: up\npain: 14\n", name: "ray.yaml")
    let result = try run(["plan", file.path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("ray.yaml:2: condition: 'sciatica' is not known"))
    #expect(result.stderr.contains("ray.yaml:3: side: 'up' is not known; allowed: left, right, both"))
    #expect(result.stderr.contains("ray.yaml:4: pain: 14 is out of range"))
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test func missingFileAndFolderAreClearErrors() throws {
    let missing = try run(["plan", "/nonexistent/p.yaml"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("/nonexistent/p.yaml: file not found"))
    let folder = try run(["plan", "examples"])
    #expect(folder.status != 0)
    #expect(folder.stderr.contains("examples: is a folder; expected a YAML file"))
    let catalogue = try run(["plan", "examples/maria-lopez.yaml", "--catalogue", "/nonexistent/Exercises"])
    #expect(catalogue.status != 0)
    #expect(catalogue.stderr.contains("catalogue folder not found"))
  }

  @Test func startOptionIsCheckedAndUsedWhenTheProfileHasNone() throws {
    let file = write("name: Ann\ncondition: nonspecific_lbp\nside: both\npain: 3\n")
    let good = try run(["plan", "--json", "--start", "2027-01-04", file.path])
    #expect(try PlanJSON.decode(Data(good.stdout.utf8)).patient.start.description == "2027-01-04")
    let bad = try run(["plan", "--start", "04/01/2027", file.path])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--start: '04/01/2027' must be a date written YYYY-MM-DD"))
  }

  @Test func catalogueCheckAndList() throws {
    let check = try run(["catalogue", "check"])
    #expect(check.status == 0)
    #expect(check.stdout.hasPrefix("catalogue OK: \(Fixture.catalogue.items.count) items"))
    let list = try run(["catalogue", "list", "--kind", "thermal"])
    #expect(list.status == 0)
    #expect(list.stdout.split(separator: "\n").count == Fixture.catalogue.items.filter { $0.kind == .thermal }.count)
    let bad = try run(["catalogue", "list", "--kind", "stretchy"])
    #expect(bad.status != 0)
  }

  @Test func catalogueCheckReportsABrokenItemAndFails() throws {
    let root = Fixture.temporaryFolder()
    folders.append(root)
    let folder = root.appendingPathComponent("Exercises/stretches")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let text = CatalogueTests.validItem.replacingOccurrences(of: "bias: neutral", with: "bias: sideways")
    try text.write(to: folder.appendingPathComponent("test_stretch.yaml"), atomically: true, encoding: .utf8)
    let result = try run(["catalogue", "check", "--catalogue", folder.deletingLastPathComponent().path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("Exercises/stretches/test_stretch.yaml:6: bias: 'sideways' is not known"))
  }

  @Test func figureAndContactSheet() throws {
    let folder = Fixture.temporaryFolder()
    folders.append(folder)
    let png = folder.appendingPathComponent("clamshell-left.png").path
    let one = try run(["figure", "clamshell", "--side", "left", "-o", png])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(try #require(FileManager.default.contents(atPath: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let pdf = folder.appendingPathComponent("walking.pdf").path
    #expect(try run(["figure", "walking", "-o", pdf]).status == 0)
    #expect(try #require(FileManager.default.contents(atPath: pdf)).starts(with: Array("%PDF-".utf8)))
    let sheet = folder.appendingPathComponent("sheet.pdf").path
    let written = try run(["catalogue", "sheet", "-o", sheet])
    #expect(written.status == 0)
    #expect(written.stdout == "wrote \(sheet) (\(Fixture.catalogue.items.count) figures)\n")
    let text = try Subprocess.run("pdftotext", [sheet, "-"]).stdout
    for item in Fixture.catalogue.items { #expect(text.contains(item.id), "\(item.id) missing from the sheet") }

    // As a card prints it, without its name, for a blind review: a PNG in the card's
    // proportions (wider than tall), and a PDF is refused.
    let card = folder.appendingPathComponent("card.png").path
    #expect(try run(["figure", "clamshell", "--card", "-o", card]).status == 0)
    let bytes = try #require(FileManager.default.contents(atPath: card))
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let header = [UInt8](bytes.prefix(24))
    func number(_ start: Int) -> Int { header[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(number(16) == 1072 && number(20) < number(16), "\(number(16)) x \(number(20))")
    #expect(bytes != FileManager.default.contents(atPath: png), "not the titled figure")
    let refused = try run(["figure", "clamshell", "--card", "-o", folder.appendingPathComponent("card.pdf").path])
    #expect(refused.status != 0 && refused.stderr.contains("--card draws a PNG"))

    let typo = try run(["figure", "clamshel"])
    #expect(typo.status != 0 && typo.stderr.contains("did you mean 'clamshell'?"))
    #expect(try run(["figure", "clamshell", "--side", "middle"]).stderr.contains("allowed: left, right"))
    #expect(try run(["figure", "clamshell", "-o", folder.appendingPathComponent("x.jpg").path]).status != 0)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.jpg").path))
  }

  @Test func renderWritesThePDFAndAFailureKeepsTheEarlierOne() throws {
    let folder = Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("maria.pdf").path
    let good = try run(["render", "examples/maria-lopez.yaml", "-o", target])
    #expect(good.status == 0, "\(good.stderr)")
    #expect(good.stdout == "wrote \(target)\n")
    let bytes = try #require(FileManager.default.contents(atPath: target))
    #expect(bytes.starts(with: Array("%PDF-".utf8)))
    let failed = try run(["render", "examples/maria-lopez.yaml", "-o", target, "--fonts", "/nonexistent/Fonts"])
    #expect(failed.status != 0)
    #expect(failed.stderr.contains("font file not found"))
    #expect(FileManager.default.contents(atPath: target) == bytes)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["maria.pdf"])
    let badPaper = try run(["render", "examples/maria-lopez.yaml", "-o", target, "--paper", "legal"])
    #expect(badPaper.status != 0)
    #expect(badPaper.stderr.contains("--paper: 'legal' is not known; allowed: letter, a4"))
  }

  @Test func renderDefaultsToOutputFolderAndHonoursSourceDateEpoch() throws {
    let folder = Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let profile = try String(
      contentsOf: Fixture.repositoryRoot.appendingPathComponent("examples/referral.yaml"), encoding: .utf8)
    try profile.write(to: folder.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
    let catalogue = Fixture.repositoryRoot.appendingPathComponent("Exercises").path
    let fonts = Fixture.repositoryRoot.appendingPathComponent("Fonts").path
    let result = try run(
      ["render", "p.yaml", "--catalogue", catalogue, "--fonts", fonts], in: folder,
      environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = try #require(
      FileManager.default.contents(atPath: folder.appendingPathComponent("output/george-papadopoulos.pdf").path))
    // 1700000000 is 2023-11-14T22:13:20Z; cairo writes it as 20231114221320Z.
    #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (20231114221320Z)"))
  }
}
