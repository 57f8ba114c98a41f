import Foundation
import HomeStretch

/// The arrows of a figure's frames: one per joint in `arrow:`, drawn along the joint's path
/// from the frame before, curved round the trunk for a turn, over the head for a bend
/// backward, pressing on the body for a tilt, or a small circle on the highlighted area.
extension FigureScene {
  /// The arrows from pose `from` (placed as `start`) to pose `to` (placed as `last`). With
  /// `movingOnly` (a stage of a three-frame movement) a joint that stays put gets none.
  static func arrowDrawables(
    _ spec: FigureSpec, from: Pose, to: Pose?, floor: Double, anchor: Landmark, target: Vector3, camera: Camera,
    start: PosedBody, last: PosedBody, movingOnly: Bool = false
  ) -> [Drawable] {
    func arrow(_ points: [P]) -> Drawable { .line(points, width: 0.012, dashed: false, arrow: true, ink: .working) }
    if spec.arrowShape == .circle {
      return circle(spec, body: last, camera: camera).map { [arrow($0)] } ?? []
    }
    guard let end = to else { return [] }
    let swings = spec.swings.compactMap { joint in
      (joint == .pelvis
        ? tuck(start: start, end: last, camera: camera) : swing(joint, start: start, end: last, camera: camera))
        .map(arrow)
    }
    return swings
      + spec.arrows.compactMap { joint -> Drawable? in
        let landmark = Landmark(joint)
        if movingOnly, (last.point(landmark) - start.point(landmark)).length < 0.01 { return nil }
        let path: [P]?
        switch spec.arrowShape {
        case .turn: path = turn(joint, start: start, end: last, camera: camera)
        case .press: path = press(joint, start: start, end: last, camera: camera)
        case .bend: path = bend(start: start, end: last, camera: camera)
        case .path, .circle:
          path = arrowPath(
            joint, from: from, to: end, floor: floor, anchor: anchor, target: target, camera: camera, body: last,
            leading: spec.motion == .once)
        }
        return path.map(arrow)
      }
  }

  /// An arc in front of the chest, round the trunk's long axis at the height of `joint`, from
  /// where the chest faces at the start to where it faces at the end (at least 70 degrees,
  /// so it reads from the front as a wide curve the way the body turns).
  static func turn(_ joint: Joint, start: PosedBody, end: PosedBody, camera: Camera) -> [P]? {
    let landmark = Landmark(joint)
    let axis = unit(end.point(.neckBase) - end.point(.pelvis))
    let base = end.point(.pelvis)
    func flat(_ direction: Vector3) -> Vector3 { direction - axis * direction.dot(axis) }
    let from = flat(start.chestFrame.x)
    let to = flat(end.chestFrame.x)
    guard from.length > 1e-6, to.length > 1e-6 else { return nil }
    let u = unit(from)
    let v = axis.cross(u)
    var sweep = atan2(unit(to).dot(v), unit(to).dot(u))
    guard abs(sweep) > 0.05 else { return nil }
    var first = 0.0
    let least = 70 * Double.pi / 180
    if abs(sweep) < least {
      first = (sweep - (sweep < 0 ? -least : least)) / 2
      sweep = sweep < 0 ? -least : least
    }
    let height = (end.point(landmark) - base).dot(axis)
    let centre = base + axis * height
    let radius = BodyProportions.standard.shoulderHalfWidth + 0.1
    return (0...24).map { i in
      let a = first + sweep * Double(i) / 24
      return camera.project(centre + (u * cos(a) + v * sin(a)) * radius)
    }
  }

  /// An arc round `joint` just beyond the part that turns on it (the foot on the ankle, the
  /// shin on the knee), from where that part pointed at the start, taken relative to the
  /// part before the joint, to where it points at the end (at least 40 degrees): the toes
  /// pointed while the knee straightens.
  static func swing(_ joint: Joint, start: PosedBody, end: PosedBody, camera: Camera) -> [P]? {
    guard let (before, beyond, reach) = swingParts(joint) else { return nil }
    let at = Landmark(joint)
    func bend(_ body: PosedBody) -> Double {
      let a = unit(body.point(before) - body.point(at))
      let b = unit(body.point(beyond) - body.point(at))
      return acos(max(-1, min(1, a.dot(b))))
    }
    let centre = end.point(at)
    let towardBefore = unit(end.point(before) - centre)
    let to = unit(end.point(beyond) - centre)
    let normal = towardBefore.cross(to)
    guard normal.length > 1e-6 else { return nil }
    let axis = unit(normal)
    // Turning `to` about `axis` by a positive angle opens the joint (away from the part before).
    var sweep = bend(end) - bend(start)
    guard abs(sweep) > 0.05 else { return nil }
    let least = 40 * Double.pi / 180
    var first = -sweep
    if abs(sweep) < least {
      let grow = (sweep < 0 ? -least : least) - sweep
      first -= grow / 2
      sweep += grow
    }
    let radius = (end.point(beyond) - centre).length + reach
    let v = axis.cross(to)
    return (0...16).map { i in
      let a = first + sweep * Double(i) / 16
      return camera.project(centre + (to * cos(a) + v * sin(a)) * radius)
    }
  }

  /// An arc behind the buttocks round the hips' side-to-side axis, from where the back of the
  /// pelvis faced at the start to where it faces at the end (at least 60 degrees): the bottom
  /// tucked under (a posterior tilt) runs down and forward under the buttocks.
  static func tuck(start: PosedBody, end: PosedBody, camera: Camera) -> [P]? {
    let axis = end.pelvisFrame.z
    func flat(_ v: Vector3) -> Vector3 { v - axis * v.dot(axis) }
    let from = flat(start.pelvisFrame.x * -1)
    let to = flat(end.pelvisFrame.x * -1)
    guard from.length > 1e-6, to.length > 1e-6 else { return nil }
    let u = unit(to)
    let v = axis.cross(u)
    let before = atan2(unit(from).dot(v), unit(from).dot(u))
    guard abs(before) > 0.02 else { return nil }
    var first = before
    var sweep = -before
    let least = 60 * Double.pi / 180
    if abs(sweep) < least {
      let grow = (sweep < 0 ? -least : least) - sweep
      first -= grow / 2
      sweep += grow
    }
    let centre = end.point(.pelvis)
    let radius = BodyProportions.standard.pelvisDepth + 0.07
    return (0...16).map { i in
      let a = first + sweep * Double(i) / 16
      return camera.project(centre + (u * cos(a) + v * sin(a)) * radius)
    }
  }

  /// For a joint a swing turns round: the landmark before it, the one at the end of the part
  /// that turns, and how far beyond that end the arc runs.
  static func swingParts(_ joint: Joint) -> (Landmark, Landmark, Double)? {
    guard FigureSpec.swingJoints.contains(joint) else { return nil }
    let side: LimbSide = joint.isRight ? .right : .left
    switch joint {
    case .rightShoulder, .leftShoulder: return (.hip(side), .elbow(side), 0.06)
    case .rightElbow, .leftElbow: return (.shoulder(side), .wrist(side), 0.06)
    case .rightHip, .leftHip: return (.waist, .knee(side), 0.06)
    case .rightKnee, .leftKnee: return (.hip(side), .ankle(side), 0.06)
    default: return (.knee(side), .toe(side), 0.05)
    }
  }

  /// An arc round the end pose's waist, a little beyond the top of the head, from the way
  /// the trunk pointed at the start to the way it points at the end (at least 30 degrees),
  /// so the head's way back or forward is drawn over and behind it.
  static func bend(start: PosedBody, end: PosedBody, camera: Camera) -> [P]? {
    func direction(_ body: PosedBody) -> Vector3 { unit(body.point(.neckTop) - body.point(.waist)) }
    let centre = end.point(.waist)
    let from = direction(start)
    let to = direction(end)
    let normal = from.cross(to)
    guard normal.length > 1e-6 else { return nil }
    let axis = unit(normal)
    var sweep = acos(max(-1, min(1, from.dot(to))))
    var first = 0.0
    let least = 30 * Double.pi / 180
    if sweep < least {
      first = -(least - sweep) / 2
      sweep = least
    }
    let body = BodyProportions.standard
    let radius = (end.point(.neckTop) - centre).length + body.headRadius * 2 + 0.05
    let v = axis.cross(from)
    return (0...24).map { i in
      let a = first + sweep * Double(i) / 24
      return camera.project(centre + (from * cos(a) + v * sin(a)) * radius)
    }
  }

  /// A short straight arrow ending just outside the body at `joint`, the way the joint
  /// moves; for the trunk or the pelvis from the front toward the back (the tummy drawn in,
  /// the low back flattened into the floor or the wall).
  static func press(_ joint: Joint, start: PosedBody, end: PosedBody, camera: Camera) -> [P]? {
    let landmark = Landmark(joint)
    let moved = end.point(landmark) - start.point(landmark)
    let core = joint == .trunk || joint == .pelvis
    let direction = !core && moved.length > 0.004 ? unit(moved) : end.lumbarFrame.x * -1
    // A core arrow points at the low back or the lower tummy: the waist for the trunk,
    // halfway down to the pelvis for the pelvis.
    let at =
      !core
      ? end.point(landmark)
      : joint == .trunk ? end.point(.waist) : (end.point(.waist) + end.point(.pelvis)) * 0.5
    let depth = BodyProportions.standard.chestDepth
    // Lying on the back, the trunk's arrow goes down from the middle of the waist to the
    // back's outline: the low back pressing into the floor (started at the tummy, under a
    // hand resting there, it read as the hand pushing the tummy down).
    if joint == .trunk, end.lumbarFrame.x.y > 0.7 {
      let tail = at + end.lumbarFrame.x * (depth * 0.25)
      let head = at - end.lumbarFrame.x * (depth * 1.0)
      return (0...8).map { i in camera.project(tail + (head - tail) * (Double(i) / 8)) }
    }
    let skin = depth + 0.03
    let head = at - direction * skin
    let tail = head - direction * 0.1
    return (0...8).map { i in camera.project(tail + (head - tail) * (Double(i) / 8)) }
  }

  /// A circle, most of the way round, just off the highlighted area: rub in small circles.
  static func circle(_ spec: FigureSpec, body: PosedBody, camera: Camera) -> [P]? {
    guard let highlight = spec.highlight, let region = BodyShapes.region(highlight, body: body).first else {
      return nil
    }
    let c = region.capsule
    let along = unit(c.b - c.a)
    let across = region.outward.cross(along)
    let centre = (c.a + c.b) * 0.5 + region.outward * (c.ra + 0.08)
    return (0...24).map { i in
      let a = Double(i) / 24 * 1.7 * Double.pi
      return camera.project(centre + (along * cos(a) + across * sin(a)) * 0.05)
    }
  }

  static func unit(_ v: Vector3) -> Vector3 { v * (1 / max(v.length, 1e-9)) }
}
