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

  var geometry: Geometry
  var ink: FigureInk
  /// Drawn over the body (a strap, a pack) rather than behind it (a chair, a mat).
  var foreground: Bool
}

/// Places each prop from the posed bodies: a chair under the seated pelvis, a step under
/// the raised foot, a strap from the hands to the working foot.
enum PropShapes {
  static let matThickness = 0.022

  static func items(
    _ props: [FigureProp], bodies: [PosedBody], parts: [[BodyPart]], highlight: BodyArea?, floor: Double
  ) -> [SceneItem] {
    guard let last = bodies.last else { return [] }
    let seated = zip(bodies, parts).first { body, _ in body.point(.pelvis).y > body.point(.knee(.left)).y - 0.05 }
    let allCapsules = parts.flatMap { $0.flatMap(\.capsules) }
    let minX = allCapsules.map { min($0.a.x - $0.ra, $0.b.x - $0.rb) }.min() ?? 0
    let maxX = allCapsules.map { max($0.a.x + $0.ra, $0.b.x + $0.rb) }.max() ?? 0
    var items: [SceneItem] = []
    func box(_ x0: Double, _ y0: Double, _ z0: Double, _ x1: Double, _ y1: Double, _ z1: Double, _ ink: FigureInk) {
      items.append(
        SceneItem(geometry: .box(Box(min: Vector3(x0, y0, z0), max: Vector3(x1, y1, z1))), ink: ink, foreground: false))
    }
    func capsule(_ c: Capsule, _ ink: FigureInk, foreground: Bool = false) {
      items.append(SceneItem(geometry: .capsule(c), ink: ink, foreground: foreground))
    }
    func chair(_ body: PosedBody, _ bodyParts: [BodyPart], reclined: Bool) {
      let pelvis = bodyParts.first { $0.kind == .core }?.capsules.first
      let seatTop = pelvis?.lowest ?? body.point(.pelvis).y - 0.06
      let x = body.point(.pelvis).x
      let front = max(body.point(.knee(.left)).x, body.point(.knee(.right)).x) - 0.06
      let back = min(x - 0.1, body.point(.waist).x - 0.09)
      let seatFront = min(front, back + 0.26)
      box(back, seatTop - 0.028, -0.13, seatFront, seatTop, 0.13, .furniture(upness: 1))
      box(back + 0.01, 0, -0.13, back + 0.035, seatTop - 0.028, -0.1, .furniture(upness: 0))
      box(seatFront - 0.035, 0, -0.13, seatFront - 0.01, seatTop - 0.028, -0.1, .furniture(upness: 0))
      if reclined {
        let lean = 0.09
        let top = seatTop + 0.36
        items.append(
          SceneItem(
            geometry: .polyline(
              [Vector3(back - 0.005, seatTop, 0), Vector3(back - 0.005 - lean, top, 0)], width: 0.03, dashed: false),
            ink: .furniture(upness: 0), foreground: false))
      } else {
        box(back - 0.03, seatTop - 0.028, -0.13, back, seatTop + 0.3, 0.13, .furniture(upness: 0))
      }
    }

    for prop in props {
      switch prop {
      case .mat:
        box(minX - 0.05, floor - matThickness, -0.13, maxX + 0.05, floor, 0.13, .mat)
      case .chair, .carSeat:
        let source = seated ?? (bodies[0], parts[0])
        chair(source.0, source.1, reclined: prop == .carSeat)
        if prop == .carSeat {
          let hands = (source.0.point(.wrist(.right)) + source.0.point(.wrist(.left))) * 0.5
          let centre = hands + Vector3(0.02, 0.02, 0)
          let ring = (0...24).map { i -> Vector3 in
            let a = Double(i) / 24 * 2 * Double.pi
            return centre + Vector3(sin(a) * 0.03, cos(a) * 0.09, 0) + Vector3(0, 0, sin(a) * 0.0)
          }
          items.append(
            SceneItem(
              geometry: .polyline(ring, width: 0.016, dashed: false), ink: .furniture(upness: 0), foreground: true))
        }
      case .stool, .step:
        for body in bodies {
          let heel = body.point(.heel(.right))
          let toe = body.point(.toe(.right))
          let bottom = min(heel.y, toe.y) - BodyProportions.standard.footRadius
          if bottom > floor + 0.02 {
            let width = prop == .step ? 0.2 : 0.16
            box(
              min(heel.x, toe.x) - 0.06, floor, 0.0, min(heel.x, toe.x) - 0.06 + width, bottom, 0.22,
              .furniture(upness: 1))
            break
          }
        }
      case .wall:
        box(minX - 0.045, floor, -0.3, minX - 0.003, floor + 1.12, 0.3, .furniture(upness: 0))
      case .counter, .desk:
        let hands = [last.point(.wrist(.right)), last.point(.wrist(.left)), last.point(.handTip(.right))]
        let top = (hands.map(\.y).min() ?? 0.5) - BodyProportions.standard.handRadius
        let start = (hands.map(\.x).min() ?? 0.3) - 0.05
        box(start, top - 0.03, -0.25, start + 0.34, top, 0.25, .furniture(upness: 1))
        box(start + (prop == .desk ? 0.26 : 0.04), floor, -0.25, start + 0.34, top - 0.03, 0.25, .furniture(upness: 0))
      case .strap:
        let ball = last.point(.heel(.right)) + (last.point(.toe(.right)) - last.point(.heel(.right))) * 0.68
        for side in LimbSide.allCases {
          items.append(
            SceneItem(
              geometry: .polyline([last.point(.handTip(side)), ball], width: 0.011, dashed: false), ink: .working,
              foreground: true))
        }
      case .pillowUnderHead:
        let head = last.point(.head)
        capsule(
          Capsule(Vector3(head.x - 0.06, floor + 0.028, 0), 0.03, Vector3(head.x + 0.05, floor + 0.028, 0), 0.03),
          .pillow)
      case .pillowUnderKnees:
        let knee = (last.point(.knee(.right)) + last.point(.knee(.left))) * 0.5
        let r = max(0.035, (knee.y - 0.03 - floor) / 2)
        capsule(Capsule(Vector3(knee.x - 0.06, floor + r, 0), r, Vector3(knee.x + 0.04, floor + r, 0), r), .pillow)
      case .pillowUnderBelly:
        let waist = last.point(.waist)
        capsule(
          Capsule(Vector3(waist.x - 0.1, floor + 0.03, 0), 0.03, Vector3(waist.x + 0.06, floor + 0.03, 0), 0.03),
          .pillow)
      case .pillowBetweenKnees:
        let knees = (last.point(.knee(.right)) + last.point(.knee(.left))) * 0.5
        let hips = (last.point(.hip(.right)) + last.point(.hip(.left))) * 0.5
        capsule(Capsule(knees + (hips - knees) * 0.1, 0.034, knees + (hips - knees) * 0.55, 0.034), .pillow)
      case .lumbarRoll:
        let frame = last.lumbarFrame
        let centre = last.point(.waist) - frame.x * (BodyProportions.standard.chestDepth + 0.022)
        capsule(Capsule(centre - frame.z * 0.1, 0.024, centre + frame.z * 0.1, 0.024), .pillow)
      case .coldPack, .heatPack, .iceCup:
        guard let highlight else { continue }
        let ink: FigureInk = prop == .heatPack ? .heat : .cold
        let regions = BodyShapes.region(highlight, body: last)
        for region in regions.prefix(prop == .iceCup ? 1 : 2) {
          let c = region.capsule
          let lift = region.outward * (c.ra * 0.9 + 0.01)
          if prop == .iceCup {
            let centre = (c.a + c.b) * 0.5 + region.outward * (c.ra + 0.005)
            capsule(Capsule(centre, 0.02, centre + region.outward * 0.055, 0.026), .cold, foreground: true)
          } else {
            capsule(Capsule(c.a + lift, 0.024, c.b + lift, 0.024), ink, foreground: true)
          }
        }
      case .heatWrap:
        let frame = last.lumbarFrame
        let waist = last.point(.waist)
        let p = BodyProportions.standard
        capsule(
          Capsule(
            waist - frame.y * 0.055, 0, waist + frame.y * 0.01, 0,
            section: Capsule.Section(
              front: frame.x, side: frame.z, depth: p.chestDepth + 0.012, width: p.chestWidth + 0.012)),
          .heat, foreground: true)
      case .shower:
        let neck = last.point(.neckBase)
        let back = last.point(.waist) - last.lumbarFrame.x * 0.07
        let head = Vector3(neck.x - 0.17, neck.y + 0.16, 0)
        items.append(
          SceneItem(
            geometry: .polyline([Vector3(head.x - 0.1, head.y + 0.1, 0), head], width: 0.014, dashed: false),
            ink: .furniture(upness: 0), foreground: false))
        capsule(Capsule(head - Vector3(0.03, -0.01, 0), 0.02, head + Vector3(0.025, -0.03, 0), 0.028), .pillow)
        for i in 0..<4 {
          let start = head + Vector3(0.03 + Double(i) * 0.008, -0.05, 0)
          let end = back + Vector3(-0.02 - Double(i) * 0.02, 0.06 - Double(i) * 0.03, 0)
          items.append(
            SceneItem(geometry: .polyline([start, end], width: 0.005, dashed: true), ink: .water, foreground: true))
        }
      }
    }
    return items
  }
}
