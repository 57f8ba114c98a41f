import ArgumentParser
import Dispatch
import Foundation
import HomeStretch
import HomeStretchWeb

/// `homestretch serve`: the therapist's web app, on this computer only, or with `--host` on
/// the clinic network behind the therapist login.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract:
      "Start the therapist's web app on this computer (http://127.0.0.1:8080/): a form to plan, preview and print. "
      + "--host opens it to the clinic network, behind a therapist login.")

  @Option(help: "The port to listen on, 1 to 65535.")
  var port = 8080

  @Option(
    help: ArgumentHelp(
      "The address to listen on: 127.0.0.1 (this computer only, no login), or the computer's LAN address or 0.0.0.0 "
        + "(the clinic network: therapists sign in; needs --data with accounts)."))
  var host = "127.0.0.1"

  @Option(
    name: .customLong("name"),
    help: ArgumentHelp(
      "A name the therapists open the server by on the network (clinic-pc.local, 192.168.1.20); repeat for more. "
        + "Requests for any other name are refused."))
  var names: [String] = []

  @Option(
    help: ArgumentHelp(
      "The server's folder: its profiles (*.yaml) can be loaded into the form; with --host, its therapists.json "
        + "holds the accounts (homestretch therapist add)."))
  var data: String?

  @OptionGroup var catalogue: CatalogueOption
  @OptionGroup var fonts: FontsOption

  func run() throws {
    guard (1...65535).contains(port) else {
      throw Console.fail("--port \(port): must be a whole number from 1 to 65535")
    }
    if let data {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw Console.fail("--data \(data): not a folder; give an existing folder for the server's files")
      }
    }
    let network = try NetworkLogin(host: host, names: names, port: port, data: data)
    let service = PlanningService(
      catalogue: try catalogue.load(), pool: try fonts.pool(capacity: ProcessInfo.processInfo.activeProcessorCount),
      samples: SampleProfiles(folder: data), today: { Today.date() })
    let port = self.port
    let finished = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
      do {
        if let network {
          try await WebApp.serve(service: service, access: network.access, login: network.gate) { addresses in
            Console.write(
              "HomeStretch is running on the network. Therapists open \(addresses.joined(separator: " or ")) "
                + "and sign in. Ctrl-C stops it.\n")
          }
        } else {
          try await WebApp.serve(service: service, port: port) { address in
            Console.write(
              "HomeStretch is running. Open \(address) in your browser (this computer only). Ctrl-C stops it.\n")
          }
        }
      } catch {
        outcome.set("\(error)")
      }
      finished.signal()
    }
    finished.wait()
    if let message = outcome.message {
      throw Console.fail("the server stopped: \(message)")
    }
  }
}

/// How the server's task ended, read once it has.
private final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: String?
  func set(_ message: String) { lock.withLock { stored = message } }
  var message: String? { lock.withLock { stored } }
}
