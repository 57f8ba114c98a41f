/// Conditions of a patient that a catalogue item can name in `contraindications` and
/// `cautions`. Each is decided from the profile by ``PatientFacts``.
public enum ConditionCode: String, Vocabulary {
  case acuteOrSevere = "acute_or_severe"
  case notSettled = "not_settled"
  case pregnancy
  case pregnancy20Weeks = "pregnancy_20_weeks"
  case lumbarStenosis = "lumbar_stenosis"
  case disc
  case osteoporosis
  case posteriorHipReplacement = "posterior_hip_replacement"
  case posteriorHipReplacementWorkingSide = "posterior_hip_replacement_working_side"
  case anteriorHipReplacementWorkingSide = "anterior_hip_replacement_working_side"
  case diabetesNeuropathy = "diabetes_neuropathy"
  case raynauds
  case peripheralVascularDisease = "peripheral_vascular_disease"
  case impairedSensationOrCognition = "impaired_sensation_or_cognition"
  case olderAdult = "older_adult"

  /// The condition in the therapist's words, as an exclusion's reason begins: "pain not
  /// yet settled: This stretch also pulls on the sciatic nerve, ...".
  public var title: String {
    switch self {
    case .acuteOrSevere: return "acute or severe pain"
    case .notSettled: return "pain not yet settled"
    case .pregnancy: return "pregnancy"
    case .pregnancy20Weeks: return "pregnancy of 20 weeks or more"
    case .lumbarStenosis: return "lumbar stenosis"
    case .disc: return "disc problem"
    case .osteoporosis: return "osteoporosis"
    case .posteriorHipReplacement: return "posterior hip replacement"
    case .posteriorHipReplacementWorkingSide: return "posterior hip replacement on the working side"
    case .anteriorHipReplacementWorkingSide: return "anterior hip replacement on the working side"
    case .diabetesNeuropathy: return "diabetic neuropathy"
    case .raynauds: return "Raynaud's"
    case .peripheralVascularDisease: return "peripheral vascular disease"
    case .impairedSensationOrCognition: return "impaired sensation or understanding"
    case .olderAdult: return "older adult"
    }
  }
}

/// A catalogue entry `{if: CODE, why: TEXT}` or `{if: CODE, note: TEXT}`.
public struct ConditionalText: Hashable, Sendable, Codable {
  public var condition: ConditionCode
  public var text: String

  public init(condition: ConditionCode, text: String) {
    self.condition = condition
    self.text = text
  }
}
