import Foundation
import HTTPTypes
import Handout
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import HomeStretch
@testable import HomeStretchWeb

/// The class roster in the web app (issue 13 item 5): the upload form, the batch summary,
/// the three downloads, and each refusal with its status and words.
@Suite struct RosterRouteTests {
  @Test func theUploadPageIsLinkedFromTheFormAndLabelsItsInputs() async throws {
    try await WebFixture.app().test(.router) { client in
      let form = WebFixture.text(try await client.execute(uri: "/", method: .get))
      #expect(form.contains("<a href=\"/roster\">Class roster</a>"))
      let response = try await client.execute(uri: "/roster", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.cacheControl] == "no-store")
      expectSecurityHeaders(response)
      let html = WebFixture.text(response)
      #expect(html.contains("enctype=\"multipart/form-data\""))
      #expect(html.contains("name=\"csrf\" value=\"\(WebFixture.token.value)\""))
      #expect(html.contains("<label for=\"roster-file\">"))
      #expect(html.contains("type=\"file\" id=\"roster-file\" name=\"roster\""))
      for id in ["roster-paper-0", "roster-paper-1", "roster-paper-2", "roster-large_print"] {
        #expect(html.contains("for=\"\(id)\"") && html.contains("id=\"\(id)\""), "label for \(id)")
      }
      #expect(html.contains("20,000,000 bytes") && html.contains("5,000"))
      #expect(!html.contains("<script"))
    }
  }

  @Test func aRosterIsPrintedWithItsSummaryAndTheThreeDownloads() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await RosterFixture.upload(client, file: try RosterFixture.example("class-roster.yaml"))
      #expect(response.status == .ok)
      #expect(response.headers[.cacheControl] == "no-store")
      let html = WebFixture.text(response)
      // Every row, with its outcome; the red flag is a referral sheet.
      for name in ["Ana Silva", "Ben Novak", "Chloé Okafor", "Dmitri Ivanov", "Eleni Papadopoulou"] {
        #expect(html.contains("<td>\(name)</td>"), "\(name) is listed")
      }
      #expect(html.contains("5 rows: 4 handouts printed, 1 referral sheet."))
      #expect(
        html.contains(
          "<tr class=\"referral\"><td>22</td><td>Eleni Papadopoulou</td><td><strong>Referral sheet</strong>"))
      let id = try #require(RosterFixture.id(in: html))
      #expect(RosterResults.isWellFormed(id), "64 hex digits: \(id)")
      // No patient name in any address of the page.
      for link in html.matches(of: /href="([^"]*)"/).map({ String($0.output.1) }) {
        #expect(!link.contains("ana") && !link.contains("silva"), "\(link)")
      }

      let summary = try await client.execute(uri: "/roster/\(id)/summary.csv", method: .get)
      #expect(summary.status == .ok)
      #expect(summary.headers[.contentType] == "text/csv; charset=utf-8")
      #expect(
        summary.headers[.contentDisposition] == "attachment; filename=\"summary.csv\"; filename*=UTF-8''summary.csv")
      #expect(summary.headers[.cacheControl] == "no-store")
      let records = try CSVRecords.read(text: WebFixture.text(summary), name: "summary.csv")
      #expect(records.header == BatchSummary.header)
      #expect(
        records.rows.map { $0.fields[1] } == [
          "Ana Silva", "Ben Novak", "Chloé Okafor", "Dmitri Ivanov", "Eleni Papadopoulou",
        ])
      #expect(records.rows.map { $0.fields[2] } == ["written", "written", "written", "written", "referral"])

      // The zip holds one PDF per printed row, named as in the summary, each with its pages.
      let archive = try await client.execute(uri: "/roster/\(id)/handouts.zip", method: .get)
      #expect(archive.status == .ok)
      #expect(archive.headers[.contentType] == "application/zip")
      #expect(archive.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"handouts.zip\"") == true)
      let entries = try RosterFixture.entries(Data(archive.body.readableBytesView))
      #expect(entries.map(\.name) == records.rows.map { $0.fields[3] })
      var sheets = 0
      for (entry, record) in zip(entries, records.rows) {
        let pages = try RosterFixture.pages(entry.data)
        #expect(pages == Int(record.fields[4]), "\(entry.name)")
        #expect(try RosterFixture.text(entry.data).contains(record.fields[1]), "\(entry.name) is \(record.fields[1])'s")
        sheets += pages + pages % 2
      }

      // all.pdf: every handout in roster order, each starting on a fresh sheet.
      let all = try await client.execute(uri: "/roster/\(id)/all.pdf", method: .get)
      #expect(all.status == .ok)
      #expect(all.headers[.contentType] == "application/pdf")
      #expect(all.headers[.contentDisposition] == "attachment; filename=\"all.pdf\"; filename*=UTF-8''all.pdf")
      #expect(all.headers[.cacheControl] == "no-store")
      let pdf = Data(all.body.readableBytesView)
      #expect(try RosterFixture.pages(pdf) == sheets)
      #expect(html.contains("(\(sheets) pages)"))
      let text = try RosterFixture.text(pdf)
      for name in records.rows.map({ $0.fields[1] }) { #expect(text.contains(name), "\(name) in all.pdf") }
    }
  }

  @Test func badRowsAreShownWithTheirRowAndFieldAndTheOthersPrinted() async throws {
    let csv = """
      name,condition,side,pain,MRN
      Ana Silva,sciatica_disc,left,4,1001
      Ben Novak,sciatica_disc,left,14,1002
      ,piriformis_syndrome,right,3,1003
      Sam <b>Doe</b>,nonspecific_lbp,both,5,1004

      """
    try await WebFixture.app().test(.router) { client in
      let response = try await RosterFixture.upload(client, file: ("week-48.csv", Data(csv.utf8)))
      #expect(response.status == .ok)
      let html = WebFixture.text(response)
      #expect(html.contains("4 rows: 2 handouts printed, 2 rows not printed."))
      #expect(html.contains("2 rows need fixing"))
      #expect(html.contains("<tr class=\"failed\"><td>3</td><td>Ben Novak</td>"))
      #expect(html.contains("week-48.csv:3: pain: 14 is out of range; allowed: a whole number from 0 to 10"))
      #expect(html.contains("week-48.csv:4: name: is required"))
      #expect(html.contains("<td>Sam &lt;b&gt;Doe&lt;/b&gt;</td>"), "a patient's text is escaped")
      #expect(!html.contains("<b>Doe</b>"))
      #expect(html.contains("ignored a column that is not profile fields: MRN"))
      let id = try #require(RosterFixture.id(in: html))
      let archive = try await client.execute(uri: "/roster/\(id)/handouts.zip", method: .get)
      #expect(
        try RosterFixture.entries(Data(archive.body.readableBytesView)).map(\.name) == [
          "ana-silva.pdf", "sam-b-doe-b.pdf",
        ])
      let summary = WebFixture.text(try await client.execute(uri: "/roster/\(id)/summary.csv", method: .get))
      #expect(summary.contains("3,Ben Novak,failed,,,week-48.csv:3: pain: 14 is out of range"))
    }
  }

  @Test func theUploadsPaperAndLargePrintApplyToEveryone() async throws {
    try await WebFixture.app().test(.router) { client in
      let csv = "name,condition,side,pain\nAna Silva,sciatica_disc,left,4\n"
      let response = try await RosterFixture.upload(
        client, file: ("a.csv", Data(csv.utf8)), fields: [("paper", "a4"), ("large_print", "true")])
      let id = try #require(RosterFixture.id(in: WebFixture.text(response)))
      let all = try await client.execute(uri: "/roster/\(id)/all.pdf", method: .get)
      let info = try RosterFixture.withFile(Data(all.body.readableBytesView)) {
        try Subprocess.run("pdfinfo", [$0]).stdout
      }
      #expect(info.contains("595.276 x 841.89 pts (A4)") || info.contains("595.28 x 841.89 pts (A4)"), "\(info)")
      let bad = try await RosterFixture.upload(client, file: ("a.csv", Data(csv.utf8)), fields: [("paper", "legal")])
      #expect(bad.status == .unprocessableContent)
      #expect(WebFixture.text(bad).contains("paper: &#39;legal&#39; is not known; allowed: letter, a4"))
    }
  }

  @Test func aRosterOverItsLimitsIs413WithTheLimitInWords() async throws {
    try await WebFixture.app().test(.router) { client in
      var csv = "name,condition,side,pain\n"
      for index in 0...InputLimits.rosterPatients { csv += "Patient \(index),sciatica_disc,left,4\n" }
      let rows = try await RosterFixture.upload(client, file: ("big.csv", Data(csv.utf8)))
      #expect(rows.status == .contentTooLarge)
      let html = WebFixture.text(rows)
      #expect(html.contains("big.csv: has 5001 rows; the limit is 5000 per roster"))
      #expect(html.contains("up to 20,000,000 bytes (20 MB) and 5,000 patients; split the class"))

      let bytes = try await RosterFixture.upload(
        client, file: ("huge.csv", Data(repeating: UInt8(ascii: "a"), count: InputLimits.rosterBytes + 70_000)))
      #expect(bytes.status == .contentTooLarge)
      #expect(WebFixture.text(bytes).contains("20,000,000 bytes (20 MB)"))
    }
  }

  @Test func aFileThatIsNoRosterIs422WithTheLoadersMessage() async throws {
    try await WebFixture.app().test(.router) { client in
      let profile = try await RosterFixture.upload(client, file: try RosterFixture.example("maria-lopez.yaml"))
      #expect(profile.status == .unprocessableContent)
      let html = WebFixture.text(profile)
      #expect(html.contains("This file could not be read as a roster"))
      #expect(html.contains("maria-lopez.yaml: this is a profile, not a roster"))
      #expect(html.contains("enctype=\"multipart/form-data\""), "the form again, to upload another file")

      let text = try await RosterFixture.upload(client, file: ("notes.txt", Data("hello".utf8)))
      #expect(text.status == .unprocessableContent)
      #expect(WebFixture.text(text).contains("notes.txt: a roster must be a .csv or a .yaml file"))

      let empty = try await RosterFixture.upload(client, file: ("empty.csv", Data()))
      #expect(empty.status == .unprocessableContent)
      #expect(WebFixture.text(empty).contains("empty.csv:1: is empty; the first row must name the profile fields"))

      let none = try await RosterFixture.upload(client, file: nil)
      #expect(none.status == .unprocessableContent)
      #expect(WebFixture.text(none).contains("roster: no file was chosen"))
    }
  }

  @Test func aMissingTokenIs403AndAnotherContentTypeIs415() async throws {
    try await WebFixture.app().test(.router) { client in
      let csv = ("a.csv", Data("name,condition,side,pain\nAna Silva,sciatica_disc,left,4\n".utf8))
      let missing = try await RosterFixture.upload(client, file: csv, csrf: false)
      #expect(missing.status == .forbidden)
      #expect(WebFixture.text(missing).contains("security token is missing or old"))
      let wrong = try await RosterFixture.upload(
        client, file: csv, fields: [("csrf", String(repeating: "0", count: 32))], csrf: false)
      #expect(wrong.status == .forbidden)

      let form = try await WebFixture.post(client, "/roster", [("roster", "name,condition")])
      #expect(form.status == .unsupportedMediaType)
      #expect(WebFixture.text(form).contains("multipart/form-data"))

      let garbage = try await client.execute(
        uri: "/roster", method: .post, headers: RosterFixture.headers, body: .init(string: "not multipart"))
      #expect(garbage.status.code >= 400 && garbage.status.code < 500)
    }
  }

  @Test func anUnknownOrExpiredIdIs404WithAClearPage() async throws {
    let clock = TestClock()
    let results = RosterResults(now: { clock.now })
    try await RosterFixture.app(results: results).test(.router) { client in
      for uri in [
        "/roster/\(String(repeating: "ab", count: 32))/all.pdf", "/roster/../summary.csv", "/roster/x/handouts.zip",
      ] {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .notFound, "\(uri)")
      }
      let csv = ("a.csv", Data("name,condition,side,pain\nAna Silva,sciatica_disc,left,4\n".utf8))
      let id = try #require(RosterFixture.id(in: WebFixture.text(try await RosterFixture.upload(client, file: csv))))
      clock.advance(29 * 60)
      #expect(try await client.execute(uri: "/roster/\(id)/summary.csv", method: .get).status == .ok)
      clock.advance(2 * 60)
      for file in ["all.pdf", "handouts.zip", "summary.csv"] {
        let gone = try await client.execute(uri: "/roster/\(id)/\(file)", method: .get)
        #expect(gone.status == .notFound)
        #expect(WebFixture.text(gone).contains("no longer kept"))
        #expect(WebFixture.text(gone).contains("30 minutes"))
      }
      #expect(results.count == 0)
    }
  }

  /// One roster prints at a time: another upload meanwhile is 503 with Retry-After and the
  /// form again, nothing kept; once the first is done the same upload prints.
  @Test func aSecondRosterWhileOnePrintsIs503() async throws {
    let service = PlanningService(
      catalogue: WebFixture.service.catalogue, pool: WebFixture.service.pool,
      rosterQueue: RenderQueue(workers: 1, waitingPerWorker: 0, retryAfter: 10), today: { WebFixture.monday })
    let results = RosterResults()
    let app = Application(
      router: WebApp.router(
        service: service, hosts: HostAllowList(names: ["localhost"], port: nil), csrf: WebFixture.token,
        rosterResults: results))
    let csv = ("a.csv", Data("name,condition,side,pain\nAna Silva,sciatica_disc,left,4\n".utf8))
    try await app.test(.router) { client in
      let printing = try service.rosterQueue.enter()
      let busy = try await RosterFixture.upload(client, file: csv)
      #expect(busy.status == .serviceUnavailable)
      #expect(busy.headers[.retryAfter] == "10")
      let html = WebFixture.text(busy)
      #expect(html.contains("Another class roster is being printed now"))
      #expect(html.contains("in 10 seconds or more"))
      #expect(html.contains("name=\"roster\""), "the upload form again")
      #expect(results.count == 0, "nothing kept")
      printing.leave()
      let printed = try await RosterFixture.upload(client, file: csv)
      #expect(printed.status == .ok)
      #expect(results.count == 1)
      #expect(service.rosterQueue.counts == (running: 0, waiting: 0))
    }
  }

  @Test func onlyReferralsHaveNoZipButASheet() async throws {
    try await WebFixture.app().test(.router) { client in
      let csv = ("r.csv", Data("name,condition,side,pain,red_flags\nSam Doe,sciatica_disc,left,4,fever\n".utf8))
      let html = WebFixture.text(try await RosterFixture.upload(client, file: csv))
      #expect(html.contains("1 row: 0 handouts printed, 1 referral sheet."))
      let id = try #require(RosterFixture.id(in: html))
      #expect(try await client.execute(uri: "/roster/\(id)/all.pdf", method: .get).status == .ok)

      let bad = ("b.csv", Data("name,condition,side,pain\nSam Doe,sciatica_disc,left,44\n".utf8))
      let failed = WebFixture.text(try await RosterFixture.upload(client, file: bad))
      let none = try #require(RosterFixture.id(in: failed))
      #expect(!failed.contains("/all.pdf"))
      let missing = try await client.execute(uri: "/roster/\(none)/all.pdf", method: .get)
      #expect(missing.status == .notFound)
      #expect(WebFixture.text(missing).contains("printed no handout, so there is no all.pdf"))
    }
  }
}

/// The kept results: expiry, the byte budget (oldest dropped first), unguessable ids.
@Suite struct RosterResultsTests {
  func batch(bytes: Int) -> RosterBatch {
    RosterBatch(
      source: "r.csv", report: BatchReport([], roster: Roster(source: "r.csv", rows: [], defaults: nil)), warnings: [],
      combinedPDF: Data(count: bytes), combinedPages: 1, archive: nil, summaryCSV: Data(), problems: [])
  }

  @Test func theOldestAreDroppedBeyondTheBudgetAndTheNewestIsKept() {
    let results = RosterResults(byteBudget: 2_500)
    let first = results.keep(batch(bytes: 1_000))
    let second = results.keep(batch(bytes: 1_000))
    #expect(results.batch(first) != nil && results.batch(second) != nil)
    let third = results.keep(batch(bytes: 1_000))
    #expect(results.batch(first) == nil, "the oldest is dropped")
    #expect(results.batch(second) != nil && results.batch(third) != nil)
    let huge = results.keep(batch(bytes: 10_000))
    #expect(results.batch(huge) != nil && results.count == 1)
  }

  @Test func idsAre32RandomBytesInHex() {
    let ids = (0..<100).map { _ in RosterResults.newID() }
    #expect(Set(ids).count == 100)
    #expect(ids.allSatisfy(RosterResults.isWellFormed))
    #expect(!RosterResults.isWellFormed("../etc/passwd") && !RosterResults.isWellFormed(ids[0].uppercased()))
  }
}
