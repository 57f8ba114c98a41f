/// The side of the body with symptoms.
public enum Side: String, Vocabulary {
  case left
  case right
  case both

  /// The body sides this covers.
  public var bodySides: Set<BodySide> {
    switch self {
    case .left: return [.left]
    case .right: return [.right]
    case .both: return [.left, .right]
    }
  }
}

/// One side of the body.
public enum BodySide: String, Vocabulary, Comparable {
  case left
  case right

  public static func < (lhs: BodySide, rhs: BodySide) -> Bool { lhs.rawValue < rhs.rawValue }
}
