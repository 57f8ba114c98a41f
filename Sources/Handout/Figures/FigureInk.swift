/// The tones and patterns of an illustration, chosen to survive a cheap photocopy (a 50 %
/// threshold at 150 dpi) as clinic line art does: every body part has a black outline, the
/// near body is white inside, the far limbs are a thinner outline on a pale fill (they go
/// white on a copy but keep their outline), the working limb is solid near-black, where
/// it should be felt is black hatching on white, and props and the floor are thin grey
/// outlines on pale fills, lighter than the person.
enum FigureInk: Hashable, Sendable {
  case ghost
  case far
  case body
  case working
  case highlight
  case floor
  /// A pale patch of floor under a figure seen from above.
  case shadow
  case mat
  /// A piece of furniture; `upness` 1 for a top face, 0 for a side.
  case furniture(upness: Double)
  case pillow
  /// A rolled towel (a lumbar roll): a firm outline, so it shows against the chair.
  case roll
  case cold
  case heat
  case water

  func fill(unit: Double) -> FigureFill? {
    switch self {
    case .ghost: return .gray(0.97)
    case .far: return .gray(Self.farGray)
    case .body: return .gray(1)
    case .working: return .gray(Self.workingGray)
    case .highlight: return .hatch(background: 1, line: 0, angle: 45, spacing: 2.4 * unit)
    case .floor: return nil
    case .shadow: return .gray(0.92)
    case .mat: return .gray(0.92)
    case .furniture(let upness): return .gray(upness > 0.5 ? 0.95 : 0.9)
    case .pillow: return .gray(0.72)
    case .roll: return .gray(0.8)
    case .cold: return .dots(background: 1, dot: 0.15, spacing: 3 * unit)
    case .heat: return .waves(background: 1, line: 0.15, spacing: 3 * unit)
    case .water: return nil
    }
  }

  /// The tone of a line drawn in this ink (a floor, water, a steering wheel, a strap).
  var lineGray: Double {
    switch self {
    case .floor: return 0.4
    case .water: return 0.35
    case .furniture: return 0.45
    default: return 0
    }
  }

  /// The working limb's tone: the darkest in the picture.
  static let workingGray = 0.1
  /// The far limbs' fill: a tint that reads as "behind" on screen and goes white on a copy.
  static let farGray = 0.86

  func stroke(unit: Double) -> FigureStroke? {
    switch self {
    case .ghost: return FigureStroke(gray: 0.3, width: 0.8 * unit, dashed: true)
    case .body, .working: return FigureStroke(gray: 0, width: 1.1 * unit)
    // Thinner than the near outline, but black enough to stay on a copy.
    case .far: return FigureStroke(gray: 0.15, width: max(0.6, 0.75 * unit))
    case .highlight: return FigureStroke(gray: 0, width: 1.1 * unit)
    case .floor, .shadow: return nil
    case .mat: return FigureStroke(gray: 0.4, width: 0.6 * unit)
    case .furniture: return FigureStroke(gray: 0.35, width: 0.6 * unit)
    case .pillow: return FigureStroke(gray: 0.2, width: 0.8 * unit)
    case .roll: return FigureStroke(gray: 0, width: 1 * unit)
    case .cold, .heat: return FigureStroke(gray: 0, width: 1 * unit)
    case .water: return nil
    }
  }

  /// The white band round a shape that keeps limbs apart where they overlap.
  func separation(unit: Double) -> Double {
    switch self {
    // Only the body needs it: the pale start pose, the highlight, packs and pillows have
    // their own outline, and every extra stroke is another copy of the path in the PDF.
    // It reaches past the outline (drawn outside the fill), leaving a white gap.
    case .far: return 1.5 * unit
    case .body, .working: return 1.8 * unit
    case .ghost, .highlight, .cold, .heat, .pillow, .roll, .floor, .shadow, .mat, .furniture, .water: return 0
    }
  }

  /// What a shape in this ink shows.
  var role: FigureRole {
    switch self {
    case .ghost: return .startPose
    case .far: return .farLimb
    case .body: return .body
    case .working: return .workingLimb
    case .highlight: return .highlight
    case .floor, .shadow: return .floor
    case .mat, .furniture, .pillow, .roll, .cold, .heat, .water: return .prop
    }
  }
}
