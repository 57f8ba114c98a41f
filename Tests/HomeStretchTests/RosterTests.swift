import Foundation
import Testing

@testable import HomeStretch

@Suite final class RosterTests {
  let folder = Fixture.temporaryFolder()
  let loader = RosterLoader(knownItemIDs: Fixture.catalogue.ids)

  deinit { try? FileManager.default.removeItem(at: folder) }

  func write(_ text: String, _ name: String) -> String {
    let path = folder.appendingPathComponent(name).path
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func messages(_ row: Roster.Row) -> [String] {
    if case .failure(let errors) = row.profile { return errors.errors.map(\.description) }
    return []
  }

  @Test func csvWithBOMQuotesCommasListsAndTherapistColumns() throws {
    let path = write(
      "\u{FEFF}name,condition,side,pain,equipment,therapist.name,notes\n"
        + "\"Silva, Ana\",piriformis_syndrome,right,5,strap; chair,Dana,\"Said \"\"mornings\"\", ok\"\n",
      "r.csv")
    let roster = try loader.load(path: path)
    #expect(roster.rows.count == 1)
    let profile = try roster.rows[0].profile.get()
    #expect(profile.name == "Silva, Ana")
    #expect(profile.equipment == [.strap, .chair])
    #expect(profile.therapist.name == "Dana")
    #expect(profile.notes == "Said \"mornings\", ok")
    #expect(roster.rows[0].number == 2)
  }

  @Test func badRowsAreReportedAndTheRestRead() throws {
    let path = write(
      "name,condition,side,pain\nAna,sciatica_disc,left,4\n,sciatica_disc,left,4\nBo,sciatica,left,4\n"
        + "Cy,sciatica_disc,left,14\n\"Dee,sciatica_disc,left,4\nEd,sciatica_disc,left,4,extra\nFay,nonspecific_lbp,both,2\n",
      "r.csv")
    let roster = try loader.load(path: path)
    #expect(roster.rows.map(\.number) == [2, 3, 4, 5, 6, 7, 8])
    #expect(messages(roster.rows[0]).isEmpty)
    #expect(messages(roster.rows[1]) == ["\(path):3: name: is required; write some text"])
    #expect(messages(roster.rows[2]).first?.hasPrefix("\(path):4: condition: 'sciatica' is not known") == true)
    #expect(messages(roster.rows[3]).first?.hasPrefix("\(path):5: pain: 14 is out of range") == true)
    #expect(messages(roster.rows[4]).first?.contains(":6: cannot be read as CSV: a quote mark is not closed") == true)
    #expect(messages(roster.rows[5]).first?.contains(":7: has 5 values but the header has 4 columns") == true)
    #expect(messages(roster.rows[6]).isEmpty)
  }

  @Test func unknownColumnsStopTheRosterWithASuggestion() {
    let path = write("name,condition,side,pian\nAna,sciatica_disc,left,4\n", "r.csv")
    #expect(throws: InputErrors.self) { try self.loader.load(path: path) }
    do {
      _ = try loader.load(path: path)
    } catch {
      #expect(error.errors.first?.description.contains(":1: pian: is not a profile field") == true)
      #expect(error.errors.first?.description.hasSuffix("did you mean 'pain'?") == true)
    }
  }

  @Test func emptyAndWrongFiles() {
    for (text, name, expected) in [
      ("", "empty.csv", "is empty"), ("\u{FEFF}", "bom.csv", "is empty"), ("x", "r.txt", "must be a .csv or a .yaml"),
      ("patients: 3\n", "r.yaml", "patients: must be a list"), ("defaults: {}\n", "d.yaml", "patients: is required"),
    ] {
      let path = write(text, name)
      do {
        _ = try loader.load(path: path)
        Issue.record("\(name) loaded")
      } catch {
        #expect(error.description.contains(expected), "\(name): \(error)")
      }
    }
    #expect(throws: InputErrors.self) { try self.loader.load(path: self.folder.path) }
  }

  @Test func yamlPatientsOverrideTheDefaults() throws {
    let path = write(
      "defaults:\n  condition: nonspecific_lbp\n  side: both\n  pain: 4\npatients:\n  - name: Ana\n  - name: Bo\n    pain: 9\n  - name: Cy\n    pain: 12\n",
      "r.yaml")
    let roster = try loader.load(path: path)
    #expect(try roster.rows[0].profile.get().pain == 4)
    #expect(try roster.rows[1].profile.get().pain == 9)
    #expect(messages(roster.rows[2]) == ["\(path):10: pain: 12 is out of range; allowed: a whole number from 0 to 10"])
    #expect(roster.defaults?.condition == .nonspecificLBP)
    #expect(roster.rows.map(\.number) == [6, 7, 9])
  }

  @Test func csvRowsStartFromADefaultsProfile() throws {
    let defaults = write("condition: lumbar_stenosis\nside: both\npain: 3\nweeks: 4\n", "defaults.yaml")
    let path = write("name,pain\nAna,\nBo,7\n", "r.csv")
    let roster = try loader.load(path: path, defaultsPath: defaults)
    #expect(try roster.rows[0].profile.get().condition == .lumbarStenosis)
    #expect(try roster.rows[0].profile.get().pain == 3)
    #expect(try roster.rows[1].profile.get().pain == 7)
    #expect(roster.defaults?.weeks == 4)
  }
}
