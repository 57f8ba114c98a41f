/// A point of the posed body: the joints, plus the ends of the hands and feet.
enum Landmark: Hashable, Sendable {
  case pelvis, waist, midBack, neckBase, neckTop, head
  case shoulder(LimbSide)
  case elbow(LimbSide)
  case wrist(LimbSide)
  case handTip(LimbSide)
  case hip(LimbSide)
  case knee(LimbSide)
  case ankle(LimbSide)
  case heel(LimbSide)
  case toe(LimbSide)

  static let all: [Landmark] =
    [.pelvis, .waist, .midBack, .neckBase, .neckTop, .head]
    + LimbSide.allCases.flatMap { side in
      [
        Landmark.shoulder(side), .elbow(side), .wrist(side), .handTip(side), .hip(side), .knee(side),
        .ankle(side), .heel(side), .toe(side),
      ]
    }
}

/// A side of the body.
enum LimbSide: Hashable, Sendable, CaseIterable {
  case right, left

  /// +1 for the right, −1 for the left: the sign of the body's z axis on that side.
  var sign: Double { self == .right ? 1 : -1 }
}
