import HomeStretch

/// The drawings of figures already laid out by one renderer, by everything that decides
/// them: laying out a figure (its poses, camera and fit) is a large part of a handout's
/// layout, and the same items come back in handout after handout. Owned by a
/// ``HandoutRenderer`` and used on its thread only, like its text cache; emptied when it
/// holds ``capacity`` drawings.
final class FigureCache {
  struct Key: Hashable {
    var spec: FigureSpec
    var mirrored: Bool
    var timerMinutes: Int?
    var labelSize: Double
    var width: Double
    var personHeight: Double
    var maxHeight: Double
    var origin: Point
  }

  /// About every item on both sides at each size a card tries, several times over.
  static let capacity = 2_000

  private var drawings: [Key: FigureDrawing] = [:]

  /// ``FigureScene/framed(_:mirrored:timerMinutes:labelSize:width:personHeight:maxHeight:at:)``,
  /// laid out once for each set of arguments.
  func framed(
    _ spec: FigureSpec, mirrored: Bool, timerMinutes: Int?, labelSize: Double, width: Double, personHeight: Double,
    maxHeight: Double, at origin: Point
  ) -> FigureDrawing {
    let key = Key(
      spec: spec, mirrored: mirrored, timerMinutes: timerMinutes, labelSize: labelSize, width: width,
      personHeight: personHeight, maxHeight: maxHeight, origin: origin)
    if let drawing = drawings[key] { return drawing }
    let drawing = FigureScene.framed(
      spec, mirrored: mirrored, timerMinutes: timerMinutes, labelSize: labelSize, width: width,
      personHeight: personHeight, maxHeight: maxHeight, at: origin)
    if drawings.count >= Self.capacity { drawings.removeAll(keepingCapacity: true) }
    drawings[key] = drawing
    return drawing
  }
}
