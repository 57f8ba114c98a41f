import Foundation
import Testing

@testable import HomeStretch

/// Shared fixtures: the real catalogue of the repository and a fixed start date.
enum Fixture {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let cataloguePath = repositoryRoot.appendingPathComponent("Exercises").path

  static let catalogue: Catalogue = {
    do {
      return try CatalogueLoader.load(directory: cataloguePath)
    } catch {
      fatalError("the repository catalogue must load: \(error)")
    }
  }()

  /// A Monday.
  static let monday = CalendarDate(year: 2026, month: 11, day: 23)!

  static func plan(_ profile: Profile) -> Plan {
    Planner(catalogue: catalogue).plan(for: profile, start: monday)
  }

  static func profile(
    condition: Condition = .nonspecificLBP, side: Side = .right, pain: Int = 4, phase: Phase = .subacute,
    floor: Bool = true, configure: (inout Profile) -> Void = { _ in }
  ) -> Profile {
    var profile = Profile(
      name: "Test Patient", age: 50, condition: condition, side: side, pain: pain, phase: phase, floor: floor,
      equipment: [.strap, .chair, .wall, .pillow], minutesPerDay: 30, weeks: 3)
    configure(&profile)
    return profile
  }

  /// A temporary folder removed when the returned closure is called.
  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("homestretch-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension Plan {
  var ids: [String] { items.map(\.id) }

  func item(_ id: String) -> PlannedItem? { items.first { $0.id == id } }

  func exclusion(_ id: String) -> Exclusion? { excluded.first { $0.id == id } }

  func catalogueItems(_ catalogue: Catalogue = Fixture.catalogue) -> [CatalogueItem] {
    ids.compactMap { catalogue[$0] }
  }
}

/// Runs the built `homestretch` (or a shell around it, to set limits first) and collects its
/// exit status and output.
enum Program {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// `$HOMESTRETCH_BIN`, or the debug build in `.build`.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["HOMESTRETCH_BIN"] { return path }
    return Fixture.repositoryRoot.appendingPathComponent(".build/debug/homestretch").path
  }

  static func run(
    _ arguments: [String], in folder: URL = Fixture.repositoryRoot, environment: [String: String] = [:],
    shell: String? = nil
  ) throws -> Result {
    let process = Process()
    if let shell {
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      let quoted = ([binary] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
      process.arguments = ["-c", "\(shell); exec \(quoted.joined(separator: " "))"]
    } else {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
    }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
