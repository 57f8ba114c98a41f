import HomeStretch

/// A plan's facts in the words of the handout's language: the one place pages turn ids,
/// doses, changes and notes into text.
struct PlanWords {
  let wording: Wording
  let catalogue: Catalogue

  /// An item's name from its id.
  func name(_ id: String) -> String { wording.name(of: id, in: catalogue) }

  /// "3 × 30-second hold, twice a day".
  func dose(_ item: PlannedItem) -> String { wording.dose(item.dose, sided: item.side) }

  /// The note on how often, when there is one.
  func doseNote(_ item: PlannedItem) -> String? {
    catalogue[item.id].flatMap { wording.doseNote(item.dose, of: $0) }
  }

  /// The item's notes for the patient.
  func notes(_ item: PlannedItem) -> [String] {
    guard let source = catalogue[item.id] else { return [] }
    return item.notes.map { wording.note($0, of: source) }.filter { !$0.isEmpty }
  }

  /// A week's changes.
  func changes(_ week: WeekSchedule) -> [String] { week.changes.map { wording.change($0, name: name) } }
}
