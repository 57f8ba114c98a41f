import Foundation
import Testing

@testable import HomeStretch

@Suite struct ProfileDecoderTests {
  let decoder = ProfileDecoder(knownItemIDs: Fixture.catalogue.ids)

  func messages(_ yaml: String) -> [String] {
    do {
      _ = try decoder.decode(yaml: yaml, file: "p.yaml")
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func minimalProfileGetsDefaults() throws {
    let profile = try decoder.decode(yaml: "name: Ann\ncondition: sciatica_disc\nside: left\npain: 5\n", file: "p.yaml")
    #expect(profile.name == "Ann")
    #expect(profile.phase == .subacute)
    #expect(profile.floor == false)
    #expect(profile.equipment == [.chair, .wall, .pillow])
    #expect(profile.minutesPerDay == 20)
    #expect(profile.weeks == 2)
    #expect(profile.start == nil)
    #expect(profile.directionalPreference == .unknown)
    #expect(profile.redFlags.isEmpty)
  }

  @Test func sampleProfileReadsEveryField() throws {
    let path = Fixture.repositoryRoot.appendingPathComponent("examples/maria-lopez.yaml").path
    let profile = try decoder.decode(path: path)
    #expect(profile.condition == .piriformisSyndrome)
    #expect(profile.side == .right)
    #expect(profile.equipment == [.strap, .chair])
    #expect(profile.numbness == [.rightLeg])
    #expect(profile.health == [.osteoporosis])
    #expect(profile.start == CalendarDate(iso: "2026-11-23"))
    #expect(profile.therapist.clinic == "Riverside Physical Therapy")
  }

  @Test func missingRequiredFieldsAreAllReported() {
    let found = messages("age: 40\n")
    #expect(found.contains("p.yaml:1: name: is required; write some text"))
    #expect(
      found.contains { $0.hasPrefix("p.yaml:1: condition: is required; allowed: sciatica_disc, piriformis_syndrome") })
    #expect(found.contains("p.yaml:1: side: is required; allowed: left, right, both"))
    #expect(found.contains("p.yaml:1: pain: is required; allowed: a whole number from 0 to 10"))
  }

  static let base = "name: Ann\ncondition: sciatica_disc\nside: left\npain: 5\n"

  @Test func painOutOfRange() {
    #expect(
      messages(Self.base.replacingOccurrences(of: "pain: 5", with: "pain: 14"))
        == ["p.yaml:4: pain: 14 is out of range; allowed: a whole number from 0 to 10"])
  }

  @Test func wrongTypeNamesTheValue() {
    #expect(
      messages(Self.base.replacingOccurrences(of: "pain: 5", with: "pain: severe"))
        == ["p.yaml:4: pain: must be a whole number, found 'severe'; allowed: a whole number from 0 to 10"])
    #expect(messages(Self.base + "floor: sometimes\n") == ["p.yaml:5: floor: must be true or false, found 'sometimes'"])
    #expect(messages(Self.base + "equipment: strap\n").first?.hasPrefix("p.yaml:5: equipment: must be a list") == true)
  }

  @Test func unknownValueSuggestsTheNearMiss() {
    let found = messages(Self.base.replacingOccurrences(of: "sciatica_disc", with: "piriformis_syndrom"))
    #expect(found.count == 1)
    #expect(found[0].hasPrefix("p.yaml:2: condition: 'piriformis_syndrom' is not known; allowed: sciatica_disc,"))
    #expect(found[0].hasSuffix("did you mean 'piriformis_syndrome'?"))
  }

  @Test func unknownFieldSuggestsTheNearMiss() {
    let found = messages(Self.base + "sitting_jobb: true\n")
    #expect(found.count == 1)
    #expect(found[0].hasPrefix("p.yaml:5: sitting_jobb: unknown field; allowed: name, age,"))
    #expect(found[0].hasSuffix("did you mean 'sitting_job'?"))
  }

  @Test func listValuesAreCheckedOneByOne() {
    let found = messages(Self.base + "red_flags: [fever, saddle_anesthesia]\n")
    #expect(found.count == 1)
    #expect(found[0].contains("p.yaml:5: red_flags: 'saddle_anesthesia' is not known"))
    #expect(found[0].hasSuffix("did you mean 'saddle_anaesthesia'?"))
  }

  @Test func includeMustNameCatalogueItems() {
    let found = messages(Self.base + "include: [piriformis_seeted]\n")
    #expect(
      found == [
        "p.yaml:5: include: 'piriformis_seeted' is not a catalogue item (see: homestretch catalogue list); did you mean 'piriformis_seated'?"
      ])
  }

  @Test func includeAndExcludeMustNotOverlap() {
    let found = messages(Self.base + "include: [walking]\nexclude: [walking]\n")
    #expect(found.contains { $0.contains("exclude: 'walking' is in both include and exclude") })
  }

  @Test func oneApproachPerHip() {
    let found = messages(Self.base + "hip_replacement: [left_posterior, left_anterior]\n")
    #expect(found.contains { $0.contains("hip_replacement: the left hip is listed with two approaches") })
  }

  @Test func controlCharactersAndOverlongNamesAreRefused() {
    let bidi = messages(Self.base.replacingOccurrences(of: "name: Ann", with: "name: \"Ann\\u202Eevil\""))
    #expect(bidi.first?.contains("name: contains an invisible control character (U+202E)") == true)
    let long = messages(
      Self.base.replacingOccurrences(of: "name: Ann", with: "name: " + String(repeating: "a", count: 10_000)))
    #expect(long == ["p.yaml:1: name: is 10000 characters long; the limit is 120"])
  }

  @Test func datesMustBeISO() {
    #expect(
      messages(Self.base + "start: 23/11/2026\n") == [
        "p.yaml:5: start: '23/11/2026' must be a date written YYYY-MM-DD, a real day of the calendar, for example 2026-11-23"
      ])
  }

  @Test func rangesOfOtherNumbers() {
    #expect(
      messages(Self.base + "weeks: 9\n") == ["p.yaml:5: weeks: 9 is out of range; allowed: a whole number from 1 to 6"])
    #expect(
      messages(Self.base + "minutes_per_day: 2\n").first?.contains("allowed: a whole number from 10 to 120") == true)
    #expect(messages(Self.base + "pregnancy_weeks: 50\n").first?.contains("from 0 to 42") == true)
  }

  @Test func therapistFieldsAreChecked() {
    let found = messages(Self.base + "therapist: {name: Dana, clinik: X}\n")
    #expect(found.count == 1)
    #expect(found[0].contains("therapist.clinik: unknown field") && found[0].hasSuffix("did you mean 'clinic'?"))
  }

  @Test func malformedDocuments() {
    #expect(messages("") == ["p.yaml: is empty"])
    #expect(messages("- a\n- b\n").first?.hasPrefix("p.yaml:1: must be a patient profile") == true)
    #expect(messages("name: [unclosed\n").first?.contains("is not valid YAML") == true)
    #expect(
      messages(Self.base + "pain: 6\n").first == "p.yaml:5: pain: is written more than once; give each field once")
  }

  @Test func filesThatCannotBeRead() {
    let folder = Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: InputErrors.self) { try decoder.decode(path: folder.path) }
    do {
      _ = try decoder.decode(path: folder.appendingPathComponent("missing.yaml").path, displayName: "missing.yaml")
    } catch {
      #expect(error.errors.map(\.description) == ["missing.yaml: file not found"])
    }
  }
}
