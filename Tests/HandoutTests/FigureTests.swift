import Foundation
import TestSupport
import Testing

@testable import Handout
@testable import HomeStretch

/// The figure model: forward kinematics, mirroring, fitting, and every catalogue figure.
@Suite struct FigureTests {
  let body = BodyProportions.standard

  func close(_ a: Vector3, _ b: Vector3, _ tolerance: Double = 1e-9) -> Bool { (a - b).length < tolerance }

  // MARK: Forward kinematics

  @Test func standingUprightStacksTheJoints() {
    let posed = Kinematics.pose(Pose(posture: .standing))
    let hip = posed.point(.hip(.right))
    #expect(close(hip, Vector3(0, 0, body.hipHalfWidth)))
    #expect(close(posed.point(.knee(.right)), hip - Vector3(0, body.thigh, 0)))
    #expect(close(posed.point(.ankle(.right)), hip - Vector3(0, body.thigh + body.shank, 0)))
    #expect(posed.point(.toe(.right)).x > posed.point(.heel(.right)).x, "feet point forward")
    #expect(posed.point(.head).y > posed.point(.neckBase).y)
    #expect(posed.point(.hip(.left)).z < 0 && posed.point(.shoulder(.left)).z < 0, "left side is at −z")
    #expect(
      close(posed.point(.wrist(.right)), posed.point(.shoulder(.right)) - Vector3(0, body.upperArm + body.forearm, 0)))
  }

  @Test func hipAndKneeFlexionBendTheRightWay() {
    var pose = Pose(posture: .standing)
    pose.angles[.init(.rightHip, .flex)] = 90
    pose.angles[.init(.rightKnee, .flex)] = 90
    let posed = Kinematics.pose(pose)
    let hip = posed.point(.hip(.right))
    // Thigh straight forward at hip height, shank straight down from the knee.
    #expect(close(posed.point(.knee(.right)), hip + Vector3(body.thigh, 0, 0)))
    #expect(close(posed.point(.ankle(.right)), hip + Vector3(body.thigh, -body.shank, 0)))
    // A knee bent while standing puts the foot behind the knee, never in front of it.
    var bent = Pose(posture: .standing)
    bent.angles[.init(.rightKnee, .flex)] = 90
    let knee = Kinematics.pose(bent)
    #expect(close(knee.point(.ankle(.right)), knee.point(.knee(.right)) - Vector3(body.shank, 0, 0)))
  }

  @Test func shoulderElbowAndTrunk() {
    var pose = Pose(posture: .standing)
    pose.angles[.init(.rightShoulder, .flex)] = 180
    pose.angles[.init(.leftShoulder, .abduct)] = 90
    pose.angles[.init(.leftElbow, .flex)] = 90
    let posed = Kinematics.pose(pose)
    let shoulder = posed.point(.shoulder(.right))
    #expect(close(posed.point(.wrist(.right)), shoulder + Vector3(0, body.upperArm + body.forearm, 0)))
    let left = posed.point(.shoulder(.left))
    #expect(close(posed.point(.elbow(.left)), left - Vector3(0, 0, body.upperArm)), "abduction is outward")
    #expect(posed.point(.wrist(.left)).x > posed.point(.elbow(.left)).x + body.forearm * 0.99, "elbow bends forward")

    var bow = Pose(posture: .standing)
    bow.angles[.init(.trunk, .flex)] = 90
    let bowed = Kinematics.pose(bow)
    #expect(bowed.point(.neckBase).x > 0.15, "a flexed trunk leans forward")
    #expect(abs(bowed.point(.neckBase).y - bowed.point(.waist).y) < 0.15)
  }

  @Test func shoulderRotationSwingsTheForearmAcross() {
    // Arm at the side, elbow bent: turned in, the right forearm points to the left (−z).
    var pose = Pose(posture: .standing)
    pose.angles[.init(.rightShoulder, .rotate)] = 90
    pose.angles[.init(.rightElbow, .flex)] = 90
    pose.angles[.init(.leftShoulder, .rotate)] = 90
    pose.angles[.init(.leftElbow, .flex)] = 90
    let posed = Kinematics.pose(pose)
    #expect(close(posed.point(.wrist(.right)), posed.point(.elbow(.right)) - Vector3(0, 0, body.forearm)))
    #expect(close(posed.point(.wrist(.left)), posed.point(.elbow(.left)) + Vector3(0, 0, body.forearm)))
  }

  @Test func hipRotationTurnsThePlaneOfTheKnee() {
    // Figure-4: hip bent and turned out, knee bent: the right shin crosses to the left.
    var pose = Pose(posture: .seated)
    pose.angles[.init(.rightHip, .rotate)] = 90
    let posed = Kinematics.pose(pose)
    let knee = posed.point(.knee(.right))
    let ankle = posed.point(.ankle(.right))
    #expect(close(ankle, knee - Vector3(0, 0, body.shank), 1e-9))
  }

  @Test func handsReachWhatTheyHold() {
    let hug = Pose(
      posture: .supine, angles: [.init(.rightHip, .flex): 110, .init(.rightKnee, .flex): 100],
      reaches: [.right: .rightKnee, .left: .rightKnee])
    let posed = Kinematics.pose(hug)
    for side in LimbSide.allCases {
      let gap = (posed.point(.wrist(side)) - posed.point(.knee(.right))).length
      #expect(gap < 0.04, "\(side) hand on the knee: \(gap)")
      #expect(abs((posed.point(.elbow(side)) - posed.point(.shoulder(side))).length - body.upperArm) < 1e-9)
    }
    // Out of reach: the arm goes straight toward it.
    let far = Kinematics.pose(Pose(posture: .standing, reaches: [.right: .rightAnkle]))
    let shoulder = far.point(.shoulder(.right))
    let wrist = far.point(.wrist(.right))
    #expect(abs((wrist - shoulder).length - (body.upperArm + body.forearm)) < 1e-6)
    let toward = far.point(.ankle(.right)) - shoulder
    #expect((wrist - shoulder).dot(toward) / ((wrist - shoulder).length * toward.length) > 0.999)
  }

  @Test func posturesOrientTheBody() {
    let supine = Kinematics.pose(Pose(posture: .supine))
    #expect(supine.point(.head).x < supine.point(.ankle(.right)).x, "on the back, head to the left")
    #expect(supine.pelvisFrame.x.y > 0.99, "facing up")
    let prone = Kinematics.pose(Pose(posture: .prone))
    #expect(prone.point(.head).x > prone.point(.ankle(.right)).x && prone.pelvisFrame.x.y < -0.99)
    let side = Kinematics.pose(Pose(posture: .sideLying))
    #expect(side.point(.hip(.right)).y > side.point(.hip(.left)).y, "side-lying has the right side up")
    for posture in Posture.allCases {
      #expect(Kinematics.pose(Pose(posture: posture)).point(.hip(.right)).z >= -1e-9, "right side toward the reader")
    }
  }

  @Test func segmentsKeepTheirLengthInAnyPose() {
    var generator = SplitMix64(seed: 20_261_121)
    for _ in 0..<300 {
      var pose = Pose(posture: Posture.allCases[Int(generator.next() % UInt64(Posture.allCases.count))])
      for joint in Joint.allCases {
        for motion in joint.motions {
          let t = Double(generator.next() % 1000) / 1000
          pose.angles[.init(joint, motion.axis)] =
            motion.range.lowerBound + t * (motion.range.upperBound - motion.range.lowerBound)
        }
      }
      let posed = Kinematics.pose(pose)
      for side in LimbSide.allCases {
        #expect(abs((posed.point(.knee(side)) - posed.point(.hip(side))).length - body.thigh) < 1e-9)
        #expect(abs((posed.point(.ankle(side)) - posed.point(.knee(side))).length - body.shank) < 1e-9)
        #expect(abs((posed.point(.elbow(side)) - posed.point(.shoulder(side))).length - body.upperArm) < 1e-9)
        #expect(abs((posed.point(.wrist(side)) - posed.point(.elbow(side))).length - body.forearm) < 1e-9)
      }
    }
  }

  @Test func mirroredAnglesMirrorTheBody() {
    // The model is symmetric: swapping each right angle for its left one reflects z.
    var pose = Pose(posture: .standing)
    pose.angles = [
      .init(.rightHip, .flex): 70, .init(.rightHip, .abduct): 20, .init(.rightHip, .rotate): 50,
      .init(.rightKnee, .flex): 80, .init(.leftShoulder, .flex): 40, .init(.leftShoulder, .abduct): 30,
      .init(.leftElbow, .flex): 60, .init(.rightAnkle, .flex): 10,
    ]
    var swapped = Pose(posture: .standing)
    for (key, value) in pose.angles { swapped.angles[.init(key.joint.mirrored, key.axis)] = value }
    let a = Kinematics.pose(pose)
    let b = Kinematics.pose(swapped)
    for landmark in Landmark.all {
      let mirrored: Landmark =
        switch landmark {
        case .shoulder(let s): .shoulder(s == .right ? .left : .right)
        case .elbow(let s): .elbow(s == .right ? .left : .right)
        case .wrist(let s): .wrist(s == .right ? .left : .right)
        case .handTip(let s): .handTip(s == .right ? .left : .right)
        case .hip(let s): .hip(s == .right ? .left : .right)
        case .knee(let s): .knee(s == .right ? .left : .right)
        case .ankle(let s): .ankle(s == .right ? .left : .right)
        case .heel(let s): .heel(s == .right ? .left : .right)
        case .toe(let s): .toe(s == .right ? .left : .right)
        default: landmark
        }
      let p = a.point(landmark)
      #expect(close(b.point(mirrored), Vector3(p.x, p.y, -p.z), 1e-9), "\(landmark)")
    }
  }

  // MARK: Catalogue figures

  static let items = HandoutFixture.catalogue.items

  @Test func everyItemHasAValidFigure() {
    for item in Self.items {
      #expect(item.figure != nil, "\(item.id) has no figure")
      #expect(FigureChecker.check(item).isEmpty, "\(item.id): \(FigureChecker.check(item))")
    }
  }

  /// Frames the figure is drawn in: the card's (letter, A4, large print), the contact
  /// sheet's cell, the single-figure page, and an extreme tall and flat box.
  static let frames = [
    Rect(x: 60, y: 300, width: 170.6, height: 112.6), Rect(x: 50, y: 120, width: 164.9, height: 108.8),
    Rect(x: 50, y: 100, width: 158, height: 104.3), Rect(x: 40, y: 60, width: 168, height: 118),
    Rect(x: 14, y: 40, width: 372, height: 220), Rect(x: 0, y: 0, width: 60, height: 200),
    Rect(x: 0, y: 0, width: 300, height: 50),
  ]

  @Test(arguments: items.map(\.id))
  func figureStaysInsideItsBox(_ id: String) throws {
    let item = try #require(HandoutFixture.catalogue[id])
    let figure = try #require(item.figure)
    for frame in Self.frames {
      for mirrored in [false, true] {
        let drawing = FigureScene.drawing(figure, mirrored: mirrored, timerMinutes: item.dose.minutes, in: frame)
        let ink = try #require(drawing.inkBounds)
        #expect(frame.contains(ink, tolerance: 0.5), "\(id) in \(frame): ink \(ink)")
        #expect(ink.width > frame.width * 0.45 || ink.height > frame.height * 0.45, "\(id) fills its box")
      }
    }
  }

  @Test(arguments: items.map(\.id))
  func leftIsTheMirrorImageOfRight(_ id: String) throws {
    let item = try #require(HandoutFixture.catalogue[id])
    let figure = try #require(item.figure)
    let frame = Self.frames[0]
    let right = FigureScene.drawing(figure, mirrored: false, timerMinutes: item.dose.minutes, in: frame)
    let left = FigureScene.drawing(figure, mirrored: true, timerMinutes: item.dose.minutes, in: frame)
    #expect(right.items.count == left.items.count)
    #expect(right.overlay == left.overlay, "the timer is never reflected")
    let axis = right.area.x + right.area.maxX
    for (r, l) in zip(right.items, left.items) {
      let rp = r.points
      let lp = l.points
      #expect(rp.count == lp.count)
      for (a, b) in zip(rp, lp) {
        #expect(abs(b.x - (axis - a.x)) < 1e-9 && abs(b.y - a.y) < 1e-9, "\(id)")
      }
    }
    // The dark working limb changes sides of the picture with the patient's side.
    if figure.working != .none, figure.view.direction == .side {
      func darkCentre(_ drawing: FigureDrawing) -> Double? {
        let points = drawing.items.compactMap { item -> [Point]? in
          if case .shape(let shape) = item, shape.fill == .gray(FigureInk.workingGray) {
            return shape.outlines.flatMap { $0 }
          }
          return nil
        }.flatMap { $0 }
        guard !points.isEmpty else { return nil }
        return points.map(\.x).reduce(0, +) / Double(points.count)
      }
      let r = try #require(darkCentre(right), "\(id): no dark working limb")
      let l = try #require(darkCentre(left))
      #expect(abs(l - (axis - r)) < 1e-6)
      #expect(abs(l - r) > 1, "\(id): the dark limb moves to the other side of the picture")
    }
  }

  @Test func arrowsPointFromStartToEnd() throws {
    // Knee to chest: the arrow follows the knee from the floor toward the chest.
    let start = Pose(posture: .supine, angles: [.init(.rightHip, .flex): 45, .init(.rightKnee, .flex): 90])
    let end = Pose(posture: .supine, angles: [.init(.rightHip, .flex): 120, .init(.rightKnee, .flex): 110])
    let spec = FigureSpec(start: start, end: end, props: [.mat], arrow: .rightKnee)
    let frame = Rect(x: 0, y: 0, width: 300, height: 200)
    let drawing = FigureScene.drawing(spec, mirrored: false, in: frame)
    let arrow = try #require(
      drawing.items.compactMap { item -> FigureLine? in
        if case .line(let line) = item, line.arrowHead { return line }
        return nil
      }.first)
    let tail = try #require(arrow.points.first)
    let head = try #require(arrow.points.last)
    // On the page (y down, head of the figure to the left) the knee rises and moves toward the head.
    #expect(head.x < tail.x, "toward the chest")
    let unmoved = FigureScene.drawing(
      FigureSpec(start: start, end: start, props: [.mat], arrow: .rightKnee), mirrored: false, in: frame)
    #expect(
      !unmoved.items.contains { if case .line(let l) = $0 { l.arrowHead } else { false } }, "no arrow without movement")
  }

  @Test func everyCatalogueArrowRunsTheWayTheJointMoves() throws {
    var arrows = 0
    for item in Self.items {
      guard let figure = item.figure, let joint = figure.arrow, let endPose = figure.end else { continue }
      let camera = Camera(figure.view)
      let floor = PropShapes.floorLevel(figure.props)
      let anchor = Landmark(figure.anchor)
      let start = FigureScene.place(figure.start, floor: floor, anchor: anchor, target: nil)
      let target = start.body.point(anchor)
      let end = FigureScene.place(endPose, floor: floor, anchor: anchor, target: target)
      let path = try #require(
        FigureScene.arrowPath(
          joint, from: figure.start, to: endPose, floor: floor, anchor: anchor, target: target, camera: camera,
          body: end.body, leading: figure.motion == .once), "\(item.id): arrow dropped")
      let from = camera.project(start.body.point(Landmark(joint)))
      let to = camera.project(end.body.point(Landmark(joint)))
      let tail = try #require(path.first)
      let head = try #require(path.last)
      let along = (head.x - tail.x) * (to.x - from.x) + (head.y - tail.y) * (to.y - from.y)
      #expect(along > 0, "\(item.id): the arrow points against the movement of \(joint.rawValue)")
      arrows += 1
    }
    #expect(arrows >= 20, "most exercises show their movement")
  }

  /// A movement that goes back and forth (a nerve glide, cat and cow, knees rolled or the
  /// trunk turned from side to side) has a head at both
  /// ends of its arrow (and of a joint's swing), on the card's frames and on the single
  /// picture; any other has one.
  @Test func toAndFroMovementsHaveDoubleHeadedArrows() throws {
    var toAndFro: [String] = []
    for item in Self.items {
      guard let figure = item.figure, figure.arrow != nil, figure.end != nil else { continue }
      if figure.motion == .backAndForth { toAndFro.append(item.id) }
      for drawing in [
        FigureScene.drawing(figure, mirrored: true, in: Self.frames[0]),
        FigureScene.framed(figure, mirrored: true, width: 500, personHeight: 150, maxHeight: 250),
      ] {
        let arrows = drawing.items.compactMap { item -> FigureLine? in
          if case .line(let line) = item, line.role == .arrow { return line }
          return nil
        }
        #expect(
          arrows.count == figure.arrows.count + figure.swings.count && arrows.allSatisfy(\.arrowHead), "\(item.id)")
        #expect(arrows.allSatisfy { $0.tailHead == (figure.motion == .backAndForth) }, "\(item.id)")
      }
    }
    #expect(
      toAndFro.sorted() == [
        "cat_cow", "lower_trunk_rotation", "sciatic_nerve_glide_seated", "sciatic_nerve_glide_supine",
        "seated_trunk_rotation",
      ], "\(toAndFro)")
  }

  @Test func bodyRestsOnTheFloorOrMat() {
    for (posture, props) in [
      (Posture.supine, [FigureProp.mat]), (.standing, []), (.quadruped, [.mat]), (.seated, [.chair]),
    ] {
      let placed = FigureScene.place(
        Pose(posture: posture, angles: posture == .seated ? [:] : [:]),
        floor: props.contains(.mat) ? PropShapes.matThickness : 0,
        anchor: .pelvis, target: nil)
      let lowest = BodyShapes.lowest(placed.parts)
      #expect(abs(lowest - (props.contains(.mat) ? PropShapes.matThickness : 0)) < 1e-9, "\(posture)")
    }
  }

  @Test func everyFigureRendersOnBothSides() throws {
    let renderer = FigureRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
    for item in Self.items {
      for side in [AppliedSide.right, .left] {
        let png = try renderer.png(item, side: item.sided ? side : .none, scale: 0.5)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(item.id) \(side)")
      }
    }
    let sheet = renderer.contactSheet(Self.items)
    #expect(sheet.pages.count == (Self.items.count + 11) / 12)
    let figures = sheet.pages.flatMap(\.elements).compactMap { element -> FigureSlot? in
      if case .figure(let slot) = element { return slot }
      return nil
    }
    #expect(figures.map(\.itemID) == Self.items.map(\.id))
    #expect(figures.allSatisfy { $0.drawing != nil })
  }
}
