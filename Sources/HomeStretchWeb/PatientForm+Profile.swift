import HomeStretch

extension PatientForm {
  /// A checked profile shown in the form: each field with the profile's value, so a
  /// profile file loads into the form and the form gives the same profile back.
  public init(profile: Profile) {
    self.init()
    func set(_ name: String, _ value: String?) { values[name] = value.map { [$0] } ?? [] }
    func flag(_ name: String, _ on: Bool) { values[name] = on ? ["true"] : [] }
    set("name", profile.name)
    set("age", profile.age.map(String.init))
    set("condition", profile.condition.rawValue)
    set("side", profile.side.rawValue)
    set("pain", String(profile.pain))
    set("phase", profile.phase.rawValue)
    flag("floor", profile.floor)
    values["equipment"] = profile.equipment.map(\.rawValue)
    set("minutes_per_day", String(profile.minutesPerDay))
    flag("sitting_job", profile.sittingJob)
    set("pregnancy_weeks", String(profile.pregnancyWeeks))
    values["hip_replacement"] = profile.hipReplacement.map(\.rawValue)
    set("directional_preference", profile.directionalPreference.rawValue)
    values["numbness"] = profile.numbness.map(\.rawValue)
    values["health"] = profile.health.map(\.rawValue)
    values["red_flags"] = profile.redFlags.map(\.rawValue)
    set("weeks", String(profile.weeks))
    set("max_exercises", profile.maxExercises.map(String.init))
    set("start", profile.start?.description)
    set("notes", profile.notes.isEmpty ? nil : profile.notes)
    set("paper", profile.paper.rawValue)
    flag("large_print", profile.largePrint)
    set("therapist.name", profile.therapist.name)
    set("therapist.clinic", profile.therapist.clinic)
    set("therapist.phone", profile.therapist.phone)
    include = profile.include
    exclude = profile.exclude
  }
}
