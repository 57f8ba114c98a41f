import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import Handout
@testable import HomeStretchWeb

/// The handout beside the plan preview (issue 13, items 4 and 8): a thumbnail of every page
/// of the PDF with its page number and alt text, the options of the form applied, the
/// health-literacy check of the same layout, and the render queue's 503 when it is full.
@Suite struct HandoutPreviewRouteTests {
  /// A thumbnail of a preview page, as its HTML says.
  struct Thumbnail {
    var anchor: String
    var alt: String
    /// The addresses of its image and of the larger one.
    var small: String
    var large: String
    var width: Int
    var height: Int
  }

  /// The thumbnails of a preview page, in order.
  static func thumbnails(_ html: String) -> [Thumbnail] {
    html.matches(
      of:
        /<li class="thumb" id="(page-\d+)">.*?<img class="small" src="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)"><\/a>\n<img class="large" loading="lazy" src="([^"]+)"/
        .dotMatchesNewlines()
    )
    .map { match in
      Thumbnail(
        anchor: String(match.output.1), alt: String(match.output.5), small: String(match.output.2),
        large: String(match.output.6), width: Int(match.output.3) ?? 0, height: Int(match.output.4) ?? 0)
    }
  }

  /// An image the server answers at `uri`: its status, headers and PNG bytes.
  static func image(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .get)
  }

  /// A PNG's width and height from its header.
  static func size(_ png: ByteBuffer) -> (width: Int, height: Int) {
    let bytes = Array(png.readableBytesView.prefix(24))
    guard bytes.count == 24 else { return (0, 0) }
    func number(_ start: Int) -> Int { bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (number(16), number(20))
  }

  /// The page count of a PDF, read by poppler.
  static func pageCount(_ pdf: ByteBuffer) throws -> Int {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("homestretch-web-\(UUID().uuidString).pdf")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(pdf.readableBytesView).write(to: file)
    let info = try Subprocess.run("pdfinfo", [file.path]).stdout
    let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
    return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) ?? -1
  }

  @Test(arguments: [false, true])
  func thePreviewHasOneThumbnailPerPageOfThePDF(a4LargePrint a4: Bool) async throws {
    let fields =
      a4 ? WebFixture.maria(replacing: ["paper": "a4"], adding: [("large_print", "true")]) : WebFixture.maria
    try await WebFixture.app().test(.router) { client in
      let preview = try await WebFixture.post(client, "/plan", fields)
      #expect(preview.status == .ok)
      let csp = try #require(preview.headers[.contentSecurityPolicy])
      #expect(csp == "default-src 'self'; frame-ancestors 'none'; form-action 'self'", "images from the server only")
      #expect(preview.headers[.cacheControl] == "no-store")
      let html = WebFixture.text(preview)
      let thumbnails = Self.thumbnails(html)

      let pdf = try await WebFixture.post(client, "/handout", fields)
      #expect(pdf.status == .ok)
      let pages = try Self.pageCount(pdf.body)
      #expect(pages >= 3)
      #expect(thumbnails.count == pages, "one thumbnail per page of the PDF")
      #expect(html.contains("The handout: \(pages) pages"))

      #expect(html.contains(a4 ? "On A4 paper, in large print" : "On letter paper, in normal print"))
      let ratio = a4 ? 841.89 / 595.276 : 792.0 / 612.0
      for (index, thumbnail) in thumbnails.enumerated() {
        let number = index + 1
        #expect(thumbnail.anchor == "page-\(number)")
        #expect(thumbnail.alt.hasPrefix("Page \(number) of \(pages): "), "alt text \(thumbnail.alt)")
        #expect(thumbnail.width == PageThumbnails.shownWidth)
        #expect(abs(Double(thumbnail.height) / Double(thumbnail.width) - ratio) < 0.01, "the paper's proportions")
        // The image is the server's, under the preview's random id and the page number only.
        #expect(thumbnail.small.wholeMatch(of: /\/pages\/[0-9a-f]{64}\/\d+\/small\.png/) != nil, "\(thumbnail.small)")
        #expect(thumbnail.small.hasSuffix("/\(number)/small.png"))
        #expect(thumbnail.large == thumbnail.small.replacingOccurrences(of: "small.png", with: "large.png"))
        let image = try await Self.image(client, thumbnail.small)
        #expect(image.status == .ok, "page \(number)")
        #expect(image.headers[.contentType] == "image/png")
        #expect(image.headers[.cacheControl] == "no-store")
        let size = Self.size(image.body)
        #expect(size.width == 2 * PageThumbnails.shownWidth, "twice as sharp as shown")
        #expect(abs(Double(size.height) / Double(size.width) - ratio) < 0.01)
        #expect(html.contains("<figcaption><strong>Page \(number)</strong>"), "labelled with its number")
        // Opens larger by a plain link to its own anchor.
        #expect(html.contains("<a class=\"open\" href=\"#page-\(number)\""))
      }
      #expect(thumbnails.first?.alt == "Page 1 of \(pages): \(Wording.english.coverTitle)")
      let plan = try WebFixture.plan(fields)
      let firstCard = "1. \(WebFixture.name(plan.items[0].id))"
      #expect(thumbnails.contains { $0.alt.contains(HTML.escape(firstCard)) }, "a page says it holds \(firstCard)")
      #expect(!html.contains("<script"), "no JavaScript needed to open a page")
    }
  }

  @Test func largePrintMakesMorePagesInThePreview() async throws {
    try await WebFixture.app().test(.router) { client in
      let normal = Self.thumbnails(WebFixture.text(try await WebFixture.post(client, "/plan", WebFixture.maria)))
      let large = Self.thumbnails(
        WebFixture.text(
          try await WebFixture.post(client, "/plan", WebFixture.maria + [("large_print", "true")])))
      #expect(large.count > normal.count, "\(large.count) large-print pages, \(normal.count) normal")
      let normalCover = try await Self.image(client, try #require(normal.first).small).body
      let largeCover = try await Self.image(client, try #require(large.first).small).body
      #expect(normalCover != largeCover, "the large-print cover is drawn larger")
    }
  }

  @Test func theLiteracyCheckOfTheSameLayoutIsBesideThePreview() async throws {
    let plan = try WebFixture.plan(WebFixture.maria)
    let options = WebFixture.service.handoutOptions(for: plan)
    let report = try WebFixture.service.pool.withRenderer { renderer in
      LiteracyCheck.check(
        renderer.layout(plan, catalogue: WebFixture.service.catalogue, options: options),
        largePrint: options.largePrint)
    }
    try await WebFixture.app().test(.router) { client in
      let html = WebFixture.text(try await WebFixture.post(client, "/plan", WebFixture.maria))
      let aside = try #require(html.range(of: "<aside class=\"handout\""))
      let literacy = try #require(html.range(of: "<details class=\"literacy"))
      #expect(literacy.lowerBound > aside.lowerBound, "in the handout column")
      for criterion in report.criteria {
        #expect(
          html.contains("<strong>\(HTML.escape(criterion.name))</strong>: \(HTML.escape(criterion.measure))"),
          "\(criterion.name) with its measure")
      }
      let counted = report.criteria.filter { !$0.informational }.count
      if report.passed {
        #expect(html.contains("<details class=\"literacy passed\" id=\"literacy\">"), "folded when it all passes")
        #expect(html.contains("Health-literacy check: all \(counted) criteria pass"))
      } else {
        #expect(html.contains("<details class=\"literacy failed\" id=\"literacy\" open>"))
        #expect(html.contains("Health-literacy check: \(report.failures.count) of \(counted) criteria fail"))
      }
    }
  }

  @Test func aFailedCriterionShowsItsWorstSentenceAndPageFirstAndOpen() {
    let report = LiteracyReport(criteria: [
      .init(name: "reading grade (Flesch-Kincaid)", measure: "5.1 (target 7.9 or lower)", passed: true),
      .init(
        name: "longest sentence", measure: "34 words (at most 30)", passed: false,
        worst: "Keep your <back> straight & breathe.", page: 3),
      .init(
        name: "therapist's notes (shown, never failed)", measure: "grade 9.0, 12 words", passed: true,
        worst: nil, informational: true),
    ])
    let html = LiteracyPanel.html(report)
    #expect(html.hasPrefix("<details class=\"literacy failed\" id=\"literacy\" open>"))
    #expect(html.contains("<summary>Health-literacy check: 1 of 2 criteria fail</summary>"))
    let failure = html.range(of: "<li class=\"criterion fail\"><span class=\"mark\">fail</span>")
    let pass = html.range(of: "<li class=\"criterion pass\">")
    #expect(failure != nil && pass != nil && failure!.lowerBound < pass!.lowerBound, "the failure first")
    #expect(
      html.contains(
        "<a href=\"#page-3\">page 3</a>: \u{201C}Keep your &lt;back&gt; straight &amp; breathe.\u{201D}"))
    #expect(html.contains("<li class=\"criterion info\"><span class=\"mark\">info</span>"))

    let passing = LiteracyPanel.html(LiteracyReport(criteria: [report.criteria[0]]))
    #expect(passing.hasPrefix("<details class=\"literacy passed\" id=\"literacy\">"), "folded")
    #expect(passing.contains("all 1 criteria pass"))
  }

  @Test func aReferralShowsItsOnePageSheetAndItsCheck() async throws {
    try await WebFixture.app().test(.router) { client in
      let fields = WebFixture.maria + [("red_flags", "bladder_bowel_change")]
      let html = WebFixture.text(try await WebFixture.post(client, "/plan", fields))
      let thumbnails = Self.thumbnails(html)
      #expect(thumbnails.count == 1)
      #expect(thumbnails.first?.alt.hasPrefix("Page 1 of 1") == true)
      #expect(html.contains("<strong>what to do now on the first page</strong>: yes"))
    }
  }

  /// A service of its own whose queue the test fills, so no other test is refused.
  static func busyService(workers: Int = 1) -> PlanningService {
    PlanningService(
      catalogue: WebFixture.service.catalogue, pool: WebFixture.service.pool,
      renderQueue: RenderQueue(workers: workers, waitingPerWorker: 1), today: { WebFixture.monday })
  }

  @Test func aFullQueueAnswers503WithRetryAfterAndLosesNothing() async throws {
    let service = Self.busyService()
    let app = Application(
      router: WebApp.router(
        service: service, hosts: HostAllowList(names: ["localhost"], port: nil), csrf: WebFixture.token))
    // One render running and one waiting: the queue is full.
    let held = [try service.renderQueue.enter(), try service.renderQueue.enter()]
    try await app.test(.router) { client in
      for uri in ["/plan", "/handout"] {
        let response = try await WebFixture.post(client, uri, WebFixture.maria)
        #expect(response.status == .serviceUnavailable, "\(uri)")
        #expect(response.headers[.retryAfter] == "2")
        #expect(response.headers[.cacheControl] == "no-store")
        expectSecurityHeaders(response)
        let html = WebFixture.text(response)
        #expect(html.contains("The server is busy: it is drawing 1 handout and 1 more is waiting"))
        #expect(html.contains("try again in 2 seconds"))
        // Try again posts the same form to the same address, with a fresh token.
        #expect(html.contains("<form method=\"post\" action=\"\(uri)\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(WebFixture.token.value)\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"name\" value=\"Maria Lopez\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"notes\" value=\"Sit on a cushion at work.\">"))
        #expect(html.components(separatedBy: "name=\"csrf\"").count == 2, "one token")
        #expect(html.contains(">Try again</button>"))
      }
      // A bad form is still a bad form (422), busy or not: it draws nothing.
      let bad = try await WebFixture.post(client, "/plan", WebFixture.maria(replacing: ["pain": "14"]))
      #expect(bad.status == .unprocessableContent)

      // Once the renders are done, the same request is answered.
      for ticket in held { ticket.leave() }
      #expect(service.renderQueue.counts == (running: 0, waiting: 0))
      let again = try await WebFixture.post(client, "/plan", WebFixture.maria)
      #expect(again.status == .ok)
      let thumbnails = Self.thumbnails(WebFixture.text(again))
      #expect(!thumbnails.isEmpty)
      #expect(try await Self.image(client, thumbnails[0].small).status == .ok)
      #expect(service.renderQueue.counts == (running: 0, waiting: 0), "the render gave its worker back")
    }
  }

  /// Under `/api/` (the JSON API's paths) the busy answer is JSON, with the same header.
  @Test func aBusyAnswerUnderTheAPIIsJSON() async throws {
    let full = RenderQueue.Full(workers: 2, waiting: 8, retryAfter: 2)
    let router = Router()
    router.post("/api/handout") { _, _ in WebApp.busy(full, path: "/api/handout", csrf: WebFixture.token) }
    router.post("/handout") { _, _ in WebApp.busy(full, path: "/handout", csrf: WebFixture.token) }
    try await Application(router: router).test(.router) { client in
      let page = try await client.execute(uri: "/handout", method: .post)
      #expect(page.status == .serviceUnavailable)
      #expect(page.headers[.contentType] == "text/html; charset=utf-8")
      #expect(page.headers[.retryAfter] == "2")
      let response = try await client.execute(uri: "/api/handout", method: .post)
      #expect(response.status == .serviceUnavailable)
      #expect(response.headers[.retryAfter] == "2")
      #expect(response.headers[.contentType] == "application/json; charset=utf-8")
      #expect(response.headers[.cacheControl] == "no-store")
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
      #expect(json["error"] as? String == "busy")
      #expect(json["retryAfter"] as? Int == 2)
      #expect((json["message"] as? String)?.contains("drawing 2 handouts and 8 more are waiting") == true)
    }
  }
}
