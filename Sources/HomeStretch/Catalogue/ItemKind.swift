/// What sort of thing a catalogue item is; decides how it is dosed and scheduled.
public enum ItemKind: String, Vocabulary {
  case stretch
  case nerveGlide = "nerve_glide"
  case mobility
  case strengthening
  case activity
  case habit
  case thermal

  /// Exercises count toward the item limits of rule S9 (habits, walking and thermal do not).
  public var isExercise: Bool {
    switch self {
    case .stretch, .nerveGlide, .mobility, .strengthening: return true
    case .activity, .habit, .thermal: return false
    }
  }
}
