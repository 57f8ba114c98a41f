import ArgumentParser
import Foundation
import Handout

/// `--fonts DIR`: where the bundled fonts are.
struct FontsOption: ParsableArguments {
  @Option(
    name: .customLong("fonts"),
    help: "The fonts folder (default: $HOMESTRETCH_FONTS, ./Fonts, or the one beside the program).")
  var path: String?

  func resolvedPath() -> String {
    Locator.resolve(path, environment: "HOMESTRETCH_FONTS", folder: "Fonts")
  }

  func load() throws -> FontLibrary {
    do {
      return try FontLibrary(directory: resolvedPath())
    } catch {
      throw fail(error)
    }
  }

  /// A pool of `capacity` renderers, set up (fonts loaded, fontconfig ready) before use.
  func pool(capacity: Int) throws -> RendererPool {
    let pool = RendererPool(fontsDirectory: resolvedPath(), capacity: capacity)
    do {
      try pool.prepare()
    } catch {
      throw fail(error)
    }
    return pool
  }

  /// The library's words name no options; the command line adds its own, and names
  /// `$HOMESTRETCH_FONTS` when the folder came from it.
  func fail(_ error: HandoutError) -> ExitCode {
    guard error.kind == .fonts else { return Console.fail(error.message) }
    if path == nil, let variable = ProcessInfo.processInfo.environment["HOMESTRETCH_FONTS"], !variable.isEmpty {
      return Console.fail(
        "\(error.message) (the folder comes from $HOMESTRETCH_FONTS='\(variable)'; fix or unset it, or pass --fonts DIR)"
      )
    }
    return Console.fail("\(error.message) (or pass --fonts DIR)")
  }
}

/// Finds a folder of the repository from the working folder or the program's location.
enum Locator {
  /// The folder to use: the option when given, else the environment variable, else
  /// `folder` found by ``find(_:)``.
  static func resolve(_ option: String?, environment: String, folder: String) -> String {
    if let option { return option }
    if let value = ProcessInfo.processInfo.environment[environment], !value.isEmpty { return value }
    return find(folder)
  }

  static func find(_ name: String) -> String {
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: name) { return name }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent(name).path
      if fileManager.fileExists(atPath: candidate) { return candidate }
      folder.deleteLastPathComponent()
    }
    return name
  }
}
