import ArgumentParser
import Dispatch
import Foundation
import HomeStretch
import HomeStretchWeb

/// `homestretch serve`: the therapist's web app on this computer only.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract:
      "Start the therapist's web app on this computer (http://127.0.0.1:8080/): a form to plan, preview and print.")

  @Option(help: "The port to listen on, 1 to 65535.")
  var port = 8080

  @Option(help: "The address to listen on. Only 127.0.0.1 (this computer) in this version.")
  var host = "127.0.0.1"

  @Option(help: "The server's folder: its profiles (*.yaml) can be loaded into the form; nothing is written there yet.")
  var data: String?

  @OptionGroup var catalogue: CatalogueOption
  @OptionGroup var fonts: FontsOption

  func run() throws {
    guard ["127.0.0.1", "localhost"].contains(host.lowercased()) else {
      throw Console.fail(
        "--host \(host): network access is not available in this version. Patient data would cross the network, "
          + "which needs the therapist login of a later version; use the default 127.0.0.1 and open the address on this computer"
      )
    }
    guard (1...65535).contains(port) else {
      throw Console.fail("--port \(port): must be a whole number from 1 to 65535")
    }
    if let data {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw Console.fail("--data \(data): not a folder; give an existing folder for the server's files")
      }
    }
    let service = PlanningService(
      catalogue: try catalogue.load(), pool: try fonts.pool(capacity: ProcessInfo.processInfo.activeProcessorCount),
      samples: SampleProfiles(folder: data), today: { Today.date() })
    let port = self.port
    let finished = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
      do {
        try await WebApp.serve(service: service, port: port) { address in
          Console.write(
            "HomeStretch is running. Open \(address) in your browser (this computer only). Ctrl-C stops it.\n")
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
