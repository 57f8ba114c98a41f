import HomeStretch

/// Finds what an item's figure declares it shows (`shows:`) in the posed figure, frame by
/// frame with the props as that frame draws them: a hand on the counter's top and the
/// counter clear of the body, the pelvis on the seat, each hand on the other shoulder.
/// Distances are in body heights (0.03 is about 5 cm).
public enum FigureContactCheck {
  /// The contacts of `item`'s figure the picture does not show, as errors naming the file.
  public static func problems(_ item: CatalogueItem) -> [InputError] {
    guard let spec = item.figure else { return [] }
    return missing(spec).map { contact, why in
      InputError(
        file: item.source, line: nil, field: "figure.shows",
        message: "the picture does not show \(contact.rawValue): \(why); re-pose the figure")
    }
  }

  /// Each declared contact the figure fails, with what was found instead.
  static func missing(_ spec: FigureSpec) -> [(FigureContact, String)] {
    let frames = posedFrames(spec)
    var failures: [(FigureContact, String)] = []
    for contact in spec.shows {
      if let why = failure(contact, frames: frames, spec: spec) { failures.append((contact, why)) }
    }
    return failures
  }

  /// One frame as drawn: its body, and the props placed as that frame places them.
  struct Frame {
    var body: PosedBody
    var posture: Posture
    var props: [SceneItem]
  }

  static func posedFrames(_ spec: FigureSpec) -> [Frame] {
    let floor = PropShapes.floorLevel(spec.props)
    let anchor = Landmark(spec.anchor)
    let placed = FigureScene.placedPoses(spec, floor: floor, anchor: anchor)
    return placed.indices.map { index in
      // As FigureScene.frameContents orders them: the other poses, then this frame's.
      let ordered = placed.indices.filter { $0 != index }.map { placed[$0] } + [placed[index]]
      let props = PropShapes.items(
        spec.props, bodies: ordered.map(\.body), parts: ordered.map(\.parts), highlight: spec.highlight, floor: floor,
        nearFront: spec.shows.contains(.seatedNearFront))
      return Frame(body: placed[index].body, posture: spec.poses[index].posture, props: props)
    }
  }

  static let touch = 0.03

  static func failure(_ contact: FigureContact, frames: [Frame], spec: FigureSpec) -> String? {
    guard let first = frames.first, let last = frames.last else { return "the figure has no pose" }
    func each(_ test: (Frame) -> String?) -> String? {
      for (index, frame) in frames.enumerated() {
        if let why = test(frame) { return frames.count > 1 ? "frame \(index + 1): \(why)" : why }
      }
      return nil
    }
    func only(_ frame: Frame, _ number: Int, _ test: (Frame) -> String?) -> String? {
      test(frame).map { frames.count > 1 ? "frame \(number): \($0)" : $0 }
    }
    /// Every seated frame passes `test` (and one at least is seated).
    func eachSeated(_ test: (Frame) -> String?) -> String? {
      let seated = frames.enumerated().filter { $0.element.posture == .seated }
      if seated.isEmpty { return "no frame is seated" }
      for (index, frame) in seated {
        if let why = test(frame) { return frames.count > 1 ? "frame \(index + 1): \(why)" : why }
      }
      return nil
    }
    switch contact {
    case .counterHeld: return each { counterHeld($0, prop: .counter) }
    case .chairHeld: return each { counterHeld($0, prop: .chairToHold) }
    case .counterBeside:
      return each { frame in
        guard let box = boxes(frame, .counter).first else { return "no counter is drawn" }
        let gap = boxDistance(frame.body.point(.wrist(.left)), box)
        if gap > 0.25 { return "the counter is \(centimetres(gap)) from the hand, out of reach" }
        return inBody(frame.body, box)
      }
    case .seatedNearFront: return eachSeated(nearFront)
    case .seatUnderPelvis: return eachSeated(seatUnderPelvis)
    case .armsCrossed:
      return each { frame in
        for side in LimbSide.allCases {
          let other: LimbSide = side == .right ? .left : .right
          let gap = handGap(frame.body, side, to: frame.body.point(.shoulder(other)))
          if gap > 0.07 { return "the \(side) hand is \(centimetres(gap)) from the other shoulder" }
        }
        return nil
      }
    case .handsOnThighs:
      return only(first, 1) { frame in
        for side in LimbSide.allCases {
          let gap = LimbSide.allCases.map { thighGap(frame.body, hand: side, thigh: $0) }.min() ?? 1
          if gap > touch { return "the \(side) hand is \(centimetres(gap)) from either thigh" }
        }
        return nil
      }
    case .handsOnWorkingThigh:
      return each { frame in bothHands(frame, on: .right, "the working thigh") }
    case .handsOnOtherThigh:
      return only(last, frames.count) { frame in bothHands(frame, on: .left, "the other thigh") }
    case .handsOnBothThighs:
      return only(last, frames.count) { frame in
        for side in LimbSide.allCases {
          let gap = thighGap(frame.body, hand: side, thigh: side)
          if gap > touch { return "the \(side) hand is \(centimetres(gap)) from its thigh" }
        }
        return nil
      }
    case .ankleOnKnee:
      return each { frame in
        let body = frame.body
        let knee = body.point(.knee(.left))
        let hip = body.point(.hip(.left))
        // Just above the knee: the lower third of the other thigh, on its surface.
        let gap =
          distance(body.point(.ankle(.right)), segment: knee, knee + (hip - knee) * 0.35)
          - BodyProportions.standard.thighRadius.knee - BodyProportions.standard.shankRadius.ankle
        return gap > 0.04 ? "the working ankle is \(centimetres(gap)) from the other knee" : nil
      }
    case .feetTogether:
      return each { frame in
        let gap =
          (frame.body.point(.ankle(.right)) - frame.body.point(.ankle(.left))).length
          - 2 * BodyProportions.standard.shankRadius.ankle
        return gap > 0.04 ? "the ankles are \(centimetres(gap)) apart" : nil
      }
    case .handUnderLowBack:
      return only(first, 1) { frame in
        let body = frame.body
        let gaps = LimbSide.allCases.map { handGap(body, $0, to: body.surfacePoint(.lowBack, hand: $0)) }
        let lowest = LimbSide.allCases.map { body.point(.wrist($0)).y }.min() ?? 1
        if (gaps.min() ?? 1) > 0.05 { return "no hand is on the small of the back" }
        return lowest < body.point(.waist).y ? nil : "no hand is under the back"
      }
    case .handsOnLowBack:
      return each { frame in
        for side in LimbSide.allCases {
          let gap = handGap(frame.body, side, to: frame.body.surfacePoint(.lowBack, hand: side))
          if gap > 0.05 { return "the \(side) hand is \(centimetres(gap)) from the small of the back" }
        }
        return nil
      }
    case .fingertipsOnTummy:
      return each { frame in
        let gap =
          LimbSide.allCases.map { side in
            handGap(frame.body, side, to: frame.body.surfacePoint(.tummy, hand: side))
          }
          .min() ?? 1
        return gap > 0.04 ? "the nearest hand is \(centimetres(gap)) from the lower tummy" : nil
      }
    case .backOnWall:
      return each { frame in
        guard let wall = frame.props.first(where: { $0.prop == .wall }), case .box(let box) = wall.geometry else {
          return "no wall is drawn"
        }
        let p = BodyProportions.standard
        let body = frame.body
        let bottom = body.point(.pelvis).x - p.pelvisDepth - box.max.x
        let shoulders = body.point(.neckBase).x - p.chestDepth - box.max.x
        if bottom > touch { return "the bottom is \(centimetres(bottom)) from the wall" }
        if shoulders > 0.045 { return "the upper back is \(centimetres(shoulders)) from the wall" }
        return nil
      }
    case .cupInHand:
      return each { frame in
        guard let cup = frame.props.first(where: { $0.prop == .iceCup }), case .capsule(let capsule) = cup.geometry
        else { return "no ice cup is drawn" }
        let gap =
          LimbSide.allCases.map { side in
            handGap(frame.body, side, to: capsule.b)
          }
          .min() ?? 1
        return gap > 0.05 ? "the nearest hand is \(centimetres(gap)) from the cup" : nil
      }
    }
  }

  /// The boxes a prop is drawn with, highest first.
  static func boxes(_ frame: Frame, _ prop: FigureProp) -> [Box] {
    frame.props.filter { $0.prop == prop }.compactMap { item -> Box? in
      if case .box(let box) = item.geometry { return box }
      return nil
    }
    .sorted { $0.max.y > $1.max.y }
  }

  static func counterHeld(_ frame: Frame, prop: FigureProp) -> String? {
    let name = prop == .counter ? "counter" : "chair"
    guard let top = boxes(frame, prop).first else { return "no \(name) is drawn" }
    let held = LimbSide.allCases.contains { side in
      [frame.body.point(.wrist(side)), frame.body.point(.handTip(side))].contains { hand in
        let over =
          hand.x > top.min.x - 0.02 && hand.x < top.max.x + 0.02 && hand.z > top.min.z - 0.02
          && hand.z < top.max.z + 0.02
        return over && abs(hand.y - BodyProportions.standard.handRadius - top.max.y) < touch
      }
    }
    if !held { return "no hand rests on the \(name)'s top" }
    return inBody(frame.body, top)
  }

  /// Whether a piece of furniture stands in the trunk or the legs (it should be beside them).
  static func inBody(_ body: PosedBody, _ box: Box) -> String? {
    let p = BodyProportions.standard
    let top = box
    let trunk: [(Vector3, Double)] = [
      (body.point(.pelvis), p.pelvisWidth * 0.8), (body.point(.waist), p.chestDepth * 0.8),
      (body.point(.hip(.right)), p.thighRadius.hip * 0.8), (body.point(.hip(.left)), p.thighRadius.hip * 0.8),
      (body.point(.knee(.right)), p.thighRadius.knee * 0.8), (body.point(.knee(.left)), p.thighRadius.knee * 0.8),
    ]
    for (point, radius) in trunk where boxDistance(point, top) < radius {
      return "the furniture is drawn through the body (move it beside the patient)"
    }
    return nil
  }

  /// Near the front of the seat: the hips in its front half and the back well clear of
  /// the backrest.
  static func nearFront(_ frame: Frame) -> String? {
    let seats = frame.props.filter { $0.prop == .chair }.compactMap { item -> Box? in
      if case .box(let box) = item.geometry, box.max.x - box.min.x > 0.1 { return box }
      return nil
    }
    let pelvis = frame.body.point(.pelvis)
    guard let seat = seats.filter({ $0.max.y < pelvis.y + 0.05 }).max(by: { $0.max.y < $1.max.y }) else {
      return "no seat is drawn"
    }
    let middle = (seat.min.x + seat.max.x) / 2
    if pelvis.x < middle { return "the hips are on the back half of the seat" }
    let back = frame.body.point(.waist).x - BodyProportions.standard.chestDepth
    if back - seat.min.x < 0.06 { return "the back is \(centimetres(back - seat.min.x)) from the backrest" }
    return nil
  }

  static func seatUnderPelvis(_ frame: Frame) -> String? {
    let seats = frame.props.filter { $0.prop == .chair || $0.prop == .carSeat }.compactMap { item -> Box? in
      if case .box(let box) = item.geometry, box.max.x - box.min.x > 0.1 { return box }
      return nil
    }
    let pelvis = frame.body.point(.pelvis)
    // The highest top below the hips (a car's dashboard stands higher, in front).
    guard let seat = seats.filter({ $0.max.y < pelvis.y + 0.05 }).max(by: { $0.max.y < $1.max.y }) ?? seats.first
    else { return "no seat is drawn" }
    if pelvis.x < seat.min.x || pelvis.x > seat.max.x {
      return
        "the pelvis is not over the seat (\(centimetres(min(abs(pelvis.x - seat.min.x), abs(pelvis.x - seat.max.x)))) off)"
    }
    // The sitting bones are just under the pelvis's middle (the seat is put at the lowest
    // point of its outline).
    let height = pelvis.y - seat.max.y
    if height > 0.05 { return "the pelvis is \(centimetres(height)) above the seat" }
    return height < -0.02 ? "the pelvis is \(centimetres(height)) inside the seat" : nil
  }

  static func bothHands(_ frame: Frame, on thigh: LimbSide, _ name: String) -> String? {
    for side in LimbSide.allCases {
      let gap = thighGap(frame.body, hand: side, thigh: thigh)
      if gap > touch { return "the \(side) hand is \(centimetres(gap)) from \(name)" }
    }
    return nil
  }

  /// How far a hand (wrist to fingertips) is from a point.
  static func handGap(_ body: PosedBody, _ side: LimbSide, to point: Vector3) -> Double {
    distance(point, segment: body.point(.wrist(side)), body.point(.handTip(side)))
  }

  /// How far a hand is from the surface of a thigh.
  static func thighGap(_ body: PosedBody, hand: LimbSide, thigh: LimbSide) -> Double {
    let p = BodyProportions.standard
    // The middle and lower thigh: a hand at the hip's crease is on the tummy, not the thigh.
    let hip = body.point(.hip(thigh))
    let knee = body.point(.knee(thigh))
    let middle = hip + (knee - hip) * 0.3
    return [body.point(.wrist(hand)), body.point(.handTip(hand))].map { point in
      distance(point, segment: middle, knee) - p.thighRadius.hip - p.handRadius
    }
    .min() ?? 1
  }

  static func distance(_ point: Vector3, segment a: Vector3, _ b: Vector3) -> Double {
    (point - point.nearest(onSegment: a, b)).length
  }

  static func boxDistance(_ point: Vector3, _ box: Box) -> Double {
    let dx = max(box.min.x - point.x, 0, point.x - box.max.x)
    let dy = max(box.min.y - point.y, 0, point.y - box.max.y)
    let dz = max(box.min.z - point.z, 0, point.z - box.max.z)
    return (dx * dx + dy * dy + dz * dz).squareRoot()
  }

  /// A distance in body heights as centimetres on a 170 cm person.
  static func centimetres(_ distance: Double) -> String { "\(Int((abs(distance) * 170).rounded())) cm" }
}
