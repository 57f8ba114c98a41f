import Foundation
import Yams

/// Reads and validates a patient profile written in YAML.
///
/// Every problem is reported at once, each naming the file, line and field, with the
/// allowed values and a "did you mean" for near misses:
///
///     maria.yaml:3: condition: 'piriformis' is not known; allowed: sciatica_disc, ...;
///     did you mean 'piriformis_syndrome'?
public struct ProfileDecoder: Sendable {
  /// Catalogue ids that `include:` and `exclude:` may name; nil skips that check.
  public var knownItemIDs: [String]?

  public init(knownItemIDs: [String]? = nil) {
    self.knownItemIDs = knownItemIDs
  }

  static let fieldNames = [
    "name", "age", "condition", "side", "pain", "phase", "floor", "equipment", "minutes_per_day",
    "sitting_job", "pregnancy_weeks", "hip_replacement", "directional_preference", "numbness", "health",
    "red_flags", "weeks", "max_exercises", "start", "therapist", "include", "exclude", "notes", "paper", "large_print",
  ]

  /// Reads the profile file at `path`.
  public func decode(path: String, displayName: String? = nil) throws(InputErrors) -> Profile {
    let node = try YAMLDocument.load(path: path, displayName: displayName)
    return try decode(node: node, file: displayName ?? path)
  }

  /// Reads a profile from YAML text; `file` names it in messages.
  public func decode(yaml: String, file: String) throws(InputErrors) -> Profile {
    let node = try YAMLDocument.parse(text: yaml, name: file)
    return try decode(node: node, file: file)
  }

  func decode(node: Node, file: String, nameOptional: Bool = false) throws(InputErrors) -> Profile {
    let diagnostics = Diagnostics(file: file)
    guard
      let fields = MappingReader(
        node, path: "", allowedKeys: Self.fieldNames, diagnostics: diagnostics,
        what: "a patient profile (fields such as name:, condition:, side:, pain:)")
    else { throw InputErrors(diagnostics.errors) }

    let name = fields.string("name", required: !nameOptional, maxLength: 120) ?? (nameOptional ? "" : nil)
    let age = fields.int("age", in: Profile.ageRange)
    let condition = fields.value("condition", as: Condition.self, required: true)
    let side = fields.value("side", as: Side.self, required: true)
    let pain = fields.int("pain", in: 0...10, required: true)
    let phase = fields.value("phase", as: Phase.self)
    let floor = fields.bool("floor")
    let equipment =
      fields.node("equipment") == nil ? Profile.defaultEquipment : fields.list("equipment", of: PatientEquipment.self)
    let minutes = fields.int("minutes_per_day", in: Profile.minutesRange)
    let sittingJob = fields.bool("sitting_job")
    let pregnancyWeeks = fields.int("pregnancy_weeks", in: Profile.pregnancyWeeksRange)
    let hips = fields.list("hip_replacement", of: HipReplacement.self)
    if let hips {
      for side in BodySide.allCases where hips.filter({ $0.side == side }).count > 1 {
        fields.problem(
          "hip_replacement", fields.node("hip_replacement"),
          "the \(side.rawValue) hip is listed with two approaches; give one per hip")
      }
    }
    let preference = fields.value("directional_preference", as: DirectionalPreference.self)
    let numbness = fields.list("numbness", of: NumbnessArea.self)
    let health = fields.list("health", of: HealthCondition.self)
    let redFlags = fields.list("red_flags", of: RedFlag.self)
    let weeks = fields.int("weeks", in: Profile.weeksRange)
    let maxExercises = fields.int("max_exercises", in: Profile.maxExercisesRange)
    let start = fields.date("start")
    let therapist = decodeTherapist(fields)
    let include = itemIDs(fields, key: "include")
    let exclude = itemIDs(fields, key: "exclude")
    if let include, let exclude {
      for id in include where exclude.contains(id) {
        fields.problem("exclude", fields.node("exclude"), "'\(id)' is in both include and exclude; keep it in one")
      }
    }
    let notes = fields.string("notes", maxLength: 2000, multiline: true)
    let paper = fields.value("paper", as: Paper.self)
    let largePrint = fields.bool("large_print")

    try diagnostics.throwIfAny()
    guard let name, let condition, let side, let pain, let equipment, let hips, let numbness, let health,
      let redFlags, let include, let exclude
    else { throw InputErrors(diagnostics.errors) }
    return Profile(
      name: name, age: age, condition: condition, side: side, pain: pain,
      phase: phase ?? Profile.defaultPhase, floor: floor ?? false, equipment: equipment,
      minutesPerDay: minutes ?? 20, sittingJob: sittingJob ?? false, pregnancyWeeks: pregnancyWeeks ?? 0,
      hipReplacement: hips, directionalPreference: preference ?? .unknown, numbness: numbness,
      health: health, redFlags: redFlags, weeks: weeks ?? 2, maxExercises: maxExercises, start: start,
      therapist: therapist,
      include: include, exclude: exclude, notes: notes ?? "", paper: paper ?? .letter,
      largePrint: largePrint ?? false)
  }

  private func decodeTherapist(_ fields: MappingReader) -> Therapist {
    guard let therapist = fields.mapping("therapist", allowedKeys: ["name", "clinic", "phone"]) else {
      return Therapist()
    }
    return Therapist(
      name: therapist.string("name", maxLength: 120),
      clinic: therapist.string("clinic", maxLength: 120),
      phone: therapist.string("phone", maxLength: 40))
  }

  private func itemIDs(_ fields: MappingReader, key: String) -> [String]? {
    guard let nodes = fields.sequence(key) else { return nil }
    var ids: [String] = []
    for node in nodes {
      guard case .scalar(let scalar) = node else {
        fields.problem(key, node, "each entry must be a catalogue item id")
        return nil
      }
      let id = scalar.string.trimmedWhitespace.lowercased()
      if let known = knownItemIDs, !known.contains(id) {
        var message = "'\(id)' is not a catalogue item (see: homestretch catalogue list)"
        if let near = Suggestion.closest(to: id, in: known) { message += "; did you mean '\(near)'?" }
        fields.problem(key, node, message)
        return nil
      }
      if ids.contains(id) {
        fields.problem(key, node, "'\(id)' is listed twice")
        return nil
      }
      ids.append(id)
    }
    return ids
  }
}
