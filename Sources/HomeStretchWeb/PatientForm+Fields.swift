import HomeStretch

extension PatientForm {
  /// A profile file's fields as written, shown in the form when the file has problems so
  /// each message sits beside the value it is about. Words of closed vocabularies are
  /// lowercased and flags read as YAML writes them (`yes`, `on`, `true`), so what the
  /// decoder would accept shows as chosen; anything else is kept as written.
  public init(fields: ProfileFields, therapist: Therapist = Therapist()) {
    self = .blank(therapist: therapist)
    let given = Dictionary(grouping: fields.pairs, by: { $0.name }).mapValues { $0.map(\.value) }
    for field in FormField.all {
      guard let values = given[field.name] else { continue }
      let trimmed = values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      switch field.kind {
      case .choice, .checkBoxes:
        self.values[field.name] = trimmed.map { $0.lowercased() }
      case .flag:
        self.values[field.name] = ["true", "yes", "on"].contains(trimmed.first?.lowercased() ?? "") ? ["true"] : []
      default:
        self.values[field.name] = trimmed.isEmpty ? [] : [trimmed[0]]
      }
    }
    include = (given["include"] ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    exclude = (given["exclude"] ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
  }
}
