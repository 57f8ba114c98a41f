import Foundation
import HomeStretch

/// A mark over an ice or heat picture's clock that tells cold from warm without colour: a
/// snowflake for ice and cold packs, rising wavy lines for heat, both side by side for a pack
/// that may be either, black so a grey print and a photocopy keep it.
enum ClockSymbol: Sendable {
  case cold, heat, either

  init?(_ spec: FigureSpec) {
    if spec.props.contains(.coldPack) && spec.props.contains(.heatPack) {
      self = .either
    } else if spec.props.contains(where: { [.coldPack, .iceCup].contains($0) }) {
      self = .cold
    } else if spec.props.contains(where: { [.heatPack, .heatWrap, .shower].contains($0) }) {
      self = .heat
    } else {
      return nil
    }
  }

  /// The symbol's lines, `size` from its centre to its tips.
  func marks(at centre: Point, size: Double, unit: Double) -> [FigureItem] {
    guard size > 1 else { return [] }
    func line(_ points: [Point]) -> FigureItem {
      .line(
        FigureLine(
          points: points, width: max(1.1 * unit, size * 0.14), gray: 0, halo: 0, arrowHead: false, dashed: false,
          role: .timer))
    }
    switch self {
    case .either:
      let small = size * 0.75
      return ClockSymbol.cold.marks(at: Point(centre.x - small * 1.25, centre.y), size: small, unit: unit)
        + ClockSymbol.heat.marks(at: Point(centre.x + small * 1.25, centre.y), size: small, unit: unit)
    case .cold:
      return (0..<3).flatMap { i -> [FigureItem] in
        let a = Double(i) * Double.pi / 3
        let (dx, dy) = (cos(a), sin(a))
        var arms = [
          line([Point(centre.x - dx * size, centre.y - dy * size), Point(centre.x + dx * size, centre.y + dy * size)])
        ]
        // A small V near each tip.
        for end in [-1.0, 1.0] {
          let tip = Point(centre.x + dx * size * 0.6 * end, centre.y + dy * size * 0.6 * end)
          for turn in [-1.0, 1.0] {
            let b = a + turn * Double.pi / 4 + (end < 0 ? Double.pi : 0)
            arms.append(line([tip, Point(tip.x + cos(b) * size * 0.35, tip.y + sin(b) * size * 0.35)]))
          }
        }
        return arms
      }
    case .heat:
      return [-1.0, 0, 1.0].map { offset in
        let x = centre.x + offset * size * 0.6
        return line(
          (0...12).map { i in
            let t = Double(i) / 12
            return Point(x + sin(t * 2 * Double.pi) * size * 0.18, centre.y + size - t * 2 * size)
          })
      }
    }
  }
}
