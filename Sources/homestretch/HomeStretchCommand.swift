import ArgumentParser
import Foundation

/// The `homestretch` command: a thin shell over the HomeStretch library.
@main
struct HomeStretchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "homestretch",
    abstract: "Home exercise programs for sciatica and low-back pain, from a therapist's patient profile.",
    version: HomeStretchCommand.version,
    subcommands: [
      PlanCommand.self, RenderCommand.self, BatchCommand.self, CatalogueCommand.self, FigureCommand.self,
      ServeCommand.self, TherapistCommand.self,
    ])

  /// The program's version, printed by `homestretch --version`.
  static let version = "0.11.0"

  /// Runs the command. A full disk or a file-size limit must end a write with an error
  /// message, not kill the program, so SIGXFSZ is ignored.
  static func main() {
    signal(SIGXFSZ, SIG_IGN)
    main(nil)
  }
}
