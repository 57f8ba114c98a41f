import HomeStretch

extension HandTarget {
  /// The thigh a hand holds behind ("hold behind your thigh"), if it does.
  var heldThigh: LimbSide? {
    switch self {
    case .backOfRightThigh: .right
    case .backOfLeftThigh: .left
    default: nil
    }
  }
}

extension FigureScene {
  /// Whether the hand on `side` lies toward the reader from the thigh it holds, within 45
  /// degrees of straight at them, from the point of the thigh nearest the hand: the back of
  /// the thigh faces the reader (a thigh drawn up, seen from the feet), so the hold is in
  /// front of the leg, not behind it. Seen more from the side, the hand is behind the thigh.
  static func handInFront(_ body: PosedBody, side: LimbSide, of thigh: LimbSide, camera: Camera) -> Bool {
    let wrist = body.point(.wrist(side))
    let nearest = wrist.nearest(onSegment: body.point(.hip(thigh)), body.point(.knee(thigh)))
    let offset = wrist - nearest
    return camera.depth(wrist) - camera.depth(nearest) > offset.length * 0.9
  }
}
