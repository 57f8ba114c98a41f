/// Health conditions that change what is safe.
public enum HealthCondition: String, Vocabulary {
  case osteoporosis
  case diabetesNeuropathy = "diabetes_neuropathy"
  case raynauds
  case peripheralVascularDisease = "peripheral_vascular_disease"
  case openWoundLowBack = "open_wound_low_back"
  case impairedSensationOrCognition = "impaired_sensation_or_cognition"
}
