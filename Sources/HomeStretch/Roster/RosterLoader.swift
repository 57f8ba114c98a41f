import Foundation
import Yams

/// Reads a roster: a CSV file (a header row of profile field names, list fields separated by
/// `;`, `therapist.name` style columns for the therapist) or a YAML file with a `defaults:`
/// profile and a `patients:` list whose entries override it.
///
/// A bad row never stops the roster: it becomes a row whose profile is the list of its
/// problems, each named `ROSTER:ROW: field: message`.
public struct RosterLoader: Sendable {
  /// Largest roster accepted, and most patients in one roster (see ``InputLimits``).
  public static let maximumBytes = InputLimits.rosterBytes
  public static let maximumRows = InputLimits.rosterPatients

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
    let format = try Self.format(of: path)
    let defaults = try defaultsPath.map { path throws(InputErrors) in
      (data: try YAMLDocument.read(path: path, displayName: path), name: path)
    }
    return try load(data: data, format: format, name: path, defaults: defaults)
  }

  /// Reads a roster from bytes in a stated format, for callers without a file (a web form's
  /// upload): `name` names it in messages, `defaults` is a profile every CSV row starts
  /// from. The limits of ``InputLimits`` apply as to a file.
  public func load(
    data: Data, format: RosterFormat, name: String, defaults: (data: Data, name: String)? = nil
  ) throws(InputErrors) -> Roster {
    if data.count > InputLimits.rosterBytes {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: nil,
          message: "is \(data.count) bytes; the limit is \(InputLimits.rosterBytes) bytes"
        ).overLimit
      ])
    }
    switch format {
    case .yaml:
      if defaults != nil {
        throw InputErrors([
          InputError(
            file: name, line: nil, field: nil,
            message: "a separate defaults profile is for CSV rosters; a YAML roster has its own defaults: section")
        ])
      }
      return try loadYAML(data: data, name: name)
    case .csv:
      var mapping: Node.Mapping?
      if let defaults {
        let node = try YAMLDocument.parse(data: defaults.data, name: defaults.name)
        guard case .mapping(let fields) = node else {
          throw InputErrors([
            InputError(
              file: defaults.name, line: 1, field: nil, message: "must be a patient profile (name: value lines)")
          ])
        }
        mapping = fields
      }
      return try loadCSV(data: data, name: name, defaults: mapping, defaultsName: defaults?.name)
    }
  }

  /// The format the roster's name says (`.csv`, `.yaml`, `.yml`), or the problem naming it.
  public static func format(of name: String) throws(InputErrors) -> RosterFormat {
    guard let format = RosterFormat(fileName: name) else {
      throw InputErrors([
        InputError(file: name, line: nil, field: nil, message: "a roster must be a .csv or a .yaml file")
      ])
    }
    return format
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
          .overLimit
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
    if case .mapping(let mapping) = node {
      let keys = Set(mapping.keys.compactMap { $0.scalar.map { MappingReader.fieldName($0.string) } })
      if !keys.contains("patients") && !keys.contains("defaults")
        && !keys.isDisjoint(with: ["name", "condition", "side", "pain"])
      {
        throw InputErrors([
          InputError(
            file: name, line: nil, field: nil,
            message:
              "this is a profile, not a roster: use `homestretch render \(name)`; a YAML roster has defaults: and patients:"
          )
        ])
      }
    }
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
    if case .sequence(let patients) = value, patients.isEmpty {
      top.problem("patients", value, "has no patients: the list is empty; give each patient at least a name:")
      throw InputErrors(diagnostics.errors)
    }
    guard case .sequence(let patients) = value else {
      top.problem("patients", value, "must be a list of patients, each with at least a name:")
      throw InputErrors(diagnostics.errors)
    }
    try diagnostics.throwIfAny()
    if patients.count > Self.maximumRows {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: "patients",
          message: "has \(patients.count) patients; the limit is \(Self.maximumRows) per roster"
        ).overLimit
      ])
    }
    let decoder = ProfileDecoder(knownItemIDs: knownItemIDs)
    var rows: [Roster.Row] = []
    for patient in patients {
      let line = patient.mark?.line ?? 0
      let place = "\(name):\(line)"
      let written =
        patient.mapping?.first(where: { MappingReader.fieldName($0.key.scalar?.string ?? "") == "name" })?.value.scalar?
        .string.trimmedWhitespace ?? ""
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
    var roster = Roster(source: name, rows: rows, defaults: shared)
    roster.findDuplicates()
    return roster
  }

  /// The defaults' fields, overridden by the patient's, keeping the patient's position;
  /// `therapist:` is merged field by field.
  static func merge(_ defaults: Node.Mapping?, _ patient: Node.Mapping) -> Node.Mapping {
    guard let defaults else { return patient }
    let own = Set(patient.keys.compactMap { $0.scalar.map { MappingReader.fieldName($0.string) } })
    var pairs: [(Node, Node)] = defaults.filter { !own.contains(MappingReader.fieldName($0.key.scalar?.string ?? "")) }
      .map { ($0.key, $0.value) }
    for (key, value) in patient {
      // A patient's own therapist: fields add to the defaults' (the clinic stays).
      if MappingReader.fieldName(key.scalar?.string ?? "") == "therapist", case .mapping(let own) = value,
        case .mapping(let shared)? = defaults.first(where: {
          MappingReader.fieldName($0.key.scalar?.string ?? "") == "therapist"
        })?.value
      {
        pairs.append((key, .mapping(merge(shared, own))))
      } else {
        pairs.append((key, value))
      }
    }
    return Node.Mapping(pairs, patient.tag, patient.style, patient.mark)
  }

  // MARK: CSV

  func loadCSV(data: Data, name: String, defaults: Node.Mapping?, defaultsName: String?) throws(InputErrors) -> Roster {
    let decoded = RosterText.decode(data)
    let records = try CSVRecords.read(text: decoded.text, name: name)
    guard let header = records.header, header.contains(where: { !$0.trimmedWhitespace.isEmpty }) else {
      throw InputErrors([
        InputError(
          file: name, line: 1, field: nil,
          message: "is empty; the first row must name the profile fields (name,condition,side,pain,...)")
      ])
    }
    if decoded.hasUndecodableBytes && header.contains(where: { $0.contains(RosterText.replacement) }) {
      throw InputErrors([
        InputError(file: name, line: 1, field: nil, message: "is not UTF-8 text; \(RosterText.fix)")
      ])
    }
    let allowed = ProfileDecoder.fieldNames.filter { $0 != "therapist" } + Self.therapistColumns
    let columns = try RosterColumns.read(header, allowed: allowed, file: name)
    var warnings: [InputError] = []
    if !columns.ignored.isEmpty {
      warnings.append(
        InputError(
          file: name, line: 1, field: nil,
          message:
            "ignored \(columns.ignored.count == 1 ? "a column that is" : "columns that are") not profile fields: "
            + columns.ignored.joined(separator: ", ")))
    }
    if records.rows.isEmpty {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: nil,
          message: "has no patients: the header is there but no row under it names a patient")
      ])
    }
    if records.rows.count > Self.maximumRows {
      throw InputErrors([
        InputError(
          file: name, line: nil, field: nil,
          message: "has \(records.rows.count) rows; the limit is \(Self.maximumRows) per roster"
        ).overLimit
      ])
    }
    let decoder = ProfileDecoder(knownItemIDs: knownItemIDs)
    var rows: [Roster.Row] = []
    let nameIndex = columns.fields.firstIndex(of: "name")
    for record in records.rows {
      let place = "\(name):\(record.number)"
      let written =
        nameIndex.flatMap { record.fields.indices.contains($0) ? record.fields[$0] : nil }?.trimmedWhitespace ?? ""
      func failed(_ message: String) {
        rows.append(
          Roster.Row(
            number: record.number, place: place, name: written,
            profile: .failure(InputErrors([InputError(file: name, line: record.number, field: nil, message: message)])))
        )
      }
      if let problem = record.problem {
        failed(problem)
        continue
      }
      if decoded.hasUndecodableBytes && record.fields.contains(where: { $0.contains(RosterText.replacement) }) {
        failed("holds bytes that are not UTF-8 text (the file may be Windows-1252); \(RosterText.fix)")
        continue
      }
      // Trailing empty cells (Excel's `,,`) are no values; only real extra values are.
      var fields = record.fields
      while fields.count > columns.fields.count, let last = fields.last, last.trimmedWhitespace.isEmpty {
        fields.removeLast()
      }
      if fields.count > columns.fields.count {
        let delimiter = records.delimiter == "\t" ? "tab" : "'\(records.delimiter)'"
        failed(
          "has \(fields.count) values but the header has \(columns.fields.count) columns (a \(delimiter) inside a value needs \"quotes\")"
        )
        continue
      }
      let mapping = Self.mapping(columns: columns.fields, fields: fields)
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
    var roster = Roster(source: name, rows: rows, defaults: shared, warnings: warnings)
    roster.findDuplicates()
    return roster
  }

  /// A CSV row as the YAML mapping the profile decoder reads: empty cells left out, list
  /// fields split at `;`, `therapist.*` columns gathered into `therapist:`.
  static func mapping(columns: [String?], fields: [String]) -> Node.Mapping {
    var pairs: [(Node, Node)] = []
    var therapist: [(Node, Node)] = []
    for (index, column) in columns.enumerated() where index < fields.count {
      guard let column else { continue }
      let value = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
      guard !value.isEmpty else { continue }
      if column.hasPrefix("therapist.") {
        therapist.append((Node(String(column.dropFirst("therapist.".count))), Node(value, .init(.str))))
      } else if listFields.contains(column) {
        // `;` between items, or `,` in a file whose delimiter is `;`.
        let items = value.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmedWhitespace }
          .filter { !$0.isEmpty }
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
