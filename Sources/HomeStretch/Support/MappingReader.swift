import Foundation
import Yams

/// Reads typed fields out of one YAML mapping, reporting every problem to ``Diagnostics``
/// with the line and the field path.
///
/// Unknown keys are reported when the reader is made, with a "did you mean" for near misses,
/// so a misspelt field is never silently ignored.
struct MappingReader {
  let mapping: Node.Mapping
  let path: String
  let diagnostics: Diagnostics
  let line: Int?
  /// The values by key, made once: Yams' own subscript compares keys as nodes, resolving
  /// tags on every lookup, and was the slowest part of reading a file.
  private var values: [String: Node] = [:]

  /// Makes a reader for `node`, which must be a mapping; reports a problem and returns nil
  /// otherwise.
  init?(
    _ node: Node, path: String, allowedKeys: [String], diagnostics: Diagnostics,
    what: String = "a set of fields (name: value lines)"
  ) {
    guard case .mapping(let mapping) = node else {
      diagnostics.add(
        line: node.mark?.line, field: path.isEmpty ? nil : path,
        "must be \(what), found \(MappingReader.describe(node))")
      return nil
    }
    self.mapping = mapping
    self.path = path
    self.diagnostics = diagnostics
    self.line = node.mark?.line
    var values: [String: Node] = [:]
    for (key, value) in mapping {
      guard let written = key.scalar?.string else {
        diagnostics.add(line: key.mark?.line, field: path.isEmpty ? nil : path, "field names must be plain words")
        continue
      }
      // Field names in any case, with spaces around them: `Side`, ` pain`.
      let name = Self.fieldName(written)
      if values[name] == nil {
        values[name] = value
      } else if name != written {
        diagnostics.add(
          line: key.mark?.line, field: fieldPath(name),
          "is written more than once (as '\(written)'); give each field once")
      }
      if !allowedKeys.contains(name) {
        diagnostics.add(
          line: key.mark?.line, field: fieldPath(name),
          "unknown field; " + Suggestion.allowedText(for: name, allowed: allowedKeys))
      }
    }
    self.values = values
  }

  /// A field name as written, made comparable: trimmed and lower case.
  static func fieldName(_ written: String) -> String {
    let trimmed = written.trimmedWhitespace
    return trimmed.contains(where: \.isUppercase) ? trimmed.lowercased() : trimmed
  }

  func fieldPath(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// True when `key` is written, even with no value.
  func isWritten(_ key: String) -> Bool { values[key] != nil }

  /// The value node for `key`, or nil when the key is absent or written empty (`key:`).
  func node(_ key: String) -> Node? {
    guard let value = values[key] else { return nil }
    // Only the few spellings YAML reads as null need the (regex-based, slow) tag resolver.
    if case .scalar(let scalar) = value, Self.isPlain(scalar), Self.nullSpellings.contains(scalar.string) {
      return nil
    }
    return value
  }

  /// YAML's core-schema spellings, checked directly: Yams resolves tags with regular
  /// expressions, which made reading the catalogue twice as slow.
  static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]
  static let bools: [String: Bool] = [
    "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
  ]

  /// An unquoted scalar without an explicit tag: only such a scalar is a number, a flag or
  /// null; `"6"` in quotes stays text.
  static func isPlain(_ scalar: Node.Scalar) -> Bool {
    (scalar.style == .plain || scalar.style == .any) && scalar.tag.rawValue.isEmpty
  }

  /// The line of `key` in the file, for messages about a field as a whole.
  func lineOf(_ key: String) -> Int? {
    for (keyNode, value) in mapping where keyNode.scalar.map({ Self.fieldName($0.string) }) == key {
      return value.mark?.line ?? keyNode.mark?.line
    }
    return line
  }

  /// A required field absent, or written with no value (reported at its own line).
  func missing(_ key: String, _ allowed: String) {
    if isWritten(key) {
      let keyLine = mapping.first { $0.key.scalar.map { Self.fieldName($0.string) } == key }?.key.mark?.line
      diagnostics.add(line: keyLine ?? lineOf(key), field: fieldPath(key), "has no value; \(allowed)")
      return
    }
    diagnostics.add(line: line, field: fieldPath(key), "is required; \(allowed)")
  }

  func problem(_ key: String, _ node: Node?, _ message: String) {
    diagnostics.add(line: node?.mark?.line ?? lineOf(key), field: fieldPath(key), message)
  }

  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): return "'\(scalar.string)'"
    case .mapping: return "a set of fields"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  // MARK: - Scalars

  /// A text field. Control characters are refused: they break printing and file names.
  func string(_ key: String, required: Bool = false, maxLength: Int = 500, multiline: Bool = false)
    -> String?
  {
    guard let value = node(key) else {
      if required { missing(key, "write some text") }
      return nil
    }
    guard case .scalar(let scalar) = value else {
      problem(key, value, "must be text, found \(MappingReader.describe(value))")
      return nil
    }
    let text = scalar.string.trimmedWhitespace
    if required && text.isEmpty {
      problem(key, value, "must not be empty")
      return nil
    }
    if text.count > maxLength {
      problem(key, value, "is \(text.count) characters long; the limit is \(maxLength)")
      return nil
    }
    let forbidden = text.unicodeScalars.first { scalar in
      // Printable ASCII needs no Unicode property lookup, which is slow and most text is ASCII.
      if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
      if multiline && (scalar == "\n" || scalar == "\t") { return false }
      return scalar.properties.generalCategory == .control || Self.bidiControls.contains(scalar.value)
    }
    if let forbidden {
      let code = String(forbidden.value, radix: 16, uppercase: true)
      problem(key, value, "contains an invisible control character (U+\(code)); remove it")
      return nil
    }
    return text
  }

  /// Bidirectional override and isolate controls, which can make a name print in a
  /// misleading order.
  static let bidiControls: Set<UInt32> = [
    0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
  ]

  func int(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
    numeric(key, in: range, kind: "a whole number", required: required, parse: { Int($0) })
  }

  /// A number such as an angle in degrees, whole or with decimals. Written with no value
  /// (`flex:`) is an error, not an absent field: a half-written angle must not vanish.
  func number(_ key: String, in range: ClosedRange<Double>, required: Bool = false) -> Double? {
    if !required && isWritten(key) && node(key) == nil {
      problem(key, nil, "has no value; write a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
      return nil
    }
    return numeric(
      key, in: range, kind: "a number", required: required,
      parse: { Double($0).flatMap { $0.isFinite ? $0 : nil } })
  }

  /// A plain (unquoted) scalar parsed by `parse` and checked against `range`.
  private func numeric<N: Comparable & CustomStringConvertible>(
    _ key: String, in range: ClosedRange<N>, kind: String, required: Bool, parse: (String) -> N?
  ) -> N? {
    let allowed = "allowed: \(kind) from \(range.lowerBound.shortText) to \(range.upperBound.shortText)"
    guard let value = node(key) else {
      if required { missing(key, allowed) }
      return nil
    }
    guard case .scalar(let scalar) = value, Self.isPlain(scalar), let number = parse(scalar.string) else {
      problem(key, value, "must be \(kind), found \(MappingReader.describe(value)); \(allowed)")
      return nil
    }
    guard range.contains(number) else {
      problem(key, value, "\(scalar.string) is out of range; \(allowed)")
      return nil
    }
    return number
  }

  func bool(_ key: String, required: Bool = false) -> Bool? {
    guard let value = node(key) else {
      if required { missing(key, "allowed: true, false") }
      return nil
    }
    guard case .scalar(let scalar) = value, Self.isPlain(scalar),
      let flag = Self.bools[scalar.string] ?? Self.bools[scalar.string.trimmedWhitespace.lowercased()]
    else {
      problem(key, value, "must be true or false, found \(MappingReader.describe(value))")
      return nil
    }
    return flag
  }

  func value<V: Vocabulary>(_ key: String, as type: V.Type = V.self, required: Bool = false) -> V? {
    guard let value = node(key) else {
      if required { missing(key, "allowed: " + V.allowedValues.joined(separator: ", ")) }
      return nil
    }
    return word(value, field: key, as: V.self)
  }

  /// One word of a closed vocabulary, from a scalar node.
  func word<V: Vocabulary>(_ value: Node, field: String, as type: V.Type = V.self) -> V? {
    guard case .scalar(let scalar) = value else {
      problem(field, value, "must be one word, found \(MappingReader.describe(value))")
      return nil
    }
    if let word = V(rawValue: scalar.string) { return word }
    // Closed vocabularies in any case, with spaces around them: `Right`, `LUMBAR_STENOSIS`.
    let folded = scalar.string.trimmedWhitespace.lowercased()
    if let word = V.allCases.first(where: { $0.rawValue.lowercased() == folded }) { return word }
    problem(
      field, value,
      "'\(scalar.string)' is not known; " + Suggestion.allowedText(for: scalar.string, allowed: V.allowedValues))
    return nil
  }

  /// A calendar date written `YYYY-MM-DD`.
  func date(_ key: String) -> CalendarDate? {
    guard let value = node(key) else { return nil }
    guard case .scalar(let scalar) = value, let date = CalendarDate(iso: scalar.string.trimmedWhitespace) else {
      problem(
        key, value,
        "\(MappingReader.describe(value)) must be a date written YYYY-MM-DD, a real day of the calendar, for example 2026-11-23"
      )
      return nil
    }
    return date
  }

  // MARK: - Lists and nested mappings

  /// The items of a list field. An absent or empty field is an empty list.
  func sequence(_ key: String) -> [Node]? {
    guard let value = node(key) else { return [] }
    guard case .sequence(let sequence) = value else {
      problem(key, value, "must be a list, for example [a, b], found \(MappingReader.describe(value))")
      return nil
    }
    return Array(sequence)
  }

  /// A list of vocabulary words. Duplicates are reported.
  func list<V: Vocabulary>(_ key: String, of type: V.Type = V.self) -> [V]? {
    guard let nodes = sequence(key) else { return nil }
    var words: [V] = []
    var failed = false
    for element in nodes {
      guard let word = word(element, field: key, as: V.self) else {
        failed = true
        continue
      }
      if words.contains(word) {
        problem(key, element, "'\(word.rawValue)' is listed twice")
        failed = true
        continue
      }
      words.append(word)
    }
    return failed ? nil : words
  }

  /// A list of text lines.
  func stringList(_ key: String, required: Bool = false, maxLength: Int = 300) -> [String]? {
    guard let nodes = sequence(key) else { return nil }
    if required && nodes.isEmpty {
      missing(key, "write at least one line")
      return nil
    }
    var lines: [String] = []
    for element in nodes {
      guard case .scalar(let scalar) = element else {
        problem(key, element, "each entry must be text, found \(MappingReader.describe(element))")
        return nil
      }
      let text = scalar.string.trimmedWhitespace
      if text.isEmpty || text.count > maxLength {
        problem(key, element, "each entry must be 1 to \(maxLength) characters of text")
        return nil
      }
      lines.append(text)
    }
    return lines
  }

  /// A nested mapping field.
  func mapping(_ key: String, allowedKeys: [String], required: Bool = false) -> MappingReader? {
    guard let value = node(key) else {
      if required { missing(key, "fields: " + allowedKeys.joined(separator: ", ")) }
      return nil
    }
    return MappingReader(value, path: fieldPath(key), allowedKeys: allowedKeys, diagnostics: diagnostics)
  }
}

extension CustomStringConvertible {
  /// A range bound for messages: 155.0 is written 155.
  fileprivate var shortText: String {
    let text = description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
