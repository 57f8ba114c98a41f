import Yams

extension CatalogueItem {
  static let fieldNames = [
    "id", "name", "kind", "position", "floor", "bias", "sided", "level", "equipment", "targets",
    "dose", "tags", "summary", "steps", "feel", "stop_if", "contraindications", "cautions",
    "step_variants", "alternatives", "easier", "harder", "no_extra_time", "area", "timing", "barrier", "use_when",
    "do_not_use", "figure",
  ]
  static let thermalFieldNames = ["area", "timing", "barrier", "use_when", "do_not_use"]
  static let doseFieldNames = ["sets", "reps", "hold_seconds", "minutes", "times_per_day", "frequency_note"]

  /// Decodes one item file's node tree, reporting each problem with its line and field.
  /// Returns nil when any field is wrong; the problems are in `diagnostics`.
  static func decode(_ node: Node, source: String, diagnostics: Diagnostics) -> CatalogueItem? {
    guard
      let fields = MappingReader(
        node, path: "", allowedKeys: fieldNames, diagnostics: diagnostics,
        what: "a catalogue item (a set of fields such as id:, name:, kind:)")
    else { return nil }
    let before = diagnostics.errors.count

    let id = fields.string("id", required: true, maxLength: 60)
    if let id, !isSnakeCase(id) {
      fields.problem("id", fields.node("id"), "'\(id)' must be lower-case words joined by _ (snake_case)")
    }
    let name = fields.string("name", required: true, maxLength: 60)
    let kind = fields.value("kind", as: ItemKind.self, required: true)
    let position = fields.value("position", as: Position.self, required: true)
    let floor = fields.bool("floor", required: true)
    let bias = fields.value("bias", as: Bias.self, required: true)
    let sided = fields.bool("sided", required: true)
    let level = fields.int("level", in: 1...3, required: true)
    if fields.node("equipment") == nil { fields.missing("equipment", "write [] when none is needed") }
    let equipment = fields.list("equipment", of: Equipment.self)
    if fields.node("targets") == nil {
      fields.missing("targets", "allowed: " + BodyTarget.allowedValues.joined(separator: ", "))
    }
    let targets = fields.list("targets", of: BodyTarget.self)
    if fields.node("tags") == nil {
      fields.missing("tags", "allowed: " + ItemTag.allowedValues.joined(separator: ", "))
    }
    let tags = fields.list("tags", of: ItemTag.self)
    let dose = decodeDose(fields)
    let summary = fields.string("summary", required: true, maxLength: 200)
    let figure = FigureSpec.decode(fields)
    // The frames the picture prints: one per pose (start, middle, end), 0 with no picture.
    let frames = figure?.poses.count ?? 0
    let steps = fields.stringList("steps", required: true, maxLength: 200)
    if let steps, steps.count > 8 {
      fields.problem("steps", fields.node("steps"), "has \(steps.count) steps; at most 8 fit on a card")
    }
    for problem in FrameMark.problems(in: steps ?? [], frames: frames) {
      fields.problem("steps", fields.node("steps"), problem)
    }
    let stepVariants = decodeStepVariants(fields, frames: frames)
    let feel = fields.string("feel", required: true, maxLength: 200)
    let stopIf = fields.stringList("stop_if", required: true, maxLength: 200)
    let contraindications = decodeConditional(fields, key: "contraindications", textKey: "why")
    let cautions = decodeConditional(fields, key: "cautions", textKey: "note")
    let alternatives = decodeIDs(fields, key: "alternatives")
    let easier = fields.string("easier", maxLength: 60)
    let harder = fields.string("harder", maxLength: 60)
    let noExtraTime = fields.bool("no_extra_time") ?? false
    let thermal = decodeThermal(fields, kind: kind)

    guard diagnostics.errors.count == before, let id, let name, let kind, let position, let floor,
      let bias, let sided, let level, let equipment, let targets, let tags, let dose, let summary,
      let steps, let feel, let stopIf, let contraindications, let cautions, let alternatives, let stepVariants
    else { return nil }
    return CatalogueItem(
      id: id, name: name, kind: kind, position: position, floor: floor, bias: bias, sided: sided,
      level: level, equipment: equipment, targets: targets, dose: dose, tags: tags, summary: summary,
      steps: steps, feel: feel, stopIf: stopIf, contraindications: contraindications,
      cautions: cautions, stepVariants: stepVariants, alternatives: alternatives, easier: easier, harder: harder,
      noExtraTime: noExtraTime, thermal: thermal, figure: figure, source: source)
  }

  static func isSnakeCase(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
  }

  private static func decodeDose(_ fields: MappingReader) -> Dose? {
    guard let dose = fields.mapping("dose", allowedKeys: doseFieldNames, required: true) else { return nil }
    let sets = dose.int("sets", in: 1...5)
    let reps = dose.int("reps", in: 1...30)
    let hold = dose.int("hold_seconds", in: 1...120)
    let minutes = dose.int("minutes", in: 1...480)
    let times = dose.int("times_per_day", in: 1...12, required: true)
    let note = dose.string("frequency_note", maxLength: 160)
    if reps == nil && minutes == nil {
      dose.diagnostics.add(line: dose.line, field: "dose", "give either reps or minutes")
    }
    if reps != nil && minutes != nil {
      dose.diagnostics.add(line: dose.line, field: "dose", "give either reps or minutes, not both")
    }
    guard let times else { return nil }
    return Dose(sets: sets, reps: reps, holdSeconds: hold, minutes: minutes, timesPerDay: times, frequencyNote: note)
  }

  private static func decodeConditional(_ fields: MappingReader, key: String, textKey: String) -> [ConditionalText]? {
    guard let nodes = fields.sequence(key) else { return nil }
    var result: [ConditionalText] = []
    for (index, node) in nodes.enumerated() {
      guard
        let entry = MappingReader(
          node, path: "\(key)[\(index + 1)]", allowedKeys: ["if", textKey], diagnostics: fields.diagnostics,
          what: "an entry {if: CODE, \(textKey): TEXT}")
      else { continue }
      let code = entry.value("if", as: ConditionCode.self, required: true)
      let text = entry.string(textKey, required: true, maxLength: 240)
      if let code, let text { result.append(ConditionalText(condition: code, text: text)) }
    }
    return result
  }

  private static func decodeStepVariants(_ fields: MappingReader, frames: Int) -> [StepVariant]? {
    guard let nodes = fields.sequence("step_variants") else { return nil }
    var result: [StepVariant] = []
    for (index, node) in nodes.enumerated() {
      guard
        let entry = MappingReader(
          node, path: "step_variants[\(index + 1)]", allowedKeys: ["if", "steps", "picture"],
          diagnostics: fields.diagnostics,
          what: "an entry {if: CODE, steps: [STEP, ...]}")
      else { continue }
      let code = entry.value("if", as: ConditionCode.self, required: true)
      let steps = entry.stringList("steps", required: true, maxLength: 200)
      if let steps, steps.count > 8 {
        entry.problem("steps", entry.node("steps"), "has \(steps.count) steps; at most 8 fit on a card")
      }
      if let code, result.contains(where: { $0.condition == code }) {
        entry.problem("if", entry.node("if"), "'\(code.rawValue)' already has steps; give one variant per condition")
      }
      let picture = entry.string("picture", maxLength: 10)
      if let picture, picture != "start" {
        entry.problem(
          "picture", entry.node("picture"), "'\(picture)' is not known; allowed: start (show only the start position)")
      }
      for problem in FrameMark.problems(in: steps ?? [], frames: picture == "start" ? min(1, frames) : frames) {
        entry.problem("steps", entry.node("steps"), problem)
      }
      if let code, let steps {
        result.append(StepVariant(condition: code, steps: steps, startOnly: picture == "start"))
      }
    }
    return result
  }

  /// `do_not_use` lines: plain text for everyone, or `{if: CODE, text: TEXT}`.
  private static func decodeGuarded(_ fields: MappingReader, key: String) -> [GuardedText]? {
    guard let nodes = fields.sequence(key) else { return nil }
    if nodes.isEmpty {
      fields.missing(key, "write at least one line")
      return nil
    }
    var result: [GuardedText] = []
    for (index, node) in nodes.enumerated() {
      if case .scalar(let scalar) = node {
        let text = scalar.string.trimmedWhitespace
        guard !text.isEmpty, text.count <= 200 else {
          fields.problem(key, node, "each entry must be 1 to 200 characters of text")
          return nil
        }
        result.append(GuardedText(text))
        continue
      }
      guard
        let entry = MappingReader(
          node, path: "\(key)[\(index + 1)]", allowedKeys: ["if", "text"], diagnostics: fields.diagnostics,
          what: "a line of text, or {if: CODE, text: TEXT}")
      else { return nil }
      let code = entry.value("if", as: ConditionCode.self, required: true)
      let text = entry.string("text", required: true, maxLength: 200)
      guard let code, let text else { return nil }
      result.append(GuardedText(text, if: code))
    }
    return result
  }

  private static func decodeIDs(_ fields: MappingReader, key: String) -> [String]? {
    guard let nodes = fields.sequence(key) else { return nil }
    var ids: [String] = []
    for node in nodes {
      guard let id = node.scalar?.string, isSnakeCase(id) else {
        fields.problem(key, node, "each entry must be an item id")
        return nil
      }
      ids.append(id)
    }
    return ids
  }

  private static func decodeThermal(_ fields: MappingReader, kind: ItemKind?) -> ThermalDetails? {
    guard kind == .thermal else {
      for key in thermalFieldNames where fields.node(key) != nil {
        fields.problem(key, fields.node(key), "only thermal items (kind: thermal) have this field")
      }
      return nil
    }
    let area = fields.value("area", as: ThermalArea.self, required: true)
    let timing = fields.value("timing", as: ThermalTiming.self, required: true)
    let barrier = fields.string("barrier", required: true, maxLength: 240)
    let useWhen = fields.string("use_when", required: true, maxLength: 240)
    let doNotUse = decodeGuarded(fields, key: "do_not_use")
    guard let area, let timing, let barrier, let useWhen, let doNotUse else { return nil }
    return ThermalDetails(area: area, timing: timing, barrier: barrier, useWhen: useWhen, doNotUse: doNotUse)
  }
}
