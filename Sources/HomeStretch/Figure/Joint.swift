/// A named joint of the illustrated figure. Figures are written for the right side; the
/// left-side picture is the mirror image (see `FigureSpec`).
public enum Joint: String, Vocabulary {
  case pelvis
  case trunk
  case neck
  case head
  case rightShoulder = "right_shoulder"
  case leftShoulder = "left_shoulder"
  case rightElbow = "right_elbow"
  case leftElbow = "left_elbow"
  case rightWrist = "right_wrist"
  case leftWrist = "left_wrist"
  case rightHip = "right_hip"
  case leftHip = "left_hip"
  case rightKnee = "right_knee"
  case leftKnee = "left_knee"
  case rightAnkle = "right_ankle"
  case leftAnkle = "left_ankle"
  case rightFoot = "right_foot"
  case leftFoot = "left_foot"

  /// The movements the joint allows, each with its anatomical range in degrees. The first
  /// is the one a plain number sets (`right_knee: 90`).
  public var motions: [(axis: JointAxis, range: ClosedRange<Double>)] {
    switch self {
    case .pelvis: return [(.tilt, -45...45), (.roll, -60...60), (.turn, -45...45)]
    case .trunk: return [(.flex, -60...100), (.side, -40...40), (.rotate, -60...60)]
    case .neck: return [(.flex, -50...70), (.rotate, -90...90)]
    case .head: return [(.flex, -30...40)]
    case .rightShoulder, .leftShoulder: return [(.flex, -60...180), (.abduct, -40...180), (.rotate, -60...100)]
    case .rightElbow, .leftElbow: return [(.flex, 0...150)]
    case .rightWrist, .leftWrist: return [(.flex, -70...90)]
    case .rightHip, .leftHip: return [(.flex, -30...140), (.abduct, -35...60), (.rotate, -45...95)]
    case .rightKnee, .leftKnee: return [(.flex, 0...155)]
    case .rightAnkle, .leftAnkle: return [(.flex, -70...30)]
    case .rightFoot, .leftFoot: return []
    }
  }

  /// The same joint on the other side of the body (itself for midline joints).
  public var mirrored: Joint {
    let name = rawValue
    if name.hasPrefix("right_") { return Joint(rawValue: "left_" + name.dropFirst(6)) ?? self }
    if name.hasPrefix("left_") { return Joint(rawValue: "right_" + name.dropFirst(5)) ?? self }
    return self
  }

  /// True for the joints of the right side.
  public var isRight: Bool { rawValue.hasPrefix("right_") }
}

/// One movement of a joint, in degrees from standing upright with the arms at the sides.
///
/// - `flex`: forward bend (hip and shoulder forward, knee and elbow bend, trunk and neck
///   forward, ankle toes up); negative is backward (extension).
/// - `abduct`: limb out to the side, away from the body; negative crosses the midline.
/// - `rotate`: hip turned out (knee and toes outward, as in a figure-4); shoulder turned in
///   (a bent forearm swings across the belly, or behind the back when the arm is back);
///   trunk turned toward the right.
/// - `side`: trunk bent toward the right.
/// - `tilt`, `roll`, `turn`: the pelvis (and so the whole figure) tipped forward, rolled
///   toward the right, turned toward the right.
public enum JointAxis: String, Vocabulary {
  case flex, abduct, rotate, side, tilt, roll, turn
}

extension Joint {
  /// The settings that move this joint's position: its own parents' angles up the chain.
  var motionsAffectingPosition: [JointSetting] {
    let chain: [Joint]
    switch self {
    case .pelvis: chain = [.pelvis]
    case .trunk: chain = [.pelvis, .trunk]
    case .neck, .rightShoulder, .leftShoulder: chain = [.pelvis, .trunk]
    case .head: chain = [.pelvis, .trunk, .neck]
    case .rightElbow: chain = [.pelvis, .trunk, .rightShoulder]
    case .leftElbow: chain = [.pelvis, .trunk, .leftShoulder]
    case .rightWrist: chain = [.pelvis, .trunk, .rightShoulder, .rightElbow]
    case .leftWrist: chain = [.pelvis, .trunk, .leftShoulder, .leftElbow]
    case .rightHip, .leftHip: chain = [.pelvis]
    case .rightKnee: chain = [.pelvis, .rightHip]
    case .leftKnee: chain = [.pelvis, .leftHip]
    case .rightAnkle: chain = [.pelvis, .rightHip, .rightKnee]
    case .leftAnkle: chain = [.pelvis, .leftHip, .leftKnee]
    case .rightFoot: chain = [.pelvis, .rightHip, .rightKnee, .rightAnkle]
    case .leftFoot: chain = [.pelvis, .leftHip, .leftKnee, .leftAnkle]
    }
    return chain.flatMap { joint in joint.motions.map { JointSetting(joint, $0.axis) } }
  }
}
