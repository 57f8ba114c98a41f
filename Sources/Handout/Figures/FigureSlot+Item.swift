import HomeStretch

extension FigureSlot {
  /// The slot for `item`'s picture on the patient's `side`: the figure fitted into `frame`,
  /// mirrored for the left side, with a timer for ice and heat.
  public static func make(
    _ item: CatalogueItem, side: AppliedSide, minutes: Int?, frame: Rect, figure: FigureSpec? = nil
  ) -> FigureSlot {
    let caption = Wording.english.sideLabel(side, area: item.thermal?.area).map { "\(item.name)\n\($0)" } ?? item.name
    let drawing = (figure ?? item.figure).map { figure in
      FigureScene.drawing(
        figure, mirrored: side == .left, timerMinutes: item.kind == .thermal ? minutes : nil, in: frame)
    }
    return FigureSlot(frame: frame, itemID: item.id, caption: caption, drawing: drawing)
  }

  /// The words under a picture tying the dark limb to the patient's side.
  public static func caption(_ item: CatalogueItem, side: AppliedSide) -> String? {
    let limb: String? =
      switch item.figure?.working {
      case .leg: "leg"
      case .arm: "arm"
      case .some(.none), nil: nil
      }
    return Wording.english.figureCaption(side, limb: limb)
  }
}
