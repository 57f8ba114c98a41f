import Foundation
import Yams

/// A profile given as named text fields — a web form's inputs, or JSON — read by the same
/// rules and messages as a YAML profile: the fields become the document a YAML file would
/// have been, and the one decoder checks it. A form and a profile map one to one: inputs
/// are named after the profile's fields (`therapist.name` for the therapist's), a list field
/// repeats its name once per checked value (a trailing `[]` is allowed), and a check box
/// sends `on` or `true` when ticked.
public struct ProfileFields: Sendable {
  public var pairs: [(name: String, value: String)]

  public init(_ pairs: [(name: String, value: String)]) {
    self.pairs = pairs
  }

  /// The YAML mapping these fields stand for; empty values are left out, so a field left
  /// blank takes the profile's default.
  func mapping() -> Node.Mapping {
    var scalars: [(String, Node)] = []
    var lists: [String: [Node]] = [:]
    var listOrder: [String] = []
    var therapist: [(Node, Node)] = []
    for (rawName, rawValue) in pairs {
      let name = rawName.hasSuffix("[]") ? String(rawName.dropLast(2)) : rawName
      let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !value.isEmpty else { continue }
      if name.hasPrefix("therapist.") {
        therapist.append((Node(String(name.dropFirst("therapist.".count))), Node(value, .init(.str))))
      } else if RosterLoader.listFields.contains(name.lowercased()) {
        if lists[name] == nil { listOrder.append(name) }
        lists[name, default: []].append(Node(value))
      } else if name == "name" || name == "notes" {
        scalars.append((name, Node(value, .init(.str))))
      } else {
        scalars.append((name, Node(value.lowercased() == "on" ? "true" : value)))
      }
    }
    var result = scalars.map { (Node($0.0), $0.1) }
    result += listOrder.map { (Node($0), Node(lists[$0] ?? [])) }
    if !therapist.isEmpty { result.append((Node("therapist"), Node(therapist))) }
    return Node.Mapping(result)
  }
}

extension ProfileDecoder {
  /// A profile from form fields, checked by the same rules and messages as a YAML file;
  /// `file` names the input in messages ("form: pain: 12 is out of range...").
  public func decode(form: ProfileFields, file: String = "form") throws(InputErrors) -> Profile {
    try decode(node: .mapping(form.mapping()), file: file)
  }

  /// A profile from JSON (the same fields as the YAML profile), by the same rules.
  public func decode(json: Data, file: String) throws(InputErrors) -> Profile {
    guard json.count <= InputLimits.yamlFileBytes else {
      throw InputErrors([
        InputError(
          file: file, line: nil, field: nil,
          message: "is \(json.count) bytes; a profile may be at most \(InputLimits.yamlFileBytes) bytes")
      ])
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: json)
    } catch {
      throw InputErrors([InputError(file: file, line: nil, field: nil, message: "is not valid JSON")])
    }
    return try decode(node: Self.node(object), file: file)
  }

  /// JSON values as the YAML nodes they would have been written as.
  static func node(_ value: Any) -> Node {
    switch value {
    case let dictionary as [String: Any]:
      return Node(dictionary.keys.sorted().map { (Node($0), node(dictionary[$0] as Any)) })
    case let array as [Any]:
      return Node(array.map(node))
    case let number as NSNumber:
      // JSON's true and false arrive as numbers of type char ("c").
      if String(cString: number.objCType) == "c" { return Node(number.boolValue ? "true" : "false") }
      return Node(number.stringValue)
    case let string as String:
      return Node(string, .init(.str))
    default:
      return Node("null", .init(.null))
    }
  }
}
