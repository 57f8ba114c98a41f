extension CatalogueItem {
  /// The placeholders a step may hold, filled from the patient's dose so the card's words
  /// always agree with the dose printed above them: `{minutes}`, `{hold}` (seconds).
  public static let stepPlaceholders = ["{minutes}", "{hold}"]

  /// The steps as printed for one planned item: the variant for the patient's precaution,
  /// with the dose's numbers filled in.
  public func printedSteps(for planned: PlannedItem) -> [String] {
    steps(variant: planned.stepVariant).map { Self.fill($0, dose: planned.dose) }
  }

  /// The picture as printed for one planned item: only the start position when the
  /// patient's step variant says the usual end position is not for them.
  public func printedFigure(for planned: PlannedItem) -> FigureSpec? {
    guard var figure, let variant = planned.stepVariant,
      stepVariants.first(where: { $0.condition == variant })?.startOnly == true
    else { return self.figure }
    figure.end = nil
    figure.middle = nil
    figure.arrows = []
    if figure.arrowShape != .circle { figure.arrowShape = .path }
    return figure
  }

  /// The `do_not_use` lines that apply to the patient of `planned`.
  public func printedDoNotUse(for planned: PlannedItem) -> [String] {
    (thermal?.doNotUse ?? []).filter { $0.applies(given: planned.conditions) }.map(\.text)
  }

  static func fill(_ step: String, dose: PlannedDose) -> String {
    var text = step
    if let minutes = dose.minutes { text = text.replacingOccurrences(of: "{minutes}", with: String(minutes)) }
    if let hold = dose.holdSeconds { text = text.replacingOccurrences(of: "{hold}", with: String(hold)) }
    return text
  }
}
