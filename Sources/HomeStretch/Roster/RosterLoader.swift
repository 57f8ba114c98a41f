import Foundation
import SwiftCSV
import Yams

/// Reads a roster: a CSV file (a header row of profile field names, list fields separated by
/// `;`, `therapist.name` style columns for the therapist) or a YAML file with a `defaults:`
/// profile and a `patients:` list whose entries override it.
///
/// A bad row never stops the roster: it becomes a row whose profile is the list of its
/// problems, each named `ROSTER:ROW: field: message`.
public struct RosterLoader: Sendable {
  /// Largest roster accepted, and most patients in one roster.
  public static let maximumBytes = 20_000_000
  public static let maximumRows = 5_000

  public var knownItemIDs: [String]?

  public init(knownItemIDs: [String]? = nil) {
    self.knownItemIDs = knownItemIDs
  }

  static let listFields: Set<String> = [
    "equipment", "hip_replacement", "numbness", "health", "red_flags", "include", "exclude",
  ]
  static let therapistColumns = ["therapist.name", "therapist.clinic", "therapist.phone"]

  /// Loads the roster at `path`; `defaultsPath` names a profile every CSV row starts from.
  public func load(path: String, defaultsPath: String? = nil) throws(InputErrors) -> Roster {
    let data = try Self.read(path)
    let lower = path.lowercased()
    if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
      if defaultsPath != nil {
        throw InputErrors([
          InputError(
            file: path, line: nil, field: nil,
            message: "--defaults is for CSV rosters; a YAML roster has its own defaults: section")
        ])
      }
      return try loadYAML(data: data, name: path)
    }
    if lower.hasSuffix(".csv") {
      var defaults: Node.Mapping?
      if let defaultsPath {
        let node = try YAMLDocument.load(path: defaultsPath)
        guard case .mapping(let mapping) = node else {
          throw InputErrors([
            InputError(
              file: defaultsPath, line: 1, field: nil, message: "must be a patient profile (name: value lines)")
          ])
        }
        defaults = mapping
      }
      return try loadCSV(data: data, name: path, defaults: defaults, defaultsName: defaultsPath)
    }
    throw InputErrors([
      InputError(file: path, line: nil, field: nil, message: "a roster must be a .csv or a .yaml file")
    ])
  }

  static func read(_ path: String) throws(InputErrors) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputErrors([InputError(file: path, line: nil, field: nil, message: "file not found")])
    }
    if isDirectory.boolValue {
      throw InputErrors([InputError(file: path, line: nil, field: nil, message: "is a folder; expected a roster file")])
    }
    if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
      type != .typeRegular
    {
      throw InputErrors([InputError(file: path, line: nil, field: nil, message: "is not a regular file")])
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > maximumBytes {
      throw InputErrors([
        InputError(file: path, line: nil, field: nil, message: "is \(size) bytes; the limit is \(maximumBytes) bytes")
      ])
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputErrors([
        InputError(file: path, line: nil, field: nil, message: "cannot be read (check its permissions)")
      ])
    }
    return data
  }

  // MARK: YAML

  func loadYAML(data: Data, name: String) throws(InputErrors) -> Roster {
    guard data.count <= Self.maximumBytes else {
      throw InputErrors([InputError(file: name, line: nil, field: nil, message: "is too large")])
    }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(data: bytes, encoding: .utf8) else {
      throw InputErrors([InputError(file: name, line: nil, field: nil, message: "is not UTF-8 text")])
    }
    let node = try YAMLDocument.parse(text: text, name: name)
    let diagnostics = Diagnostics(file: name)
    guard
      let top = MappingReader(
        node, path: "", allowedKeys: ["defaults", "patients"], diagnostics: diagnostics,
        what: "a roster with defaults: and patients:")
    else { throw InputErrors(diagnostics.errors) }
    var defaults: Node.Mapping?
    if let value = top.node("defaults") {
      guard case .mapping(let mapping) = value else {
        top.problem("defaults", value, "must be a profile (name: value lines)")
        throw InputErrors(diagnostics.errors)
      }
      defaults = mapping
    }
    guard let value = top.node("patients") else {
      top.missing("patients", "list each patient with at least a name:")
      throw InputErrors(diagnostics.errors)
    }
    guard case .sequence(let patients) = value, !patients.isEmpty else {
      top.problem("patients", value, "must be a list of patients, each with at least a name:")
      throw InputErrors(diagnostics.errors)
    }
    try diagnostics.throwIfAny()
    if patients.count > Self.maximumRows {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: "patients",
          message: "has \(patients.count) patients; the limit is \(Self.maximumRows) per roster")
      ])
    }
    let decoder = ProfileDecoder(knownItemIDs: knownItemIDs)
    var rows: [Roster.Row] = []
    for patient in patients {
      let line = patient.mark?.line ?? 0
      let place = "\(name):\(line)"
      let written = patient.mapping?.first(where: { $0.key.scalar?.string == "name" })?.value.scalar?.string ?? ""
      guard case .mapping(let mapping) = patient else {
        rows.append(
          Roster.Row(
            number: line, place: place, name: "",
            profile: .failure(
              InputErrors([
                InputError(
                  file: name, line: line, field: nil, message: "a patient must be a set of fields such as name:")
              ]))))
        continue
      }
      let merged = Self.merge(defaults, mapping)
      let result: Result<Profile, InputErrors>
      do {
        result = .success(try decoder.decode(node: .mapping(merged), file: name))
      } catch {
        result = .failure(error)
      }
      rows.append(Roster.Row(number: line, place: place, name: written, profile: result))
    }
    let shared = try defaults.map { mapping throws(InputErrors) in
      try decoder.decode(node: .mapping(mapping), file: name, nameOptional: true)
    }
    return Roster(source: name, rows: rows, defaults: shared)
  }

  /// The defaults' fields, overridden by the patient's, keeping the patient's position.
  static func merge(_ defaults: Node.Mapping?, _ patient: Node.Mapping) -> Node.Mapping {
    guard let defaults else { return patient }
    let own = Set(patient.keys.compactMap(\.scalar?.string))
    var pairs: [(Node, Node)] = defaults.filter { !own.contains($0.key.scalar?.string ?? "") }.map {
      ($0.key, $0.value)
    }
    pairs += patient.map { ($0.key, $0.value) }
    return Node.Mapping(pairs, patient.tag, patient.style, patient.mark)
  }

  // MARK: CSV

  func loadCSV(data: Data, name: String, defaults: Node.Mapping?, defaultsName: String?) throws(InputErrors) -> Roster {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let raw = String(data: bytes, encoding: .utf8) else {
      throw InputErrors([InputError(file: name, line: nil, field: nil, message: "is not UTF-8 text")])
    }
    let text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    let records = try CSVRecords.read(text: text, name: name)
    guard let header = records.header, !header.isEmpty, header.contains(where: { !$0.isEmpty }) else {
      throw InputErrors([
        InputError(
          file: name, line: 1, field: nil,
          message: "is empty; the first row must name the profile fields (name,condition,side,pain,...)")
      ])
    }
    let columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
    let allowed = ProfileDecoder.fieldNames.filter { $0 != "therapist" } + Self.therapistColumns
    var headerErrors: [InputError] = []
    for (index, column) in columns.enumerated() {
      if !allowed.contains(column) {
        headerErrors.append(
          InputError(
            file: name, line: 1, field: column.isEmpty ? "column \(index + 1)" : column,
            message: "is not a profile field; " + Suggestion.allowedText(for: column, allowed: allowed)))
      } else if columns.firstIndex(of: column) != index {
        headerErrors.append(InputError(file: name, line: 1, field: column, message: "is a column twice; keep one"))
      }
    }
    if !headerErrors.isEmpty { throw InputErrors(headerErrors) }
    if records.rows.count > Self.maximumRows {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: nil,
          message: "has \(records.rows.count) rows; the limit is \(Self.maximumRows) per roster")
      ])
    }
    let decoder = ProfileDecoder(knownItemIDs: knownItemIDs)
    var rows: [Roster.Row] = []
    for record in records.rows {
      let place = "\(name):\(record.number)"
      let nameIndex = columns.firstIndex(of: "name")
      let written = nameIndex.flatMap { record.fields.indices.contains($0) ? record.fields[$0] : nil } ?? ""
      if let problem = record.problem {
        rows.append(
          Roster.Row(
            number: record.number, place: place, name: written,
            profile: .failure(InputErrors([InputError(file: name, line: record.number, field: nil, message: problem)])))
        )
        continue
      }
      if record.fields.count > columns.count {
        rows.append(
          Roster.Row(
            number: record.number, place: place, name: written,
            profile: .failure(
              InputErrors([
                InputError(
                  file: name, line: record.number, field: nil,
                  message:
                    "has \(record.fields.count) values but the header has \(columns.count) columns (a comma inside a value needs \"quotes\")"
                )
              ]))))
        continue
      }
      let mapping = Self.mapping(columns: columns, fields: record.fields)
      let result: Result<Profile, InputErrors>
      do {
        result = .success(try decoder.decode(node: .mapping(Self.merge(defaults, mapping)), file: place))
      } catch {
        result = .failure(error)
      }
      rows.append(Roster.Row(number: record.number, place: place, name: written, profile: result))
    }
    let shared = try defaults.map { mapping throws(InputErrors) in
      try decoder.decode(node: .mapping(mapping), file: defaultsName ?? name, nameOptional: true)
    }
    return Roster(source: name, rows: rows, defaults: shared)
  }

  /// A CSV row as the YAML mapping the profile decoder reads: empty cells left out, list
  /// fields split at `;`, `therapist.*` columns gathered into `therapist:`.
  static func mapping(columns: [String], fields: [String]) -> Node.Mapping {
    var pairs: [(Node, Node)] = []
    var therapist: [(Node, Node)] = []
    for (index, column) in columns.enumerated() where index < fields.count {
      let value = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
      guard !value.isEmpty else { continue }
      if column.hasPrefix("therapist.") {
        therapist.append((Node(String(column.dropFirst("therapist.".count))), Node(value, .init(.str))))
      } else if listFields.contains(column) {
        let items = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        pairs.append((Node(column), Node(items.map { Node($0) })))
      } else if column == "name" || column == "notes" {
        pairs.append((Node(column), Node(value, .init(.str))))
      } else {
        pairs.append((Node(column), Node(value)))
      }
    }
    if !therapist.isEmpty { pairs.append((Node("therapist"), Node(therapist))) }
    return Node.Mapping(pairs)
  }
}
