import Foundation
import TestSupport
import Testing

/// `homestretch serve`'s options, through the built program: what is refused before any
/// server starts, with its message and exit status 1.
@Suite struct ServeCommandTests {
  static var binary: String {
    ProcessInfo.processInfo.environment["HOMESTRETCH_BIN"]
      ?? WebFixture.root.appendingPathComponent(".build/debug/homestretch").path
  }

  @Test func aHostOnTheNetworkNeedsADataFolderWithAnAccount() throws {
    for host in ["0.0.0.0", "192.168.1.20", "::", "clinic.example"] {
      let result = try Subprocess.run(Self.binary, ["serve", "--host", host, "--port", "18099"], in: WebFixture.root)
      #expect(result.status == 1, "\(host)")
      #expect(result.stderr.contains("--host \(host) needs --data DIR: on the network every therapist signs in"))
      #expect(result.stderr.contains("homestretch therapist add NAME --data DIR"))
      #expect(!result.stdout.contains("is running"))
    }
    let empty = try LoginFixture.temporaryFolder()
    let none = try Subprocess.run(
      Self.binary, ["serve", "--host", "192.168.1.20", "--port", "18099", "--data", empty], in: WebFixture.root)
    #expect(none.status == 1)
    #expect(none.stderr.contains("--host 192.168.1.20: there are no therapist accounts in \(empty)"))
    #expect(none.stderr.contains("Make one first: homestretch therapist add NAME --data \(empty)"))

    let fixture = try LoginFixture()
    let every = try Subprocess.run(
      Self.binary, ["serve", "--host", "0.0.0.0", "--port", "18099", "--data", fixture.folder], in: WebFixture.root)
    #expect(every.status == 1)
    #expect(every.stderr.contains("--host 0.0.0.0 listens on every address of this computer"))
    #expect(every.stderr.contains("--name clinic-pc.local"))

    let badName = try Subprocess.run(
      Self.binary, ["serve", "--host", "0.0.0.0", "--name", "a/b", "--port", "18099", "--data", fixture.folder],
      in: WebFixture.root)
    #expect(badName.status == 1)
    #expect(badName.stderr.contains("--name a/b: not a host name or address"))

    let nameOnLoopback = try Subprocess.run(
      Self.binary, ["serve", "--name", "clinic-pc.local", "--port", "18099"], in: WebFixture.root)
    #expect(nameOnLoopback.status == 1)
    #expect(nameOnLoopback.stderr.contains("--name is for --host"))

    let port = try Subprocess.run(
      Self.binary, ["serve", "--host", "0.0.0.0", "--port", "70000", "--data", fixture.folder], in: WebFixture.root)
    #expect(port.status == 1)
    #expect(port.stderr.contains("--port 70000: must be a whole number from 1 to 65535"))
  }

  @Test func aBadPortOrDataFolderIsRefused() throws {
    let port = try Subprocess.run(Self.binary, ["serve", "--port", "0"], in: WebFixture.root)
    #expect(port.status == 1)
    #expect(port.stderr.contains("--port 0: must be a whole number from 1 to 65535"))

    let data = try Subprocess.run(
      Self.binary, ["serve", "--port", "18099", "--data", "examples/maria-lopez.yaml"], in: WebFixture.root)
    #expect(data.status == 1)
    #expect(data.stderr.contains("--data examples/maria-lopez.yaml: not a folder"))
  }

  @Test func serveIsListedInTheHelp() throws {
    let help = try Subprocess.run(Self.binary, ["serve", "--help"], in: WebFixture.root)
    #expect(help.status == 0)
    #expect(help.stdout.contains("--port"))
    #expect(help.stdout.contains("--data"))
    #expect(help.stdout.contains("127.0.0.1"))
    #expect(help.stdout.contains("--host"))
    #expect(help.stdout.contains("--name"))
  }
}
