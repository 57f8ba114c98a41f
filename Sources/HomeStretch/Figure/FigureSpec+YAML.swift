import Yams

extension FigureSpec {
  static let fieldNames = [
    "view", "end_view", "working", "start", "middle", "end", "props", "arrow", "motion", "highlight", "anchor", "shows",
    "arrow_shape", "swing",
    "clock_every",
  ]
  static let viewFieldNames = ["direction", "tilt", "turn"]

  /// Decodes an item's `figure:` mapping, reporting each problem with its line and field.
  static func decode(_ fields: MappingReader) -> FigureSpec? {
    guard let figure = fields.mapping("figure", allowedKeys: fieldNames) else { return nil }
    let before = figure.diagnostics.errors.count
    let view = decodeView(figure, "view")
    let endView = decodeView(figure, "end_view")
    let working = figure.value("working", as: WorkingLimb.self) ?? .leg
    let start = decodePose(figure, key: "start", required: true)
    let end = decodePose(figure, key: "end", required: false)
    let middle = decodePose(figure, key: "middle", required: false)
    if figure.node("end_view") != nil, end == nil {
      figure.problem("end_view", figure.node("end_view"), "a view of the last frame needs an end: pose")
    }
    if middle != nil, end == nil {
      figure.problem("middle", figure.node("middle"), "a middle frame needs an end: pose after it")
    }
    let props = figure.list("props", of: FigureProp.self)
    let arrows = joints(figure, "arrow")
    let swings = joints(figure, "swing")
    for joint in swings where !swingJoints.contains(joint) {
      let allowed = swingJoints.map(\.rawValue).sorted().joined(separator: ", ")
      figure.problem("swing", figure.node("swing"), "'\(joint.rawValue)' has nothing that turns on it; use \(allowed)")
    }
    if let start, let end {
      for joint in swings where start.angle(joint, joint.motions[0].axis) == end.angle(joint, joint.motions[0].axis) {
        let moves = joint == .pelvis ? "tilts" : "bends"
        figure.problem("swing", figure.node("swing"), "'\(joint.rawValue)' \(moves) the same at start and end")
      }
    } else if !swings.isEmpty {
      figure.problem("swing", figure.node("swing"), "a swing needs an end: pose to turn to")
    }
    let arrow = arrows.first
    let arrowShape = figure.value("arrow_shape", as: ArrowShape.self) ?? .path
    let clockEvery = figure.int("clock_every", in: 1...240)
    let motion = figure.value("motion", as: FigureMotion.self) ?? .once
    if motion == .backAndForth, arrow == nil {
      figure.problem("motion", figure.node("motion"), "back_and_forth needs an arrow: joint to show it")
    }
    let highlight = figure.value("highlight", as: BodyArea.self)
    let anchor = figure.value("anchor", as: Joint.self)
    let shows = figure.list("shows", of: FigureContact.self) ?? []
    if arrowShape == .circle, figure.node("highlight") == nil {
      figure.problem("arrow_shape", figure.node("arrow_shape"), "a circle is drawn on the highlight: add highlight:")
    }
    for arrow in arrows {
      guard let start else { break }
      if let end {
        // The arrow's joint moves on the page when its own chain moves, or when the joint
        // that stays put (a foot on the floor) moves relative to it.
        let fixed = anchor ?? FigureSpec.defaultAnchor(start.posture)
        let settings = arrow.motionsAffectingPosition + fixed.motionsAffectingPosition
        let moves = settings.contains { setting in
          abs(start.angle(setting.joint, setting.axis) - end.angle(setting.joint, setting.axis)) > 0.5
        }
        if !moves && start.posture == end.posture {
          figure.problem("arrow", figure.node("arrow"), "'\(arrow.rawValue)' does not move between start and end")
        }
      } else {
        figure.problem("arrow", figure.node("arrow"), "an arrow needs an end: pose to point to")
      }
    }
    guard figure.diagnostics.errors.count == before, let start, let props else { return nil }
    return FigureSpec(
      view: view ?? FigureView(), working: working, start: start, end: end, props: props, arrow: arrow,
      motion: motion, highlight: highlight, anchor: anchor, shows: shows, arrows: Array(arrows.dropFirst()),
      arrowShape: arrowShape, clockEvery: clockEvery, middle: middle, swings: swings, endView: endView)
  }

  /// One joint or a list of them (`arrow: right_knee`, `arrow: [right_foot, head]`).
  private static func joints(_ figure: MappingReader, _ field: String) -> [Joint] {
    guard let node = figure.node(field) else { return [] }
    if case .sequence = node { return figure.list(field, of: Joint.self) ?? [] }
    return figure.word(node, field: field, as: Joint.self).map { [$0] } ?? []
  }

  private static func decodeView(_ figure: MappingReader, _ key: String) -> FigureView? {
    guard let node = figure.node(key) else { return nil }
    if case .scalar = node {
      return figure.word(node, field: key, as: FigureView.Direction.self).map { FigureView(direction: $0) }
    }
    guard let view = figure.mapping(key, allowedKeys: viewFieldNames) else { return nil }
    let direction = view.value("direction", as: FigureView.Direction.self) ?? .side
    let tilt = view.number("tilt", in: -30...80) ?? 0
    let turn = view.number("turn", in: -180...180) ?? 0
    return FigureView(direction: direction, tilt: tilt, turn: turn)
  }

  private static func decodePose(_ figure: MappingReader, key: String, required: Bool) -> Pose? {
    guard let node = figure.node(key) else {
      if required { figure.missing(key, "a pose: posture: standing, then joint angles such as right_knee: 90") }
      return nil
    }
    guard
      let pose = MappingReader(
        node, path: figure.fieldPath(key), allowedKeys: ["posture"] + Joint.allowedValues + HandSide.allowedValues,
        diagnostics: figure.diagnostics, what: "a pose (posture: and joint angles)")
    else { return nil }
    guard let posture = pose.value("posture", as: Posture.self, required: true) else { return nil }
    var angles: [JointSetting: Double] = [:]
    for joint in Joint.allCases {
      guard let value = pose.node(joint.rawValue) else {
        if pose.isWritten(joint.rawValue) {
          pose.problem(joint.rawValue, nil, "has no value; write degrees or {flex: N}")
        }
        continue
      }
      let motions = joint.motions
      guard let main = motions.first else {
        pose.problem(joint.rawValue, value, "is an end point; it has no angle of its own (bend the ankle instead)")
        continue
      }
      if case .scalar = value {
        if let angle = pose.number(joint.rawValue, in: main.range) { angles[.init(joint, main.axis)] = angle }
        continue
      }
      let axes = motions.map(\.axis.rawValue)
      guard let movement = pose.mapping(joint.rawValue, allowedKeys: axes) else { continue }
      for motion in motions {
        if let angle = movement.number(motion.axis.rawValue, in: motion.range) {
          angles[.init(joint, motion.axis)] = angle
        }
      }
    }
    var reaches: [HandSide: HandTarget] = [:]
    for hand in HandSide.allCases {
      guard let value = pose.node(hand.rawValue) else { continue }
      if let target = pose.word(value, field: hand.rawValue, as: HandTarget.self) { reaches[hand] = target }
    }
    return Pose(posture: posture, angles: angles, reaches: reaches)
  }
}
