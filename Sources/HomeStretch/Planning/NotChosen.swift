/// Why the planner never considered an item that is safe for the patient: it has no job in
/// this patient's program.
enum NotChosen {
  static func reason(for item: CatalogueItem, facts: PatientFacts) -> Reason {
    let profile = facts.profile
    if item.has(.sittingBreaks) {
      return profile.sittingJob
        ? Reason(.s10, "the desk version covers the sitting job; add this one with include: for long drives")
        : Reason(.s10, "sitting breaks are for a sitting job (sitting_job: true)")
    }
    if item.kind == .thermal {
      if item.thermal?.area == .leg {
        return Reason(.thermal, "ice or heat on the leg only when pain is mainly in the leg; add it with include:")
      }
      return Reason(.thermal, "one heat and one cold routine are enough")
    }
    if item.has(.nerveGlide) {
      return SelectionPolicy.nerveGlide(facts) == nil
        ? Reason(.s4, "a nerve glide is for clear nerve-related leg symptoms (sciatica, or leg numbness)")
        : Reason(.s4, "the slider comes first; a tensioner only when chronic and settled")
    }
    if item.kind == .habit {
      if item.has(.extensionBias) {
        return Reason(
          .s3,
          "a back support roll goes with an extension bias in disc-related pain and a sitting job; this program's direction is \(facts.direction.rawValue)"
        )
      }
      if item.position == .sideLying, !facts.pregnant {
        return Reason(
          .s7,
          "the planner gives the side-lying rest with pillows as the rest position in pregnancy, and this patient is not pregnant; add it with include: for rest on the side"
        )
      }
      return Reason(.s10, "not needed for this patient's daily routine")
    }
    if item.kind == .strengthening {
      return Reason(.s2, "the plan has enough strengthening for \(facts.tier.label)")
    }
    if item.has(.extensionBias) || item.has(.flexionBias) {
      return Reason(
        .s3, "the program's direction is \(facts.direction.rawValue); no directional item of this kind is needed")
    }
    return Reason(.s9, "the program is complete at its size for \(facts.tier.label)")
  }
}
