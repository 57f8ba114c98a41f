/// One job the program must fill (a directional exercise, walking, strengthening...), with
/// the items that can fill it in order of preference.
struct SelectionSlot: Sendable {
  var role: Role
  /// How many items the slot takes.
  var count: Int
  /// How many of them are must-haves (rule S11): chosen before any optional item and
  /// whatever the time budget, which is then met by lower doses or fewer optional items.
  var mustHave: Int = 0
  /// Catalogue ids tried first, in this order (those that also match).
  var preferred: [String]
  /// Any other catalogue item that can do the job, tried after `preferred` by level then id.
  var matches: @Sendable (CatalogueItem) -> Bool
  /// The rule that gives the slot its place in the program.
  var rule: Rule
  /// Why this item was chosen for the slot: the reason fits the item, not only the slot.
  var why: @Sendable (CatalogueItem) -> Reason
  /// The most demanding level allowed, when the slot may go above the tier's (a loading
  /// strength exercise in osteoporosis).
  var maxLevel: Int?

  /// The candidates in the order they are tried.
  func candidates(in catalogue: Catalogue) -> [CatalogueItem] {
    let first = preferred.compactMap { catalogue[$0] }.filter(matches)
    let firstIDs = Set(first.map(\.id))
    let rest = catalogue.items
      .filter { !firstIDs.contains($0.id) && matches($0) }
      .sorted { ($0.level, $0.id) < ($1.level, $1.id) }
    return first + rest
  }
}
