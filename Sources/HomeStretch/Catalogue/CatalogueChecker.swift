/// Checks that hold across items and between fields: unique ids, file names, links that
/// point somewhere, floor items with a non-floor alternative, tags that agree with fields.
public enum CatalogueChecker {
  /// Every problem found, in a stable order. An empty result means the catalogue is sound.
  public static func check(_ items: [CatalogueItem]) -> [InputError] {
    var errors: [InputError] = []
    var byID: [String: CatalogueItem] = [:]
    for item in items {
      if let first = byID[item.id] {
        errors.append(error(item, "id", "'\(item.id)' is already used by \(first.source); ids must be unique"))
      } else {
        byID[item.id] = item
      }
      let fileName = item.source.split(separator: "/").last.map(String.init) ?? ""
      if fileName != "\(item.id).yaml" && fileName != "\(item.id).yml" {
        errors.append(error(item, "id", "'\(item.id)' does not match the file name; name the file \(item.id).yaml"))
      }
      errors.append(contentsOf: fieldConsistency(item))
      errors.append(contentsOf: placeholders(item))
    }
    for item in items {
      errors.append(contentsOf: links(item, byID: byID))
    }
    return errors
  }

  static func error(_ item: CatalogueItem, _ field: String, _ message: String) -> InputError {
    InputError(file: item.source, line: nil, field: field, message: message)
  }

  /// Steps may hold `{minutes}` and `{hold}`, filled from the dose, only when the dose has
  /// that number; any other `{...}` is a typo the patient would see.
  static func placeholders(_ item: CatalogueItem) -> [InputError] {
    var errors: [InputError] = []
    let all = item.steps + item.stepVariants.flatMap(\.steps)
    for step in all {
      var rest = Substring(step)
      while let open = rest.firstIndex(of: "{") {
        guard let close = rest[open...].firstIndex(of: "}") else {
          errors.append(error(item, "steps", "'\(step)' has a '{' without '}'"))
          break
        }
        let token = String(rest[open...close])
        if !CatalogueItem.stepPlaceholders.contains(token) {
          errors.append(
            error(
              item, "steps",
              "'\(token)' is not a placeholder; allowed: " + CatalogueItem.stepPlaceholders.joined(separator: ", ")))
        } else if token == "{minutes}" && item.dose.minutes == nil {
          errors.append(error(item, "steps", "'{minutes}' needs dose.minutes"))
        } else if token == "{hold}" && item.dose.holdSeconds == nil {
          errors.append(error(item, "steps", "'{hold}' needs dose.hold_seconds"))
        }
        rest = rest[rest.index(after: close)...]
      }
    }
    return errors
  }

  static func fieldConsistency(_ item: CatalogueItem) -> [InputError] {
    var errors: [InputError] = []
    func require(_ condition: Bool, _ field: String, _ message: String) {
      if !condition { errors.append(error(item, field, message)) }
    }
    for tag in ItemTag.positions where item.has(tag) && item.position.tag != tag {
      errors.append(error(item, "tags", "'\(tag.rawValue)' does not match position: \(item.position.rawValue)"))
    }
    if let tag = item.position.tag {
      require(item.has(tag), "tags", "add '\(tag.rawValue)' to match position: \(item.position.rawValue)")
    }
    require(item.floor == item.has(.floor), "tags", "'floor' must be tagged exactly when floor: true")
    if let tag = item.bias.tag {
      require(item.has(tag), "tags", "add '\(tag.rawValue)' to match bias: \(item.bias.rawValue)")
    }
    require(
      !item.has(.flexionBias) || item.bias == .flexion || item.kind == .strengthening, "tags",
      "'flexion_bias' needs bias: flexion")
    require(!item.has(.extensionBias) || item.bias == .extension, "tags", "'extension_bias' needs bias: extension")
    require(
      item.has(.strengthening) == (item.kind == .strengthening), "tags",
      "'strengthening' must be tagged exactly on kind: strengthening")
    require(
      item.has(.walking) == (item.kind == .activity && item.position == .walking), "tags",
      "'walking' must be tagged exactly on the walking activity")
    if item.kind == .thermal {
      require(item.has(.heat) || item.has(.cold), "tags", "a thermal item must be tagged heat or cold")
      require(!item.floor, "floor", "ice and heat routines must not need the floor")
      require(item.dose.minutes != nil, "dose", "a thermal item is timed: give dose.minutes")
    } else {
      require(!item.has(.heat) && !item.has(.cold), "tags", "only thermal items are tagged heat or cold")
    }
    if item.has(.cold), let minutes = item.dose.minutes {
      require(minutes <= 20, "dose.minutes", "cold must never be longer than 20 minutes (rules.md (c))")
    }
    if item.floor {
      require(
        !item.alternatives.isEmpty, "alternatives", "a floor item must link a chair or standing alternative (rule S8)")
    }
    if item.kind == .strengthening || item.kind == .stretch || item.kind == .mobility || item.kind == .nerveGlide {
      require(item.dose.reps != nil || item.dose.minutes != nil, "dose", "give reps or minutes")
    }
    errors += FigureChecker.check(item).map { error(item, $0.field, $0.message) }
    return errors
  }

  static func links(_ item: CatalogueItem, byID: [String: CatalogueItem]) -> [InputError] {
    var errors: [InputError] = []
    let ids = Array(byID.keys).sorted()
    func target(_ id: String, field: String) -> CatalogueItem? {
      if id == item.id {
        errors.append(error(item, field, "links to the item itself"))
        return nil
      }
      guard let other = byID[id] else {
        errors.append(
          error(
            item, field,
            "'\(id)' is not a catalogue item; "
              + Suggestion.allowedText(for: id, allowed: ids).replacingFirst("allowed: ", with: "known ids: ")))
        return nil
      }
      return other
    }
    for id in item.alternatives {
      if let other = target(id, field: "alternatives"), other.floor {
        errors.append(error(item, "alternatives", "'\(id)' needs the floor too; an alternative must have floor: false"))
      }
    }
    if let id = item.easier, let other = target(id, field: "easier"), other.kind != item.kind,
      other.kind == .thermal || item.kind == .thermal
    {
      errors.append(error(item, "easier", "'\(id)' is a different kind of item"))
    }
    if let id = item.harder, let other = target(id, field: "harder"), other.kind == .thermal || item.kind == .thermal {
      errors.append(error(item, "harder", "'\(id)': ice and heat routines do not progress"))
    }
    return errors
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
