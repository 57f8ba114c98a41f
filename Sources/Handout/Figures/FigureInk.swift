/// The tones and patterns of an illustration, chosen to read on a grey office print:
/// near-black for the working limb, mid grey for the body, light grey for the far limbs,
/// white with hatching for where the patient feels it.
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
  case cold
  case heat
  case water

  func fill(unit: Double) -> FigureFill? {
    switch self {
    case .ghost: return .gray(0.93)
    case .far: return .gray(0.7)
    case .body: return .gray(0.45)
    case .working: return .gray(Self.workingGray)
    case .highlight: return .hatch(background: 1, line: 0, angle: 45, spacing: 2.4 * unit)
    case .floor: return nil
    case .shadow: return .gray(0.9)
    case .mat: return .gray(0.88)
    case .furniture(let upness): return .gray(upness > 0.5 ? 0.93 : 0.85)
    case .pillow: return .gray(0.96)
    case .cold: return .dots(background: 1, dot: 0.15, spacing: 3 * unit)
    case .heat: return .waves(background: 1, line: 0.15, spacing: 3 * unit)
    case .water: return nil
    }
  }

  /// The tone of a line drawn in this ink (a floor, water, a steering wheel, a strap).
  var lineGray: Double {
    switch self {
    case .floor: return 0.35
    case .water: return 0.3
    case .furniture: return 0.45
    default: return 0
    }
  }

  /// The working limb's tone: the darkest in the picture.
  static let workingGray = 0.1

  func stroke(unit: Double) -> FigureStroke? {
    switch self {
    case .ghost: return FigureStroke(gray: 0.45, width: 0.8 * unit, dashed: true)
    case .far, .body, .working: return nil
    case .highlight: return FigureStroke(gray: 0, width: 1.1 * unit)
    case .floor, .shadow: return nil
    case .mat: return FigureStroke(gray: 0.45, width: 0.7 * unit)
    case .furniture: return FigureStroke(gray: 0.35, width: 0.7 * unit)
    case .pillow: return FigureStroke(gray: 0.35, width: 0.8 * unit)
    case .cold, .heat: return FigureStroke(gray: 0, width: 1.2 * unit)
    case .water: return nil
    }
  }

  /// The white band round a shape that keeps limbs apart where they overlap.
  func separation(unit: Double) -> Double {
    switch self {
    // Only the body needs it: the pale start pose, the highlight, packs and pillows have
    // their own outline, and every extra stroke is another copy of the path in the PDF.
    case .far, .body, .working: return 0.9 * unit
    case .ghost, .highlight, .cold, .heat, .pillow, .floor, .shadow, .mat, .furniture, .water: return 0
    }
  }
}
