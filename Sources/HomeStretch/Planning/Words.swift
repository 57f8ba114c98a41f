/// Short phrases that fit a reason to the item it is given for (what it works, where it is
/// done), so that no reason says what the item does not do.
enum Words {
  /// "on hands and knees", "sitting", "standing", "lying on your side".
  static func positionPhrase(_ position: Position) -> String {
    switch position {
    case .supine: return "lying on the back"
    case .prone: return "lying face down"
    case .sideLying: return "lying on the side"
    case .quadruped: return "on hands and knees"
    case .kneeling: return "kneeling"
    case .seated: return "sitting"
    case .standing: return "standing"
    case .walking: return "walking"
    }
  }

  /// Whether a strength item works the buttock or hip muscles.
  static func worksButtock(_ item: CatalogueItem) -> Bool {
    item.targets.contains(.glutes) || item.targets.contains(.hipAbductors) || item.targets.contains(.buttock)
  }

  /// What a strength item is for, from its targets.
  static func strengthPurpose(_ item: CatalogueItem) -> String {
    if item.targets.contains(.core) { return "trunk control" }
    if item.targets.contains(.thighs) { return "leg strength for standing up and walking" }
    if worksButtock(item) { return "strength in the buttock and hip muscles" }
    if item.targets.contains(.backExtensors) { return "strength in the back muscles" }
    return "general strength"
  }

  /// What a stretch or mobility item is for, from its targets.
  static func movementPurpose(_ item: CatalogueItem) -> String {
    if item.targets.contains(.piriformis) { return "a stretch for the deep buttock muscle" }
    if item.targets.contains(.hamstrings) { return "a stretch for the back of the thigh" }
    if item.targets.contains(.hipFlexors) { return "a stretch for the front of the hip" }
    if item.has(.trunkRotation) { return "gentle turning of the back" }
    return "gentle movement of the low back"
  }
}
