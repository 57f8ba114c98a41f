import Foundation
import TestSupport
import Testing

@testable import HomeStretch

/// A checked profile written as YAML reads back to the same profile: the file the web app
/// downloads is one `homestretch plan` reads.
@Suite struct ProfileEncoderTests {
  static let decoder = ProfileDecoder(knownItemIDs: Fixture.catalogue.ids)

  /// Texts that could break a hand-written YAML file: quotes, a comment sign, YAML's own
  /// words, line breaks, tabs, other scripts, leading dashes and braces.
  static let awkwardTexts = [
    "Ana \"Nan\" Silva", "O'Brien # not a comment", "yes", "null", "~", "- dash", "{a: b}", "[x]", "12",
    "Zoë Ødegård", "李小龙", "C:\\Users\\maria", "first line\nsecond line\tand a tab", "*alias", "&anchor", "%x",
    "@home", "`tick`", "key: value", "50% better",
  ]

  @Test func everyExampleProfileReadsBackTheSame() throws {
    let folder = Fixture.repositoryRoot.appendingPathComponent("examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") && !$0.contains("roster") }
    #expect(names.count >= 4)
    for name in names {
      let profile = try Self.decoder.decode(path: folder.appendingPathComponent(name).path)
      let yaml = ProfileEncoder().encode(profile)
      #expect(try Self.decoder.decode(yaml: yaml, file: name) == profile, "\(name)")
    }
  }

  @Test func generatedProfilesWithAwkwardTextsReadBackTheSame() throws {
    var random = SplitMix64(seed: 13_13_13)
    for round in 0..<300 {
      var profile = ProfileGenerator.make(&random, ids: Fixture.catalogue.ids)
      let text = { (random: inout SplitMix64) in Self.awkwardTexts.randomElement(using: &random)! }
      // Names are one line; notes may have several.
      let line = { (random: inout SplitMix64) in
        text(&random).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
      }
      profile.name = line(&random)
      if Bool.random(using: &random) { profile.notes = text(&random) }
      if Bool.random(using: &random) { profile.therapist = Therapist(name: line(&random), clinic: "R&R") }
      if Bool.random(using: &random) { profile.maxExercises = Int.random(in: 1...10, using: &random) }
      if Bool.random(using: &random) { profile.start = Fixture.monday }
      if Bool.random(using: &random) { profile.paper = .a4 }
      profile.largePrint = Bool.random(using: &random)
      let yaml = ProfileEncoder().encode(profile)
      let decoded = try Self.decoder.decode(yaml: yaml, file: "round-\(round).yaml")
      #expect(decoded == profile, "round \(round):\n\(yaml)")
    }
  }

  @Test func theFileNamesEveryFieldWithItsAllowedWords() {
    let profile = Profile(
      name: "Maria Lopez", age: 46, condition: .piriformisSyndrome, side: .right, pain: 6, equipment: [.strap],
      numbness: [.rightLeg], maxExercises: 5, start: Fixture.monday, therapist: Therapist(name: "Dana"),
      exclude: ["walking"], notes: "Call us.")
    let yaml = ProfileEncoder().encode(profile)
    let lines = yaml.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("condition: piriformis_syndrome") && $0.contains("# sciatica_disc | ") })
    #expect(lines.contains { $0.hasPrefix("side: right") && $0.hasSuffix("# left | right | both") })
    #expect(lines.contains { $0.hasPrefix("pain: 6") && $0.hasSuffix("# 0-10") })
    #expect(lines.contains("name: \"Maria Lopez\""))
    #expect(lines.contains { $0.hasPrefix("equipment: [strap]") })
    #expect(lines.contains { $0.hasPrefix("start: 2026-11-23") })
    #expect(lines.contains { $0.hasPrefix("max_exercises: 5") })
    #expect(lines.contains("therapist:") && lines.contains("  name: \"Dana\""))
    #expect(lines.contains { $0.hasPrefix("exclude: [\"walking\"]") })
    #expect(lines.contains("notes: \"Call us.\""))
    // Every field the decoder knows is written, but those left unset (clinic, phone).
    for field in ProfileDecoder.fieldNames {
      #expect(lines.contains { $0.hasPrefix(field + ":") }, "\(field)")
    }
    #expect(!yaml.contains("clinic:"))
  }

  @Test func quotedTextStaysOnOneLineAndEscapesControls() {
    #expect(ProfileEncoder.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
    #expect(ProfileEncoder.quoted("one\ntwo") == "\"one\\ntwo\"")
    #expect(ProfileEncoder.quoted("x\u{2028}y\u{7}") == "\"x\\u2028y\\u0007\"")
  }

  @Test func bytesWithAByteOrderMarkAreReadAsAFileIs() throws {
    let yaml = ProfileEncoder().encode(Fixture.profile())
    let data = Data([0xEF, 0xBB, 0xBF]) + Data(yaml.utf8)
    #expect(try Self.decoder.decode(yamlData: data, file: "bom.yaml") == Fixture.profile())
    #expect(throws: InputErrors.self) { try Self.decoder.decode(yamlData: Data([0xFF, 0xFE, 0x00]), file: "x") }
    let big = Data(repeating: UInt8(ascii: "#"), count: InputLimits.yamlFileBytes + 1)
    do {
      _ = try Self.decoder.decode(yamlData: big, file: "big.yaml")
      Issue.record("a file over the limit was read")
    } catch {
      #expect(error.description.contains("the limit is 1000000 bytes"))
    }
  }

  @Test func aFileWithProblemsStillGivesItsFieldsAsWritten() throws {
    let yaml = """
      Name: Maria
      pain: 14
      side: Right
      equipment: [strap, rope]
      therapist: {name: Dana, phone: 555}
      floor: yes

      """
    let fields = try #require(ProfileFields(yamlData: Data(yaml.utf8)))
    let pairs = fields.pairs.map { "\($0.name)=\($0.value)" }
    #expect(
      pairs == [
        "name=Maria", "pain=14", "side=Right", "equipment=strap", "equipment=rope", "therapist.name=Dana",
        "therapist.phone=555", "floor=yes",
      ])
    #expect(ProfileFields(yamlData: Data("pain: [1, 2\n".utf8)) == nil, "not YAML")
    #expect(ProfileFields(yamlData: Data("- a list\n".utf8)) == nil, "not a mapping")
  }
}
