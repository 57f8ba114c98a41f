import Foundation
import HTTPTypes
import Handout
import HomeStretch
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import HomeStretchWeb

/// The web app's routes over the repository's catalogue and fonts, with a fixed token and
/// a fixed "today", driven through Hummingbird's router test client.
enum WebFixture {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let token = CSRFToken(value: "0123456789abcdef0123456789abcdef")

  static let service: PlanningService = {
    do {
      let catalogue = try CatalogueLoader.load(directory: root.appendingPathComponent("Exercises").path)
      let pool = RendererPool(fontsDirectory: root.appendingPathComponent("Fonts").path, capacity: 2)
      return PlanningService(
        catalogue: catalogue, pool: pool, samples: SampleProfiles(folder: root.appendingPathComponent("examples").path),
        // A line long enough for every test running at once: only the queue's own tests are refused.
        renderQueue: RenderQueue(workers: 2, waitingPerWorker: 100),
        rosterQueue: RenderQueue(workers: 1, waitingPerWorker: 100), today: { monday })
    } catch {
      fatalError("catalogue: \(error)")
    }
  }()

  static let monday = CalendarDate(year: 2026, month: 11, day: 23)!

  /// The router test client answers as `localhost` (no port); the production allow-list,
  /// with the port, is tested on its own in ``HostAllowListTests``.
  static func app() -> some ApplicationProtocol {
    Application(
      router: WebApp.router(service: service, hosts: HostAllowList(names: ["localhost"], port: nil), csrf: token))
  }

  /// Maria Lopez, the sample profile, as the form posts her.
  static let maria: [(String, String)] = [
    ("name", "Maria Lopez"), ("age", "46"), ("condition", "piriformis_syndrome"), ("side", "right"), ("pain", "6"),
    ("phase", "subacute"), ("floor", "true"), ("equipment", "strap"), ("equipment", "chair"),
    ("minutes_per_day", "20"), ("sitting_job", "true"), ("pregnancy_weeks", "0"),
    ("directional_preference", "unknown"), ("numbness", "right_leg"), ("health", "osteoporosis"), ("weeks", "4"),
    ("max_exercises", "6"), ("start", "2026-11-23"), ("notes", "Sit on a cushion at work."), ("paper", "letter"),
    ("therapist.name", "Dana Whitfield"), ("therapist.clinic", "Riverside Physical Therapy"),
    ("therapist.phone", "555-0142"),
  ]

  /// `fields` with the token (unless `csrf` is false) as a URL-encoded body.
  static func body(_ fields: [(String, String)], csrf: Bool = true) -> ByteBuffer {
    let all = (csrf ? [("csrf", token.value)] : []) + fields
    return ByteBuffer(string: FormBody(all).urlEncoded)
  }

  /// Maria with some fields replaced (a nil value removes the field).
  static func maria(replacing changes: [String: String?], adding extra: [(String, String)] = []) -> [(String, String)] {
    var fields = maria.filter { changes[$0.0] == nil }
    for (name, value) in changes { if let value { fields.append((name, value)) } }
    return fields + extra
  }

  static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

  static func post(
    _ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)], csrf: Bool = true,
    headers: HTTPFields = formHeaders
  ) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .post, headers: headers, body: body(fields, csrf: csrf))
  }

  static func text(_ response: TestResponse) -> String {
    String(buffer: response.body)
  }

  static func name(_ id: String) -> String {
    Wording.english.name(of: id, in: service.catalogue)
  }

  static func plan(_ fields: [(String, String)]) throws -> Plan {
    let form = PatientForm(body: FormBody(fields))
    let profile = try service.profile(from: form).get()
    return service.plan(for: profile)
  }
}

/// The headers every page must carry.
func expectSecurityHeaders(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(
    response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'; frame-ancestors 'none'") == true,
    sourceLocation: sourceLocation)
  #expect(response.headers[.xContentTypeOptions] == "nosniff", sourceLocation: sourceLocation)
}
