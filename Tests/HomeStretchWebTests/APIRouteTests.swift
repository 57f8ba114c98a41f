import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@testable import HomeStretchWeb

/// The JSON API: a profile as JSON or YAML gives the JSON of `homestretch plan --json` or
/// the PDF; problems are 422 with each field's message; every refusal is JSON.
@Suite struct APIRouteTests {
  static var maria: [String: Any] {
    [
      "name": "Maria Lopez", "age": 46, "condition": "piriformis_syndrome", "side": "right", "pain": 6,
      "phase": "subacute", "floor": true, "equipment": ["strap", "chair"], "minutes_per_day": 20, "sitting_job": true,
      "pregnancy_weeks": 0, "hip_replacement": [] as [String], "directional_preference": "unknown",
      "numbness": ["right_leg"], "health": ["osteoporosis"], "red_flags": [] as [String], "weeks": 4,
      "start": "2026-11-23",
      "therapist": ["name": "Dana Whitfield", "clinic": "Riverside Physical Therapy", "phone": "555-0142"],
      "include": [] as [String], "exclude": [] as [String],
      "notes": "Sit on a cushion at work. Call if the tingling in your foot gets worse.",
    ]
  }

  static func json(_ object: [String: Any]) throws -> ByteBuffer {
    ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
  }

  static func post(
    _ client: some TestClientProtocol, _ uri: String, type: String?, _ body: ByteBuffer,
    headers extra: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = extra
    if let type { headers[.contentType] = type }
    return try await client.execute(uri: uri, method: .post, headers: headers, body: body)
  }

  /// The body as JSON, or a recorded issue.
  static func object(_ response: TestResponse) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    return try #require(value as? [String: Any])
  }

  static func expectJSONError(
    _ response: TestResponse, _ status: HTTPResponse.Status, containing text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(response.status == status, sourceLocation: sourceLocation)
    #expect(response.headers[.contentType] == "application/json; charset=utf-8", sourceLocation: sourceLocation)
    let error = try object(response)["error"] as? String
    #expect(error?.contains(text) == true, "\(error ?? "no error")", sourceLocation: sourceLocation)
  }

  @Test func theYAMLOfEveryExampleGivesTheSameJSONAsThePlanCommand() async throws {
    let names = ["maria-lopez.yaml", "disc-acute.yaml", "pregnancy.yaml", "referral.yaml", "stenosis-older.yaml"]
    try await WebFixture.app().test(.router) { client in
      for (index, name) in names.enumerated() {
        let cli = try Subprocess.run(
          ServeCommandTests.binary, ["plan", "examples/\(name)", "--json"], in: WebFixture.root)
        #expect(cli.status == 0, "\(name): \(cli.stderr)")
        let yaml = try Data(contentsOf: WebFixture.root.appendingPathComponent("examples/\(name)"))
        let type = ["application/yaml", "application/x-yaml", "text/yaml; charset=utf-8"][index % 3]
        let response = try await Self.post(client, "/api/plan", type: type, ByteBuffer(bytes: yaml))
        #expect(response.status == .ok, "\(name)")
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.headers[.cacheControl] == "no-store")
        expectSecurityHeaders(response)
        #expect(String(buffer: response.body) + "\n" == cli.stdout, "\(name): the API's JSON is the command's")
      }
    }
  }

  @Test func aJSONProfileGivesThePlanOfTheSameProfileInYAML() async throws {
    let cli = try Subprocess.run(
      ServeCommandTests.binary, ["plan", "examples/maria-lopez.yaml", "--json"], in: WebFixture.root)
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.post(client, "/api/plan", type: "application/json", try Self.json(Self.maria))
      #expect(response.status == .ok)
      #expect(String(buffer: response.body) + "\n" == cli.stdout)
      let plan = try PlanJSON.decode(Data(response.body.readableBytesView))
      #expect(plan.patient.name == "Maria Lopez")
      #expect(!plan.items.isEmpty)
    }
  }

  @Test func problemsAre422WithEachFieldsMessage() async throws {
    var bad = Self.maria
    bad["pain"] = 14
    bad["side"] = "up"
    bad["equipment"] = ["strap", "rope"]
    bad["name"] = nil
    let badBody = try Self.json(bad)
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.post(client, "/api/plan", type: "application/json", badBody)
      #expect(response.status == .unprocessableContent)
      #expect(response.headers[.contentType] == "application/json; charset=utf-8")
      let problems = try #require(try Self.object(response)["problems"] as? [[String: Any]])
      let byField = Dictionary(
        problems.map { ($0["field"] as? String ?? "", $0["message"] as? String ?? "") }, uniquingKeysWith: { $0 + $1 })
      #expect(byField["pain"]?.contains("14 is out of range; allowed: a whole number from 0 to 10") == true)
      #expect(byField["side"]?.contains("'up' is not known") == true)
      #expect(byField.contains { $0.key.hasPrefix("equipment") && $0.value.contains("'rope' is not known") })
      #expect(byField["name"] != nil, "the missing name: \(byField)")
      #expect(problems.count == 4)

      let yaml = try await Self.post(
        client, "/api/plan", type: "application/yaml", ByteBuffer(string: "name: Tom\nside: left\npain: 11\n"))
      #expect(yaml.status == .unprocessableContent)
      let yamlProblems = try #require(try Self.object(yaml)["problems"] as? [[String: Any]])
      let pain = try #require(yamlProblems.first { $0["field"] as? String == "pain" })
      #expect(pain["line"] as? Int == 3, "YAML problems carry their line")
      #expect(yamlProblems.contains { $0["field"] as? String == "condition" })

      let notJSON = try await Self.post(client, "/api/plan", type: "application/json", ByteBuffer(string: "{name:"))
      #expect(notJSON.status == .unprocessableContent)
      let message = try #require(try Self.object(notJSON)["problems"] as? [[String: Any]]).first?["message"]
      #expect(message as? String == "is not valid JSON")
    }
  }

  @Test func formContentTypesAndOthersAre415AsJSON() async throws {
    let types: [String?] = [
      "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html",
      "application/json-patch+json", "application/json, text/plain", nil,
    ]
    try await WebFixture.app().test(.router) { client in
      for type in types {
        for uri in ["/api/plan", "/api/handout"] {
          let response = try await Self.post(client, uri, type: type, try Self.json(Self.maria))
          try Self.expectJSONError(response, .unsupportedMediaType, containing: "application/json, application/yaml")
        }
      }
    }
  }

  @Test func aBodyOverTheProfileLimitIs413AsJSON() async throws {
    var big = Self.maria
    big["notes"] = String(repeating: "a", count: InputLimits.yamlFileBytes)
    let bigBody = try Self.json(big)
    try await WebFixture.app().test(.router) { client in
      for uri in ["/api/plan", "/api/handout"] {
        let response = try await Self.post(client, uri, type: "application/json", bigBody)
        try Self.expectJSONError(response, .contentTooLarge, containing: "limit of 1,000,000 bytes")
      }
    }
  }

  @Test func theHandoutIsThePDFOfTheProfile() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.post(client, "/api/handout", type: "application/json", try Self.json(Self.maria))
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/pdf")
      #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"maria-lopez.pdf\"") == true)
      #expect(response.headers[.cacheControl] == "no-store")
      #expect(Array(response.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))

      // The same bytes as the web app's Download PDF for the same profile, sent as YAML.
      let profile = try WebFixture.service.profile(from: PatientForm(body: FormBody(WebFixture.maria))).get()
      let form = try await WebFixture.post(client, "/handout", WebFixture.maria)
      let yaml = try await Self.post(
        client, "/api/handout", type: "application/yaml", ByteBuffer(string: ProfileEncoder().encode(profile)))
      #expect(form.status == .ok && yaml.status == .ok)
      #expect(yaml.body == form.body)

      // The profile's own paper.
      var a4 = Self.maria
      a4["paper"] = "a4"
      let paper = try await Self.post(client, "/api/handout", type: "application/json", try Self.json(a4))
      #expect(String(decoding: Array(paper.body.readableBytesView), as: UTF8.self).contains("/MediaBox [ 0 0 595.27"))

      var bad = Self.maria
      bad["weeks"] = 9
      let problems = try await Self.post(client, "/api/handout", type: "application/json", try Self.json(bad))
      #expect(problems.status == .unprocessableContent)
      #expect(problems.headers[.contentType] == "application/json; charset=utf-8")
      let list = try #require(try Self.object(problems)["problems"] as? [[String: Any]])
      #expect(list.first?["field"] as? String == "weeks")
      #expect((list.first?["message"] as? String)?.contains("9 is out of range") == true)
    }
  }

  @Test func everyRefusalUnderTheAPIIsJSONNeverHTML() async throws {
    try await WebFixture.app().test(.router) { client in
      let wrongHost = try await Self.post(
        client, "/api/plan", type: "application/json", try Self.json(Self.maria),
        headers: [SecurityTests.host: "evil.example"])
      try Self.expectJSONError(wrongHost, .forbidden, containing: "This server answers only to localhost")
      expectSecurityHeaders(wrongHost)
      #expect(!String(buffer: wrongHost.body).contains("Maria"))

      let unknown = try await Self.post(client, "/api/nothing", type: "application/json", try Self.json(Self.maria))
      try Self.expectJSONError(unknown, .notFound, containing: "There is no page at this address")

      let get = try await client.execute(uri: "/api/plan", method: .get)
      try Self.expectJSONError(get, .notFound, containing: "There is no page at this address")

      // The pages keep answering in HTML.
      let page = try await client.execute(uri: "/nothing", method: .get)
      #expect(page.status == .notFound)
      #expect(page.headers[.contentType] == "text/html; charset=utf-8")
      let apiLike = try await client.execute(uri: "/apiary", method: .get)
      #expect(apiLike.headers[.contentType] == "text/html; charset=utf-8")
    }
  }
}
