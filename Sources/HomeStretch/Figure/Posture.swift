/// The base position of a figure: how the body lies in the room, and the joint angles it
/// starts from before a pose's own angles are applied.
public enum Posture: String, Vocabulary {
  case standing
  case seated
  case supine
  case prone
  case sideLying = "side_lying"
  case quadruped
  case kneeling
  case halfKneeling = "half_kneeling"

  /// Joint angles every pose in this posture starts from; a pose overrides them. Read for
  /// every joint of every pose (an arrow poses the body a dozen times), so built once.
  public var defaults: [JointSetting: Double] { Self.defaultTable[self] ?? [:] }

  private static let defaultTable = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeDefaults()) })

  private func makeDefaults() -> [JointSetting: Double] {
    switch self {
    case .standing, .supine: return [:]
    case .prone:
      // Lying face down the feet point away, toes on the floor.
      return [.init(.rightAnkle, .flex): -60, .init(.leftAnkle, .flex): -60]
    case .seated:
      return [
        .init(.rightHip, .flex): 90, .init(.leftHip, .flex): 90, .init(.rightKnee, .flex): 90,
        .init(.leftKnee, .flex): 90,
      ]
    case .sideLying:
      return [
        .init(.rightHip, .flex): 45, .init(.leftHip, .flex): 45, .init(.rightKnee, .flex): 70,
        .init(.leftKnee, .flex): 70, .init(.rightShoulder, .flex): 60, .init(.leftShoulder, .flex): 90,
        .init(.leftElbow, .flex): 110, .init(.neck, .flex): 0,
      ]
    case .quadruped:
      return [
        .init(.rightHip, .flex): 90, .init(.leftHip, .flex): 90, .init(.rightKnee, .flex): 90,
        .init(.leftKnee, .flex): 90, .init(.rightShoulder, .flex): 90, .init(.leftShoulder, .flex): 90,
        .init(.rightAnkle, .flex): -60, .init(.leftAnkle, .flex): -60, .init(.neck, .flex): -20,
        .init(.rightWrist, .flex): 80, .init(.leftWrist, .flex): 80,
      ]
    case .kneeling:
      return [
        .init(.rightKnee, .flex): 90, .init(.leftKnee, .flex): 90, .init(.rightAnkle, .flex): -60,
        .init(.leftAnkle, .flex): -60,
      ]
    case .halfKneeling:
      return [
        .init(.leftHip, .flex): 90, .init(.leftKnee, .flex): 90, .init(.rightKnee, .flex): 90,
        .init(.rightAnkle, .flex): -60,
      ]
    }
  }

  /// True when the figure lies or kneels on the floor, so a mat belongs under it.
  public var isOnFloor: Bool {
    switch self {
    case .supine, .prone, .sideLying, .quadruped, .kneeling, .halfKneeling: return true
    case .standing, .seated: return false
    }
  }
}

/// One movement of one joint, the key of a pose's angles.
public struct JointSetting: Hashable, Sendable, Comparable {
  public var joint: Joint
  public var axis: JointAxis

  public init(_ joint: Joint, _ axis: JointAxis) {
    self.joint = joint
    self.axis = axis
  }

  public static func < (lhs: JointSetting, rhs: JointSetting) -> Bool {
    (lhs.joint.rawValue, lhs.axis.rawValue) < (rhs.joint.rawValue, rhs.axis.rawValue)
  }
}
