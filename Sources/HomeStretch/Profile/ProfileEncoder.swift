/// Writes a checked ``Profile`` as the YAML file `homestretch plan` reads: every field in the
/// order of the sample profile, closed vocabularies as plain words with their allowed values
/// in a comment, texts double-quoted so nothing a patient's name or the notes hold can change
/// the document's structure. ``ProfileDecoder`` reads it back to the same profile.
///
///     let yaml = ProfileEncoder().encode(profile)
///     try ProfileDecoder().decode(yaml: yaml, file: "maria.yaml") == profile  // true
public struct ProfileEncoder: Sendable {
  public init() {}

  /// The column the comments start at, as in `examples/maria-lopez.yaml`.
  static let commentColumn = 33

  /// The profile as YAML, one field a line, ending in a line break.
  public func encode(_ profile: Profile) -> String {
    var lines = ["# HomeStretch patient profile: homestretch plan FILE.yaml reads it, and so does the web app's form."]
    func add(_ field: String, _ value: String, _ comment: String? = nil) {
      var line = "\(field): \(value)"
      if let comment {
        line += String(repeating: " ", count: max(1, Self.commentColumn - line.count)) + "# " + comment
      }
      lines.append(line)
    }
    func words<V: Vocabulary>(_ type: V.Type) -> String { V.allowedValues.joined(separator: " | ") }
    func list<V: Vocabulary>(_ values: [V]) -> String { "[" + values.map(\.rawValue).joined(separator: ", ") + "]" }

    add("name", Self.quoted(profile.name))
    if let age = profile.age { add("age", String(age), "years") }
    add("condition", profile.condition.rawValue, words(Condition.self))
    add("side", profile.side.rawValue, words(Side.self))
    add("pain", String(profile.pain), "0-10")
    add("phase", profile.phase.rawValue, words(Phase.self))
    add("floor", String(profile.floor), "can get down to the floor and back up safely")
    add("equipment", list(profile.equipment), words(PatientEquipment.self))
    add(
      "minutes_per_day", String(profile.minutesPerDay),
      "\(Profile.minutesRange.lowerBound)-\(Profile.minutesRange.upperBound)")
    add("sitting_job", String(profile.sittingJob))
    add("pregnancy_weeks", String(profile.pregnancyWeeks), "0 = not pregnant")
    add("hip_replacement", list(profile.hipReplacement), words(HipReplacement.self))
    add("directional_preference", profile.directionalPreference.rawValue, words(DirectionalPreference.self))
    add("numbness", list(profile.numbness), words(NumbnessArea.self))
    add("health", list(profile.health), words(HealthCondition.self))
    add("red_flags", list(profile.redFlags), words(RedFlag.self))
    add("weeks", String(profile.weeks), "\(Profile.weeksRange.lowerBound)-\(Profile.weeksRange.upperBound)")
    if let most = profile.maxExercises {
      add(
        "max_exercises", String(most),
        "\(Profile.maxExercisesRange.lowerBound)-\(Profile.maxExercisesRange.upperBound)")
    }
    if let start = profile.start { add("start", start.description, "YYYY-MM-DD") }
    let therapist = [
      ("name", profile.therapist.name), ("clinic", profile.therapist.clinic), ("phone", profile.therapist.phone),
    ]
    .compactMap { key, value in value.map { "  \(key): \(Self.quoted($0))" } }
    if !therapist.isEmpty { lines += ["therapist:"] + therapist }
    add(
      "include", "[" + profile.include.map(Self.quoted).joined(separator: ", ") + "]",
      "item ids the therapist insists on (still safety-checked)")
    add("exclude", "[" + profile.exclude.map(Self.quoted).joined(separator: ", ") + "]")
    if !profile.notes.isEmpty { add("notes", Self.quoted(profile.notes)) }
    add("paper", profile.paper.rawValue, words(Paper.self))
    add("large_print", String(profile.largePrint))
    return lines.joined(separator: "\n") + "\n"
  }

  /// A YAML double-quoted scalar: backslash, quote and every control, line-separator and
  /// byte-order character escaped, so the text reads back exactly and stays on one line.
  ///
  ///     ProfileEncoder.quoted("Ana \"Nan\" Silva")  // "\"Ana \\\"Nan\\\" Silva\""
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
        {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
