import Foundation
import TestSupport
import Testing

@testable import HomeStretchWeb

/// `homestretch therapist add/password/list/remove`, through the built program: the
/// accounts file it writes, and each refusal with its message and exit status 1.
@Suite struct TherapistCommandTests {
  static var binary: String { ServeCommandTests.binary }

  /// Runs `therapist ARGUMENTS` with `input` as standard input (a file, as a script would
  /// pipe it).
  static func run(_ arguments: [String], input: String? = nil) throws -> Subprocess.Result {
    var shell = "exec < /dev/null"
    var written: URL?
    if let input {
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("homestretch-input-\(UUID().uuidString)")
      try Data(input.utf8).write(to: file)
      written = file
      shell = "exec < '\(file.path)'"
    }
    // The password typed in is not left behind in the temporary folder.
    defer { if let written { try? FileManager.default.removeItem(at: written) } }
    return try Subprocess.run(binary, ["therapist"] + arguments, in: WebFixture.root, shell: shell)
  }

  @Test func addListPasswordAndRemove() throws {
    let folder = try LoginFixture.temporaryFolder()
    let added = try Self.run(["add", "dana", "--data", folder, "--password-stdin"], input: "correct horse battery\n")
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Added dana to \(folder)/therapists.json"))
    #expect(!added.stdout.contains("correct") && !added.stderr.contains("correct"))
    let path = TherapistAccounts.path(in: folder)
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    let accounts = try TherapistAccounts.load(folder: folder)
    let hash = try #require(accounts.account(named: "dana")?.passwordHash)
    #expect(hash.hasPrefix("$2b$12$"))
    #expect(PasswordHasher.verify("correct horse battery", hash: hash))
    #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("horse"))

    let list = try Self.run(["list", "--data", folder])
    #expect(list.status == 0)
    #expect(list.stdout.hasPrefix("dana\t(password set 20"))

    let changed = try Self.run(
      ["password", "DANA", "--data", folder, "--password-stdin"], input: "a new long password")
    #expect(changed.status == 0, "\(changed.stderr)")
    let newHash = try #require(try TherapistAccounts.load(folder: folder).account(named: "dana")?.passwordHash)
    #expect(PasswordHasher.verify("a new long password", hash: newHash))

    let removed = try Self.run(["remove", "dana", "--data", folder])
    #expect(removed.status == 0)
    let empty = try Self.run(["list", "--data", folder])
    #expect(empty.stdout.contains("No accounts in \(folder). Add one with: homestretch therapist add NAME --data"))
  }

  @Test func eachMistakeIsRefusedWithItsMessageAndNothingWritten() throws {
    let folder = try LoginFixture.temporaryFolder()
    let path = TherapistAccounts.path(in: folder)
    let cases: [([String], String?, String)] = [
      (["add", "dana", "--password-stdin"], "correct horse battery", "--data DIR is needed"),
      (["add", "dana", "--data", folder + "/missing", "--password-stdin"], "correct horse battery", "not a folder"),
      (["add", "dana", "--data", folder, "--password-stdin"], "short", "the password is too short"),
      (["add", "dana", "--data", folder, "--password-stdin"], "", "standard input held no password"),
      (["add", "dana", "--data", folder], nil, "give --password-stdin to read it from standard input"),
      (["add", "dana whitfield", "--data", folder, "--password-stdin"], "correct horse battery", "not a user name"),
      (["remove", "dana", "--data", folder], nil, "there is no account called 'dana'; there are no accounts yet"),
      (["password", "dana", "--data", folder, "--password-stdin"], "correct horse battery", "no account called"),
      (["list"], nil, "--data DIR is needed"),
    ]
    for (arguments, input, message) in cases {
      let result = try Self.run(arguments, input: input)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: path), "\(arguments): nothing written")
    }

    #expect(
      try Self.run(["add", "dana", "--data", folder, "--password-stdin"], input: "correct horse battery").status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let twice = try Self.run(["add", "Dana", "--data", folder, "--password-stdin"], input: "another password here")
    #expect(twice.status == 1)
    #expect(twice.stderr.contains("there is already an account called 'Dana'"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file is as it was")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["therapists.json"])
  }
}
