import HomeStretch

/// The pieces of a posed body, grouped as they are drawn: each limb and the trunk is one
/// shape (the union of its rounded segments), so joints read as smooth.
struct BodyPart: Sendable {
  enum Kind: Hashable, Sendable {
    case core, head
    case leg(LimbSide)
    case arm(LimbSide)
  }

  var kind: Kind
  var capsules: [Capsule]
  /// Drawn with the part but never what it rests on: the nose.
  var details: [Capsule] = []
  /// Landmarks whose mean depth orders the part back to front.
  var depthPoints: [Vector3]

  /// The part moved by `offset` (the frames of its sections do not change).
  func translated(by offset: Vector3) -> BodyPart {
    var copy = self
    func move(_ capsule: Capsule) -> Capsule {
      var moved = capsule
      moved.a = capsule.a + offset
      moved.b = capsule.b + offset
      return moved
    }
    copy.capsules = capsules.map(move)
    copy.details = details.map(move)
    copy.depthPoints = depthPoints.map { $0 + offset }
    return copy
  }
}

enum BodyShapes {
  static func parts(_ body: PosedBody, proportions p: BodyProportions = .standard) -> [BodyPart] {
    func pt(_ l: Landmark) -> Vector3 { body.point(l) }
    func section(_ frame: Rotation, _ depth: Double, _ width: Double) -> Capsule.Section {
      Capsule.Section(front: frame.x, side: frame.z, depth: depth, width: width)
    }
    let pelvis = body.pelvisFrame
    var core: [Capsule] = [
      Capsule(
        pt(.pelvis) - pelvis.y * 0.012, 0, pt(.waist), 0, section: section(pelvis, p.pelvisDepth, p.pelvisWidth)),
      Capsule(
        pt(.waist), 0, pt(.midBack), 0, section: section(body.lumbarFrame, p.chestDepth * 0.92, p.chestWidth * 0.88)),
      Capsule(
        pt(.midBack), 0, pt(.neckBase) - body.chestFrame.y * 0.035, 0,
        section: section(body.chestFrame, p.chestDepth, p.chestWidth)),
    ]
    core.append(Capsule(pt(.neckBase) - body.chestFrame.y * 0.02, p.neckRadius, pt(.neckTop), p.neckRadius))
    var parts = [
      BodyPart(kind: .core, capsules: core, depthPoints: [pt(.pelvis), pt(.waist), pt(.neckBase)]),
      // A small nose shows which way the head faces: chin down or looking up reads.
      BodyPart(
        kind: .head, capsules: [Capsule(ball: pt(.head), radius: p.headRadius)],
        details: [
          Capsule(
            pt(.head) + body.headFrame.x * (p.headRadius * 0.8) - body.headFrame.y * (p.headRadius * 0.12), 0.012,
            pt(.head) + body.headFrame.x * (p.headRadius * 1.08) - body.headFrame.y * (p.headRadius * 0.22), 0.01)
        ], depthPoints: [pt(.head)]),
    ]
    for side in LimbSide.allCases {
      parts.append(
        BodyPart(
          kind: .leg(side),
          capsules: [
            Capsule(pt(.hip(side)), p.thighRadius.hip, pt(.knee(side)), p.thighRadius.knee),
            Capsule(pt(.knee(side)), p.shankRadius.knee, pt(.ankle(side)), p.shankRadius.ankle),
            Capsule(pt(.ankle(side)), p.shankRadius.ankle, pt(.heel(side)), p.footRadius),
            Capsule(pt(.heel(side)), p.footRadius, pt(.toe(side)), p.footRadius * 0.8),
          ],
          depthPoints: [pt(.hip(side)), pt(.knee(side)), pt(.ankle(side))]))
      parts.append(
        BodyPart(
          kind: .arm(side),
          capsules: [
            Capsule(pt(.shoulder(side)), p.upperArmRadius.shoulder, pt(.elbow(side)), p.upperArmRadius.elbow),
            Capsule(pt(.elbow(side)), p.forearmRadius.elbow, pt(.wrist(side)), p.forearmRadius.wrist),
            Capsule(pt(.wrist(side)), p.handRadius, pt(.handTip(side)), p.handRadius * 0.8),
          ],
          depthPoints: [pt(.shoulder(side)), pt(.elbow(side)), pt(.wrist(side))]))
    }
    return parts
  }

  /// The lowest height any part of the body reaches.
  static func lowest(_ parts: [BodyPart]) -> Double {
    parts.flatMap(\.capsules).map(\.lowest).min() ?? 0
  }

  /// The shaded region for an area where the patient should feel the exercise, on the
  /// right side, with the outward direction a pack would sit on.
  static func region(_ area: BodyArea, body: PosedBody, proportions p: BodyProportions = .standard)
    -> [(capsule: Capsule, outward: Vector3)]
  {
    func pt(_ l: Landmark) -> Vector3 { body.point(l) }
    let pelvis = body.pelvisFrame
    let lumbar = body.lumbarFrame
    let thigh = body.thighFrames[.right] ?? .identity
    let shank = body.shankFrames[.right] ?? .identity
    let hip = pt(.hip(.right))
    let knee = pt(.knee(.right))
    let ankle = pt(.ankle(.right))

    func along(_ from: Vector3, _ to: Vector3, _ t0: Double, _ t1: Double, shift: Vector3, radius: Double)
      -> Capsule
    {
      Capsule(from + (to - from) * t0 + shift, radius, from + (to - from) * t1 + shift, radius)
    }
    let thighR = (p.thighRadius.hip + p.thighRadius.knee) / 2
    let shankR = (p.shankRadius.knee + p.shankRadius.ankle) / 2
    // The cheek: behind the hip joint, a little toward the middle and below it (a pack
    // level with the joint read as the side of the hip).
    let cheek = hip - pelvis.x * 0.032 - pelvis.z * 0.012
    let buttock = (
      capsule: Capsule(cheek - pelvis.y * 0.026, 0.034, cheek + pelvis.y * 0.008, 0.034),
      outward: pelvis.x * -1
    )
    let backOfThigh = (
      capsule: along(hip, knee, 0.22, 0.8, shift: thigh.x * (-0.4 * thighR), radius: thighR * 0.62),
      outward: thigh.x * -1
    )
    let calf = (
      capsule: along(knee, ankle, 0.12, 0.55, shift: shank.x * (-0.4 * shankR), radius: shankR * 0.7),
      outward: shank.x * -1
    )
    let lowBack = (
      capsule: Capsule(
        pt(.pelvis) + pelvis.y * 0.07 - pelvis.x * 0.03, 0.03,
        pt(.waist) + lumbar.y * 0.07 - lumbar.x * 0.027, 0.03),
      outward: lumbar.x * -1
    )
    switch area {
    case .buttock: return [buttock]
    case .backOfThigh: return [backOfThigh]
    case .frontOfThigh:
      return [(along(hip, knee, 0.22, 0.8, shift: thigh.x * (0.4 * thighR), radius: thighR * 0.62), thigh.x)]
    case .innerThigh:
      return [(along(hip, knee, 0.2, 0.75, shift: thigh.z * (-0.4 * thighR), radius: thighR * 0.62), thigh.z * -1)]
    case .frontOfHip:
      // The crease at the front of the hip and the top of the thigh below it (a patch in
      // the middle of the pelvis read as the side of the hip).
      return [
        (
          Capsule(
            hip + pelvis.x * 0.05 + pelvis.y * 0.025, 0.024,
            hip + (knee - hip) * 0.22 + thigh.x * (0.55 * thighR), 0.024), pelvis.x
        )
      ]
    case .outerHip:
      return [(Capsule(ball: hip + pelvis.z * 0.035 + pelvis.y * 0.01, radius: 0.034), pelvis.z)]
    case .calf: return [calf]
    case .wholeLeg: return [buttock, backOfThigh, calf]
    case .lowBack: return [lowBack]
    case .lowBackAndButtocks: return [lowBack, buttock]
    case .belly:
      return [
        (
          Capsule(
            pt(.pelvis) + pelvis.y * 0.07 + pelvis.x * 0.058, 0.026, pt(.waist) + lumbar.y * 0.04 + lumbar.x * 0.055,
            0.026), lumbar.x
        )
      ]
    case .sideOfTrunk:
      let chest = body.chestFrame
      return [
        (
          Capsule(pt(.waist) + lumbar.z * 0.05, 0.03, pt(.midBack) + chest.y * 0.04 + chest.z * 0.055, 0.03),
          chest.z
        )
      ]
    case .upperBack:
      let chest = body.chestFrame
      return [
        (
          Capsule(
            pt(.midBack) - chest.x * 0.028, 0.032, pt(.neckBase) - chest.y * 0.05 - chest.x * 0.028, 0.032),
          chest.x * -1
        )
      ]
    }
  }
}
