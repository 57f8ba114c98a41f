/// Week-to-week progression (rules.md (e)): longer holds, more reps or sets, longer walks.
/// Harder variants are chosen by the planner, which can check their safety.
public enum Progression {
  /// Walking's bout one week on (rules.md (e)): about 20 % longer, at least a minute and at
  /// most 5 minutes more, up to 30 minutes a day in all.
  public static func longerBout(_ minutes: Int, bouts: Int) -> Int {
    let ceiling = max(minutes, targetWalkingMinutes / max(1, bouts))
    return min(ceiling, max(minutes + 1, min(minutes + 5, Int((Double(minutes) * 1.2).rounded()))))
  }

  /// The daily walking walking grows toward (WalkBack; WHO 150 minutes a week).
  public static let targetWalkingMinutes = 30

  /// The dose one step harder than `dose`, or nil when it is already at its ceiling.
  public static func nextStep(after dose: Dose, of item: CatalogueItem, facts: PatientFacts) -> Dose? {
    var next = dose
    switch item.kind {
    case .thermal, .habit:
      return nil
    case .activity:
      guard let minutes = dose.minutes else { return nil }
      let longer = longerBout(minutes, bouts: dose.timesPerDay)
      guard longer > minutes else { return nil }
      next.minutes = longer
      return next
    case .stretch, .mobility, .nerveGlide, .strengthening:
      if let minutes = dose.minutes {
        let ceiling = max(item.dose.minutes ?? minutes, minutes) + 2
        guard minutes < ceiling else { return nil }
        next.minutes = minutes + 1
        return next
      }
      if dose.isHold && item.kind != .strengthening {
        let hold = dose.holdSeconds ?? 0
        let maxHold = facts.tier.maxHoldSeconds(older: facts.older)
        if hold < maxHold {
          next.holdSeconds = min(maxHold, hold + 10)
          return next
        }
        let reps = dose.reps ?? 1
        guard reps < 4 else { return nil }
        next.reps = reps + 1
        return next
      }
      let reps = dose.reps ?? 1
      let maxReps = item.kind == .strengthening ? 12 : 15
      if reps < maxReps {
        next.reps = min(maxReps, reps + 2)
        return next
      }
      let sets = dose.sets ?? 1
      guard sets < 3, facts.tier != .gentle else { return nil }
      next.sets = sets + 1
      next.reps = item.dose.reps.map { min($0, 10) } ?? 10
      return next
    }
  }
}
