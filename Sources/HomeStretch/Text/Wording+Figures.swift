/// The patient's words that belong to a picture (its caption and frame numbers), part of
/// the one wording layer so a picture's words are translated with the rest.
extension Wording {
  /// Under an ice or heat picture: what goes where, and how to lie or sit for it, for the
  /// patient's side. "Pack on your LEFT buttock. Lie on your RIGHT side." A figure is drawn
  /// lying on its left side with the pack on its right buttock, and mirrored for the left,
  /// so the words say what the picture shows. Nil for an item that is not ice or heat.
  public func thermalCaption(_ item: CatalogueItem, side: AppliedSide) -> String? {
    guard let area = item.thermal?.area else { return nil }
    let props = item.figure?.props ?? []
    let what =
      props.contains(.iceCup)
      ? "Ice" : props.contains(.heatWrap) ? "Warm pad" : props.contains(.shower) ? "Warm water" : "Pack"
    // The side the picture shows: the patient's, or the right when both are done.
    let shown: String? =
      switch (area.isSided && item.sided, side) {
      case (true, .left): "LEFT"
      case (true, .right), (true, .both): "RIGHT"
      default: nil
      }
    let other = shown.map { $0 == "LEFT" ? "RIGHT" : "LEFT" }
    let place: String =
      switch area {
      case .buttock: shown.map { "your \($0) buttock" } ?? "your buttock"
      case .leg: shown.map { "the sore part of your \($0) leg" } ?? "the sore part of your leg"
      case .lowBack: "your lower back"
      case .lowBackAndButtocks: "your lower back and buttocks"
      }
    var sentences = ["\(what) on \(place)."]
    switch item.position {
    case .sideLying: sentences.append(other.map { "Lie on your \($0) side." } ?? "Lie on your side.")
    case .seated where area == .leg:
      sentences.append(shown.map { "Rest your \($0) leg on a stool." } ?? "Rest the leg on a stool.")
    case .supine: sentences.append("Lie on your back.")
    case .prone: sentences.append("Lie on your front.")
    default: break
    }
    if side == .both, shown != nil { sentences.append("Repeat on the left.") }
    return sentences.joined(separator: " ")
  }

  /// The number of a frame of a picture: 1 the start, 2 the end.
  public func frameNumber(_ n: Int) -> String { "\(n)" }
}
