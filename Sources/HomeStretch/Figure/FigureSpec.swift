/// A catalogue item's illustration, as data: one to three poses, the props, the moving joint
/// the arrow follows and where the patient should feel it.
///
/// Figures are written for the right side (the right limbs are the near ones in a side
/// view); the picture for the left side is the mirror image, so the words "left leg" and the
/// dark left leg always agree.
public struct FigureSpec: Hashable, Sendable {
  public var view: FigureView
  /// Where the last frame is seen from, when not from `view`: the standing figure-4's 4
  /// reads from the front, its sitting back only from the side.
  public var endView: FigureView?
  public var working: WorkingLimb
  /// The position the exercise starts in (or is held in).
  public var start: Pose
  /// Where the movement ends, drawn solid over a pale start; nil for a held position.
  public var end: Pose?
  /// A position between the start and the end, drawn as its own frame when the movement
  /// has two stages (a nerve tensioner: chin down, then the knee straightens).
  public var middle: Pose?
  public var props: [FigureProp]
  /// The joints whose movement from `start` to `end` the arrows show (`arrow: right_foot`
  /// or `arrow: [right_foot, head]`: the knee and the head of a nerve glide).
  public var arrows: [Joint]
  /// The first arrow's joint.
  public var arrow: Joint? {
    get { arrows.first }
    set { arrows = newValue.map { [$0] } ?? [] }
  }
  /// How the arrows are drawn: along the joint's path, round the body for a turn, or
  /// pressing on it for a tilt.
  public var arrowShape: ArrowShape
  /// Joints that get a curved arrow round them, showing how the part beyond turns on them
  /// (`swing: right_ankle`: the toes pointed, then pulled back), beside the path arrows.
  public var swings: [Joint]
  /// A clock with these minutes beside a habit's picture ("every 30 min").
  public var clockEvery: Int?
  /// Whether the arrow has a head at both ends: the movement goes back and forth.
  public var motion: FigureMotion
  public var highlight: BodyArea?
  /// The joint that stays put between the poses (a foot on the floor, the pelvis on the
  /// mat); by default the pelvis for lying and seated postures, the left ankle standing.
  public var anchor: Joint
  /// What the steps rely on that the picture must show (a counter held, hands on the
  /// thighs); `catalogue check` finds each in the posed figure.
  public var shows: [FigureContact]

  public init(
    view: FigureView = FigureView(), working: WorkingLimb = .leg, start: Pose, end: Pose? = nil,
    props: [FigureProp] = [], arrow: Joint? = nil, motion: FigureMotion = .once, highlight: BodyArea? = nil,
    anchor: Joint? = nil, shows: [FigureContact] = [], arrows more: [Joint] = [], arrowShape: ArrowShape = .path,
    clockEvery: Int? = nil, middle: Pose? = nil, swings: [Joint] = [], endView: FigureView? = nil
  ) {
    self.view = view
    self.endView = end == nil ? nil : endView
    self.working = working
    self.start = start
    self.end = end
    self.middle = end == nil ? nil : middle
    self.props = props
    self.arrows = (arrow.map { [$0] } ?? []) + more
    self.arrowShape = arrowShape
    self.swings = swings
    self.clockEvery = clockEvery
    self.motion = motion
    self.highlight = highlight
    self.anchor = anchor ?? FigureSpec.defaultAnchor(start.posture)
    self.shows = shows
  }

  /// Where frame `index` (0 the start) is seen from: the last of two or three from
  /// `endView` when there is one, every other from `view`.
  public func view(frame index: Int) -> FigureView {
    index > 0 && index == poses.count - 1 ? endView ?? view : view
  }

  public static func defaultAnchor(_ posture: Posture) -> Joint {
    switch posture {
    case .standing: return .leftAnkle
    case .kneeling, .quadruped: return .leftKnee
    case .halfKneeling: return .rightKnee
    case .seated, .supine, .prone, .sideLying: return .pelvis
    }
  }

  /// The joints a `swing:` arrow can turn round: those with a part beyond them that pivots,
  /// and the pelvis, whose tilt (the bottom tucked under) it shows behind the buttocks.
  public static let swingJoints: Set<Joint> = [
    .pelvis, .rightShoulder, .leftShoulder, .rightElbow, .leftElbow, .rightHip, .leftHip, .rightKnee, .leftKnee,
    .rightAnkle, .leftAnkle,
  ]

  /// The poses drawn, one frame each: the start, the middle, the end.
  public var poses: [Pose] {
    guard let end else { return [start] }
    return [start] + (middle.map { [$0] } ?? []) + [end]
  }
}
