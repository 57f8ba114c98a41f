import Foundation
import HomeStretch

/// Numbered frames: an item with a start and an end is drawn as two (or, with a middle,
/// three) pictures side by side or one above the other, "1" the start and the later ones
/// with the arrows that reach them, all at one scale
/// chosen so the person is at least `personHeight` points tall (standing height: the
/// scale of the picture), as far as `width` and `maxHeight` allow.
extension FigureScene {
  /// The content of one frame, in picture units (body heights, y up).
  struct FrameContent {
    var drawables: [Drawable]
    var minX: Double
    var maxX: Double
    var minY: Double
    var maxY: Double
    var width: Double { maxX - minX }
    var height: Double { maxY - minY }
  }

  /// The picture of `spec` as numbered frames (one frame when it has no end) `width` wide
  /// at `origin`, as tall as the frames need (at most `maxHeight`).
  public static func framed(
    _ spec: FigureSpec, mirrored: Bool, timerMinutes: Int? = nil, labelSize: Double = 12, width: Double,
    personHeight: Double, maxHeight: Double, at origin: Point = Point(0, 0)
  ) -> FigureDrawing {
    let contents = frameContents(spec, tolerance: 0.2 / max(personHeight, 1))
    let unit = labelSize / 12
    let framed = contents.count > 1
    // Room round each frame (fit's inset and margin), a column for the frame's number.
    let pad = 14 * unit
    let badge = framed ? labelSize * 1.6 : 0
    let gap = 6 * unit
    let every = timerMinutes == nil && spec.clockEvery != nil
    let timerMinutes = timerMinutes ?? spec.clockEvery
    let labelWidth = timerMinutes.map { Double(timerText($0, every: every).count) * labelSize * 0.62 + 4 } ?? 0
    let timerWidth = timerMinutes == nil ? 0 : max(labelWidth, min(width * 0.24, 90 * unit))
    // Room round each frame; the timer stands only beside the last one.
    let fixedWidth = pad + badge
    // The arrangements: all in a row, one above the other, and for three frames rows of
    // two. Each column is as wide as its widest frame, each row as tall as its tallest.
    let n = contents.count
    func grid(_ columns: Int) -> (columns: [Int], rows: [Int]) {
      (contents.indices.map { $0 % columns }, contents.indices.map { $0 / columns })
    }
    // The largest scale an arrangement allows, up to the one asked for, and its height.
    func scale(columns: Int) -> (scale: Double, height: Double, columns: Int) {
      let (column, row) = grid(columns)
      let rowCount = (row.max() ?? 0) + 1
      let widest = (0..<columns).map { c in
        contents.indices.filter { column[$0] == c }.map { contents[$0].width }.max() ?? 0
      }
      let tallest = (0..<rowCount).map { r in
        contents.indices.filter { row[$0] == r }.map { contents[$0].height }.max() ?? 0
      }
      let c = Double(columns)
      let rows = Double(rowCount)
      let byWidth = (width - c * fixedWidth - timerWidth - (c - 1) * gap) / max(widest.reduce(0, +), 1e-6)
      let byHeight = (maxHeight - rows * pad - (rows - 1) * gap) / max(tallest.reduce(0, +), 1e-6)
      let s = max(1, min(personHeight, byWidth, byHeight))
      return (s, tallest.map { $0 * s + pad }.reduce(0, +) + (rows - 1) * gap, columns)
    }
    let arrangements = Set(framed ? [n, 1, n > 2 ? 2 : n] : [1]).sorted(by: >).map { scale(columns: $0) }
    var chosen = arrangements[0]
    for other in arrangements.dropFirst()
    where other.scale > chosen.scale + 1e-6 || (abs(other.scale - chosen.scale) < 1e-6 && other.height < chosen.height)
    {
      chosen = other
    }
    let s = chosen.scale
    let (column, row) = grid(chosen.columns)

    var items: [FigureItem] = []
    var overlay: [FigureItem] = []
    var panels: [Rect] = []
    let sizes = contents.map { (width: $0.width * s + pad + badge, height: $0.height * s + pad) }
    let columnWidths = (0..<chosen.columns).map { c in
      sizes.indices.filter { column[$0] == c }.map { sizes[$0].width }.max() ?? 0
    }
    let rowHeights = (0...(row.max() ?? 0)).map { r in
      sizes.indices.filter { row[$0] == r }.map { sizes[$0].height }.max() ?? 0
    }
    let totalWidth = columnWidths.reduce(0, +) + Double(max(0, chosen.columns - 1)) * gap + timerWidth
    let left = origin.x + max(0, (width - totalWidth) / 2)
    for (index, content) in contents.enumerated() {
      let x = left + columnWidths[..<column[index]].reduce(0, +) + Double(column[index]) * gap
      let y = origin.y + rowHeights[..<row[index]].reduce(0, +) + Double(row[index]) * gap
      let frameWidth = columnWidths[column[index]]
      let frameHeight = rowHeights[row[index]]
      let isLast = index == contents.count - 1
      let own = Rect(
        x: x + badge, y: y, width: frameWidth - badge + (isLast ? timerWidth : 0), height: frameHeight)
      var drawing = bothWays(
        fit(
          content.drawables, timerMinutes: isLast ? timerMinutes : nil, timerLabelSize: labelSize, in: own,
          unit: unit, timerWidth: isLast ? timerWidth : nil, timerEvery: every,
          timerSymbol: every ? nil : ClockSymbol(spec)), spec)
      if mirrored { drawing = drawing.mirrored() }
      items += drawing.items
      overlay += drawing.overlay
      panels.append(drawing.area)
      if framed {
        overlay += number(index + 1, at: Point(x + badge / 2, y + badge / 2 + 2 * unit), size: labelSize, unit: unit)
      }
    }
    let frame = Rect(x: origin.x, y: origin.y, width: width, height: chosen.height)
    var drawing = FigureDrawing(
      frame: frame, area: panels.first ?? frame, items: items, overlay: overlay)
    drawing.panels = panels
    drawing.personHeight = s
    return drawing
  }

  /// The frame's number in a ring, in the top-left corner: never mirrored.
  static func number(_ n: Int, at centre: Point, size: Double, unit: Double) -> [FigureItem] {
    let radius = size * 0.72
    let ring = Capsule.circle((centre.x, centre.y), radius, tolerance: 0.1).map { Point($0.x, $0.y) }
    return [
      .shape(
        FigureShape(
          outlines: [ring], fill: .gray(1), stroke: FigureStroke(gray: 0, width: 1.2 * unit), separation: 0,
          role: .timer)),
      .label(
        FigureLabel(
          text: Wording.english.frameNumber(n),
          frame: Rect(x: centre.x - radius, y: centre.y - size * 0.7, width: 2 * radius, height: size * 1.4),
          size: size)),
    ]
  }

  /// The frames' contents: the start, the middle and the end as their own pictures (the
  /// highlight on the end, on each later frame the arrows from the one before), or the one
  /// position of a held item.
  static func frameContents(_ spec: FigureSpec, tolerance: Double) -> [FrameContent] {
    let floor = PropShapes.floorLevel(spec.props)
    let anchor = Landmark(spec.anchor)
    let placed = placedPoses(spec, floor: floor, anchor: anchor)
    let target = placed[0].body.point(anchor)
    let poses = spec.poses
    let allCapsules = placed.flatMap { $0.parts.flatMap(\.capsules) }
    return placed.indices.map { index in
      // Each frame from its own view (the last may have one of its own), the floor under
      // every pose as that view sees it.
      let view = spec.view(frame: index)
      var camera = Camera(view)
      camera.tolerance = tolerance
      let xs = allCapsules.flatMap { [camera.project($0.a).x, camera.project($0.b).x] }
      // The props are placed from every pose (one chair, one mat), and for this frame's body.
      let others = placed.indices.filter { $0 != index }.map { placed[$0] }
      let ordered = others + [placed[index]]
      let isEnd = index == placed.count - 1
      var drawables = scene(
        spec, placed: ordered, shown: placed[index], xs: xs, view: view, camera: camera,
        highlight: isEnd ? spec.highlight : nil)
      if index > 0 || (isEnd && spec.arrowShape == .circle) {
        // Each later frame shows how it is reached from the frame before.
        let before = max(0, index - 1)
        drawables += arrowDrawables(
          spec, from: poses[before], to: index > 0 ? poses[index] : nil, floor: floor, anchor: anchor, target: target,
          camera: camera, start: placed[before].body, last: placed[index].body, movingOnly: poses.count > 2)
      }
      let points = drawables.flatMap { drawable -> [P] in
        guard case .line(let points, let width, _, let arrow, _) = drawable else { return drawable.points }
        let r = width * (arrow ? 2.2 : 0.5)
        return points.flatMap { [($0.x - r, $0.y - r), ($0.x + r, $0.y + r)] }
      }
      return FrameContent(
        drawables: drawables, minX: points.map(\.x).min() ?? 0, maxX: points.map(\.x).max() ?? 1,
        minY: points.map(\.y).min() ?? 0, maxY: points.map(\.y).max() ?? 1)
    }
  }

  /// One pose with its props, floor and highlight, back to front.
  static func scene(
    _ spec: FigureSpec, placed: [Placed], shown: Placed, xs: [Double], view: FigureView, camera: Camera,
    highlight: BodyArea?
  ) -> [Drawable] {
    let floor = PropShapes.floorLevel(spec.props)
    var drawables: [Drawable] = []
    let props = PropShapes.items(
      spec.props, bodies: placed.map(\.body), parts: placed.map(\.parts), highlight: spec.highlight, floor: floor,
      nearFront: spec.shows.contains(.seatedNearFront))
    if !spec.props.contains(.mat), !spec.props.contains(.bed) {
      drawables += floorMark(placed.map(\.body), xs: xs, view: view, camera: camera)
    }
    drawables += project(props.filter { $0.layer == .background }, camera)
    let between = project(props.filter { $0.layer == .betweenLegs }, camera)
    var facing: [Drawable] = []
    var behind: [Drawable] = []
    for region in highlight.map({ BodyShapes.region($0, body: shown.body) }) ?? [] {
      if region.outward.dot(camera.toward) < -0.3 {
        var capsule = region.capsule
        let shift = region.outward * 0.034
        capsule.a = capsule.a + shift
        capsule.b = capsule.b + shift
        behind.append(.shape([capsule.outline(camera)], .highlight))
      } else {
        facing.append(.shape([region.capsule.outline(camera)], .highlight))
      }
    }
    drawables += bodyDrawables(shown, spec: spec, camera: camera, ghost: false, between: between, behind: behind)
    drawables += facing
    drawables += project(props.filter { $0.layer == .foreground }, camera)
    return drawables
  }
}
