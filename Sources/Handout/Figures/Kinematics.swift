import Foundation
import HomeStretch

/// Forward kinematics: where every joint of the figure is, in the room, for a pose.
///
/// The pelvis is the root. A posture orients the body in the room (standing, lying on the
/// back with the head to the left, on the side with the right side up...), the pelvis angles
/// tip it, and each joint's angles rotate the segments below it in that segment's own frame,
/// so a hip turned out also turns the plane the knee bends in, as it does in a figure-4.
struct PosedBody: Sendable {
  var points: [Landmark: Vector3]
  var pelvisFrame: Rotation
  var lumbarFrame: Rotation
  var chestFrame: Rotation
  var thighFrames: [LimbSide: Rotation]
  var shankFrames: [LimbSide: Rotation]
  var headFrame: Rotation

  func point(_ landmark: Landmark) -> Vector3 { points[landmark] ?? .zero }

  /// Where a hand placed on `target` rests (the place on the skin, for the checks).
  func surfacePoint(_ target: HandTarget, hand: LimbSide) -> Vector3 {
    Kinematics.surface(
      target, hand: hand, points: points, lumbar: lumbarFrame, thighs: thighFrames, shanks: shankFrames,
      body: .standard
    ).point
  }

  /// Moves the whole body.
  func translated(by offset: Vector3) -> PosedBody {
    var copy = self
    copy.points = points.mapValues { $0 + offset }
    return copy
  }
}

enum Kinematics {
  /// The body's axes (front, up, right) in the room for each posture. The room's x points
  /// right on the page in the side view, y up, z toward the reader; the figure's right side
  /// always faces the reader in the side view.
  static func orientation(_ posture: Posture) -> Rotation {
    let front: Vector3
    let up: Vector3
    switch posture {
    case .standing, .seated, .kneeling, .halfKneeling:
      front = Vector3(1, 0, 0)
      up = Vector3(0, 1, 0)
    case .supine:
      front = Vector3(0, 1, 0)
      up = Vector3(-1, 0, 0)
    case .prone, .quadruped:
      front = Vector3(0, -1, 0)
      up = Vector3(1, 0, 0)
    case .sideLying:
      front = Vector3(0, 0, 1)
      up = Vector3(1, 0, 0)
    }
    return Rotation(x: front, y: up, z: front.cross(up))
  }

  /// Joint positions for `pose`, with the middle of the pelvis at the origin.
  static func pose(_ pose: Pose, body: BodyProportions = .standard) -> PosedBody {
    func angle(_ joint: Joint, _ axis: JointAxis) -> Double { pose.angle(joint, axis) }
    var points: [Landmark: Vector3] = [:]

    let pelvis = orientation(pose.posture)
      .then(.about(.z, degrees: -angle(.pelvis, .tilt)))
      .then(.about(.x, degrees: angle(.pelvis, .roll)))
      .then(.about(.y, degrees: -angle(.pelvis, .turn)))
    points[.pelvis] = .zero
    let waist = pelvis.apply(Vector3(0, body.pelvisToWaist, 0))
    points[.waist] = waist

    // The trunk bends in two places, half at the waist and half at mid-back, so a rounded
    // or arched back is a curve rather than a hinge.
    func trunkPart(_ parent: Rotation) -> Rotation {
      parent.then(.about(.z, degrees: -angle(.trunk, .flex) / 2))
        .then(.about(.x, degrees: angle(.trunk, .side) / 2))
        .then(.about(.y, degrees: -angle(.trunk, .rotate) / 2))
    }
    let lumbar = trunkPart(pelvis)
    let midBack = waist + lumbar.y * (body.waistToNeck * 0.45)
    points[.midBack] = midBack
    let chest = trunkPart(lumbar)
    let neckBase = midBack + chest.y * (body.waistToNeck * 0.55)
    points[.neckBase] = neckBase
    // Chin down, then the head turned to the right about the neck (lying face down with the
    // cheek on the floor).
    let neck = chest.then(.about(.z, degrees: -angle(.neck, .flex))).then(.about(.y, degrees: -angle(.neck, .rotate)))
    let neckTop = neckBase + neck.y * body.neck
    points[.neckTop] = neckTop
    let head = neck.then(.about(.z, degrees: -angle(.head, .flex)))
    points[.head] = neckTop + head.y * (body.headRadius * 0.85) + head.x * (body.headRadius * 0.15)

    var thighs: [LimbSide: Rotation] = [:]
    var shanks: [LimbSide: Rotation] = [:]
    for side in LimbSide.allCases {
      let m = side.sign
      let joints = JointSet(side)
      let hip = pelvis.apply(Vector3(0, 0, m * body.hipHalfWidth))
      points[.hip(side)] = hip
      let thigh = pelvis.then(.about(.z, degrees: angle(joints.hip, .flex)))
        .then(.about(.x, degrees: -m * angle(joints.hip, .abduct)))
        .then(.about(.y, degrees: -m * angle(joints.hip, .rotate)))
      thighs[side] = thigh
      let knee = hip + thigh.y * -body.thigh
      points[.knee(side)] = knee
      let shank = thigh.then(.about(.z, degrees: -angle(joints.knee, .flex)))
      shanks[side] = shank
      let ankle = knee + shank.y * -body.shank
      points[.ankle(side)] = ankle
      let foot = shank.then(.about(.z, degrees: angle(joints.ankle, .flex)))
      points[.heel(side)] = ankle + foot.apply(Vector3(-body.heelBack, -body.ankleHeight, 0))
      points[.toe(side)] = ankle + foot.apply(Vector3(body.footForward, -body.ankleHeight * 0.8, 0))
    }

    // Arms last, so a hand can be placed on a knee or a shin already posed.
    for side in LimbSide.allCases {
      points[.shoulder(side)] = neckBase + chest.z * (side.sign * body.shoulderHalfWidth) - chest.y * body.shoulderDrop
    }
    for side in LimbSide.allCases {
      let m = side.sign
      let joints = JointSet(side)
      let shoulder = points[.shoulder(side)] ?? .zero
      if let target = pose.reaches[side == .right ? .right : .left] {
        let grip: Vector3
        var elbowWay = ElbowWay.relaxed
        // On a place of the skin the hand lies along it, fingers away from the shoulder
        // (down the small of the back, along the thigh); on a joint it follows the forearm.
        var along: Vector3? = nil
        if let joint = target.joint, let goal = points[Landmark(joint)] {
          // Rest the hand on the part's surface, not inside it.
          let towardShoulder = shoulder - goal
          grip = goal + towardShoulder * (0.035 / max(towardShoulder.length, 1e-9))
        } else {
          // The hand lies on the place: the wrist a little short of it, toward the shoulder.
          // Along the skin, not off it.
          let (place, normal) = surface(
            target, hand: side, points: points, lumbar: lumbar, thighs: thighs, shanks: shanks, body: body)
          let toward = shoulder - place
          let back = toward - normal * toward.dot(normal)
          grip = place + back * (body.hand * 0.6 / max(back.length, 1e-9))
          if normal.dot(chest.x) < -0.3 { elbowWay = .behindTheBack }
          if target == .backOfRightThigh || target == .backOfLeftThigh { elbowWay = .roundALimb }
          along = (place - grip) * (1 / max((place - grip).length, 1e-9))
        }
        let (elbow, wrist) = reach(grip, shoulder: shoulder, chest: chest, sign: m, elbow: elbowWay, body: body)
        points[.elbow(side)] = elbow
        points[.wrist(side)] = wrist
        let forearm = (wrist - elbow) * (1 / max((wrist - elbow).length, 1e-9))
        let reached = (wrist - grip).length < 0.02
        points[.handTip(side)] = wrist + (reached ? along ?? forearm : forearm) * body.hand
        continue
      }
      let upperArm = Self.upperArm(
        chest, flex: angle(joints.shoulder, .flex), abduct: angle(joints.shoulder, .abduct), sign: m
      )
      .then(.about(.y, degrees: m * angle(joints.shoulder, .rotate)))
      let elbow = shoulder + upperArm.y * -body.upperArm
      points[.elbow(side)] = elbow
      let forearm = upperArm.then(.about(.z, degrees: angle(joints.elbow, .flex)))
      let wrist = elbow + forearm.y * -body.forearm
      points[.wrist(side)] = wrist
      let hand = forearm.then(.about(.z, degrees: angle(joints.wrist, .flex)))
      points[.handTip(side)] = wrist + hand.y * -body.hand
    }
    return PosedBody(
      points: points, pelvisFrame: pelvis, lumbarFrame: lumbar, chestFrame: chest, thighFrames: thighs,
      shankFrames: shanks, headFrame: head)
  }

  /// Where a hand rests on a place of the body's surface (not a joint), just off the skin
  /// on the side of the body the place names, and the skin's outward direction there.
  static func surface(
    _ target: HandTarget, hand: LimbSide, points: [Landmark: Vector3], lumbar: Rotation,
    thighs: [LimbSide: Rotation], shanks: [LimbSide: Rotation], body: BodyProportions
  ) -> (point: Vector3, normal: Vector3) {
    func at(_ landmark: Landmark) -> Vector3 { points[landmark] ?? .zero }
    let lift = body.handRadius + 0.004
    switch target {
    case .rightThigh, .leftThigh:
      let side: LimbSide = target == .rightThigh ? .right : .left
      let frame = thighs[side] ?? lumbar
      let lower = at(.hip(side)) + (at(.knee(side)) - at(.hip(side))) * 0.62
      return (lower + frame.x * (body.thighRadius.knee + 0.006 + lift), frame.x)
    case .backOfRightThigh, .backOfLeftThigh:
      let side: LimbSide = target == .backOfRightThigh ? .right : .left
      let frame = thighs[side] ?? lumbar
      let middle = at(.hip(side)) + (at(.knee(side)) - at(.hip(side))) * 0.62
      return (middle - frame.x * (body.thighRadius.knee + 0.006 + lift), frame.x * -1)
    case .rightButtock:
      let pelvis = at(.pelvis) + lumbar.z * body.hipHalfWidth
      return (pelvis - lumbar.x * (body.pelvisDepth + lift + 0.03), lumbar.x * -1)
    case .rightShin, .leftShin:
      let side: LimbSide = target == .rightShin ? .right : .left
      let frame = shanks[side] ?? lumbar
      let top = at(.knee(side)) + (at(.ankle(side)) - at(.knee(side))) * 0.25
      return (top + frame.x * (body.shankRadius.knee + lift), frame.x)
    case .lowBack:
      // Lying on the back the hand slides under the curve, between the back and the floor.
      let lying = lumbar.x.y > 0.7
      let depth = lying ? body.chestDepth * 0.55 : body.chestDepth * 0.95 + lift
      var point = at(.waist) - lumbar.x * depth + lumbar.z * (hand.sign * 0.04)
      if lying {
        // The hand lies on the floor under the arch, where the gap shows it; a back pressed
        // flat squeezes it, and it stays on the floor, never under it.
        let floor = min(at(.pelvis).y - body.pelvisDepth, at(.midBack).y - body.chestDepth)
        point.y = floor + body.handRadius * 1.8
      }
      return (point, lumbar.x * -1)
    case .tummy:
      let low = at(.pelvis) + (at(.waist) - at(.pelvis)) * 0.75
      return (low + lumbar.x * (body.pelvisDepth + lift) + lumbar.z * (hand.sign * 0.05), lumbar.x)
    default:
      return (target.joint.map { at(Landmark($0)) } ?? at(.pelvis), lumbar.x)
    }
  }

  static func upperArm(_ chest: Rotation, flex: Double, abduct: Double, sign m: Double) -> Rotation {
    chest.then(.about(.z, degrees: flex)).then(.about(.x, degrees: -m * abduct))
  }

  /// Elbow and wrist positions that put the wrist on `goal`, or as near as the arm reaches
  /// (then straight toward it). Of the circle of possible elbows the one pointing most down,
  /// out and a little forward is taken, as a relaxed arm holds, or the one `elbow` says.
  static func reach(
    _ goal: Vector3, shoulder: Vector3, chest: Rotation, sign m: Double, elbow way: ElbowWay = .relaxed,
    body: BodyProportions
  ) -> (elbow: Vector3, wrist: Vector3) {
    let a = body.upperArm
    let b = body.forearm
    let offset = goal - shoulder
    let d = offset.length
    guard d > 1e-9 else { return (shoulder - chest.y * a, shoulder - chest.y * a + chest.x * b) }
    let axis = offset * (1 / d)
    if d >= a + b - 1e-9 {
      return (shoulder + axis * a, shoulder + axis * (a + b))
    }
    let reachable = max(d, abs(a - b) + 1e-6)
    let t = (a * a - b * b + reachable * reachable) / (2 * reachable)
    let centre = shoulder + axis * t
    let radius = max(0, a * a - t * t).squareRoot()
    let pole: Vector3
    switch way {
    case .relaxed: pole = chest.y * -1 + chest.z * (m * 0.5) + chest.x * 0.35
    case .behindTheBack:
      // Upright the elbow points back and out, as hands on the small of the back are held
      // (one in front put the arm across the chest); lying, out to the side, the arm
      // resting beside the body (pointed down, the elbow went through the floor).
      pole = chest.y.y > 0.5 ? chest.y * 0.2 + chest.z * (m * 0.5) - chest.x : chest.z * m
    case .roundALimb:
      // Hugging a thigh, the elbows point forward and out, bent, so the hold shows.
      pole = chest.x + chest.z * (m * 0.5)
    }
    var across = pole - axis * axis.dot(pole)
    if across.length < 1e-6 { across = chest.x - axis * axis.dot(chest.x) }
    let elbow = centre + across * (radius / across.length)
    return (elbow, shoulder + axis * reachable)
  }

  /// Which way an elbow points when the hand is placed.
  enum ElbowWay {
    /// Down, out and a little forward.
    case relaxed
    /// A hand on the small of the back or a buttock.
    case behindTheBack
    /// Hands holding behind a thigh.
    case roundALimb
  }

  /// The joints of one side, by name.
  struct JointSet {
    var shoulder, elbow, wrist, hip, knee, ankle: Joint

    init(_ side: LimbSide) {
      switch side {
      case .right:
        (shoulder, elbow, wrist, hip, knee, ankle) = (
          .rightShoulder, .rightElbow, .rightWrist, .rightHip, .rightKnee, .rightAnkle
        )
      case .left:
        (shoulder, elbow, wrist, hip, knee, ankle) = (
          .leftShoulder, .leftElbow, .leftWrist, .leftHip, .leftKnee, .leftAnkle
        )
      }
    }
  }
}

extension Landmark {
  /// The landmark a catalogue joint name refers to (the foot is its toe end, the trunk its
  /// middle, which moves when the back rounds or arches).
  init(_ joint: Joint) {
    switch joint {
    case .pelvis: self = .pelvis
    case .trunk: self = .midBack
    case .neck: self = .neckBase
    case .head: self = .head
    case .rightShoulder: self = .shoulder(.right)
    case .leftShoulder: self = .shoulder(.left)
    case .rightElbow: self = .elbow(.right)
    case .leftElbow: self = .elbow(.left)
    case .rightWrist: self = .wrist(.right)
    case .leftWrist: self = .wrist(.left)
    case .rightHip: self = .hip(.right)
    case .leftHip: self = .hip(.left)
    case .rightKnee: self = .knee(.right)
    case .leftKnee: self = .knee(.left)
    case .rightAnkle: self = .ankle(.right)
    case .leftAnkle: self = .ankle(.left)
    case .rightFoot: self = .toe(.right)
    case .leftFoot: self = .toe(.left)
    }
  }
}
