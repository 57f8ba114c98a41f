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

  @Test func aHostOtherThanLoopbackIsRefusedUntilThereIsALogin() throws {
    for host in ["0.0.0.0", "192.168.1.20", "::", "clinic.example"] {
      let result = try Subprocess.run(Self.binary, ["serve", "--host", host, "--port", "18099"], in: WebFixture.root)
      #expect(result.status == 1, "\(host)")
      #expect(result.stderr.contains("--host \(host): network access is not available in this version"))
      #expect(result.stderr.contains("needs the therapist login of a later version"))
    }
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
  }
}
