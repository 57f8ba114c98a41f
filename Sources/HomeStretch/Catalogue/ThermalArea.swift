/// Where an ice or heat routine is put on the body.
public enum ThermalArea: String, Vocabulary {
  case lowBack = "low_back"
  case buttock
  case leg
  case lowBackAndButtocks = "low_back_and_buttocks"

  /// Whether the area is placed on the patient's affected side.
  public var isSided: Bool {
    switch self {
    case .buttock, .leg: return true
    case .lowBack, .lowBackAndButtocks: return false
    }
  }
}

/// When in the day a thermal routine belongs (rules.md (c) and (e)).
public enum ThermalTiming: String, Vocabulary {
  case beforeExercise = "before_exercise"
  case afterActivity = "after_activity"
  case morning
  case asNeeded = "as_needed"
}
