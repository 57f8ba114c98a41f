/// Where the reader looks at the figure from. The camera is on the figure's right, in front
/// of it or above it, then turned by `turn` degrees round the figure and raised by `tilt`
/// degrees, so a figure-4 or a knee falling to one side can be seen in depth.
public struct FigureView: Hashable, Sendable {
  public enum Direction: String, Vocabulary {
    case side, front, top
  }

  public var direction: Direction
  /// Degrees the camera is raised above its direction (side and front views).
  public var tilt: Double
  /// Degrees the camera is turned round the figure.
  public var turn: Double

  public init(direction: Direction = .side, tilt: Double = 0, turn: Double = 0) {
    self.direction = direction
    self.tilt = tilt
    self.turn = turn
  }
}

/// Which limb does the work. It is drawn darkest; for the patient's left side the whole
/// picture is mirrored so the dark limb is their left one.
public enum WorkingLimb: String, Vocabulary {
  case leg, arm, none
}

/// How the movement goes: from the start to the end once (held there, or back to rest), or
/// back and forth between them without stopping (a nerve glide, cat and cow): a
/// double-headed arrow.
public enum FigureMotion: String, Vocabulary {
  case once
  case backAndForth = "back_and_forth"
}

/// How a figure's arrows are drawn.
public enum ArrowShape: String, Vocabulary {
  /// Along the true path of the joint from the start to the end.
  case path
  /// Curved round the trunk's long axis at the joint's height, as far as the joint turns:
  /// a twist of the back.
  case turn
  /// A short straight arrow pressing onto the body at the joint, the way it moves: a
  /// pelvic tilt flattening the low back.
  case press
  /// An arc round the waist, just beyond the head, from where the trunk points at the start
  /// to where it points at the end: a standing bend backward, which a short arrow on the
  /// body left to be read as a stoop.
  case bend
  /// A small circle on the highlighted area (no end pose needed): ice rubbed in circles.
  case circle
}
