import Foundation
import HomeStretch

/// One input of the patient form, named after the profile field it fills, with its plain
/// words for the therapist and how it is drawn (never free text where the vocabulary is
/// closed).
public struct FormField: Sendable {
  /// How the field is entered.
  public enum Kind: Sendable {
    /// Free text on one line, at most `maxLength` characters.
    case text(maxLength: Int)
    /// Free text on several lines.
    case longText(maxLength: Int)
    /// A whole number from the range.
    case number(ClosedRange<Int>)
    /// A date, YYYY-MM-DD.
    case date
    /// One of the words, as radio buttons (few) or a select list.
    case choice([String])
    /// Any of the words, as check boxes.
    case checkBoxes([String])
    /// Yes or no, as one check box.
    case flag
  }

  /// The profile's field name, which is also the input's `name`.
  public var name: String
  public var label: String
  /// The plain-words help shown beside the input.
  public var hint: String
  public var kind: Kind
  /// The value the form starts with.
  public var defaultValues: [String]
  public var required: Bool

  /// Every field of the form, in the order shown, grouped as the page groups them.
  public static let patient: [FormField] = [
    FormField(
      name: "name", label: "Patient's name", hint: "As it should be printed on the handout.",
      kind: .text(maxLength: 120), defaultValues: [], required: true),
    FormField(
      name: "age", label: "Age",
      hint:
        "In years, \(Profile.ageRange.lowerBound) to \(Profile.ageRange.upperBound); older adults hold stretches longer. May be left empty.",
      kind: .number(Profile.ageRange), defaultValues: [], required: false),
    FormField(
      name: "condition", label: "Condition", hint: "The working diagnosis.",
      kind: .choice(Condition.allowedValues), defaultValues: [Condition.sciaticaDisc.rawValue], required: true),
    FormField(
      name: "side", label: "Side with symptoms", hint: "Where the pain or tingling is.",
      kind: .choice(Side.allowedValues), defaultValues: [], required: true),
    FormField(
      name: "pain", label: "Pain today (0-10)", hint: "0 is no pain, 10 the worst imaginable.",
      kind: .number(0...10), defaultValues: [], required: true),
    FormField(
      name: "phase", label: "How long it has lasted",
      hint: "Acute: under 6 weeks. Subacute: 6 to 12 weeks. Chronic: over 12 weeks.",
      kind: .choice(Phase.allowedValues), defaultValues: [Profile.defaultPhase.rawValue], required: false),
    FormField(
      name: "floor", label: "Can get down to the floor and back up safely",
      hint: "Leave it unticked when unsure: floor exercises are then left out.",
      kind: .flag, defaultValues: [], required: false),
    FormField(
      name: "equipment", label: "Equipment at home",
      hint: "What the patient has; a strap or pillow has a household substitute.",
      kind: .checkBoxes(PatientEquipment.allowedValues), defaultValues: Profile.defaultEquipment.map(\.rawValue),
      required: false),
    FormField(
      name: "minutes_per_day", label: "Minutes a day for the program",
      hint:
        "From \(Profile.minutesRange.lowerBound) to \(Profile.minutesRange.upperBound); 10% is kept free for progression.",
      kind: .number(Profile.minutesRange), defaultValues: ["20"], required: false),
    FormField(
      name: "sitting_job", label: "Sits for work", hint: "Adds sitting breaks on workdays.",
      kind: .flag, defaultValues: [], required: false),
    FormField(
      name: "pregnancy_weeks", label: "Weeks pregnant", hint: "0 when not pregnant.",
      kind: .number(Profile.pregnancyWeeksRange), defaultValues: ["0"], required: false),
    FormField(
      name: "hip_replacement", label: "Hip replacement",
      hint: "Side and surgical approach; a posterior approach leaves out deep hip bending on that side.",
      kind: .checkBoxes(HipReplacement.allowedValues), defaultValues: [], required: false),
    FormField(
      name: "directional_preference", label: "Directional preference",
      hint: "The movement that eased or centralised the symptoms at assessment.",
      kind: .choice(DirectionalPreference.allowedValues), defaultValues: [DirectionalPreference.unknown.rawValue],
      required: false),
    FormField(
      name: "numbness", label: "Numbness", hint: "Where the skin feels less: no ice or heat goes there.",
      kind: .checkBoxes(NumbnessArea.allowedValues), defaultValues: [], required: false),
    FormField(
      name: "health", label: "Health conditions", hint: "Conditions that change what is safe.",
      kind: .checkBoxes(HealthCondition.allowedValues), defaultValues: [], required: false),
    FormField(
      name: "red_flags", label: "Red flags",
      hint: "Any one means a referral, never an exercise plan.",
      kind: .checkBoxes(RedFlag.allowedValues), defaultValues: [], required: false),
    FormField(
      name: "weeks", label: "Weeks of the program",
      hint: "From \(Profile.weeksRange.lowerBound) to \(Profile.weeksRange.upperBound).",
      kind: .number(Profile.weeksRange), defaultValues: ["2"], required: false),
    FormField(
      name: "max_exercises", label: "Most exercises at a time",
      hint:
        "From \(Profile.maxExercisesRange.lowerBound) to \(Profile.maxExercisesRange.upperBound); walking, habits, ice and heat aside. Programs of more than about 6 are followed less well.",
      kind: .number(Profile.maxExercisesRange), defaultValues: [String(Profile.defaultMaxExercises)], required: false),
    FormField(
      name: "start", label: "First day", hint: "Leave empty for the next Monday.",
      kind: .date, defaultValues: [], required: false),
    FormField(
      name: "notes", label: "Notes for the patient",
      hint: "Printed on the handout as written, at most 2,000 characters.",
      kind: .longText(maxLength: 2000), defaultValues: [], required: false),
    FormField(
      name: "paper", label: "Paper", hint: "The size the handout is printed on.",
      kind: .choice(Paper.allowedValues), defaultValues: [Paper.letter.rawValue], required: false),
    FormField(
      name: "large_print", label: "Large print", hint: "16 pt body text instead of 12 pt.",
      kind: .flag, defaultValues: [], required: false),
  ]

  /// The therapist's fields: remembered between patients in a cookie.
  public static let therapist: [FormField] = [
    FormField(
      name: "therapist.name", label: "Your name", hint: "Printed on the handout so the patient knows whom to call.",
      kind: .text(maxLength: 120), defaultValues: [], required: false),
    FormField(
      name: "therapist.clinic", label: "Clinic", hint: "Printed on the cover.",
      kind: .text(maxLength: 120), defaultValues: [], required: false),
    FormField(
      name: "therapist.phone", label: "Phone", hint: "The number the patient calls.",
      kind: .text(maxLength: 40), defaultValues: [], required: false),
  ]

  public static let all = patient + therapist

  /// A word of a closed vocabulary in plain words: `sciatica_disc` → "sciatica disc".
  public static func label(ofWord word: String) -> String {
    switch word {
    case "nonspecific_lbp": return "non-specific low-back pain"
    case "iv_drug_use": return "IV drug use"
    case "raynauds": return "Raynaud's"
    case "saddle_anaesthesia": return "saddle anaesthesia"
    default: return word.replacingOccurrences(of: "_", with: " ")
    }
  }
}
