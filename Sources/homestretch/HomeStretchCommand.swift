import ArgumentParser

/// The `homestretch` command: a thin shell over the HomeStretch library.
@main
struct HomeStretchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "homestretch",
    abstract: "Home exercise programs for sciatica and low-back pain, from a therapist's patient profile.",
    subcommands: [PlanCommand.self, RenderCommand.self, CatalogueCommand.self])
}
