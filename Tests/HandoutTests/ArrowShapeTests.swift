import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Arrows that say what moves: curved round the trunk for a twist, pressing for a tilt, a
/// circle for ice rubbed round, one per joint; clocks that say how often, and cold from warm.
@Suite struct ArrowShapeTests {
  static let catalogue = HandoutFixture.catalogue
  let frame = Rect(x: 0, y: 0, width: 400, height: 260)

  func arrows(_ drawing: FigureDrawing) -> [FigureLine] {
    drawing.items.compactMap { item -> FigureLine? in
      if case .line(let line) = item, line.role == .arrow { return line }
      return nil
    }
  }

  func spec(_ id: String) throws -> FigureSpec {
    try #require(Self.catalogue.items.first { $0.id == id }?.figure)
  }

  /// How far the path bends away from the straight line between its ends, relative to
  /// that line's length.
  func bend(_ points: [Point]) -> Double {
    guard let a = points.first, let b = points.last else { return 0 }
    let chord = max(hypot(b.x - a.x, b.y - a.y), 1e-9)
    let off = points.map { p in abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / chord }
    return (off.max() ?? 0) / chord
  }

  @Test func aTwistHasACurvedArrowAndATiltAStraightPress() throws {
    let twist = try spec("seated_trunk_rotation")
    #expect(twist.arrowShape == .turn)
    let curved = try #require(arrows(FigureScene.drawing(twist, mirrored: false, in: frame)).first)
    #expect(bend(curved.points) > 0.04, "the twist's arrow curves round the body")
    // Seen from the front, the body turns to its right: the arrow sweeps across the chest to
    // the left of the page, across half the body or more; the left-side picture sweeps right.
    let trunk = FigureScene.drawing(twist, mirrored: false, in: frame).items.filter { $0.role == .body }
      .flatMap(\.points).map(\.x)
    let bodyWidth = (trunk.max() ?? 0) - (trunk.min() ?? 0)
    let from = try #require(curved.points.first)
    let tip = try #require(curved.points.last)
    #expect(tip.x < from.x && from.x - tip.x > bodyWidth / 2, "\(from.x - tip.x) of \(bodyWidth)")
    let mirrored = try #require(arrows(FigureScene.drawing(twist, mirrored: true, in: frame)).first)
    #expect(try #require(mirrored.points.last).x > #require(mirrored.points.first).x)
    var straightTwist = twist
    straightTwist.arrowShape = .path
    let path = try #require(arrows(FigureScene.drawing(straightTwist, mirrored: false, in: frame)).first)
    #expect(bend(curved.points) > bend(path.points))

    let tilt = try spec("posterior_pelvic_tilt_supine")
    #expect(tilt.arrowShape == .press)
    let press = try #require(arrows(FigureScene.drawing(tilt, mirrored: false, in: frame)).first)
    #expect(bend(press.points) < 0.01, "a press is straight")
    // Lying on the back, the low back flattens into the floor: the arrow points down the page.
    let tail = try #require(press.points.first)
    let head = try #require(press.points.last)
    #expect(head.y > tail.y)
    // It starts inside the waist, below the hand resting on the tummy (from the tummy it
    // read as the hand pushing the tummy down), and ends at the back's outline.
    let placed = FigureScene.placedPoses(tilt, floor: PropShapes.floorLevel(tilt.props), anchor: Landmark(tilt.anchor))
    let end = try #require(placed.last).body
    let camera = Camera(tilt.view)
    let pressed = try #require(FigureScene.press(.trunk, start: placed[0].body, end: end, camera: camera))
    let depth = BodyProportions.standard.chestDepth
    let waist = camera.project(end.point(.waist))
    let tummy = camera.project(end.point(.waist) + end.lumbarFrame.x * depth)
    let first = try #require(pressed.first)
    let last = try #require(pressed.last)
    #expect(first.y < waist.y + (tummy.y - waist.y) * 0.5, "below the tummy's surface")
    #expect(abs(last.y - (waist.y - (tummy.y - waist.y))) < 0.01, "down to the back")
  }

  /// A standing bend backward has an arc over the head toward the back (a short arrow on
  /// the body read as a stoop); a lean forward from the hips has its arrow in front of the
  /// chest (one on the upper back invited rounding it).
  @Test func aBendBackwardArcsOverTheHeadAndALeanForwardLeadsWithTheChest() throws {
    let backBend = try spec("standing_back_extension")
    #expect(backBend.arrowShape == .bend)
    let placed = FigureScene.placedPoses(
      backBend, floor: PropShapes.floorLevel(backBend.props), anchor: Landmark(backBend.anchor))
    let camera = Camera(backBend.view)
    let end = try #require(placed.last).body
    let arc = try #require(FigureScene.bend(start: placed[0].body, end: end, camera: camera))
    let waist = camera.project(end.point(.waist))
    let head = camera.project(end.point(.head))
    let beyondHead = hypot(head.x - waist.x, head.y - waist.y) + BodyProportions.standard.headRadius
    #expect(arc.allSatisfy { hypot($0.x - waist.x, $0.y - waist.y) > beyondHead }, "clear of the head")
    // The figure faces right: the arc runs leftward, toward the back, and curves.
    let from = try #require(arc.first)
    let to = try #require(arc.last)
    #expect(to.x < from.x - 0.1)
    #expect(bend(arc.map { Point($0.x, $0.y) }) > 0.04)
    let drawn = try #require(arrows(FigureScene.drawing(backBend, mirrored: true, in: frame)).first)
    #expect(try #require(drawn.points.last).x > #require(drawn.points.first).x, "mirrored, it runs rightward")

    let lean = try spec("hamstring_seated_chair")
    let leaning = FigureScene.placedPoses(lean, floor: PropShapes.floorLevel(lean.props), anchor: Landmark(lean.anchor))
    let side = Camera(lean.view)
    let leanEnd = try #require(lean.end)
    let leaned = try #require(leaning.last).body
    let path = try #require(
      FigureScene.arrowPath(
        .trunk, from: lean.start, to: leanEnd, floor: PropShapes.floorLevel(lean.props),
        anchor: Landmark(lean.anchor), target: leaning[0].body.point(Landmark(lean.anchor)), camera: side,
        body: leaned, leading: true))
    let chest = side.project(leaned.point(.midBack)).x
    #expect(path.allSatisfy { $0.x > chest + 0.04 }, "in front of the chest")
  }

  /// Hips pushed back (the standing figure-4's "as if to sit") get their arrow behind the
  /// buttocks, pointing back; hips pushed forward (the standing hip flexor stretch) in front
  /// of the belly. On the tummy, a push back read as a lean forward.
  @Test func aPelvisArrowLeadsOnTheSideTheHipsMoveToward() throws {
    for (id, ahead) in [("piriformis_standing_figure4", -1.0), ("hip_flexor_standing", 1.0)] {
      let figure = try spec(id)
      let floor = PropShapes.floorLevel(figure.props)
      let anchor = Landmark(figure.anchor)
      let placed = FigureScene.placedPoses(figure, floor: floor, anchor: anchor)
      let camera = Camera(figure.view(frame: figure.poses.count - 1))
      let end = try #require(placed.last).body
      let endPose = try #require(figure.end)
      let path = try #require(
        FigureScene.arrowPath(
          .pelvis, from: figure.start, to: endPose, floor: floor, anchor: anchor,
          target: placed[0].body.point(anchor), camera: camera, body: end, leading: true))
      // The way the body faces, on the page, at the hips.
      let hips = camera.project(end.point(.pelvis))
      let front = camera.project(end.point(.pelvis) + end.pelvisFrame.x * 0.1)
      let facing = (x: front.x - hips.x, y: front.y - hips.y)
      func along(_ p: FigureScene.P) -> Double {
        ((p.x - hips.x) * facing.x + (p.y - hips.y) * facing.y) / hypot(facing.x, facing.y)
      }
      let depth = BodyProportions.standard.pelvisDepth
      let tail = try #require(path.first)
      let head = try #require(path.last)
      let middle = path[path.count / 2]
      // Measured from the hips where they end: the head beyond the buttocks or the belly,
      // the middle clear of the hips' centre on that side.
      #expect(along(head) * ahead > depth, "\(id): \(path.map { along($0) })")
      #expect(along(middle) * ahead > depth * 0.5, "\(id): \(path.map { along($0) })")
      #expect((along(head) - along(tail)) * ahead > 0, "\(id): it points the way the hips go")
    }
  }

  /// The lying nerve glide points the toes as the knee straightens: besides the knee's
  /// path, a curved arrow round the ankle, beyond the toes, as far as the foot turns on the
  /// shin (reviewers could not see the toes move).
  @Test func aSwingCurvesRoundTheAnkleAsFarAsTheFootTurns() throws {
    let glide = try spec("sciatic_nerve_glide_supine")
    #expect(glide.swings == [.rightAnkle])
    let placed = FigureScene.placedPoses(
      glide, floor: PropShapes.floorLevel(glide.props), anchor: Landmark(glide.anchor))
    let camera = Camera(glide.view)
    let start = placed[0].body
    let end = try #require(placed.last).body
    let arc = try #require(FigureScene.swing(.rightAnkle, start: start, end: end, camera: camera))
    let ankle = camera.project(end.point(.ankle(.right)))
    let toe = camera.project(end.point(.toe(.right)))
    func angle(_ p: FigureScene.P) -> Double { atan2(p.y - ankle.y, p.x - ankle.x) }
    func distance(_ p: FigureScene.P) -> Double { hypot(p.x - ankle.x, p.y - ankle.y) }
    #expect(arc.allSatisfy { distance($0) > distance(toe) + 0.03 }, "beyond the toes")
    let last = try #require(arc.last)
    let first = try #require(arc.first)
    #expect(abs(angle(last) - angle(toe)) < 0.05, "it ends where the toes point")
    // The foot turns 85 degrees on the shin (25 up to 60 down): the side view shows all of it.
    var sweep = abs(angle(last) - angle(first))
    if sweep > Double.pi { sweep = 2 * Double.pi - sweep }
    #expect(abs(sweep - 85 * Double.pi / 180) < 0.05, "\(sweep * 180 / Double.pi) degrees")
    let framed = FigureScene.framed(glide, mirrored: false, width: 400, personHeight: 150, maxHeight: 260)
    let drawn = arrows(framed)
    let doubleHeaded = drawn.allSatisfy { $0.tailHead }
    #expect(drawn.count == 2, "the knee's path and the ankle's swing")
    #expect(doubleHeaded, "back and forth")
    // A joint that bends the same at both ends gets no swing.
    #expect(FigureScene.swing(.rightKnee, start: end, end: end, camera: camera) == nil)
  }

  @Test func iceRubbedInCirclesHasACircleWithoutAnEndPose() throws {
    let ice = try spec("ice_massage_buttock")
    #expect(ice.end == nil && ice.arrowShape == .circle)
    let circle = try #require(arrows(FigureScene.drawing(ice, mirrored: false, in: frame)).first)
    let length = zip(circle.points, circle.points.dropFirst()).map { hypot($1.x - $0.x, $1.y - $0.y) }.reduce(0, +)
    let first = try #require(circle.points.first)
    let last = try #require(circle.points.last)
    #expect(length > 2.5 * hypot(last.x - first.x, last.y - first.y), "most of the way round")
    let framed = FigureScene.framed(ice, mirrored: true, width: 400, personHeight: 150, maxHeight: 260)
    #expect(arrows(framed).count == 1)
  }

  @Test func aNerveGlideShowsTheLegAndTheHeadMoving() throws {
    for id in ["sciatic_nerve_glide_seated", "sciatic_nerve_tensioner_seated"] {
      let glide = try spec(id)
      #expect(glide.arrows == [.rightFoot, .head], "\(id)")
      let framed = FigureScene.framed(glide, mirrored: false, width: 400, personHeight: 150, maxHeight: 260)
      #expect(arrows(framed).count == 2, "\(id)")
    }
  }

  @Test func aHabitsClockSaysHowOftenAndPacksSayColdOrWarm() throws {
    let breaks = try spec("sitting_breaks_desk")
    #expect(breaks.clockEvery == 30)
    let framed = FigureScene.framed(breaks, mirrored: false, width: 500, personHeight: 150, maxHeight: 260)
    let labels = framed.overlay.compactMap { item -> String? in
      if case .label(let label) = item { return label.text }
      return nil
    }
    #expect(labels.contains("every 30 min"))

    let column = Rect(x: 0, y: 0, width: 80, height: 120)
    let plain = FigureScene.timer(10, in: column, unit: 1).count
    let cold = FigureScene.timer(10, in: column, unit: 1, symbol: .cold).count
    let warm = FigureScene.timer(10, in: column, unit: 1, symbol: .heat).count
    #expect(cold > plain && warm > plain && cold != warm)
    #expect(ClockSymbol(try spec("cold_pack_buttock")) == .cold)
    #expect(ClockSymbol(try spec("heat_pack_buttock")) == .heat)
  }

  /// Eight hours is two thirds of a 12-hour face: the hand points to eight o'clock, not
  /// round to twelve.
  @Test func eightHoursPointsToEightOclock() throws {
    let column = Rect(x: 0, y: 0, width: 80, height: 120)
    let hand = try #require(
      FigureScene.timer(480, in: column, unit: 1).compactMap { item -> FigureLine? in
        if case .line(let line) = item, line.points.count == 3 { return line }
        return nil
      }.first)
    let centre = hand.points[1]
    let tip = hand.points[2]
    #expect(tip.x < centre.x && tip.y > centre.y, "down and to the left")
  }
}

/// "Tuck your bottom under": a swing on the pelvis curves behind the buttocks, down and
/// forward, the way the back of the pelvis turns in a posterior tilt.
@Suite struct TuckArrowTests {
  @Test func aTuckCurvesDownBehindTheButtocks() throws {
    let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == "hip_flexor_half_kneeling" }?.figure)
    #expect(figure.swings.contains(.pelvis))
    let floor = PropShapes.floorLevel(figure.props)
    let placed = FigureScene.placedPoses(figure, floor: floor, anchor: Landmark(figure.anchor))
    let start = try #require(placed.first).body
    let end = try #require(placed.last).body
    let camera = Camera(FigureView(direction: .side))
    let path = try #require(FigureScene.tuck(start: start, end: end, camera: camera))
    let first = try #require(path.first)
    let last = try #require(path.last)
    // Behind the hips (the figure faces right in a side view: behind is to the left).
    let hips = camera.project(end.point(.pelvis))
    #expect(path.allSatisfy { $0.x < hips.x }, "behind the buttocks")
    // From higher to lower (projected y grows upward), ending further forward: the bottom
    // goes under.
    #expect(camera.project(end.point(.head)).y > hips.y)
    #expect(last.y < first.y, "down")
    #expect(last.x > first.x, "and forward")
    // An untilted pelvis gets none.
    #expect(FigureScene.tuck(start: end, end: end, camera: camera) == nil)
  }
}

/// A timer's words: minutes for ice and heat, "up to" for a wrap worn for hours (a bare
/// "8 h" on a clock face read as eight o'clock), "every" for a habit's reminder.
@Suite struct TimerWordsTests {
  @Test func hoursAreALimitAndHabitsSayHowOften() {
    #expect(FigureScene.timerText(10, every: false) == "10 min")
    #expect(FigureScene.timerText(480, every: false) == "up to 8 h")
    #expect(FigureScene.timerText(90, every: false) == "up to 1 h 30 min")
    #expect(FigureScene.timerText(30, every: true) == "every 30 min")
  }
}
