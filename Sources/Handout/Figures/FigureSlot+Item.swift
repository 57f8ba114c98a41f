import HomeStretch

extension FigureSlot {
  /// The slot for `item`'s picture on the patient's `side`: the figure fitted into `frame`,
  /// mirrored for the left side, with a timer for ice and heat whose minutes are printed in
  /// `labelSize` type.
  public static func make(
    _ item: CatalogueItem, side: AppliedSide, minutes: Int?, frame: Rect, figure: FigureSpec? = nil,
    labelSize: Double = 12
  ) -> FigureSlot {
    let caption = Wording.english.sideLabel(side, area: item.thermal?.area).map { "\(item.name)\n\($0)" } ?? item.name
    let drawing = (figure ?? item.figure).map { figure in
      FigureScene.drawing(
        figure, mirrored: side == .left, timerMinutes: item.kind == .thermal ? minutes : nil,
        timerLabelSize: labelSize, in: frame)
    }
    return FigureSlot(frame: frame, itemID: item.id, caption: caption, drawing: drawing)
  }

  /// The words under a picture tying the dark limb to the patient's side; for ice and heat,
  /// where the pack goes and which side to lie on.
  public static func caption(_ item: CatalogueItem, side: AppliedSide, wording: Wording = .english) -> String? {
    if let thermal = wording.thermalCaption(item, side: side) { return thermal }
    let limb: String? =
      switch item.figure?.working {
      case .leg: "leg"
      case .arm: "arm"
      case .some(.none), nil: nil
      }
    return wording.figureCaption(side, limb: limb)
  }
}
