import Foundation
import Testing

@testable import HomeStretch

/// A web form's fields and JSON are read by the same rules and messages as a YAML profile.
@Suite struct ProfileFieldsTests {
  let decoder = ProfileDecoder(knownItemIDs: Fixture.catalogue.ids)

  @Test func aFormMapsOneToOneToAProfile() throws {
    let form = ProfileFields([
      ("name", "  Ana Silva "), ("condition", "Piriformis_Syndrome"), ("side", "right"), ("pain", "5"),
      ("floor", "on"), ("equipment[]", "chair"), ("equipment[]", "strap"), ("numbness", "right_leg"),
      ("therapist.name", "Dana"), ("therapist.clinic", "Riverside"), ("notes", ""), ("weeks", "3"),
    ])
    let profile = try decoder.decode(form: form)
    #expect(profile.name == "Ana Silva")
    #expect(profile.condition == .piriformisSyndrome)
    #expect(profile.floor)
    #expect(profile.equipment.map(\.rawValue).sorted() == ["chair", "strap"])
    #expect(profile.numbness == [.rightLeg])
    #expect(profile.therapist.clinic == "Riverside")
    #expect(profile.weeks == 3)
    #expect(profile.notes == "")
  }

  @Test func formProblemsNameTheFieldWithTheSameMessageAsYAML() throws {
    let form = ProfileFields([("name", "Ana"), ("condition", "pirifomis_syndrome"), ("side", "right"), ("pain", "12")])
    let yaml = "name: Ana\ncondition: pirifomis_syndrome\nside: right\npain: 12\n"
    var formErrors: [InputError] = []
    var yamlErrors: [InputError] = []
    do { _ = try decoder.decode(form: form) } catch { formErrors = error.errors }
    do { _ = try decoder.decode(yaml: yaml, file: "form") } catch { yamlErrors = error.errors }
    #expect(formErrors.map(\.field) == ["condition", "pain"])
    #expect(formErrors.map(\.message) == yamlErrors.map(\.message))
    #expect(formErrors.allSatisfy { $0.file == "form" && $0.line == nil })
    #expect(formErrors[0].message.contains("did you mean 'piriformis_syndrome'"))
  }

  @Test func jsonReadsByTheSameRules() throws {
    let json = Data(
      #"{"name": "Ben", "condition": "sciatica_disc", "side": "left", "pain": 6, "floor": true, "therapist": {"name": "Sam"}, "numbness": ["left_leg"]}"#
        .utf8)
    let profile = try decoder.decode(json: json, file: "ben.json")
    #expect(profile.pain == 6 && profile.floor && profile.therapist.name == "Sam" && profile.numbness == [.leftLeg])
    #expect(throws: InputErrors.self) { try decoder.decode(json: Data("{".utf8), file: "bad.json") }
    do {
      _ = try decoder.decode(
        json: Data(#"{"name": "B", "condition": "sciatica_disc", "side": "up", "pain": 3}"#.utf8), file: "b.json")
      Issue.record("a bad side must be refused")
    } catch {
      #expect(error.errors.map(\.field) == ["side"])
    }
  }
}
