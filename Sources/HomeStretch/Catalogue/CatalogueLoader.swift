import Foundation

/// Reads the catalogue folder (`Exercises/`): one YAML file per item, in folders by kind.
public enum CatalogueLoader {
  /// Loads and checks every `*.yaml` file under `directory`. Throws every problem found,
  /// each naming its file, line and field.
  ///
  ///     let catalogue = try CatalogueLoader.load(directory: "Exercises")
  public static func load(directory: String) throws(InputErrors) -> Catalogue {
    let files = try itemFiles(in: directory)
    var items: [CatalogueItem] = []
    var errors: [InputError] = []
    for file in files {
      let diagnostics = Diagnostics(file: file.display)
      do {
        let node = try YAMLDocument.load(path: file.path, displayName: file.display)
        if let item = CatalogueItem.decode(node, source: file.display, diagnostics: diagnostics) {
          items.append(item)
        }
      } catch {
        errors.append(contentsOf: error.errors)
      }
      errors.append(contentsOf: diagnostics.errors)
    }
    errors.append(contentsOf: CatalogueChecker.check(items))
    if !errors.isEmpty { throw InputErrors(errors) }
    return Catalogue(items: items)
  }

  /// The message for a catalogue folder that is not there; callers add how to name another.
  public static let folderNotFound = "catalogue folder not found"

  struct ItemFile {
    var path: String
    var display: String
  }

  /// Every item file under `directory`, sorted by path so loading is deterministic.
  static func itemFiles(in directory: String) throws(InputErrors) -> [ItemFile] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputErrors([
        InputError(
          file: directory, line: nil, field: nil,
          message: folderNotFound)
      ])
    }
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
      throw InputErrors([InputError(file: directory, line: nil, field: nil, message: "cannot be read")])
    }
    var files: [ItemFile] = []
    while let relative = enumerator.nextObject() as? String {
      // Any case: `Walking.YAML` and `walking.yml` are item files too.
      let lower = relative.lowercased()
      guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { continue }
      // Named from the folder as given, so the path opens from the current folder.
      let path = (directory as NSString).appendingPathComponent(relative)
      files.append(ItemFile(path: path, display: path))
    }
    if files.isEmpty {
      throw InputErrors([
        InputError(file: directory, line: nil, field: nil, message: "holds no item files (*.yaml)")
      ])
    }
    return files.sorted { $0.display < $1.display }
  }
}
