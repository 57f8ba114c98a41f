/// The body position an item is done in.
public enum Position: String, Vocabulary {
  case supine
  case prone
  case sideLying = "side_lying"
  case quadruped
  case kneeling
  case seated
  case standing
  case walking

  /// The tag that must accompany this position, if any.
  public var tag: ItemTag? {
    switch self {
    case .supine: return .supine
    case .prone: return .prone
    case .sideLying: return .sideLying
    case .quadruped: return .quadruped
    case .kneeling: return .kneeling
    case .seated: return .seated
    case .standing: return .standing
    case .walking: return nil
    }
  }
}
