/// One position of the figure: a posture and the joint angles (degrees) that differ from it.
public struct Pose: Hashable, Sendable {
  public var posture: Posture
  /// The angles written in the catalogue, on top of the posture's defaults.
  public var angles: [JointSetting: Double]
  /// Hands placed on a part of the body (`right_hand: left_knee`, `left_hand: tummy`): the
  /// arm's angles are then found so the hand reaches it, overriding any written for that arm.
  public var reaches: [HandSide: HandTarget]

  public init(posture: Posture, angles: [JointSetting: Double] = [:], reaches: [HandSide: HandTarget] = [:]) {
    self.posture = posture
    self.angles = angles
    self.reaches = reaches
  }

  /// The angle of one movement: the pose's own, else the posture's default, else 0
  /// (standing upright, arms at the sides).
  public func angle(_ joint: Joint, _ axis: JointAxis) -> Double {
    let setting = JointSetting(joint, axis)
    return angles[setting] ?? posture.defaults[setting] ?? 0
  }

  /// The pose a fraction `t` of the way from `self` to `other` (same posture), angle by
  /// angle: how the arrow finds the true path of a moving joint.
  public func interpolated(to other: Pose, _ t: Double) -> Pose {
    var angles: [JointSetting: Double] = [:]
    let keys = Set(self.angles.keys).union(other.angles.keys).union(posture.defaults.keys)
      .union(other.posture.defaults.keys)
    for key in keys {
      let from = angle(key.joint, key.axis)
      let to = other.angle(key.joint, key.axis)
      angles[key] = from + (to - from) * t
    }
    return Pose(
      posture: t < 0.5 ? posture : other.posture, angles: angles, reaches: t < 0.5 ? reaches : other.reaches)
  }
}

/// A hand, for `right_hand:` and `left_hand:` in a pose.
public enum HandSide: String, Vocabulary {
  case right = "right_hand"
  case left = "left_hand"
}
