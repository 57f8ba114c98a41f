import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// What a figure declares it shows (`shows:`) is found in the posed picture, frame by frame.
@Suite struct FigureContactTests {
  @Test func everyCatalogueFigureShowsWhatItDeclares() {
    let items = HandoutFixture.catalogue.items
    for item in items {
      #expect(FigureContactCheck.problems(item).isEmpty, "\(item.id): \(FigureContactCheck.problems(item))")
    }
    // The catalogue relies on them: chairs sat on, counters held, hands placed.
    #expect(items.filter { !($0.figure?.shows.isEmpty ?? true) }.count >= 25)
  }

  @Test func aContactThePoseDoesNotMakeIsReported() {
    let hanging = FigureSpec(
      working: .none, start: Pose(posture: .seated), props: [.chair], shows: [.seatUnderPelvis, .armsCrossed])
    let failures = FigureContactCheck.missing(hanging)
    #expect(failures.map(\.0) == [.armsCrossed])
    #expect(failures.first?.1.contains("cm from the other shoulder") == true)
    var crossed = hanging
    crossed.start.reaches = [.right: .leftShoulder, .left: .rightShoulder]
    #expect(FigureContactCheck.missing(crossed).isEmpty)

    let arms = Pose(posture: .standing)
    let counter = FigureSpec(working: .none, start: arms, props: [.counter], shows: [.counterHeld])
    #expect(FigureContactCheck.missing(counter).first?.1 == "no hand rests on the counter's top")
    var held = counter
    held.start.angles = [.init(.leftShoulder, .abduct): 24, .init(.leftElbow, .flex): 15]
    #expect(FigureContactCheck.missing(held).isEmpty)

    let tummy = FigureSpec(
      working: .none, start: Pose(posture: .seated, reaches: [.right: .tummy, .left: .tummy]), props: [.chair],
      shows: [.seatUnderPelvis, .fingertipsOnTummy])
    #expect(FigureContactCheck.missing(tummy).isEmpty)
    let thighs = FigureSpec(
      working: .none, start: Pose(posture: .seated), props: [.chair], shows: [.seatUnderPelvis, .handsOnThighs])
    #expect(FigureContactCheck.missing(thighs).map(\.0) == [.handsOnThighs])
    // Lying on the side with the legs stacked the feet are a hip's width apart until the
    // top thigh rests on the other.
    let apart = FigureSpec(start: Pose(posture: .sideLying), props: [.mat], shows: [.feetTogether])
    #expect(FigureContactCheck.missing(apart).first?.1.contains("the ankles are") == true)
    var stacked = apart
    stacked.start.angles = [.init(.rightHip, .abduct): -9]
    #expect(FigureContactCheck.missing(stacked).isEmpty)

    var resting = thighs
    resting.start.reaches = [.right: .rightThigh, .left: .leftThigh]
    #expect(FigureContactCheck.missing(resting).isEmpty)
  }

  /// Each frame draws the props from every pose; the chair goes under the seated one
  /// whichever frame is drawn (frame 1 of a sit-to-stand once put it under the standing
  /// pose, so the patient sat on air in front of it).
  @Test func theChairIsUnderTheSeatedPoseInEveryFrame() {
    let spec = FigureSpec(
      working: .none, start: Pose(posture: .seated), end: Pose(posture: .standing), props: [.chair],
      shows: [.seatUnderPelvis])
    #expect(FigureContactCheck.missing(spec).isEmpty)
    let frames = FigureContactCheck.posedFrames(spec)
    #expect(frames.count == 2)
    for frame in frames {
      let seat = FigureContactCheck.boxes(frame, .chair).filter { $0.max.x - $0.min.x > 0.1 }.first
      let pelvis = frames[0].body.point(.pelvis)
      #expect(seat.map { pelvis.x > $0.min.x && pelvis.x < $0.max.x } == true)
    }
  }

  /// A hand placed on a place of the body rests on its surface there.
  @Test func handsReachPlacesOnTheBody() {
    let body = Kinematics.pose(
      Pose(posture: .supine, angles: [.init(.rightHip, .flex): 90], reaches: [.right: .backOfRightThigh]))
    let hip = body.point(.hip(.right))
    let knee = body.point(.knee(.right))
    let grip = body.surfacePoint(.backOfRightThigh, hand: .right)
    // Between the hip and the knee, with the hand on it.
    #expect(grip.y > hip.y && grip.y < knee.y)
    #expect(FigureContactCheck.thighGap(body, hand: .right, thigh: .right) < FigureContactCheck.touch)
  }

  /// A hand holding behind its own thigh goes behind it, but its fingers are drawn again
  /// over the thigh: with the whole hand hidden the arm seemed to lie by the side.
  @Test func aHandHoldingBehindItsThighShowsItsFingers() throws {
    let spec = try #require(HandoutFixture.catalogue.items.first { $0.id == "knee_to_chest_single" }?.figure)
    let placed = try #require(
      FigureScene.placedPoses(spec, floor: PropShapes.floorLevel(spec.props), anchor: Landmark(spec.anchor)).last)
    let drawn = FigureScene.bodyDrawables(
      placed, spec: spec, camera: Camera(spec.view), ghost: false, between: [], behind: [])
    #expect(drawn.count == placed.parts.count + 1, "one more shape: the fingers")
    let inks = drawn.map { drawable -> FigureInk? in
      if case .shape(_, let ink) = drawable { return ink }
      return nil
    }
    let leg = try #require(inks.firstIndex(of: .working))
    #expect(leg + 1 < inks.count && inks[leg + 1] == .body, "the hand over the dark thigh")
    var open = spec
    open.end?.reaches = [:]
    let free = try #require(
      FigureScene.placedPoses(open, floor: PropShapes.floorLevel(open.props), anchor: Landmark(open.anchor)).last)
    #expect(
      FigureScene.bodyDrawables(free, spec: open, camera: Camera(open.view), ghost: false, between: [], behind: [])
        .count == free.parts.count)
  }

  /// Hands on the small of the back have the elbows pointing back, standing or bending
  /// backward (an elbow in front put the arm across the chest, which read as a stoop), and
  /// lying on the back the arm rests beside the body, its elbow no higher than the shoulder
  /// and above the mat.
  @Test func handsOnTheBackKeepTheElbowsBehind() throws {
    let items = HandoutFixture.catalogue.items
    let bend = try #require(items.first { $0.id == "standing_back_extension" }?.figure)
    for pose in bend.poses {
      let body = Kinematics.pose(pose)
      for side in LimbSide.allCases {
        let elbow = body.point(.elbow(side)) - body.point(.neckBase)
        #expect(elbow.dot(body.chestFrame.x) < -0.03, "\(side) elbow, trunk \(pose.angle(.trunk, .flex))")
      }
    }
    let tilt = try #require(items.first { $0.id == "posterior_pelvic_tilt_supine" }?.figure)
    for pose in tilt.poses {
      let body = Kinematics.pose(pose)
      #expect(pose.reaches[.left] == .lowBack, "the far hand goes under the back, where the arch shows it")
      #expect(body.point(.elbow(.left)).y <= body.point(.shoulder(.left)).y + 0.01)
    }
    // Placed on the mat, that arm rests on it: the elbow above the mat, not through it.
    let floor = PropShapes.floorLevel(tilt.props)
    for placed in FigureScene.placedPoses(tilt, floor: floor, anchor: Landmark(tilt.anchor)) {
      #expect(placed.body.point(.elbow(.left)).y > floor + 0.01)
    }
  }

  /// Child's pose rests the forehead down (step 4), the knees and hands on the mat too:
  /// a head held up in the air read as a strain on the neck.
  @Test func childsPoseRestsTheForeheadTheKneesAndTheHandsDown() throws {
    let pose = try #require(HandoutFixture.catalogue.items.first { $0.id == "childs_pose" }?.figure)
    let floor = PropShapes.floorLevel(pose.props)
    let body = try #require(FigureScene.placedPoses(pose, floor: floor, anchor: Landmark(pose.anchor)).first).body
    let p = BodyProportions.standard
    #expect(body.point(.head).y - p.headRadius - floor < 0.03, "forehead down")
    #expect(body.point(.knee(.right)).y - p.shankRadius.knee - floor < 0.015, "knees down")
    #expect(body.point(.handTip(.right)).y - p.handRadius - floor < 0.02, "hands down")
  }
}
