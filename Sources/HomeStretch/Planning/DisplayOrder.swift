/// The order a patient meets the items, on the cards and within each session: heat first,
/// then the exercises by position (lying, on hands and knees, kneeling, sitting, standing) so
/// the patient gets down to the floor and up again once, then walking, habits, and last the
/// ice and heat taken as a rest or when needed.
enum DisplayOrder {
  /// The order within a week's sessions: each item by its own position.
  static func sorted(_ choices: [Choice]) -> [Choice] {
    choices.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
  }

  /// The order of the cards: the first week's program by position, and each harder variant
  /// right after the item it replaces, so the cards read as the patient starts.
  static func cards(_ choices: [Choice]) -> [Choice] {
    let byID = Dictionary(choices.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
    func root(_ choice: Choice) -> (Key, Int) {
      var current = choice
      var depth = 0
      while let replaced = current.replaces, let previous = byID[replaced] {
        current = previous
        depth += 1
      }
      return (key(current), depth)
    }
    return choices.enumerated().sorted { lhs, rhs in
      let (left, right) = (root(lhs.element), root(rhs.element))
      return (left.0, left.1, lhs.offset) < (right.0, right.1, rhs.offset)
    }.map(\.element)
  }

  /// Group, position, then role.
  static func key(_ choice: Choice) -> Key {
    let item = choice.item
    let group: Int
    switch item.kind {
    case .thermal:
      let first = !choice.rest && !(item.thermal.map { $0.timing == .asNeeded || $0.timing == .afterActivity } ?? false)
      group = first ? 0 : 4
    case .stretch, .mobility, .nerveGlide, .strengthening: group = 1
    case .activity: group = 2
    case .habit: group = 3
    }
    return Key(group: group, position: positionRank(item.position), role: choice.role.priority)
  }

  struct Key: Comparable {
    var group: Int
    var position: Int
    var role: Int

    static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.group, lhs.position, lhs.role) < (rhs.group, rhs.position, rhs.role)
    }
  }

  static func positionRank(_ position: Position) -> Int {
    switch position {
    case .supine: return 0
    case .sideLying: return 1
    case .prone: return 2
    case .quadruped: return 3
    case .kneeling: return 4
    case .seated: return 5
    case .standing: return 6
    case .walking: return 7
    }
  }
}
