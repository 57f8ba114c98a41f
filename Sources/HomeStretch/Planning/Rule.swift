/// The rules of docs/clinical-rules.md, by the id every choice and exclusion cites.
public enum Rule: String, Sendable, Codable, CaseIterable {
  case s0 = "S0"
  case s1 = "S1"
  case s2 = "S2"
  case s3 = "S3"
  case s4 = "S4"
  case s5 = "S5"
  case s6 = "S6"
  case s7 = "S7"
  case s8 = "S8"
  case s9 = "S9"
  case s10 = "S10"
  case s11 = "S11"
  case s12 = "S12"
  case s13 = "S13"
  /// Section (c): ice and heat contraindications and dosing.
  case thermal = "C"
  /// Section (e): weekly scheduling and progression.
  case schedule = "E"
  /// A contraindication or caution written in the catalogue item itself.
  case item = "ITEM"
  /// The therapist's `include:` / `exclude:` lists.
  case therapist = "THERAPIST"

  /// Where the rule is explained: its anchor in the project's rules document.
  public var link: String { "\(Plan.rulesDocumentPath)#\(rawValue.lowercased())" }

  public var title: String {
    switch self {
    case .s0: return "red flags"
    case .s1: return "stay active"
    case .s2: return "exercise and strengthening"
    case .s3: return "directional preference"
    case .s4: return "nerve glides"
    case .s5: return "posterior hip precautions"
    case .s6: return "osteoporosis"
    case .s7: return "pregnancy"
    case .s8: return "no floor"
    case .s9: return "pain and phase dosing"
    case .s10: return "sitting job"
    case .s11: return "time budget"
    case .s12: return "equipment"
    case .s13: return "peripheralization"
    case .thermal: return "ice and heat safety"
    case .schedule: return "schedule and progression"
    case .item: return "catalogue contraindication"
    case .therapist: return "therapist's choice"
    }
  }
}

/// A reason that cites its rule: `S5 posterior hip precautions: ...`.
public struct Reason: Hashable, Sendable, Codable, CustomStringConvertible {
  public var rule: Rule
  public var text: String

  public init(_ rule: Rule, _ text: String) {
    self.rule = rule
    self.text = text
  }

  public var description: String {
    switch rule {
    case .item, .therapist: return text
    default: return "\(rule.rawValue) \(rule.title): \(text)"
    }
  }
}
