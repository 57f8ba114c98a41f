import Foundation
import Testing

@testable import HomeStretchWeb

/// The accounts file, the password rules and hashing, and the network address rules.
@Suite struct TherapistAccountsTests {
  static func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func theFileRoundTripsWithMode0600AndNoTemporaryFileLeft() throws {
    let folder = try LoginFixture.temporaryFolder()
    #expect(try TherapistAccounts.load(folder: folder) == TherapistAccounts(), "no file yet: no accounts")
    var accounts = TherapistAccounts()
    try accounts.add(name: "dana", passwordHash: "$2b$04$first", created: Date(timeIntervalSince1970: 0))
    try accounts.add(name: " d.whitfield@clinic ", passwordHash: "$2b$04$second")
    try accounts.save(folder: folder)
    let path = TherapistAccounts.path(in: folder)
    #expect(path == folder + "/therapists.json")
    #expect(try Self.mode(path) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["therapists.json"])
    let loaded = try TherapistAccounts.load(folder: folder)
    #expect(loaded == accounts)
    #expect(loaded.therapists.map(\.name) == ["dana", "d.whitfield@clinic"])
    #expect(loaded.therapists[0].created == "1970-01-01T00:00:00Z")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\"password_hash\" : \"$2b$04$first\""))
    #expect(text.contains("\"format_version\" : 1"))

    // Saving again over a file someone made readable puts 0600 back.
    chmod(path, 0o644)
    #expect(TherapistAccounts.permissionWarning(folder: folder)?.contains("chmod 600") == true)
    try accounts.remove(name: "DANA")
    try accounts.save(folder: folder)
    #expect(try Self.mode(path) == 0o600)
    #expect(TherapistAccounts.permissionWarning(folder: folder) == nil)
    #expect(try TherapistAccounts.load(folder: folder).therapists.map(\.name) == ["d.whitfield@clinic"])
  }

  @Test func namesAreCheckedAndUniqueInAnyCase() throws {
    var accounts = TherapistAccounts()
    try accounts.add(name: "dana", passwordHash: "h")
    #expect(throws: AccountError.self) { try accounts.add(name: "Dana", passwordHash: "h") }
    #expect(throws: AccountError.self) { try accounts.add(name: "dana whitfield", passwordHash: "h") }
    #expect(throws: AccountError.self) { try accounts.add(name: "", passwordHash: "h") }
    #expect(throws: AccountError.self) { try accounts.add(name: String(repeating: "a", count: 65), passwordHash: "h") }
    do {
      _ = try accounts.newName("DANA")
      Issue.record("a taken name is refused")
    } catch {
      #expect(error.message.contains("there is already an account called 'DANA'"))
      #expect(error.message.contains("homestretch therapist password DANA"))
    }
    do {
      _ = try accounts.newName("<b>")
      Issue.record("a name with < is refused")
    } catch {
      #expect(error.message.contains("use letters a-z, digits and . _ - @ only"))
    }
    do {
      try accounts.remove(name: "sam")
      Issue.record("an unknown name is an error")
    } catch {
      #expect(error.message == "there is no account called 'sam'; the accounts are: dana")
    }
  }

  @Test func aFileThatIsNotAnAccountsFileIsAnErrorNamingIt() throws {
    let folder = try LoginFixture.temporaryFolder()
    let path = TherapistAccounts.path(in: folder)
    try Data("{\"format_version\": 1}".utf8).write(to: URL(fileURLWithPath: path))
    do {
      _ = try TherapistAccounts.load(folder: folder)
      Issue.record("a file without therapists is refused")
    } catch {
      #expect(error.message.hasPrefix("\(path): not a valid accounts file ('therapists' is missing)"))
    }
    try Data("{\"format_version\": 2, \"therapists\": []}".utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: AccountError("\(path): format_version 2 is from a newer HomeStretch; this one reads format_version 1")
    ) {
      try TherapistAccounts.load(folder: folder)
    }
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: AccountError.self) { try TherapistAccounts.load(folder: folder) }
    #expect(throws: AccountError.self) { try TherapistAccounts().save(folder: folder + "/missing") }
  }

  @Test func passwordsAreCheckedAndHashedWithBcrypt() throws {
    #expect(throws: AccountError.self) { try PasswordHasher.check("short") }
    #expect(throws: AccountError.self) { try PasswordHasher.check(String(repeating: "é", count: 37)) }
    #expect(throws: AccountError.self) { try PasswordHasher.check("tab\tinside the password") }
    try PasswordHasher.check("correct horse battery")
    try PasswordHasher.check(String(repeating: "a", count: 72))

    let hash = PasswordHasher.hash("correct horse battery")
    #expect(hash.hasPrefix("$2b$12$"), "bcrypt at cost 12")
    #expect(hash.count == 60)
    #expect(!hash.contains("correct"))
    #expect(PasswordHasher.verify("correct horse battery", hash: hash))
    #expect(!PasswordHasher.verify("correct horse batterY", hash: hash))
    #expect(PasswordHasher.hash("correct horse battery") != hash, "a salt of its own")
  }

  @Test func theNetworkAnswersToTheHostAndTheGivenNamesWithThePort() throws {
    let lan = try NetworkAccess(host: "192.168.1.20", names: ["Clinic-PC.local"], port: 8080)
    #expect(lan.bindAddress == "192.168.1.20")
    #expect(lan.allowList.names == ["192.168.1.20", "clinic-pc.local"])
    #expect(lan.allowList.allows("clinic-pc.local:8080"))
    #expect(!lan.allowList.allows("clinic-pc.local:8081"))
    #expect(!lan.allowList.allows("127.0.0.1:8080"))
    #expect(lan.addresses == ["http://192.168.1.20:8080/", "http://clinic-pc.local:8080/"])

    let every = try NetworkAccess(host: "0.0.0.0", names: ["clinic-pc.local"], port: 9000)
    #expect(every.bindAddress == "0.0.0.0")
    #expect(every.allowList.names == ["clinic-pc.local"], "nobody types 0.0.0.0")
    let six = try NetworkAccess(host: "fd00::20", names: [], port: 8080)
    #expect(six.allowList.allows("[fd00::20]:8080"))
    #expect(six.addresses == ["http://[fd00::20]:8080/"])

    #expect(throws: NetworkAccess.Problem.self) { try NetworkAccess(host: "0.0.0.0", names: [], port: 8080) }
    #expect(throws: NetworkAccess.Problem.self) { try NetworkAccess(host: "::", names: [], port: 8080) }
    #expect(throws: NetworkAccess.Problem.self) {
      try NetworkAccess(host: "0.0.0.0", names: ["evil.example/path"], port: 8080)
    }
    #expect(throws: NetworkAccess.Problem.self) { try NetworkAccess(host: "bad host", names: [], port: 8080) }
    #expect(NetworkAccess.isLoopback("127.0.0.1") && NetworkAccess.isLoopback("LOCALHOST"))
    #expect(!NetworkAccess.isLoopback("127.0.0.2") && !NetworkAccess.isLoopback("0.0.0.0"))
  }

  @Test func sessionsAndThePauseFollowTheClock() {
    let clock = TestClock()
    let sessions = SessionStore(now: { clock.now })
    let token = sessions.start(name: "dana", passwordHash: "h")
    #expect(sessions.lookUp(nil) == .none)
    #expect(sessions.lookUp("unknown") == .ended)
    guard case .valid(let session) = sessions.lookUp(token) else {
      Issue.record("a new session is valid")
      return
    }
    #expect(session.name == "dana")
    #expect(sessions.start(name: "dana", passwordHash: "h") != token, "a token of its own each time")
    clock.advance(SessionStore.idleLimit)
    #expect(sessions.lookUp(token) == .ended)
    #expect(sessions.count == 0)

    let throttle = LoginThrottle(now: { clock.now })
    for _ in 1..<LoginThrottle.maximumFailures { #expect(throttle.recordFailure("dana") == nil) }
    #expect(throttle.retryAfter("dana") == nil)
    #expect(throttle.recordFailure(" Dana ") == 60)
    #expect(throttle.retryAfter("dana") == 60)
    clock.advance(60)
    #expect(throttle.retryAfter("dana") == nil)
    // Failures older than the window are forgotten.
    for _ in 1..<LoginThrottle.maximumFailures { throttle.recordFailure("sam") }
    clock.advance(LoginThrottle.failureWindow)
    #expect(throttle.recordFailure("sam") == nil)
  }
}
