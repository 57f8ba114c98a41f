import Foundation
import Yams

extension ProfileFields {
  /// The fields of a YAML profile as text, as a form shows them, without checking them: a
  /// file with problems can be shown in the form with each value as written, beside the
  /// decoder's message. Field names are read in any case (`Side` is `side`), a list's
  /// entries are one pair each, `therapist:`'s fields are `therapist.name` and so on;
  /// values that are neither text nor a list of texts are left out. Nil when the bytes are
  /// not a YAML mapping (the decoder says why).
  public init?(yamlData data: Data) {
    guard let node = try? YAMLDocument.parse(data: data, name: "file"), case .mapping(let mapping) = node else {
      return nil
    }
    var pairs: [(name: String, value: String)] = []
    func read(_ name: String, _ value: Node) {
      switch value {
      case .scalar(let scalar):
        pairs.append((name, scalar.string))
      case .sequence(let sequence):
        for entry in sequence { if case .scalar(let scalar) = entry { pairs.append((name, scalar.string)) } }
      default:
        break
      }
    }
    for (key, value) in mapping {
      guard let written = key.scalar?.string else { continue }
      let name = MappingReader.fieldName(written)
      if name == "therapist", case .mapping(let therapist) = value {
        for (innerKey, innerValue) in therapist {
          guard let inner = innerKey.scalar?.string else { continue }
          read("therapist." + MappingReader.fieldName(inner), innerValue)
        }
      } else {
        read(name, value)
      }
    }
    self.init(pairs)
  }
}
