import Foundation
import Yams

/// Reads a YAML file into a Yams node tree, turning every parser failure into an
/// ``InputError`` that names the file and line.
enum YAMLDocument {
  /// Largest file accepted: profiles and catalogue items are a few kilobytes.
  static let maximumBytes = InputLimits.yamlFileBytes

  /// Reads and composes `path`. `displayName` is how the file is named in messages.
  static func load(path: String, displayName: String? = nil) throws(InputErrors) -> Node {
    try parse(data: read(path: path, displayName: displayName), name: displayName ?? path)
  }

  /// The bytes of the regular file at `path`, within the size limit.
  static func read(path: String, displayName: String? = nil) throws(InputErrors) -> Data {
    let name = displayName ?? path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputErrors([InputError(file: name, line: nil, field: nil, message: "file not found")])
    }
    if isDirectory.boolValue {
      throw InputErrors([
        InputError(file: name, line: nil, field: nil, message: "is a folder; expected a YAML file")
      ])
    }
    // Only regular files are read: a FIFO or a device would block or never end.
    if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
      type != .typeRegular
    {
      throw InputErrors([InputError(file: name, line: nil, field: nil, message: "is not a regular file")])
    }
    if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > maximumBytes {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: nil,
          message: "is \(size) bytes; the limit is \(maximumBytes) bytes for one file")
      ])
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputErrors([
        InputError(file: name, line: nil, field: nil, message: "cannot be read (check its permissions)")
      ])
    }
    return data
  }

  /// Composes YAML text already in memory.
  static func parse(data: Data, name: String) throws(InputErrors) -> Node {
    if data.count > maximumBytes {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: nil,
          message: "is \(data.count) bytes; the limit is \(maximumBytes) bytes for one file")
      ])
    }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(data: bytes, encoding: .utf8) else {
      throw InputErrors([
        InputError(file: name, line: nil, field: nil, message: "is not UTF-8 text")
      ])
    }
    return try parse(text: text, name: name)
  }

  /// Composes YAML text.
  static func parse(text: String, name: String) throws(InputErrors) -> Node {
    let node: Node?
    do {
      // The basic resolver: fields are typed by MappingReader, and Yams' default resolver
      // runs regular expressions over every scalar, which was most of the time to read a file.
      // The encoding is given because Yams' default reads the environment on every call.
      node = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw InputErrors([describe(error, file: name, text: text)])
    } catch {
      throw InputErrors([
        InputError(file: name, line: nil, field: nil, message: "is not valid YAML: \(error)")
      ])
    }
    guard let node else {
      throw InputErrors([InputError(file: name, line: nil, field: nil, message: "is empty")])
    }
    return node
  }

  private static func describe(_ error: YamlError, file: String, text: String) -> InputError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let line = lines.indices.contains(mark.line - 1) ? lines[mark.line - 1] : nil
      return InputError(file: file, line: mark.line, field: nil, message: YAMLProblem.explain(problem, line: line))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let line = secondOccurrence(of: duplicates.first ?? "", in: text) ?? context.mark.line
      let keys = duplicates.joined(separator: ", ")
      return InputError(
        file: file, line: line, field: keys,
        message: "is written more than once; give each field once")
    case .reader(let problem, _, _, _):
      let line = YAMLProblem.lineOfControlCharacter(in: text)
      return InputError(
        file: file, line: line, field: nil,
        message: line == nil
          ? "cannot be read as text: \(problem)"
          : "holds an invisible control character (such as a NUL byte) that YAML does not allow; remove it")
    default:
      return InputError(file: file, line: nil, field: nil, message: "is not valid YAML: \(error)")
    }
  }

  /// The line of the second `key:` at the start of a line, where a duplicate key is written.
  private static func secondOccurrence(of key: String, in text: String) -> Int? {
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "-" }
      if trimmed.hasPrefix(key + ":") {
        seen += 1
        if seen == 2 { return index + 1 }
      }
    }
    return nil
  }
}
