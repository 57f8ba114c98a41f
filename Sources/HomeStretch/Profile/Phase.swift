/// How long the episode has lasted: acute under 6 weeks, subacute 6 to 12, chronic over 12.
public enum Phase: String, Vocabulary {
  case acute
  case subacute
  case chronic
}

/// The movement direction that eased or centralised symptoms at assessment.
public enum DirectionalPreference: String, Vocabulary {
  case unknown
  case `extension`
  case flexion
}
