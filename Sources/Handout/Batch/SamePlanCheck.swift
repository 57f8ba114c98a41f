import HomeStretch

/// A class plan given to a row (`--same-plan`) must not silently replace what the row says
/// itself: a row whose own side or pain differs from the plan it is given is told so (a
/// warning, not an error). Nothing is said when the plan is the row's own.
public enum SamePlanCheck {
  public static func overrides(row: Profile, given plan: Plan) -> [String] {
    var warnings: [String] = []
    if row.side != plan.patient.side {
      warnings.append(
        "side: this row says \(row.side.rawValue), but the class plan it is given is for side \(plan.patient.side.rawValue)"
      )
    }
    if row.pain != plan.patient.pain {
      warnings.append(
        "pain: this row says \(row.pain), but the class plan it is given is for pain \(plan.patient.pain)")
    }
    return warnings
  }
}
