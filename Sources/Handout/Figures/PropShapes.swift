import Foundation
import HomeStretch

/// Something drawn with the figure, in the room, before projection.
struct SceneItem: Sendable {
  enum Geometry: Sendable {
    case capsule(Capsule)
    case box(Box)
    /// A line `width` body heights wide (a strap, a steering wheel, water).
    case polyline([Vector3], width: Double, dashed: Bool)
  }

  /// When the item is drawn, relative to the body.
  enum Layer: Sendable {
    /// Behind the body: floor, mat, bed, furniture, a pillow under the head.
    case background
    /// Between the far (left) leg and the near (right) one: a pillow between the knees.
    case betweenLegs
    /// Over the body: a strap, a pack, water.
    case foreground
  }

  var geometry: Geometry
  var ink: FigureInk
  var layer: Layer
  /// The prop it draws (the checks find a counter's top or a chair's seat by it).
  var prop: FigureProp? = nil
}

/// Places each prop from the posed bodies: a chair under the seated pelvis, a step under
/// the raised foot, a strap from the hands to the working foot.
enum PropShapes {
  static let matThickness = 0.022
  static let bedHeight = 0.26

  /// The height the body rests on: the floor, a mat on it, or a bed.
  static func floorLevel(_ props: [FigureProp]) -> Double {
    props.contains(.bed) ? bedHeight : props.contains(.mat) ? matThickness : 0
  }

  /// Whether both hands reach forward (to a counter in front, held with both hands).
  static func handsForward(_ bodies: [PosedBody]) -> Bool {
    bodies.allSatisfy { body in
      let front = body.pelvisFrame.x
      return LimbSide.allCases.allSatisfy { side in
        (body.point(.wrist(side)) - body.point(.pelvis)).dot(front) > 0.12
      }
    }
  }

  /// A counter or a chair to hold beside the patient, on the far (left) side: under the left
  /// hand when it reaches out to the side at its height (the same place in every frame),
  /// else within reach of it. When the right hand reaches out instead (the left one on the
  /// hip), it stands on the right, under that hand: a figure seen from its left keeps the
  /// counter on the far side, where it does not cover the standing leg.
  static func beside(
    _ prop: FigureProp, bodies: [PosedBody], floor: Double,
    box: (Double, Double, Double, Double, Double, Double, FigureInk) -> Void
  ) {
    let p = BodyProportions.standard
    let count = Double(max(bodies.count, 1))
    func meanZ(_ side: LimbSide) -> Double { bodies.map { $0.point(.wrist(side)).z }.reduce(0, +) / count }
    // z as seen from the side the prop stands on: negative away from the body's middle.
    let side: LimbSide = meanZ(.left) > -0.1 && meanZ(.right) > 0.1 ? .right : .left
    let outward = side == .left ? 1.0 : -1.0
    let wrists = bodies.map { $0.point(.wrist(side)) }
    let meanX = wrists.map(\.x).reduce(0, +) / count
    let handZ = wrists.map { $0.z * outward }.reduce(0, +) / count
    let pelvisX = bodies.map { $0.point(.pelvis).x }.reduce(0, +) / count
    let height = prop == .chairToHold ? 0.47 : 0.53
    let lowest = wrists.map(\.y).min() ?? height
    // A chair's back is held wherever the hand is between knee and chest height; a counter
    // stands at its own height.
    let reach = prop == .chairToHold ? 0.2 : 0.12
    let holding = handZ < -0.1 && abs(lowest - p.handRadius - floor - height) < reach
    let top = holding ? lowest - p.handRadius : floor + height
    let inner = min(holding ? handZ + 0.035 : -0.17, -0.12)
    // Not held (hands on the back): a little ahead of the hips, beside the patient, so a
    // figure bending backward does not seem to lean on it.
    let ahead = (bodies.map { $0.pelvisFrame.x.x }.reduce(0, +) >= 0 ? 1.0 : -1.0) * 0.08
    let x = holding ? meanX : pelvisX + ahead
    /// A box given in the prop side's z (negative away from the body), put on that side.
    func sideBox(_ x0: Double, _ y0: Double, _ z0: Double, _ x1: Double, _ y1: Double, _ z1: Double, _ ink: FigureInk) {
      box(x0, y0, min(z0 * outward, z1 * outward), x1, y1, max(z0 * outward, z1 * outward), ink)
    }
    if prop == .chairToHold {
      // Side-on to the patient: its back is the rail the hand holds, the seat beyond it.
      let seat = floor + min(0.27, (top - floor) * 0.6)
      sideBox(x - 0.13, seat, inner - 0.03, x + 0.13, top, inner, .furniture(upness: 0))
      sideBox(x - 0.13, seat - 0.025, inner - 0.28, x + 0.13, seat, inner, .furniture(upness: 1))
      sideBox(x - 0.13, floor, inner - 0.03, x - 0.105, seat - 0.025, inner, .furniture(upness: 0))
      sideBox(x + 0.105, floor, inner - 0.03, x + 0.13, seat - 0.025, inner, .furniture(upness: 0))
    } else {
      // The counter's end, narrow so the body in front of it stays clear in a side view.
      sideBox(x - 0.1, top - 0.03, inner - 0.32, x + 0.1, top, inner, .furniture(upness: 1))
      sideBox(x - 0.08, floor, inner - 0.3, x + 0.1, top - 0.03, inner - 0.02, .furniture(upness: 0))
    }
  }

  /// The props' shapes for `bodies`; with `nearFront` a chair's seat reaches back behind the
  /// hips, the patient sitting near its front edge ("sit near the front of the chair").
  static func items(
    _ props: [FigureProp], bodies: [PosedBody], parts: [[BodyPart]], highlight: BodyArea?, floor: Double,
    nearFront: Bool = false
  ) -> [SceneItem] {
    guard let last = bodies.last else { return [] }
    // The seated pose is the one whose pelvis is nearest the height of its knees (a standing
    // pose has its pelvis well above them); the frames pass the poses in any order.
    let seatedIndex = bodies.indices.filter { bodies[$0].point(.pelvis).y > bodies[$0].point(.knee(.left)).y - 0.05 }
      .min { i, j in
        bodies[i].point(.pelvis).y - bodies[i].point(.knee(.left)).y
          < bodies[j].point(.pelvis).y - bodies[j].point(.knee(.left)).y
      }
    let allCapsules = parts.flatMap { $0.flatMap(\.capsules) }
    let minX = allCapsules.map { min($0.a.x - $0.ra, $0.b.x - $0.rb) }.min() ?? 0
    let maxX = allCapsules.map { max($0.a.x + $0.ra, $0.b.x + $0.rb) }.max() ?? 0
    let p = BodyProportions.standard
    var items: [SceneItem] = []
    var current: FigureProp? = nil
    func box(_ x0: Double, _ y0: Double, _ z0: Double, _ x1: Double, _ y1: Double, _ z1: Double, _ ink: FigureInk) {
      items.append(
        SceneItem(
          geometry: .box(Box(min: Vector3(x0, y0, z0), max: Vector3(x1, y1, z1))), ink: ink, layer: .background,
          prop: current)
      )
    }
    func capsule(_ c: Capsule, _ ink: FigureInk, _ layer: SceneItem.Layer = .background) {
      items.append(SceneItem(geometry: .capsule(c), ink: ink, layer: layer, prop: current))
    }
    func line(_ points: [Vector3], width: Double, dashed: Bool = false, _ ink: FigureInk, _ layer: SceneItem.Layer) {
      items.append(
        SceneItem(geometry: .polyline(points, width: width, dashed: dashed), ink: ink, layer: layer, prop: current))
    }
    /// Where a lumbar roll sits behind the waist of `body`.
    func rollCentre(_ body: PosedBody) -> Vector3 {
      body.point(.waist) - body.lumbarFrame.x * (p.chestDepth + 0.028)
    }
    func chair(_ body: PosedBody, _ bodyParts: [BodyPart], reclined: Bool) {
      let pelvis = bodyParts.first { $0.kind == .core }?.capsules.first
      let seatTop = pelvis?.lowest ?? body.point(.pelvis).y - 0.06
      let x = body.point(.pelvis).x
      let front = max(body.point(.knee(.left)).x, body.point(.knee(.right)).x) - 0.06
      var back = min(x - 0.1, body.point(.waist).x - 0.09)
      if nearFront, !reclined { back = min(back, x - 0.22) }
      if props.contains(.lumbarRoll) { back = min(back, rollCentre(body).x - 0.026) }
      let seatFront = min(front, back + 0.26)
      box(back, seatTop - 0.028, -0.13, seatFront, seatTop, 0.13, .furniture(upness: 1))
      if reclined {
        // A car seat: a base on the car's floor, a tall back and a headrest (legs made it a
        // kitchen chair).
        box(back + 0.04, 0, -0.13, seatFront - 0.06, seatTop - 0.028, -0.1, .furniture(upness: 0))
        // The back, shaped to the driver's back from the seat to the shoulders (the whole
        // back rests on it: a straight one left a gap at the waist), the headrest behind
        // the head.
        let r = 0.026
        let low = Vector3(back - 0.01, seatTop + r, 0)
        let waist = body.point(.waist) - body.lumbarFrame.x * (p.chestDepth + r)
        let shoulders = body.point(.neckBase) - body.chestFrame.x * (p.chestDepth + r) - body.chestFrame.y * 0.03
        capsule(Capsule(low, r, Vector3(waist.x, waist.y, 0), r), .furniture(upness: 0))
        capsule(
          Capsule(Vector3(waist.x, waist.y, 0), r, Vector3(shoulders.x, shoulders.y, 0), r), .furniture(upness: 0))
        let head = body.point(.head)
        let rest = Vector3(head.x - p.headRadius - 0.03, head.y, 0)
        capsule(Capsule(rest - Vector3(0, 0.03, 0), 0.03, rest + Vector3(0, 0.03, 0), 0.03), .furniture(upness: 0))
      } else {
        box(back + 0.01, 0, -0.13, back + 0.035, seatTop - 0.028, -0.1, .furniture(upness: 0))
        box(seatFront - 0.035, 0, -0.13, seatFront - 0.01, seatTop - 0.028, -0.1, .furniture(upness: 0))
        box(back - 0.03, seatTop - 0.028, -0.13, back, seatTop + 0.3, 0.13, .furniture(upness: 0))
      }
    }
    let seatedBody = seatedIndex.map { bodies[$0] } ?? bodies[0]
    let seatedParts = seatedIndex.map { parts[$0] } ?? parts[0]

    for prop in props {
      current = prop
      switch prop {
      case .mat:
        box(minX - 0.05, floor - matThickness, -0.13, maxX + 0.05, floor, 0.13, .mat)
      case .bed:
        box(minX - 0.06, floor - 0.07, -0.2, maxX + 0.06, floor, 0.2, .mat)
        box(minX - 0.06, 0, -0.2, minX - 0.03, floor - 0.07, -0.17, .furniture(upness: 0))
        box(maxX + 0.03, 0, -0.2, maxX + 0.06, floor - 0.07, -0.17, .furniture(upness: 0))
        box(minX - 0.06, floor - 0.1, -0.2, maxX + 0.06, floor - 0.07, 0.2, .furniture(upness: 0))
      case .carSeat where seatedIndex != bodies.count - 1:
        // The driver has got out (this frame's pose, the last one, stands): the car stays
        // out of the picture, which keeps the walk large beside the clock.
        continue
      case .chair, .carSeat:
        chair(seatedBody, seatedParts, reclined: prop == .carSeat)
        if prop == .carSeat {
          let hands = (seatedBody.point(.wrist(.right)) + seatedBody.point(.wrist(.left))) * 0.5
          for ring in CarShape.wheel(hands: hands) {
            line(ring, width: 0.016, .furniture(upness: 0), .foreground)
          }
          let knees = max(seatedBody.point(.knee(.left)).x, seatedBody.point(.knee(.right)).x)
          let column = hands + Vector3(0.14, -0.07, 0)
          let belt = column.y + 0.02
          let dash = max(knees + 0.06, column.x)
          // The dashboard under the windscreen, the column meeting it.
          box(dash - 0.06, belt - 0.1, -0.2, dash + 0.08, belt, -0.1, .furniture(upness: 0))
          let window = CarShape.window(
            seatBack: seatedBody.point(.waist).x - 0.09, belt: belt, dash: dash,
            headTop: seatedBody.point(.head).y + p.headRadius)
          line(window, width: 0.006, .furniture(upness: 0), .background)
        }
      case .stool, .step:
        for body in bodies {
          let heel = body.point(.heel(.right))
          let toe = body.point(.toe(.right))
          let bottom = min(heel.y, toe.y) - p.footRadius
          if bottom > floor + 0.02 {
            let width = prop == .step ? 0.2 : 0.16
            let x0 = min(heel.x, toe.x) - 0.06
            box(x0, floor, 0.0, x0 + width, bottom, 0.22, .furniture(upness: 1))
            break
          }
        }
      case .wall:
        box(minX - 0.045, floor, -0.3, minX - 0.003, floor + 1.12, 0.3, .furniture(upness: 0))
      case .counter where !handsForward(bodies), .chairToHold:
        beside(prop, bodies: bodies, floor: floor, box: box)
      case .counter, .desk:
        // A desk stands where the seated hands were; a counter the hands reach forward to
        // in front, where the last pose holds it.
        let body = prop == .desk ? seatedBody : last
        let hands = [body.point(.wrist(.right)), body.point(.wrist(.left)), body.point(.handTip(.right))]
        let top = (hands.map(\.y).min() ?? 0.5) - p.handRadius
        let start = (hands.map(\.x).min() ?? 0.3) - 0.05
        box(start, top - 0.03, -0.25, start + 0.34, top, 0.25, .furniture(upness: 1))
        box(start + (prop == .desk ? 0.26 : 0.04), floor, -0.25, start + 0.34, top - 0.03, 0.25, .furniture(upness: 0))
      case .strap:
        let ball = last.point(.heel(.right)) + (last.point(.toe(.right)) - last.point(.heel(.right))) * 0.68
        for side in LimbSide.allCases {
          line([last.point(.handTip(side)), ball], width: 0.011, .working, .foreground)
        }
      case .cushion:
        // Under the knee on the floor (it sinks a little into it).
        let knee = [last.point(.knee(.right)), last.point(.knee(.left))].min { $0.y < $1.y } ?? .zero
        box(knee.x - 0.075, floor, -0.08, knee.x + 0.075, floor + 0.028, 0.08, .pillow)
      case .pillowUnderHead:
        // Thick enough to fill the gap under the head, however high the posture holds it.
        let head = last.point(.head)
        let gap = head.y - p.headRadius - floor
        let r = max(0.028, gap / 2 + 0.004)
        capsule(
          Capsule(Vector3(head.x - 0.05, floor + r, head.z), r, Vector3(head.x + 0.05, floor + r, head.z), r), .pillow)
      case .pillowUnderKnees:
        let knee = (last.point(.knee(.right)) + last.point(.knee(.left))) * 0.5
        let r = max(0.035, (knee.y - 0.03 - floor) / 2)
        capsule(Capsule(Vector3(knee.x - 0.06, floor + r, 0), r, Vector3(knee.x + 0.04, floor + r, 0), r), .pillow)
      case .pillowUnderBelly:
        // Under the body it would be hidden: drawn on the near side of the belly, on the mat.
        let waist = last.point(.waist)
        capsule(
          Capsule(
            Vector3(waist.x - 0.09, floor + 0.028, 0.07), 0.028, Vector3(waist.x + 0.05, floor + 0.028, 0.07), 0.028),
          .pillow, .foreground)
      case .pillowBetweenKnees:
        let knees = (last.point(.knee(.right)) + last.point(.knee(.left))) * 0.5
        let hips = (last.point(.hip(.right)) + last.point(.hip(.left))) * 0.5
        let gap = (last.point(.knee(.right)) - last.point(.knee(.left))).length
        let r = max(0.03, gap / 2)
        capsule(Capsule(knees + (hips - knees) * 0.02, r, knees + (hips - knees) * 0.3, r), .pillow, .betweenLegs)
      case .lumbarRoll:
        let frame = last.lumbarFrame
        let centre = rollCentre(last)
        capsule(Capsule(centre - frame.z * 0.1, 0.03, centre + frame.z * 0.1, 0.03), .roll)
      case .coldPack, .heatPack, .iceCup:
        // A pack that may be cold or warm is drawn once.
        guard let highlight, !(prop == .heatPack && props.contains(.coldPack)) else { continue }
        let ink: FigureInk = prop == .heatPack ? .heat : .cold
        let regions = BodyShapes.region(highlight, body: last)
        for region in regions.prefix(prop == .iceCup ? 1 : 2) {
          let c = region.capsule
          if prop == .iceCup {
            let centre = (c.a + c.b) * 0.5 + region.outward * (c.ra + 0.005)
            capsule(Capsule(centre, 0.02, centre + region.outward * 0.055, 0.026), .cold, .foreground)
          } else {
            let lift = region.outward * (c.ra * 0.9 + 0.01)
            if props.contains(.towel) {
              // The cloth a little wider and longer than the pack, under it.
              let along = (c.b - c.a) * 0.08
              let cloth = region.outward * (c.ra * 0.9 + 0.004)
              capsule(Capsule(c.a - along + cloth, 0.031, c.b + along + cloth, 0.031), .pillow, .foreground)
            }
            capsule(Capsule(c.a + lift, 0.024, c.b + lift, 0.024), ink, .foreground)
          }
        }
      case .towel:
        // Drawn with the pack it wraps.
        break
      case .heatWrap:
        // A belt: a short band round the waist with flat edges.
        let frame = last.lumbarFrame
        let waist = last.point(.waist)
        var band = Capsule(
          waist - frame.y * 0.05, 0, waist + frame.y * 0.005, 0,
          section: Capsule.Section(
            front: frame.x, side: frame.z, depth: p.chestDepth * 0.92 + 0.008, width: p.chestWidth * 0.88 + 0.008))
        band.flatEnds = true
        capsule(band, .heat, .foreground)
      case .shower:
        let neck = last.point(.neckBase)
        let frame = last.lumbarFrame
        let back = last.point(.waist) - frame.x * (p.chestDepth * 0.92)
        let head = Vector3(neck.x - 0.17, neck.y + 0.16, 0)
        line([Vector3(head.x - 0.1, head.y + 0.1, 0), head], width: 0.014, .furniture(upness: 0), .background)
        capsule(Capsule(head - Vector3(0.03, -0.01, 0), 0.02, head + Vector3(0.025, -0.03, 0), 0.028), .pillow)
        for i in 0..<4 {
          let start = head + Vector3(0.03 + Double(i) * 0.008, -0.05, 0)
          let end = back + frame.y * (0.05 - Double(i) * 0.035)
          line([start, end], width: 0.005, dashed: true, .water, .foreground)
        }
      }
    }
    return items
  }
}
