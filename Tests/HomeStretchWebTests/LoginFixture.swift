import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import HomeStretchWeb

/// What the login logged, kept to check that no name or password is in it.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  func append(_ line: String) { lock.withLock { stored.append(line) } }
  var lines: [String] { lock.withLock { stored } }
}

/// The web app with the login on: a data folder of its own with accounts hashed at
/// bcrypt's lowest cost (4, so the tests are quick), a hand-moved clock and a log.
struct LoginFixture {
  static let password = "correct horse battery"

  let folder: String
  let clock: TestClock
  let log: LogLines
  let gate: LoginGate

  init(accounts: [(String, String)] = [("dana", LoginFixture.password)]) throws {
    folder = try Self.temporaryFolder()
    var file = TherapistAccounts()
    for (name, password) in accounts {
      try file.add(name: name, passwordHash: PasswordHasher.hash(password, cost: 4))
    }
    try file.save(folder: folder)
    let clock = TestClock()
    let log = LogLines()
    self.clock = clock
    self.log = log
    gate = LoginGate(folder: folder, now: { clock.now }, log: { log.append($0) })
  }

  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("homestretch-login-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  func app() -> some ApplicationProtocol {
    Application(
      router: WebApp.router(
        service: WebFixture.service, hosts: HostAllowList(names: ["localhost"], port: nil), csrf: WebFixture.token,
        login: gate))
  }

  /// `POST /login` with the token.
  static func signIn(_ client: some TestClientProtocol, name: String, password: String) async throws -> TestResponse {
    try await WebFixture.post(client, "/login", [("name", name), ("password", password)])
  }

  /// The session token a response's `Set-Cookie` gives (empty when it clears it).
  static func sessionToken(_ response: TestResponse) -> String? {
    guard let header = response.headers[.setCookie], header.hasPrefix(LoginGate.cookieName + "=") else { return nil }
    let value = header.dropFirst(LoginGate.cookieName.count + 1)
    return String(value.prefix { $0 != ";" })
  }

  /// Headers carrying the session cookie, for a form POST unless `form` is false.
  static func headers(_ token: String, form: Bool = true) -> HTTPFields {
    var fields: HTTPFields = form ? WebFixture.formHeaders : [:]
    fields[.cookie] = "\(LoginGate.cookieName)=\(token)"
    return fields
  }

  /// Signs in as dana and gives the session token.
  static func signedIn(_ client: some TestClientProtocol) async throws -> String {
    let response = try await signIn(client, name: "dana", password: password)
    #expect(response.status == .seeOther)
    return try #require(sessionToken(response))
  }
}
