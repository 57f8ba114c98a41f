import HomeStretch

/// Two eyes on a head that faces the reader, so a figure seen from the front or three
/// quarters shows which way it faces (without them a foot lifted in front read as one
/// lifted behind). A head seen from the side shows it by its nose alone.
extension FigureScene {
  static func faceDrawables(_ body: PosedBody, camera: Camera, ghost: Bool) -> [Drawable] {
    guard !ghost else { return [] }
    let radius = BodyProportions.standard.headRadius
    let head = body.point(.head)
    let face = body.headFrame
    // Facing the reader at least as much as turned 70 degrees away from them.
    guard face.x.dot(camera.toward) > 0.35 else { return [] }
    return [-1.0, 1.0].compactMap { side -> Drawable? in
      let direction = face.x * 0.82 + face.z * (side * 0.42) + face.y * 0.12
      // An eye round the side of the head, out of sight, is not drawn.
      guard direction.dot(camera.toward) > 0.3 else { return nil }
      let eye = head + direction * (radius / direction.length)
      let centre = camera.project(eye)
      let half = radius * 0.11
      return .line(
        [(centre.x - half, centre.y), (centre.x + half, centre.y)], width: 0.014, dashed: false,
        arrow: false, ink: .body)
    }
  }
}
