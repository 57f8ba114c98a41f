import Foundation
import TestSupport
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

/// Runs the built `homestretch` (or a shell around it, to set limits first).
enum Program {
  typealias Result = Subprocess.Result

  /// `$HOMESTRETCH_BIN`, or the debug build in `.build`.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["HOMESTRETCH_BIN"] { return path }
    return Fixture.repositoryRoot.appendingPathComponent(".build/debug/homestretch").path
  }

  static func run(
    _ arguments: [String], in folder: URL = Fixture.repositoryRoot, environment: [String: String] = [:],
    shell: String? = nil
  ) throws -> Result {
    try Subprocess.run(binary, arguments, in: folder, environment: environment, shell: shell)
  }
}
