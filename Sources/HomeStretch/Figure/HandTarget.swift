/// Where a pose puts a hand (`right_hand: left_knee`, `left_hand: tummy`): on a joint, or on
/// a place on the body's surface the steps name (behind a thigh, the small of the back).
/// The arm is then posed so the hand reaches it.
public enum HandTarget: String, Vocabulary {
  case pelvis
  case trunk
  case neck
  case head
  case rightShoulder = "right_shoulder"
  case leftShoulder = "left_shoulder"
  case rightHip = "right_hip"
  case leftHip = "left_hip"
  case rightKnee = "right_knee"
  case leftKnee = "left_knee"
  case rightAnkle = "right_ankle"
  case leftAnkle = "left_ankle"
  case rightFoot = "right_foot"
  case leftFoot = "left_foot"
  /// The front of the thigh, a little above the knee: on top of it when seated ("rest your
  /// hands on your thighs").
  case rightThigh = "right_thigh"
  case leftThigh = "left_thigh"
  /// The back of the thigh, a little past halfway to the knee ("hold behind your thigh"):
  /// clear of the knee, which a hand near it seemed to grip.
  case backOfRightThigh = "back_of_right_thigh"
  case backOfLeftThigh = "back_of_left_thigh"
  /// The back of the right hip: the buttock (an ice cup held on it).
  case rightButtock = "right_buttock"
  /// The front of the shin, below the knee.
  case rightShin = "right_shin"
  case leftShin = "left_shin"
  /// The small of the back, behind the waist ("hands on your lower back", "a hand under
  /// the curve of your back").
  case lowBack = "low_back"
  /// The front of the lower belly just inside the hip bone on the hand's own side.
  case tummy

  /// The joint the hand is on, when it is one.
  public var joint: Joint? { Joint(rawValue: rawValue) }
}
