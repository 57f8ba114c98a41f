/// Checks an item's figure against the rest of the item, so the picture and the words agree:
/// the posture matches `position:`, ice and heat show their pack on a marked area, a sided
/// item shows which side works. Angles, joints, props and areas are checked when read.
public enum FigureChecker {
  static let packs: Set<FigureProp> = [.coldPack, .heatPack, .iceCup, .heatWrap, .shower]

  /// Items without a figure. Loading accepts them (the card shows a plain frame, so a
  /// therapist's new item can be used at once); `catalogue check` reports them.
  public static func missing(_ items: [CatalogueItem]) -> [InputError] {
    items.filter { $0.figure == nil }.map { item in
      InputError(
        file: item.source, line: nil, field: "figure",
        message: "every item needs a picture: add a figure: block (see Exercises/README.md)")
    }
  }

  static func check(_ item: CatalogueItem) -> [(field: String, message: String)] {
    guard let figure = item.figure else { return [] }
    var problems: [(field: String, message: String)] = []
    func require(_ condition: Bool, _ field: String, _ message: String) {
      if !condition { problems.append((field, message)) }
    }
    let allowed = postures(for: item.position)
    require(
      figure.poses.contains { allowed.contains($0.posture) }, "figure.start.posture",
      "'\(figure.start.posture.rawValue)' does not match position: \(item.position.rawValue); start or end in "
        + allowed.map(\.rawValue).joined(separator: " or "))
    let packProps = figure.props.filter { packs.contains($0) }
    if item.kind == .thermal {
      require(
        !packProps.isEmpty, "figure.props",
        "an ice or heat routine shows its pack: add one of "
          + packs.map(\.rawValue).sorted().joined(separator: ", "))
      require(figure.highlight != nil, "figure.highlight", "an ice or heat routine marks where the pack goes")
      require(
        !figure.props.contains(.coldPack) || item.has(.cold), "figure.props", "a cold pack needs the item tagged cold")
      require(
        !figure.props.contains(.heatPack) || item.has(.heat), "figure.props", "a warm pack needs the item tagged heat")
    }
    for prop in [FigureProp.coldPack, .heatPack, .iceCup] where figure.props.contains(prop) {
      require(figure.highlight != nil, "figure.highlight", "'\(prop.rawValue)' is placed on the highlight: add one")
    }
    if item.sided {
      require(
        figure.working != .none || figure.highlight != nil, "figure.working",
        "a sided item must show its side: a working limb or a highlighted area")
    }
    if figure.props.contains(.strap) {
      require(figure.working == .leg, "figure.working", "a strap goes round the working foot: use working: leg")
    }
    for prop in [FigureProp.chair, .carSeat] where figure.props.contains(prop) {
      require(
        figure.poses.contains { $0.posture == .seated }, "figure.props",
        "'\(prop.rawValue)' goes under a seated pose; no pose is seated")
    }
    problems += reliedOn(item, figure)
    return problems
  }

  /// What the steps rely on is declared, and each declared contact has the prop it needs:
  /// a counter the item needs is held in the picture, a chair is sat on, a wall leant on.
  static func reliedOn(_ item: CatalogueItem, _ figure: FigureSpec) -> [(field: String, message: String)] {
    var problems: [(field: String, message: String)] = []
    let needs: [(Equipment, FigureContact)] = [
      (.counter, .counterHeld), (.paperCup, .cupInHand), (.wall, .backOnWall),
    ]
    let counterNear = figure.shows.contains(.counterBeside)
    for (equipment, contact) in needs
    where item.equipment.contains(equipment) && !figure.shows.contains(contact)
      && !(contact == .counterHeld && counterNear)
    {
      problems.append(
        (
          "figure.shows",
          "the item needs a \(equipment.rawValue.replacingOccurrences(of: "_", with: " ")): add \(contact.rawValue) so the check finds it in the picture"
        ))
    }
    let drawn: [(Equipment, [FigureProp])] = [
      // A pillow is often optional ("if it helps"): not required in the picture.
      (.strap, [.strap]), (.step, [.step]), (.cushion, [.cushion]),
      (.coldPack, [.coldPack, .heatPack]), (.heatPack, [.heatPack, .coldPack]), (.heatWrap, [.heatWrap]),
      (.paperCup, [.iceCup]),
      (.shower, [.shower]),
    ]
    // The towel a pack is wrapped in (an ice cup's towel only catches drips).
    let wrapped = figure.props.contains(.coldPack) || figure.props.contains(.heatPack)
    if item.equipment.contains(.towel), wrapped, !figure.props.contains(.towel) {
      problems.append(("figure.props", "the pack is wrapped in a towel: draw it (towel)"))
    }
    if figure.props.contains(.towel), !wrapped {
      problems.append(("figure.props", "a towel is drawn round a pack: add cold_pack or heat_pack"))
    }
    for (equipment, props) in drawn
    where item.equipment.contains(equipment) && !props.contains(where: figure.props.contains) {
      problems.append(
        (
          "figure.props",
          "the item needs a \(equipment.rawValue.replacingOccurrences(of: "_", with: " ")): draw it (one of \(props.map(\.rawValue).joined(separator: ", ")))"
        ))
    }
    let seated = figure.poses.contains { $0.posture == .seated }
    if item.equipment.contains(.chair), !seated, !figure.shows.contains(.chairHeld) {
      problems.append(("figure.shows", "the item needs a chair to hold: add chair_held so the check finds it"))
    }
    if (figure.props.contains(.chair) || figure.props.contains(.carSeat)) && !figure.shows.contains(.seatUnderPelvis) {
      problems.append(("figure.shows", "a figure sitting on a chair shows it: add seat_under_pelvis"))
    }
    let props: [FigureContact: [FigureProp]] = [
      .counterHeld: [.counter], .counterBeside: [.counter], .chairHeld: [.chairToHold],
      .seatUnderPelvis: [.chair, .carSeat], .seatedNearFront: [.chair], .backOnWall: [.wall], .cupInHand: [.iceCup],
    ]
    for contact in figure.shows {
      guard let needed = props[contact], !needed.contains(where: figure.props.contains) else { continue }
      problems.append(
        ("figure.props", "\(contact.rawValue) needs \(needed.map(\.rawValue).joined(separator: " or ")) in props"))
    }
    return problems
  }

  /// The postures a figure may start in for an item done in `position`.
  static func postures(for position: Position) -> [Posture] {
    switch position {
    case .supine: return [.supine]
    case .prone: return [.prone]
    case .sideLying: return [.sideLying]
    case .quadruped: return [.quadruped]
    case .kneeling: return [.kneeling, .halfKneeling]
    case .seated: return [.seated]
    case .standing, .walking: return [.standing]
    }
  }
}
