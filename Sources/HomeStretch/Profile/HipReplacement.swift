/// A hip replacement, by side and surgical approach; the approach decides the precautions.
public enum HipReplacement: String, Vocabulary {
  case leftPosterior = "left_posterior"
  case rightPosterior = "right_posterior"
  case leftAnterior = "left_anterior"
  case rightAnterior = "right_anterior"

  public var side: BodySide {
    switch self {
    case .leftPosterior, .leftAnterior: return .left
    case .rightPosterior, .rightAnterior: return .right
    }
  }

  public var isPosterior: Bool { self == .leftPosterior || self == .rightPosterior }
}
