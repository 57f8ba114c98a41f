/// The validated catalogue: every item by id, in a stable order.
public struct Catalogue: Sendable {
  /// Items sorted by id, so every walk over the catalogue is deterministic.
  public let items: [CatalogueItem]
  private let index: [String: Int]

  /// Makes a catalogue from items that have passed ``CatalogueChecker``.
  public init(items: [CatalogueItem]) {
    let sorted = items.sorted { $0.id < $1.id }
    self.items = sorted
    var index: [String: Int] = [:]
    for (position, item) in sorted.enumerated() where index[item.id] == nil {
      index[item.id] = position
    }
    self.index = index
  }

  public subscript(id: String) -> CatalogueItem? {
    index[id].map { items[$0] }
  }

  public var ids: [String] { items.map(\.id) }
}
