import Foundation
import Testing

@testable import HomeStretch

/// Issue 11 cases 4 to 9 and 11: rosters as clinics export them, read row by row.
@Suite final class MessyRosterTests {
  let folder = Fixture.temporaryFolder()
  let loader = RosterLoader(knownItemIDs: Fixture.catalogue.ids)

  deinit { try? FileManager.default.removeItem(at: folder) }

  func write(_ data: Data, _ name: String) -> String {
    let path = folder.appendingPathComponent(name).path
    #expect(FileManager.default.createFile(atPath: path, contents: data))
    return path
  }

  func write(_ text: String, _ name: String) -> String { write(Data(text.utf8), name) }

  func messages(_ row: Roster.Row) -> [String] {
    if case .failure(let errors) = row.profile { return errors.errors.map(\.description) }
    return []
  }

  func failure(_ path: String, defaults: String? = nil) -> String {
    do {
      _ = try loader.load(path: path, defaultsPath: defaults)
      return "loaded"
    } catch {
      return error.description
    }
  }

  static let fixture = Fixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/messy-roster-40.csv").path

  @Test func oneRaggedRowFailsAloneAndTrailingEmptyCellsAreFine() throws {
    let path = write(
      "name,condition,side,pain,,\nAna,sciatica_disc,left,4,,\nBo,sciatica_disc,left,4,notes, with a comma\n"
        + "Cy,sciatica_disc,left,4\nDee,sciatica_disc,left,4,,,,\n,,,,\n",
      "r.csv")
    let roster = try loader.load(path: path)
    #expect(roster.rows.map(\.number) == [2, 3, 4, 5], "the line of only commas is no patient")
    #expect(messages(roster.rows[0]).isEmpty)
    #expect(
      messages(roster.rows[1]) == [
        "\(path):3: has 6 values but the header has 4 columns (a ',' inside a value needs \"quotes\")"
      ])
    #expect(messages(roster.rows[2]).isEmpty)
    #expect(messages(roster.rows[3]).isEmpty)
  }

  @Test func theFortyRowExportLosesOnlyItsOneBadRow() throws {
    let roster = try loader.load(path: Self.fixture)
    #expect(roster.rows.count == 40)
    let failed = roster.rows.filter { if case .failure = $0.profile { return true } else { return false } }
    #expect(failed.map(\.number) == [24])
    #expect(
      messages(failed[0]) == [
        "\(Self.fixture):24: has 15 values but the header has 14 columns (a ',' inside a value needs \"quotes\")"
      ])
    #expect(
      roster.warnings.first?.description
        == "\(Self.fixture):1: ignored columns that are not profile fields: MRN, DOB, Insurance")
    // Capital letters and spaces in vocabularies and field names; names keep their case.
    let ana = try roster.rows[0].profile.get()
    #expect(ana.name == "Ana Silva" && ana.condition == .sciaticaDisc && ana.side == .right && ana.phase == .chronic)
    #expect(ana.equipment == [.chair, .wall])
    #expect(ana.notes == "Walks the dog daily")
    #expect(ana.therapist.clinic == "Riverside Physical Therapy")
    let farah = try roster.rows[5].profile.get()
    #expect(farah.name == "Farah Haddad" && roster.rows[5].name == "Farah Haddad", "spaces around a name trimmed")
    #expect(try roster.rows[3].profile.get().side == .left, "' Left ' is left")
    #expect(try roster.rows[13].profile.get().redFlags == [.fever], "Fever under Red_Flags is a red flag")
    // The semicolon export of the same sheet reads all 40 (its comma in the notes is text).
    let semicolon = try loader.load(path: Self.fixture.replacingOccurrences(of: ".csv", with: "-semicolon.csv"))
    #expect(semicolon.rows.count == 40)
    #expect(semicolon.rows.allSatisfy { messages($0).isEmpty }, "\(semicolon.rows.flatMap(messages))")
    #expect(try semicolon.rows[22].profile.get().notes == "Knee pain, worse on stairs")
    #expect(try semicolon.rows[0].profile.get().equipment == [.chair, .wall])
  }

  @Test func aNearMissColumnIsAnErrorAndOtherColumnsAreIgnored() throws {
    for column in ["Red Flags", "redflags", "hip replacement", "Condtion"] {
      let path = write("name,condition,side,pain,\(column)\nAna,sciatica_disc,left,4,x\n", "near.csv")
      let message = failure(path)
      #expect(message.contains("\(path):1: \(column): is not a profile field"), "\(column): \(message)")
      #expect(message.contains("did you mean '"), "\(column): \(message)")
    }
    let path = write("MRN,Name,Phone,name2x,Condition,Side,Pain\n7,Ana,555,q,sciatica_disc,left,4\n", "extra.csv")
    let roster = try loader.load(path: path)
    #expect(try roster.rows[0].profile.get().name == "Ana")
    #expect(
      roster.warnings.map(\.description) == [
        "\(path):1: ignored columns that are not profile fields: MRN, Phone, name2x"
      ])
    let twice = write("name,Name,condition,side,pain\nA,B,sciatica_disc,left,4\n", "twice.csv")
    #expect(failure(twice).contains(":1: Name: is a column twice"))
  }

  @Test func delimitersAndEncodings() throws {
    let tab = write("name\tcondition\tside\tpain\tequipment\nAna, Jr\tsciatica_disc\tleft\t4\tchair;wall\n", "tab.csv")
    let tabbed = try loader.load(path: tab)
    #expect(try tabbed.rows[0].profile.get().name == "Ana, Jr")
    #expect(try tabbed.rows[0].profile.get().equipment == [.chair, .wall])
    // Excel's `sep=;` line names the delimiter; rows keep their line numbers.
    let named = try loader.load(
      path: write("sep=;\nname;condition;side;pain\nAna, Jr;sciatica_disc;left;4\n", "sep.csv"))
    #expect(named.rows.map(\.number) == [3])
    #expect(try named.rows[0].profile.get().name == "Ana, Jr")
    let text = "name,condition,side,pain\nJosé,sciatica_disc,left,4\nAna,sciatica_disc,right,3\n"
    // UTF-16 with its byte order mark, as Excel's "Unicode text" saves it.
    var utf16 = Data([0xFF, 0xFE])
    utf16.append(text.data(using: .utf16LittleEndian)!)
    let unicode = try loader.load(path: write(utf16, "utf16.csv"))
    #expect(try unicode.rows[0].profile.get().name == "José")
    // Windows-1252: the row with é is refused with the fix; the others are read.
    let latin = write(text.data(using: .windowsCP1252)!, "cp1252.csv")
    let roster = try loader.load(path: latin)
    #expect(
      messages(roster.rows[0]) == [
        "\(latin):2: holds bytes that are not UTF-8 text (the file may be Windows-1252); save the roster as UTF-8 (in Excel: Save As → CSV UTF-8)"
      ])
    #expect(try roster.rows[1].profile.get().name == "Ana")
    let header = write("nämé,condition\nA,b\n".data(using: .windowsCP1252)!, "header.csv")
    #expect(
      failure(header) == "\(header):1: is not UTF-8 text; save the roster as UTF-8 (in Excel: Save As → CSV UTF-8)")
  }

  @Test func duplicatePatientsAreNamed() throws {
    let path = write(
      "name,condition,side,pain\nAna Silva,sciatica_disc,left,4\nana  silva,sciatica_disc,left,4\n"
        + "Ana Silva,sciatica_disc,right,4\n",
      "dup.csv")
    let roster = try loader.load(path: path)
    #expect(roster.duplicates == [3: 2], "a different side is a different patient")
    #expect(
      roster.warnings.map(\.description) == [
        "\(path):3: ana  silva is the same patient as row 2 (same name and profile); both get a handout"
      ])
  }

  @Test func emptyRostersAndAProfileSayWhatTheyAre() {
    #expect(failure(write("name,condition,side,pain\n\n", "header.csv")).contains("has no patients"))
    #expect(failure(write(" , , \n,,\n", "blank.csv")).contains("blank.csv:1: is empty; the first row must name"))
    #expect(failure(write("patients: []\n", "empty.yaml")).contains("patients: has no patients"))
    let profile = write("name: Ana\ncondition: sciatica_disc\nside: left\npain: 4\n", "ana.yaml")
    #expect(failure(profile).contains("this is a profile, not a roster: use `homestretch render \(profile)`"))
  }

  @Test func aPatientsTherapistMergesWithTheDefaults() throws {
    let path = write(
      "defaults:\n  condition: nonspecific_lbp\n  side: both\n  pain: 4\n"
        + "  therapist: {name: Dana, clinic: Riverside, phone: 555-0142}\n"
        + "patients:\n  - name: Ana\n    therapist: {name: Lee}\n  - Name: Bo\n    Side: Left\n",
      "r.yaml")
    let roster = try loader.load(path: path)
    let ana = try roster.rows[0].profile.get()
    #expect(ana.therapist == Therapist(name: "Lee", clinic: "Riverside", phone: "555-0142"))
    let bo = try roster.rows[1].profile.get()
    #expect(bo.side == .left && bo.name == "Bo", "a capitalised field overrides the default's")
    #expect(roster.rows[1].name == "Bo")
  }

  /// The public entry for bytes in a stated format (a web upload), with the same limits.
  @Test func rosterBytesInAStatedFormat() throws {
    let csv = try loader.load(
      data: Data("Name,Pain\nAna,3\n".utf8), format: .csv, name: "upload.csv",
      defaults: (data: Data("condition: sciatica_disc\nside: left\npain: 5\n".utf8), name: "class.yaml"))
    #expect(try csv.rows[0].profile.get().condition == .sciaticaDisc)
    #expect(try csv.rows[0].profile.get().pain == 3)
    #expect(csv.rows[0].place == "upload.csv:2")
    let yaml = try loader.load(
      data: Data("defaults: {condition: sciatica_disc, side: left, pain: 4}\npatients:\n  - name: Bo\n".utf8),
      format: .yaml, name: "upload.yaml")
    #expect(try yaml.rows[0].profile.get().name == "Bo")
    let big = Data(repeating: 0x41, count: InputLimits.rosterBytes + 1)
    #expect(throws: InputErrors.self) { try self.loader.load(data: big, format: .csv, name: "big.csv") }
    do {
      _ = try loader.load(data: big, format: .yaml, name: "big.yaml")
    } catch {
      #expect(error.description == "big.yaml: is \(big.count) bytes; the limit is 20000000 bytes")
    }
    #expect(RosterFormat(fileName: "Class.CSV") == .csv && RosterFormat(fileName: "a.yml") == .yaml)
    #expect(RosterFormat(fileName: "a.xlsx") == nil)
  }
}
