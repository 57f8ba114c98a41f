import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Handout
@testable import HomeStretchWeb

/// The preview's page images (issue 13, item 4): drawn when the browser asks for them, by
/// the PDF's painter from the preview's own layout, under a random id that says nothing of
/// the patient, kept for a limited time, through the render queue.
@Suite struct PageImageRouteTests {
  typealias Thumbnail = HandoutPreviewRouteTests.Thumbnail

  static func preview(_ client: some TestClientProtocol, _ fields: [(String, String)] = WebFixture.maria)
    async throws -> (html: String, thumbnails: [Thumbnail])
  {
    let response = try await WebFixture.post(client, "/plan", fields)
    #expect(response.status == .ok)
    let html = WebFixture.text(response)
    return (html, HandoutPreviewRouteTests.thumbnails(html))
  }

  static func app(service: PlanningService = WebFixture.service, previews: PreviewResults) -> some ApplicationProtocol {
    Application(
      router: WebApp.router(
        service: service, hosts: HostAllowList(names: ["localhost"], port: nil), csrf: WebFixture.token,
        previews: previews))
  }

  @Test func eachImageIsThePageOfTheSameLayoutDrawnByThePDFsPainter() async throws {
    let plan = try WebFixture.plan(WebFixture.maria)
    let options = WebFixture.service.handoutOptions(for: plan)
    let expected = try WebFixture.service.pool.withRenderer { renderer in
      let document = renderer.layout(plan, catalogue: WebFixture.service.catalogue, options: options)
      return (
        small: try renderer.pageImage(document, page: 1, pixelWidth: PageImageSize.thumbnail.pixelWidth).png,
        large: try renderer.pageImage(document, page: 2, pixelWidth: PageImageSize.larger.pixelWidth).png
      )
    }
    try await WebFixture.app().test(.router) { client in
      let thumbnails = try await Self.preview(client).thumbnails
      let small = try await HandoutPreviewRouteTests.image(client, thumbnails[0].small)
      #expect(Data(small.body.readableBytesView) == expected.small, "page 1, small")
      let large = try await HandoutPreviewRouteTests.image(client, thumbnails[1].large)
      #expect(large.status == .ok)
      #expect(HandoutPreviewRouteTests.size(large.body).width == 816)
      #expect(Data(large.body.readableBytesView) == expected.large, "page 2, larger")
      // Asked again, the same bytes (kept, not drawn again).
      let again = try await HandoutPreviewRouteTests.image(client, thumbnails[1].large)
      #expect(again.body == large.body)
    }
  }

  @Test func noAddressOnThePreviewSaysAnythingOfThePatient() async throws {
    try await WebFixture.app().test(.router) { client in
      let html = try await Self.preview(client).html
      let addresses = html.matches(of: /(?:src|href|action|formaction)="([^"]*)"/).map { String($0.output.1) }
      #expect(addresses.count > 20)
      for address in addresses {
        for word in ["maria", "lopez", "piriformis", "cushion"] {
          #expect(!address.lowercased().contains(word), "\(address)")
        }
      }
    }
  }

  @Test(arguments: [
    "/pages/\(String(repeating: "ab", count: 32))/1/small.png",  // never made
    "/pages/abc/1/small.png",  // not an id
    "/pages/ID/0/small.png", "/pages/ID/99/small.png", "/pages/ID/x/small.png",  // no such page
    "/pages/ID/1/huge.png", "/pages/ID/1/small.gif",  // no such size
  ])
  func anAddressThatIsNotAKeptPageIs404(_ template: String) async throws {
    try await WebFixture.app().test(.router) { client in
      let thumbnails = try await Self.preview(client).thumbnails
      let id = try #require(thumbnails.first?.small.split(separator: "/").dropFirst().first)
      let response = try await client.execute(
        uri: template.replacingOccurrences(of: "ID", with: String(id)), method: .get)
      #expect(response.status == .notFound, "\(template)")
      #expect(WebFixture.text(response).contains("Make the plan again"))
      expectSecurityHeaders(response)
    }
  }

  @Test func aPreviewsPagesAreGoneAfterHalfAnHour() async throws {
    let clock = TestClock()
    let previews = PreviewResults(byteBudget: WebApp.previewBudget, now: { clock.now })
    try await Self.app(previews: previews).test(.router) { client in
      let thumbnails = try await Self.preview(client).thumbnails
      clock.advance(29 * 60)
      #expect(try await HandoutPreviewRouteTests.image(client, thumbnails[0].small).status == .ok)
      clock.advance(2 * 60)
      let gone = try await HandoutPreviewRouteTests.image(client, thumbnails[0].small)
      #expect(gone.status == .notFound)
      #expect(WebFixture.text(gone).contains("kept in memory for 30 minutes"))
      #expect(previews.count == 0)
    }
  }

  @Test func thePagesOfManyPreviewsStayWithinTheBudget() async throws {
    let previews = PreviewResults(byteBudget: 1)
    try await Self.app(previews: previews).test(.router) { client in
      let first = try await Self.preview(client).thumbnails
      let second = try await Self.preview(client).thumbnails
      #expect(previews.count == 1, "only the newest kept over the budget")
      #expect(try await HandoutPreviewRouteTests.image(client, first[0].small).status == .notFound)
      #expect(try await HandoutPreviewRouteTests.image(client, second[0].small).status == .ok)
    }
  }

  @Test func atMostTheNewestPreviewsAreKept() async throws {
    let previews = PreviewResults(maxCount: 2)
    try await Self.app(previews: previews).test(.router) { client in
      var first: [Thumbnail] = []
      for index in 0..<3 {
        let thumbnails = try await Self.preview(client).thumbnails
        if index == 0 { first = thumbnails }
      }
      #expect(previews.count == 2)
      #expect(
        try await HandoutPreviewRouteTests.image(client, first[0].small).status == .notFound, "the oldest dropped")
    }
  }

  /// The browser asks for every thumbnail at once: they are drawn together by one render,
  /// so a queue with room for only two renders answers all of them.
  @Test func theThumbnailsAskedForAtOnceAreDrawnByOneRender() async throws {
    let service = HandoutPreviewRouteTests.busyService()
    try await Self.app(service: service, previews: PreviewResults()).test(.router) { client in
      let thumbnails = try await Self.preview(client).thumbnails
      #expect(thumbnails.count >= 3)
      let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
        for thumbnail in thumbnails {
          group.addTask { try await HandoutPreviewRouteTests.image(client, thumbnail.small).status }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(statuses == Array(repeating: .ok, count: thumbnails.count))
      #expect(service.renderQueue.counts == (running: 0, waiting: 0))
    }
  }

  @Test func aFullQueueAnswersAnImageWith503AndTheNextAskDrawsIt() async throws {
    let service = HandoutPreviewRouteTests.busyService()
    try await Self.app(service: service, previews: PreviewResults()).test(.router) { client in
      let thumbnails = try await Self.preview(client).thumbnails
      let held = [try service.renderQueue.enter(), try service.renderQueue.enter()]
      for uri in [thumbnails[0].small, thumbnails[0].large] {
        let busy = try await HandoutPreviewRouteTests.image(client, uri)
        #expect(busy.status == .serviceUnavailable, "\(uri)")
        #expect(busy.headers[.retryAfter] == "2")
      }
      for ticket in held { ticket.leave() }
      for uri in [thumbnails[0].small, thumbnails[0].large] {
        #expect(try await HandoutPreviewRouteTests.image(client, uri).status == .ok, "\(uri) after the wait")
      }
    }
  }
}
