import Foundation
import HomeStretch

/// Turns a catalogue item's figure into drawing instructions inside a frame: poses the body,
/// rests it on the floor or chair, places the props, orders everything back to front,
/// scales it to fit and mirrors it for the left side.
public enum FigureScene {
  /// The illustration of `spec` fitted into `frame`. With `mirrored` the picture is
  /// reflected, so the dark working limb is the patient's left. `timerMinutes` adds a timer
  /// (ice and heat routines), its minutes in `timerLabelSize` type (at least the body text).
  public static func drawing(
    _ spec: FigureSpec, mirrored: Bool, timerMinutes: Int? = nil, timerLabelSize: Double = 12, in frame: Rect
  ) -> FigureDrawing {
    let right = drawing(spec, timerMinutes: timerMinutes, timerLabelSize: timerLabelSize, in: frame)
    return mirrored ? right.mirrored() : right
  }

  /// Picture units: body heights, y up.
  typealias P = (x: Double, y: Double)

  enum Drawable {
    case shape([[P]], FigureInk)
    case line([P], width: Double, dashed: Bool, arrow: Bool, ink: FigureInk)

    var points: [P] {
      switch self {
      case .shape(let outlines, _): return outlines.flatMap { $0 }
      case .line(let points, _, _, _, _): return points
      }
    }
  }

  static func drawing(_ spec: FigureSpec, timerMinutes: Int?, timerLabelSize: Double = 12, in frame: Rect)
    -> FigureDrawing
  {
    // One picture of the end over a pale start: seen as the last frame is.
    let view = spec.view(frame: spec.poses.count - 1)
    var camera = Camera(view)
    let floor = PropShapes.floorLevel(spec.props)
    let anchor = Landmark(spec.anchor)
    let placed = placedPoses(spec, floor: floor, anchor: anchor)
    let start = placed[0]
    let target = start.body.point(anchor)
    let last = placed[placed.count - 1]

    var drawables: [Drawable] = []
    let props = PropShapes.items(
      spec.props, bodies: placed.map(\.body), parts: placed.map(\.parts), highlight: spec.highlight, floor: floor,
      nearFront: spec.shows.contains(.seatedNearFront))
    let allCapsules = placed.flatMap { $0.parts.flatMap(\.capsules) }
    let xs = allCapsules.flatMap { [camera.project($0.a).x, camera.project($0.b).x] }
    let ys = allCapsules.flatMap { [camera.project($0.a).y, camera.project($0.b).y] }
    if let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() {
      // The scale the picture will roughly have, so curves get just enough points.
      let scale = min(frame.width / (maxX - minX + 0.2), frame.height / (maxY - minY + 0.2))
      camera.tolerance = 0.2 / max(scale, 1)
    }
    if !spec.props.contains(.mat), !spec.props.contains(.bed) {
      drawables += floorMark(placed.map(\.body), xs: xs, view: view, camera: camera)
    }
    drawables += project(props.filter { $0.layer == .background }, camera)
    let between = project(props.filter { $0.layer == .betweenLegs }, camera)
    // An area facing the reader is shaded on top of the body. One facing away (a buttock
    // on the mat, the back of a seated figure seen from the front) would look like the
    // front of the body there, so it is moved out to the edge and drawn behind the trunk:
    // a crescent shows at the outline, where the patient feels it.
    var facing: [Drawable] = []
    var behind: [Drawable] = []
    for region in spec.highlight.map({ BodyShapes.region($0, body: last.body) }) ?? [] {
      if region.outward.dot(camera.toward) < -0.3 {
        var capsule = region.capsule
        let shift = region.outward * 0.034
        capsule.a = capsule.a + shift
        capsule.b = capsule.b + shift
        behind.append(.shape([capsule.outline(camera)], .highlight))
      } else {
        facing.append(.shape([region.capsule.outline(camera)], .highlight))
      }
    }
    if placed.count > 1 {
      drawables += bodyDrawables(start, spec: spec, camera: camera, ghost: true, between: [], behind: [])
    }
    drawables += bodyDrawables(last, spec: spec, camera: camera, ghost: false, between: between, behind: behind)
    drawables += facing
    drawables += project(props.filter { $0.layer == .foreground }, camera)
    drawables += arrowDrawables(
      spec, from: spec.start, to: spec.end, floor: floor, anchor: anchor, target: target, camera: camera,
      start: start.body, last: last.body)
    let clock = timerMinutes ?? spec.clockEvery
    return bothWays(
      fit(
        drawables, timerMinutes: clock, timerLabelSize: timerLabelSize, in: frame,
        timerEvery: timerMinutes == nil && clock != nil, timerSymbol: timerMinutes.flatMap { _ in ClockSymbol(spec) }),
      spec)
  }

  /// The drawing with a head at both ends of its arrow when the movement goes back and forth.
  static func bothWays(_ drawing: FigureDrawing, _ spec: FigureSpec) -> FigureDrawing {
    guard spec.motion == .backAndForth else { return drawing }
    var drawing = drawing
    drawing.items = drawing.items.map { item in
      guard case .line(var line) = item, line.role == .arrow else { return item }
      line.tailHead = true
      return .line(line)
    }
    return drawing
  }

  /// The floor under the figure: a line in a level view; seen from above, where the floor
  /// is a plane and a line would cross the legs, a pale shadow round the feet and seat.
  static func floorMark(_ bodies: [PosedBody], xs: [Double], view: FigureView, camera: Camera) -> [Drawable] {
    if abs(view.tilt) < 1, view.direction != .top {
      guard let minX = xs.min(), let maxX = xs.max() else { return [] }
      let y = camera.project(.zero).y
      return [.line([(minX - 0.1, y), (maxX + 0.1, y)], width: 0.006, dashed: false, arrow: false, ink: .floor)]
    }
    // The footprint of the whole body (a lying figure covers the floor from head to feet).
    let points = bodies.flatMap { body in Landmark.all.map(body.point) }
    let minX = (points.map(\.x).min() ?? 0) - 0.12
    let maxX = (points.map(\.x).max() ?? 0) + 0.12
    let minZ = (points.map(\.z).min() ?? 0) - 0.14
    let maxZ = (points.map(\.z).max() ?? 0) + 0.14
    let ring = (0..<36).map { i -> P in
      let a = Double(i) / 36 * 2 * Double.pi
      return camera.project(
        Vector3((minX + maxX) / 2 + cos(a) * (maxX - minX) / 2, 0, (minZ + maxZ) / 2 + sin(a) * (maxZ - minZ) / 2))
    }
    return [.shape([ring], .shadow)]
  }

  struct Placed {
    var body: PosedBody
    var parts: [BodyPart]
    /// Where the pose puts the hands (a hand behind a thigh is drawn behind it).
    var reaches: [HandSide: HandTarget]
  }

  /// Every pose of `spec` placed, start first: the later ones keep the anchor joint where
  /// the start has it.
  static func placedPoses(_ spec: FigureSpec, floor: Double, anchor: Landmark) -> [Placed] {
    let start = place(spec.start, floor: floor, anchor: anchor, target: nil)
    let target = start.body.point(anchor)
    return [start] + spec.poses.dropFirst().map { place($0, floor: floor, anchor: anchor, target: target) }
  }

  /// Poses the body, rests its lowest point on the floor and keeps the anchor joint where
  /// it was in the first pose.
  static func place(_ pose: Pose, floor: Double, anchor: Landmark, target: Vector3?) -> Placed {
    let body = Kinematics.pose(pose)
    let parts = BodyShapes.parts(body)
    // Lying on the back or side the body rests on the trunk and legs; a hand slid under the
    // low back sinks into the mat rather than lifting the body off it.
    let resting =
      [.supine, .sideLying].contains(pose.posture)
      ? parts.filter { part in
        if case .arm = part.kind { return false }
        return true
      } : parts
    var offset = Vector3(0, floor - BodyShapes.lowest(resting), 0)
    if let target {
      let a = body.point(anchor)
      offset.x = target.x - a.x
      offset.z = target.z - a.z
    }
    return Placed(
      body: body.translated(by: offset), parts: parts.map { $0.translated(by: offset) }, reaches: pose.reaches)
  }

  static func project(_ items: [SceneItem], _ camera: Camera) -> [Drawable] {
    items.flatMap { item -> [Drawable] in
      switch item.geometry {
      case .capsule(let capsule): return [.shape([capsule.outline(camera)], item.ink)]
      case .box(let box):
        return box.visibleFaces(camera).map { face in
          let ink: FigureInk =
            if case .furniture = item.ink { .furniture(upness: face.upness) } else { item.ink }
          return .shape([face.points], ink)
        }
      case .polyline(let points, let width, let dashed):
        return [.line(points.map(camera.project), width: width, dashed: dashed, arrow: false, ink: item.ink)]
      }
    }
  }

  /// The placed pose's parts back to front; `between` is drawn just after the left leg (a
  /// pillow between the knees), `behind` just before the trunk.
  static func bodyDrawables(
    _ placed: Placed, spec: FigureSpec, camera: Camera, ghost: Bool, between: [Drawable], behind: [Drawable]
  ) -> [Drawable] {
    let parts = placed.parts
    // A limb is the far one when its root (hip or shoulder) is clearly farther from the
    // reader than the other side's: the left limbs in a side view, neither from the front.
    func rootDepth(_ kind: BodyPart.Kind) -> Double {
      parts.first { $0.kind == kind }.map { camera.depth($0.depthPoints[0]) } ?? 0
    }
    var sorted = parts.map { ($0, depth($0, camera)) }.sorted { $0.1 < $1.1 }.map(\.0)
    sorted = crossedLegOnTop(sorted, body: placed.body, camera: camera)
    // A hand that holds behind the thigh on its own side goes behind it: the arm is drawn
    // before that leg, so the thigh covers the forearm, as it does when you hold behind your
    // thigh (the other hand, reaching across, stays in front); the hand itself is drawn
    // again after the leg, its fingers showing at the back of the thigh, so the hold reads
    // (with the whole hand hidden the arm seemed to lie by the side).
    var wrapping: [BodyPart.Kind: BodyPart.Kind] = [:]
    for (hand, target) in placed.reaches {
      let side: LimbSide = hand == .right ? .right : .left
      let arm = BodyPart.Kind.arm(side)
      // Seen from where the back of the thigh faces the reader (from the feet, the thigh
      // drawn up), a hand holding there is in front of the thigh: its arm is drawn after the leg.
      if let thigh = target.heldThigh, handInFront(placed.body, side: side, of: thigh, camera: camera),
        let armIndex = sorted.firstIndex(where: { $0.kind == arm }),
        let legIndex = sorted.firstIndex(where: { $0.kind == .leg(thigh) }), armIndex < legIndex
      {
        sorted.insert(sorted.remove(at: armIndex), at: legIndex)
        continue
      }
      let cover: BodyPart.Kind
      switch target {
      case .backOfRightThigh where side == .right: cover = .leg(.right)
      case .backOfLeftThigh where side == .left: cover = .leg(.left)
      default: continue
      }
      guard let armIndex = sorted.firstIndex(where: { $0.kind == arm }),
        let coverIndex = sorted.firstIndex(where: { $0.kind == cover }), armIndex > coverIndex
      else { continue }
      sorted.insert(sorted.remove(at: armIndex), at: coverIndex)
      wrapping[cover] = arm
    }
    // A hand slid under the small of the back lying down (a pelvic tilt's feedback hand)
    // lies in the gap under the arch: drawn again over the trunk in the body's ink, so it
    // reads as a hand there, not as the gap's shading.
    let underBack: [Drawable] = placed.reaches.compactMap { hand, target in
      guard target == .lowBack, placed.body.lumbarFrame.x.y > 0.7, !ghost,
        let held = parts.first(where: { $0.kind == .arm(hand == .right ? .right : .left) }),
        let palm = held.capsules.last
      else { return nil }
      return .shape([palm.outline(camera)], .body)
    }
    var inks: [BodyPart.Kind: FigureInk] = [:]
    return sorted.flatMap { part -> [Drawable] in
      let ink: FigureInk
      if ghost {
        ink = .ghost
      } else {
        switch part.kind {
        case .core, .head: ink = .body
        case .leg(let side), .arm(let side):
          let isLeg = if case .leg = part.kind { true } else { false }
          let working = side == .right && ((isLeg && spec.working == .leg) || (!isLeg && spec.working == .arm))
          let other: BodyPart.Kind =
            isLeg ? .leg(side == .right ? .left : .right) : .arm(side == .right ? .left : .right)
          let far = camera.depth(part.depthPoints[0]) < rootDepth(other) - 0.05
          ink = working ? .working : (far ? .far : .body)
        }
      }
      inks[part.kind] = ink
      let shape = Drawable.shape((part.capsules + part.details).map { $0.outline(camera) }, ink)
      var fingers: [Drawable] = []
      if let arm = wrapping[part.kind], let held = parts.first(where: { $0.kind == arm }),
        let hand = held.capsules.last
      {
        fingers = [.shape([hand.outline(camera)], inks[arm] ?? .body)]
      }
      switch part.kind {
      case .leg(.left): return [shape] + fingers + between
      case .core: return behind + [shape] + underBack
      case .head: return [shape] + faceDrawables(placed.body, camera: camera, ghost: ghost)
      default: return [shape] + fingers
      }
    }
  }

  /// An ankle crossed over the other thigh or knee (a figure-4, a knee pulled across) lies on
  /// that leg: when it is nearer the reader than the thigh under it, its leg is drawn over
  /// the other one, whatever the two legs' mean depths (the other leg hid the crossed shin,
  /// and the 4 did not read).
  static func crossedLegOnTop(_ parts: [BodyPart], body: PosedBody, camera: Camera) -> [BodyPart] {
    var sorted = parts
    for side in LimbSide.allCases {
      let other: LimbSide = side == .right ? .left : .right
      let ankle = body.point(.ankle(side))
      // The nearest point of the other thigh, from the hip to the knee.
      let under = ankle.nearest(onSegment: body.point(.hip(other)), body.point(.knee(other)))
      guard (ankle - under).length < 0.15, camera.depth(ankle) > camera.depth(under),
        let crossed = sorted.firstIndex(where: { $0.kind == .leg(side) }),
        let below = sorted.firstIndex(where: { $0.kind == .leg(other) }), crossed < below
      else { continue }
      sorted.insert(sorted.remove(at: crossed), at: below)
    }
    return sorted
  }

  static func depth(_ part: BodyPart, _ camera: Camera) -> Double {
    part.depthPoints.map(camera.depth).reduce(0, +) / Double(part.depthPoints.count)
  }

  /// The true path of `joint` from the start pose to the end pose, with its ends trimmed
  /// and moved off the limb, on the outside of the movement.
  static func arrowPath(
    _ joint: Joint, from start: Pose, to end: Pose, floor: Double, anchor: Landmark, target: Vector3,
    camera: Camera, body: PosedBody, leading: Bool = false
  ) -> [P]? {
    let landmark = Landmark(joint)
    // The head's arrow follows the face, a little in front of the nose, so a nod draws an
    // arc up or down instead of a short slide. With `leading` (a movement made once) the
    // trunk's follows a point on the side the shoulders move toward: in front of the chest
    // for a lean forward from the hips, behind the shoulders for a bend backward (one on the
    // back read as a push on the back). Back and forth (cat and cow), it stays on the back.
    let sizes = BodyProportions.standard
    // The body placed at 17 steps from the start pose to the end pose.
    let steps: [PosedBody] = (0...16).map { i in
      place(start.interpolated(to: end, Double(i) / 16), floor: floor, anchor: anchor, target: target).body
    }
    // Which way the shoulders go, relative to the hips, for a leading trunk; for a leading
    // pelvis that moves more back or forward than up or down, which way the hips go.
    let ahead: Double? = {
      guard leading, joint == .trunk || joint == .pelvis else { return nil }
      let first = steps[0]
      let last = steps[steps.count - 1]
      if joint == .trunk {
        func shoulders(_ posed: PosedBody) -> Vector3 { posed.point(.neckBase) - posed.point(.pelvis) }
        return (shoulders(last) - shoulders(first)).dot(first.chestFrame.x) >= 0 ? 1 : -1
      }
      let moved = last.point(.pelvis) - first.point(.pelvis)
      guard abs(moved.x) + abs(moved.z) > abs(moved.y) * 1.2 else { return nil }
      return moved.dot(first.pelvisFrame.x) >= 0 ? 1 : -1
    }()
    func tracked(_ posed: PosedBody) -> Vector3 {
      switch (joint, ahead) {
      case (.head, _): return posed.point(.head) + posed.headFrame.x * (sizes.headRadius * 1.7)
      case (.trunk, let ahead?):
        // Forward, at mid-chest (clear of the head); backward, behind the shoulders.
        let level = ahead > 0 ? posed.point(.midBack) : posed.point(.neckBase)
        return level + posed.chestFrame.x * (ahead * (sizes.chestDepth + 0.05))
      case (.pelvis, let ahead?):
        // Hips pushed back (as if to sit) behind the buttocks, below a hand on the hip;
        // forward, in front of the belly (one on the tummy for a push back read as a lean
        // forward).
        let down = ahead < 0 ? 0.09 : 0
        return posed.point(.pelvis) + posed.pelvisFrame.x * (ahead * (sizes.pelvisDepth + 0.05))
          - posed.pelvisFrame.y * down
      case (.trunk, nil):
        // Back and forth (cat and cow): on the low back, which moves most (at mid-back it
        // sat by the shoulder blades and read as a shrug).
        return posed.point(.waist) - posed.lumbarFrame.x * sizes.chestDepth
      default: return posed.point(landmark)
      }
    }
    let raw: [P] = steps.map { camera.project(tracked($0)) }
    var lengths = [0.0]
    for i in 1..<raw.count { lengths.append(lengths[i - 1] + hypot(raw[i].x - raw[i - 1].x, raw[i].y - raw[i - 1].y)) }
    let total = lengths[lengths.count - 1]
    guard total > 0.004 else { return nil }
    var trimmed = zip(raw, lengths).filter { $0.1 >= total * 0.14 && $0.1 <= total * 0.86 }.map(\.0)
    // A small movement (a pelvic tilt) still gets an arrow long enough to see, straight
    // along the way the joint goes.
    let shortest = 0.12
    if total * 0.72 < shortest || trimmed.count < 2 {
      let first = raw[0]
      let last = raw[raw.count - 1]
      let middle = raw[raw.count / 2]
      let length = max(1e-9, hypot(last.x - first.x, last.y - first.y))
      let (ux, uy) = ((last.x - first.x) / length, (last.y - first.y) / length)
      trimmed = (0...8).map { i in
        let t = (Double(i) / 8 - 0.5) * shortest
        return (middle.x + ux * t, middle.y + uy * t)
      }
    }
    let landmarks = Landmark.all.map { camera.project(body.point($0)) }
    let centre = (
      x: landmarks.map(\.x).reduce(0, +) / Double(landmarks.count),
      y: landmarks.map(\.y).reduce(0, +) / Double(landmarks.count)
    )
    func normal(_ i: Int) -> P {
      let a = trimmed[max(0, i - 1)]
      let b = trimmed[min(trimmed.count - 1, i + 1)]
      let length = max(1e-9, hypot(b.x - a.x, b.y - a.y))
      return (-(b.y - a.y) / length, (b.x - a.x) / length)
    }
    let middle = trimmed.count / 2
    let n = normal(middle)
    let away = (trimmed[middle].x - centre.x) * n.x + (trimmed[middle].y - centre.y) * n.y
    let sign: Double = away >= 0 ? 1 : -1
    let clearance = 0.06
    return trimmed.indices.map { i in
      let n = normal(i)
      return (trimmed[i].x + sign * n.x * clearance, trimmed[i].y + sign * n.y * clearance)
    }
  }

  /// Scales the picture to fill `frame` (less room for a timer), centred, and turns it into
  /// page coordinates.
  static func fit(
    _ drawables: [Drawable], timerMinutes: Int?, timerLabelSize: Double = 12, in frame: Rect,
    unit fixedUnit: Double? = nil,
    timerWidth fixedTimerWidth: Double? = nil, timerEvery: Bool = false, timerSymbol: ClockSymbol? = nil
  ) -> FigureDrawing {
    let unit = fixedUnit ?? min(1.3, max(0.55, frame.height / 110))
    // The column is wide enough for the minutes in bold type of the label's size (about
    // 0.62 of the size per character, a little more than Noto Sans Bold needs).
    let labelWidth =
      timerMinutes.map { Double(timerText($0, every: timerEvery).count) * timerLabelSize * 0.62 + 4 } ?? 0
    let timerWidth =
      timerMinutes == nil
      ? 0 : fixedTimerWidth ?? min(frame.width * 0.4, max(labelWidth, min(frame.width * 0.24, frame.height * 0.6)))
    let area = Rect(x: frame.x, y: frame.y, width: frame.width - timerWidth, height: frame.height)
      .insetBy(3 * unit)
    // Lines reach half their width beyond their points, arrow heads about twice it; in body
    // units, as they scale with the picture.
    let points = drawables.flatMap { drawable -> [P] in
      guard case .line(let points, let width, _, let arrow, _) = drawable else { return drawable.points }
      let r = width * (arrow ? 2.2 : 0.5)
      return points.flatMap { [($0.x - r, $0.y - r), ($0.x + r, $0.y + r)] }
    }
    let minX = points.map(\.x).min() ?? 0
    let maxX = points.map(\.x).max() ?? 1
    let minY = points.map(\.y).min() ?? 0
    let maxY = points.map(\.y).max() ?? 1
    // Halos, outlines and the thinnest lines are in points: keep a margin for them.
    let margin = 4 * unit
    let scale = min(
      (area.width - 2 * margin) / max(maxX - minX, 1e-6), (area.height - 2 * margin) / max(maxY - minY, 1e-6))
    let ox = area.x + (area.width - (maxX - minX) * scale) / 2 - minX * scale
    let oy = area.y + (area.height + (maxY - minY) * scale) / 2 + minY * scale
    func page(_ p: P) -> Point { Point(ox + p.x * scale, oy - p.y * scale) }

    let items: [FigureItem] = drawables.map { drawable in
      switch drawable {
      case .shape(let outlines, let ink):
        return .shape(
          FigureShape(
            outlines: outlines.map { $0.map(page) }, fill: ink.fill(unit: unit), stroke: ink.stroke(unit: unit),
            separation: ink.separation(unit: unit), role: ink.role))
      case .line(let points, let width, let dashed, let arrow, let ink):
        let lineWidth = max(0.7 * unit, width * scale)
        return .line(
          FigureLine(
            points: points.map(page), width: lineWidth, gray: ink.lineGray, halo: arrow ? 1.4 * unit : 0,
            arrowHead: arrow,
            dashed: dashed, role: arrow ? .arrow : ink == .floor ? .floor : ink == .body ? .body : .prop))
      }
    }
    let overlay = timerMinutes.map { minutes in
      timer(
        minutes, in: Rect(x: frame.maxX - timerWidth, y: frame.y, width: timerWidth, height: frame.height), unit: unit,
        labelSize: timerLabelSize, every: timerEvery, symbol: timerSymbol)
    }
    return FigureDrawing(frame: frame, area: area, items: items, overlay: overlay ?? [], personHeight: scale)
  }

  /// The words under a clock: "10 min", or "every 30 min" for a habit's reminder.
  static func timerText(_ minutes: Int, every: Bool) -> String {
    if every { return Wording.english.figureEvery(minutes) }
    return minutes >= 60 ? Wording.english.figureUpTo(minutes) : Wording.english.figureMinutes(minutes)
  }

  /// A clock face with the minutes under it.
  static func timer(
    _ minutes: Int, in column: Rect, unit: Double, labelSize: Double = 12, every: Bool = false,
    symbol: ClockSymbol? = nil
  ) -> [FigureItem] {
    // Room for one line of the label's size (Pango's line is about 1.4 times the size).
    let labelHeight = min(column.height * 0.3, max(14 * unit, labelSize * 1.45))
    let radius = min(column.width * 0.4, (column.height - labelHeight) * 0.3)
    let centre = Point(column.x + column.width / 2, column.y + column.height / 2 - labelHeight / 2)
    let face = Capsule.circle((centre.x, centre.y), radius, tolerance: 0.1).map { Point($0.x, $0.y) }
    let tick = radius * 0.18
    var items: [FigureItem] = [
      .shape(
        FigureShape(
          outlines: [face], fill: .gray(1), stroke: FigureStroke(gray: 0, width: 1.4 * unit), separation: 0,
          role: .timer))
    ]
    for i in 0..<12 where i % 3 == 0 {
      let a = Double(i) / 12 * 2 * Double.pi
      let outer = Point(centre.x + sin(a) * radius * 0.9, centre.y - cos(a) * radius * 0.9)
      let inner = Point(centre.x + sin(a) * (radius * 0.9 - tick), centre.y - cos(a) * (radius * 0.9 - tick))
      items.append(
        .line(
          FigureLine(
            points: [outer, inner], width: 1 * unit, gray: 0, halo: 0, arrowHead: false, dashed: false, role: .timer)))
    }
    // The time shaded as a wedge from twelve o'clock, and the hand where it ends: minutes
    // on a face of 60, an hour or more on a face of 12 hours (8 hours is two thirds).
    let fraction = minutes < 60 ? Double(minutes) / 60 : min(1, Double(minutes) / 720)
    let steps = max(2, Int(fraction * 36))
    let wedge =
      [centre]
      + (0...steps).map { i in
        let a = fraction * 2 * Double.pi * Double(i) / Double(steps)
        return Point(centre.x + sin(a) * radius * 0.82, centre.y - cos(a) * radius * 0.82)
      }
    items.insert(
      .shape(FigureShape(outlines: [wedge], fill: .gray(0.78), stroke: nil, separation: 0, role: .timer)), at: 1)
    let hand = fraction * 2 * Double.pi
    items.append(
      .line(
        FigureLine(
          points: [
            Point(centre.x, centre.y - radius * 0.72), centre,
            Point(centre.x + sin(hand) * radius * 0.72, centre.y - cos(hand) * radius * 0.72),
          ],
          width: 1.3 * unit, gray: 0, halo: 0, arrowHead: false, dashed: false, role: .timer)))
    if let symbol {
      let size = min(radius * 0.6, max(0, centre.y - radius - column.y) * 0.42)
      items += symbol.marks(at: Point(centre.x, centre.y - radius - size * 1.25), size: size, unit: unit)
    }
    items.append(
      .label(
        FigureLabel(
          text: timerText(minutes, every: every),
          frame: Rect(x: column.x, y: centre.y + radius + 2 * unit, width: column.width, height: labelHeight),
          size: labelSize)))
    return items
  }
}
