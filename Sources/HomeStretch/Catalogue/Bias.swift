/// The direction of spinal movement an item favours (McKenzie-style directional bias).
public enum Bias: String, Vocabulary {
  case flexion
  case `extension`
  case neutral
  case neural

  /// The tag that must accompany this bias, if any.
  public var tag: ItemTag? {
    switch self {
    case .flexion: return .flexionBias
    case .`extension`: return .extensionBias
    case .neural: return .nerveGlide
    case .neutral: return nil
    }
  }
}
