import Foundation
import HomeStretch

/// The profiles in the server's `--data` folder (`*.yaml`, `*.yml`) that the form can
/// start from: `make serve` offers the samples in `examples/`. Only names listed here are
/// ever opened, so a request cannot name a path of its own.
public struct SampleProfiles: Sendable {
  public let folder: String?

  public init(folder: String?) {
    self.folder = folder
  }

  /// The profile files' names, sorted; rosters (`defaults:`/`patients:`) are left out.
  public var names: [String] {
    guard let folder, let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return entries.filter { name in
      let lower = name.lowercased()
      guard !name.hasPrefix("."), lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { return false }
      let path = (folder as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
        size <= InputLimits.yamlFileBytes,
        let text = try? String(contentsOfFile: path, encoding: .utf8)
      else { return false }
      return !text.contains("\npatients:") && !text.hasPrefix("patients:")
    }.sorted()
  }

  /// The path of a listed profile, or nil for any other name.
  public func path(of name: String) -> String? {
    guard let folder, names.contains(name) else { return nil }
    return (folder as NSString).appendingPathComponent(name)
  }
}
