/// General advice printed for the patient, by key; a ``Wording`` gives its sentence.
public enum Advice: String, Hashable, Sendable, Codable, CaseIterable {
  case stayActive = "stay_active"
  case stopIfSpreading = "stop_if_spreading"
  case painIsOK = "pain_is_ok"
  case progressOnlyIfBetter = "progress_only_if_better"
  case piriformisSitting = "piriformis_sitting"
  case stenosisWalking = "stenosis_walking"
  case pregnancyWarning = "pregnancy_warning"
  case seeUsAfterBirth = "see_us_after_birth"
  case askCarer = "ask_carer"
  /// Get urgent help if anything of the cauda equina or both legs is new or worse.
  case urgentSigns = "urgent_signs"
  /// The same for someone whose legs are both affected already.
  case urgentSignsBothLegs = "urgent_signs_both_legs"
  case referralHeadline = "referral_headline"
  case referralReassurance = "referral_reassurance"
}

/// A note for the patient on one item, by key and parameters.
public enum PatientNote: Hashable, Sendable, Codable {
  /// A household substitute for missing equipment (rule S12).
  case substitute(Equipment)
  /// The item's own caution for a condition of the patient (`cautions:` in the catalogue).
  case caution(ConditionCode)
  /// Keep the operated hip safe while the other side works (rule S5).
  case operatedHip(BodySide)
  /// Heat with diabetic neuropathy: check the skin often (rules.md (c)).
  case frequentSkinChecks
  /// Walking with numb feet: check the feet and shoes every day.
  case checkFeet
}

/// The note on how often an item is done.
public enum DoseNote: String, Hashable, Sendable, Codable {
  /// The item's own `frequency_note` from the catalogue.
  case item
  /// Walking every day, a little longer each week.
  case walkingGrows = "walking_grows"
}

/// What changed in a week, as a value.
public enum WeekChange: Hashable, Sendable, Codable {
  /// Each walk is now this many minutes.
  case longerWalk(minutes: Int)
  /// The item's hold is now this many seconds.
  case longerHold(item: String, seconds: Int)
  /// The item's dose is now this.
  case moreReps(item: String, dose: PlannedDose, side: AppliedSide)
  /// An item moves on to its harder variant.
  case harderVariant(from: String, to: String)
}
