import HomeStretch

/// `--same-plan` gives a row the shared profile's plan: a row whose own side or pain differs
/// from the plan it is given is told so (a warning, not an error).
enum SamePlanCheck {
  static func overrides(row: Profile, given plan: Plan) -> [String] {
    var warnings: [String] = []
    if row.side != plan.patient.side {
      warnings.append(
        "side: this row says \(row.side.rawValue), but --same-plan gives it the class plan for side \(plan.patient.side.rawValue)"
      )
    }
    if row.pain != plan.patient.pain {
      warnings.append(
        "pain: this row says \(row.pain), but --same-plan gives it the class plan for pain \(plan.patient.pain)")
    }
    return warnings
  }
}
