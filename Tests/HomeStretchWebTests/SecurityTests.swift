import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import HomeStretch
@testable import HomeStretchWeb

/// The security rules one by one: Host allow-list, CSRF token, body limit, headers, and a
/// bad request that is a 4xx with words, never a 500.
@Suite struct SecurityTests {
  static let host = HTTPField.Name("Host")!

  @Test func aWrongHostIsRefusedOnEveryRoute() async throws {
    try await WebFixture.app().test(.router) { client in
      let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", Self.host: "evil.example:8080"]
      let get = try await client.execute(uri: "/", method: .get, headers: headers)
      #expect(get.status == .forbidden)
      #expect(WebFixture.text(get).contains("This server answers only to localhost"))
      expectSecurityHeaders(get)
      for uri in ["/plan", "/handout", "/edit"] {
        let response = try await WebFixture.post(client, uri, WebFixture.maria, headers: headers)
        #expect(response.status == .forbidden, "\(uri)")
        #expect(!WebFixture.text(response).contains("Maria"), "\(uri): nothing of the patient")
      }
    }
  }

  @Test func aPostWithoutTheTokenIsRefused() async throws {
    try await WebFixture.app().test(.router) { client in
      for uri in ["/plan", "/handout", "/edit"] {
        let response = try await WebFixture.post(client, uri, WebFixture.maria, csrf: false)
        #expect(response.status == .forbidden, "\(uri)")
        #expect(WebFixture.text(response).contains("security token is missing or old"))
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      }
      let wrong = try await WebFixture.post(
        client, "/plan", [("csrf", "f" + WebFixture.token.value.dropFirst())] + WebFixture.maria, csrf: false)
      #expect(wrong.status == .forbidden)
    }
  }

  @Test func anOversizedBodyIs413WithTheLimit() async throws {
    try await WebFixture.app().test(.router) { client in
      let notes = String(repeating: "a", count: WebApp.bodyLimit)
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria(replacing: ["notes": notes]))
      #expect(response.status == .contentTooLarge)
      #expect(WebFixture.text(response).contains("larger than the limit of 1,000,000 bytes (1 MB)"))
    }
  }

  @Test func longNotesUnderTheBodyLimitAreTheDecodersMessage() async throws {
    try await WebFixture.app().test(.router) { client in
      let notes = String(repeating: "a", count: 2001)
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria(replacing: ["notes": notes]))
      #expect(response.status == .unprocessableContent)
      #expect(WebFixture.text(response).contains("id=\"field-notes-error\">"))
    }
  }

  @Test func aBodyThatIsNotAFormIs415() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await client.execute(
        uri: "/plan", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}"))
      #expect(response.status == .unsupportedMediaType)
      #expect(WebFixture.text(response).contains("application/x-www-form-urlencoded"))
    }
  }

  @Test func unknownRoutesAndMethodsAre4xxWithAMessage() async throws {
    try await WebFixture.app().test(.router) { client in
      let missing = try await client.execute(uri: "/nothing-here", method: .get)
      #expect(missing.status == .notFound)
      #expect(WebFixture.text(missing).contains("There is no page at this address"))
      expectSecurityHeaders(missing)
      let get = try await client.execute(uri: "/plan?name=Maria", method: .get)
      #expect((400..<500).contains(get.status.code), "patient data in a URL is never answered")
    }
  }

  @Test func garbageInTheBodyIsAProblemNotACrash() async throws {
    try await WebFixture.app().test(.router) { client in
      let body = "csrf=\(WebFixture.token.value)&name=%ZZ%&pain=%FF%FE&side=%00&&==&condition"
      let response = try await client.execute(
        uri: "/plan", method: .post, headers: WebFixture.formHeaders, body: ByteBuffer(string: body))
      #expect(response.status == .unprocessableContent)
    }
  }

  @Test func typedTextCannotChangeTheProfilesStructure() throws {
    // Quotes and YAML syntax in a name, and a line break in the notes, stay text: they
    // add no red flag and no field.
    let name = "Ann\", red_flags: [fever], x: \"\\"
    let fields = WebFixture.maria(replacing: ["name": name, "notes": "a\nred_flags: [fever]\n- b: c"])
    let form = PatientForm(body: FormBody(fields))
    let profile = try WebFixture.service.profile(from: form).get()
    #expect(profile.redFlags.isEmpty)
    #expect(profile.name == name)
    #expect(profile.notes == "a\nred_flags: [fever]\n- b: c")
    // A line break in a name is the decoder's message, not a new line of the profile.
    let broken = PatientForm(body: FormBody(WebFixture.maria(replacing: ["name": "Ann\nred_flags: [fever]"])))
    guard case .failure(let problems) = WebFixture.service.profile(from: broken) else {
      Issue.record("a control character in the name must be refused")
      return
    }
    #expect(problems.byField["name"]?.first?.contains("control character") == true)
  }
}

/// The production allow-list: loopback names with the server's port, nothing else.
@Suite struct HostAllowListTests {
  @Test func loopbackNamesWithThePortOnly() {
    let hosts = HostAllowList.loopback(port: 8080)
    for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080"] {
      #expect(hosts.allows(host), "\(host)")
    }
    for host in [
      "evil.example:8080", "localhost:9090", "localhost", "127.0.0.1.evil.example:8080", "[::1]", "localhost:",
      "localhost:8080:8080", "", "127.0.0.2:8080", "0.0.0.0:8080",
    ] {
      #expect(!hosts.allows(host), "\(host)")
    }
  }

  @Test func theTokenIsRandomAndComparedWhole() {
    let a = CSRFToken.random()
    let b = CSRFToken.random()
    #expect(a != b)
    #expect(a.value.count == 64)
    #expect(a.matches(a.value))
    #expect(!a.matches(nil) && !a.matches("") && !a.matches(String(a.value.dropLast())))
  }
}

/// The form and the profile map one to one.
@Suite struct FormMappingTests {
  @Test func everyFormFieldIsAProfileField() {
    for field in FormField.patient {
      #expect(ProfileDecoder.fieldNames.contains(field.name), "\(field.name)")
    }
    let covered = Set(FormField.patient.map(\.name) + ["therapist", "include", "exclude"])
    #expect(covered == Set(ProfileDecoder.fieldNames), "every profile field is in the form")
  }

  @Test func theFormsProfileIsTheSamplesProfile() throws {
    let fields = WebFixture.maria(replacing: [
      "max_exercises": nil, "notes": "Sit on a cushion at work. Call if the tingling in your foot gets worse.",
    ])
    let form = PatientForm(body: FormBody(fields))
    let fromForm = try WebFixture.service.profile(from: form).get()
    let file = WebFixture.root.appendingPathComponent("examples/maria-lopez.yaml").path
    let fromFile = try ProfileDecoder(knownItemIDs: WebFixture.service.catalogue.ids).decode(path: file)
    #expect(fromForm == fromFile)
  }

  @Test func urlEncodingRoundTrips() {
    let fields = [("name", "Zoë & Ana = 100% \"ok\"+"), ("notes", "line 1\nline 2"), ("equipment", "strap")]
    let body = FormBody(fields)
    let read = FormBody(urlEncoded: body.urlEncoded)
    #expect(read.value("name") == "Zoë & Ana = 100% \"ok\"+")
    #expect(read.value("notes") == "line 1\nline 2")
    #expect(FormBody(urlEncoded: "a=1+2&b=%41%zz").value("a") == "1 2")
    #expect(FormBody(urlEncoded: "a=1+2&b=%41%zz").value("b") == "A%zz")
  }
}
