import ArgumentParser
import Foundation
import HomeStretch

/// `--catalogue DIR`, shared by every command that reads the catalogue.
struct CatalogueOption: ParsableArguments {
  @Option(
    name: .customLong("catalogue"),
    help: "The catalogue folder (default: $HOMESTRETCH_CATALOGUE, ./Exercises, or the one beside the program).")
  var path: String?

  /// The folder to read: the option, the environment, the working folder, then the folder
  /// holding the program and its parents (so `.build/debug/homestretch` finds the repo's).
  func resolvedPath() -> String {
    Locator.resolve(path, environment: "HOMESTRETCH_CATALOGUE", folder: "Exercises")
  }

  func load() throws -> Catalogue {
    let folder = resolvedPath()
    if path == nil, let variable = ProcessInfo.processInfo.environment["HOMESTRETCH_CATALOGUE"], !variable.isEmpty {
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: variable, isDirectory: &isDirectory) || !isDirectory.boolValue {
        throw Console.fail(
          "$HOMESTRETCH_CATALOGUE is '\(variable)', which is not a catalogue folder; set it to the Exercises folder, "
            + "unset it, or pass --catalogue DIR")
      }
    }
    do {
      return try CatalogueLoader.load(directory: folder)
    } catch {
      // The library's words name no options; the command line adds its own.
      Console.report(
        InputErrors(
          error.errors.map { problem in
            var problem = problem
            if problem.message == CatalogueLoader.folderNotFound {
              problem.message += "; run from the HomeStretch folder or pass --catalogue PATH"
            }
            return problem
          }))
      throw ExitCode.failure
    }
  }
}
