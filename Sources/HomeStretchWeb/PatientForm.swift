import Foundation
import HomeStretch

/// What the therapist typed into the patient form, field by field, kept as typed so the
/// form can be shown again with it; and the same values as a profile in YAML, so the
/// command line's decoder checks them with its own rules and words.
public struct PatientForm: Hashable, Sendable {
  /// Values by the profile's field name (`therapist.name` for the nested fields); a list
  /// field holds one value per ticked box.
  public var values: [String: [String]]
  /// Catalogue item ids the therapist added back or removed on the preview.
  public var include: [String]
  public var exclude: [String]

  public init(values: [String: [String]] = [:], include: [String] = [], exclude: [String] = []) {
    self.values = values
    self.include = include
    self.exclude = exclude
  }

  /// A new patient: every field at its default, the therapist's details as remembered.
  public static func blank(therapist: Therapist = Therapist()) -> PatientForm {
    var form = PatientForm()
    for field in FormField.all { form.values[field.name] = field.defaultValues }
    form.values["therapist.name"] = therapist.name.map { [$0] } ?? []
    form.values["therapist.clinic"] = therapist.clinic.map { [$0] } ?? []
    form.values["therapist.phone"] = therapist.phone.map { [$0] } ?? []
    return form
  }

  /// The form's fields from a posted body; fields that were not sent are empty (an
  /// unticked check box is not sent).
  public init(body: FormBody) {
    values = [:]
    for field in FormField.all {
      switch field.kind {
      case .checkBoxes: values[field.name] = body.values(field.name)
      case .flag: values[field.name] = body.values(field.name).contains("true") ? ["true"] : []
      // A browser sends a text area's line breaks as CR LF; a profile's are LF.
      case .longText:
        values[field.name] = body.value(field.name).map { [$0.replacingOccurrences(of: "\r\n", with: "\n")] } ?? []
      default: values[field.name] = body.value(field.name).map { [$0] } ?? []
      }
    }
    include = Self.ids(body.values("include"))
    exclude = Self.ids(body.values("exclude"))
  }

  private static func ids(_ values: [String]) -> [String] {
    var seen: [String] = []
    for value in values {
      let id = value.trimmingCharacters(in: .whitespaces).lowercased()
      if !id.isEmpty && !seen.contains(id) { seen.append(id) }
    }
    return seen
  }

  /// The first value of a field, or "".
  public func value(_ name: String) -> String { values[name]?.first ?? "" }

  /// The therapist's details as typed, for the cookie that remembers them.
  public var therapist: Therapist {
    func text(_ name: String) -> String? {
      let value = value(name).trimmingCharacters(in: .whitespacesAndNewlines)
      return value.isEmpty ? nil : value
    }
    return Therapist(name: text("therapist.name"), clinic: text("therapist.clinic"), phone: text("therapist.phone"))
  }

  /// The removal of an item on the preview: out of `include`, into `exclude`.
  public mutating func remove(_ id: String) {
    include.removeAll { $0 == id }
    if !exclude.contains(id) { exclude.append(id) }
  }

  /// An excluded item added back: out of `exclude`, into `include`.
  public mutating func add(_ id: String) {
    exclude.removeAll { $0 == id }
    if !include.contains(id) { include.append(id) }
  }

  /// The form as a profile in YAML, the format `homestretch plan` reads. Texts are always
  /// double-quoted (so nothing typed can change the document's structure), numbers and
  /// flags are written plain only when they look like one (so "abc" for pain is the
  /// decoder's own "not a whole number" message); empty fields are left out, as in a file.
  public var profileYAML: String {
    var lines: [String] = []
    for field in FormField.patient {
      let given = (values[field.name] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      switch field.kind {
      case .text, .longText, .date, .choice:
        guard let value = given.first, !value.isEmpty else { continue }
        lines.append("\(field.name): \(Self.quoted(value))")
      case .number:
        guard let value = given.first, !value.isEmpty else { continue }
        lines.append("\(field.name): \(Self.isPlainNumber(value) ? value : Self.quoted(value))")
      case .flag:
        lines.append("\(field.name): \(given.contains("true") ? "true" : "false")")
      case .checkBoxes:
        lines.append("\(field.name): [\(given.filter { !$0.isEmpty }.map(Self.quoted).joined(separator: ", "))]")
      }
    }
    var therapistLines: [String] = []
    for field in FormField.therapist {
      let value = self.value(field.name).trimmingCharacters(in: .whitespacesAndNewlines)
      guard !value.isEmpty, let key = field.name.split(separator: ".").last else { continue }
      therapistLines.append("  \(key): \(Self.quoted(value))")
    }
    if !therapistLines.isEmpty { lines += ["therapist:"] + therapistLines }
    lines.append("include: [\(include.map(Self.quoted).joined(separator: ", "))]")
    lines.append("exclude: [\(exclude.map(Self.quoted).joined(separator: ", "))]")
    return lines.joined(separator: "\n") + "\n"
  }

  static func isPlainNumber(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 9 && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// A YAML double-quoted scalar, as profile files write texts (``ProfileEncoder/quoted(_:)``).
  static func quoted(_ text: String) -> String {
    ProfileEncoder.quoted(text)
  }
}
