/// One job the program must fill (a directional exercise, walking, strengthening...), with
/// the items that can fill it in order of preference.
struct SelectionSlot: Sendable {
  var role: Role
  /// How many items the slot takes.
  var count: Int
  /// Catalogue ids tried first, in this order (those that also match).
  var preferred: [String]
  /// Any other catalogue item that can do the job, tried after `preferred` by level then id.
  var matches: @Sendable (CatalogueItem) -> Bool
  /// Why an item in this slot was chosen.
  var why: Reason
  /// Mandatory slots are filled even past the time budget (walking, rule S1).
  var mandatory: Bool = false

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
