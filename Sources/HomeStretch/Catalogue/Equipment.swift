/// Things an item needs. The first six are what a profile declares the patient has;
/// the rest are household things every home is assumed to have.
public enum Equipment: String, Vocabulary {
  case strap
  case chair
  case wall
  case pillow
  case foamRoller = "foam_roller"
  case ball
  case towel
  case cushion
  case counter
  case step
  case timer
  case shoes
  case coldPack = "cold_pack"
  case heatPack = "heat_pack"
  case heatWrap = "heat_wrap"
  case paperCup = "paper_cup"
  case shower

  /// Equipment a therapist lists in the profile (`equipment:`); anything else is assumed.
  public static let declarable: [Equipment] = [.strap, .chair, .wall, .pillow, .foamRoller, .ball]

  /// Whether a patient without this equipment can use something from home instead (rule
  /// S12); ``Wording/substitute(for:)`` says what.
  public var hasHouseholdSubstitute: Bool { self == .strap || self == .pillow }
}

/// The equipment words a profile may use.
public enum PatientEquipment: String, Vocabulary {
  case strap
  case chair
  case wall
  case pillow
  case foamRoller = "foam_roller"
  case ball

  public var equipment: Equipment {
    switch self {
    case .strap: return .strap
    case .chair: return .chair
    case .wall: return .wall
    case .pillow: return .pillow
    case .foamRoller: return .foamRoller
    case .ball: return .ball
    }
  }
}
