/// The patient's words that belong to a picture (its caption and frame numbers), part of
/// the one wording layer so a picture's words are translated with the rest. The texts are
/// in ``Wording/PictureWords``; the rules that pick them are here, the same for every language.
extension Wording {
  /// Under an ice or heat picture: what goes where, and how to lie or sit for it, for the
  /// patient's side. "Pack on your LEFT buttock. Lie on your RIGHT side." A figure is drawn
  /// lying on its left side with the pack on its right buttock, and mirrored for the left,
  /// so the words say what the picture shows. Nil for an item that is not ice or heat.
  public func thermalCaption(_ item: CatalogueItem, side: AppliedSide) -> String? {
    guard let area = item.thermal?.area else { return nil }
    let words = pictureWords
    let props = item.figure?.props ?? []
    // Cold and warm said in words: in grey print the two packs look alike.
    let pack =
      item.has(.cold) && item.has(.heat)
      ? words.coldOrWarmPack : item.has(.cold) ? words.coldPack : item.has(.heat) ? words.warmPack : words.pack
    let what =
      props.contains(.iceCup)
      ? words.ice : props.contains(.heatWrap) ? words.warmPad : props.contains(.shower) ? words.warmWater : pack
    // The side the picture shows: the patient's, or the right when both are done.
    let shown: BodySide? =
      switch (area.isSided && item.sided, side) {
      case (true, .left): .left
      case (true, .right), (true, .both): .right
      default: nil
      }
    let shownWord = shown.map { $0 == .left ? words.left : words.right }
    let otherWord = shown.map { $0 == .left ? words.right : words.left }
    let place: String =
      switch area {
      case .buttock: shownWord.map { fill(words.sidedButtock, ["side": $0]) } ?? words.buttock
      case .leg: shownWord.map { fill(words.sidedLeg, ["side": $0]) } ?? words.leg
      case .lowBack: words.lowBack
      case .lowBackAndButtocks: words.lowBackAndButtocks
      }
    var sentences = [
      props.contains(.iceCup)
        ? fill(words.rubIceOn, ["place": place]) : fill(words.packOn, ["what": what, "place": place])
    ]
    switch item.position {
    case .sideLying: sentences.append(otherWord.map { fill(words.lieOnSide, ["side": $0]) } ?? words.lieOnYourSide)
    case .seated where area == .leg:
      sentences.append(shownWord.map { fill(words.restLegOnStool, ["side": $0]) } ?? words.restTheLegOnStool)
    case .supine: sentences.append(words.lieOnBack)
    case .prone: sentences.append(words.lieOnFront)
    default: break
    }
    if side == .both, shown != nil { sentences.append(words.repeatOnLeft) }
    return sentences.joined(separator: " ")
  }

  /// The number of a frame of a picture: 1 the start, 2 the end.
  public func frameNumber(_ n: Int) -> String { "\(n)" }

  /// The words of the ice and heat captions.
  public struct PictureWords: Hashable, Sendable {
    public var ice = "Ice"
    public var warmPad = "Warm pad"
    public var warmWater = "Warm water"
    public var pack = "Pack"
    public var coldPack = "Cold pack"
    public var warmPack = "Warm pack"
    public var coldOrWarmPack = "Cold or warm pack"
    /// Ice massage: the ice keeps moving (held still it can burn).
    public var rubIceOn = "Rub ice in small circles on {place}."
    /// The side as the caption prints it, in capitals like the side badge.
    public var left = "LEFT"
    public var right = "RIGHT"
    public var sidedButtock = "your {side} buttock"
    public var buttock = "your buttock"
    public var sidedLeg = "the sore part of your {side} leg"
    public var leg = "the sore part of your leg"
    public var lowBack = "your lower back"
    public var lowBackAndButtocks = "your lower back and buttocks"
    public var packOn = "{what} on {place}."
    public var lieOnSide = "Lie on your {side} side."
    public var lieOnYourSide = "Lie on your side."
    public var restLegOnStool = "Rest your {side} leg on a stool."
    public var restTheLegOnStool = "Rest the leg on a stool."
    public var lieOnBack = "Lie on your back."
    public var lieOnFront = "Lie on your front."
    public var repeatOnLeft = "Repeat on the left."

    public init() {}
  }
}
