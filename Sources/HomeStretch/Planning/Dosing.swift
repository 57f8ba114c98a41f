/// Doses by pain and phase (rule S9) and their cost in minutes (rule S11).
public enum Dosing {
  /// The week-1 dose of an item for this patient.
  public static func startingDose(of item: CatalogueItem, for facts: PatientFacts) -> Dose {
    let base = item.dose
    let tier = facts.tier
    switch item.kind {
    case .thermal:
      var dose = ThermalSafety.adjust(base, of: item, for: facts).0
      dose.asNeeded = item.thermal?.timing == .asNeeded
      return dose
    case .habit:
      return base
    case .activity:
      return walkingDose(bout: walkingBout(tier: tier), facts: facts, item: item)
    case .stretch, .mobility, .nerveGlide, .strengthening:
      var dose = base
      dose.timesPerDay = min(base.timesPerDay, tier.sessionsPerDay)
      if item.kind == .strengthening && !isDaily(item) {
        dose.timesPerDay = 1
      }
      if let minutes = base.minutes {
        dose.minutes = tier == .gentle ? max(1, (minutes * 2 + 2) / 3) : minutes
      } else if base.isHold && item.kind != .strengthening {
        dose.holdSeconds = min(base.holdSeconds ?? tier.holdSeconds, tier.holdSeconds(older: facts.older))
        dose.reps = min(base.reps ?? 3, tier == .gentle ? 2 : 3)
        dose.sets = nil
      } else {
        let reps = base.reps ?? 10
        let sets = base.sets ?? 1
        switch tier {
        case .gentle:
          dose.sets = 1
          dose.reps = min(reps, 8)
        case .moderate:
          dose.sets = min(sets, 2)
          dose.reps = min(reps, 10)
        case .settled:
          dose.sets = sets
          dose.reps = reps
        }
        if dose.sets == 1 { dose.sets = nil }
      }
      return dose
    }
  }

  /// Strengthening at level 1 (gentle activation such as bracing) may be done daily;
  /// the rest goes on alternate days (rules.md (e)).
  public static func isDaily(_ item: CatalogueItem) -> Bool {
    item.kind != .strengthening || item.level == 1
  }

  /// Minutes of one walking bout in week 1.
  static func walkingBout(tier: DoseTier) -> Int {
    switch tier {
    case .gentle: return 5
    case .moderate: return 8
    case .settled: return 10
    }
  }

  /// Walking gets at most half the daily budget (at least one 5-minute bout), so the
  /// exercises fit in the rest.
  static func walkingShare(budget: Int) -> Int { max(5, budget / 2) }

  /// A walking dose of two bouts of `bout` minutes, shrunk to fit the walking share.
  static func walkingDose(bout: Int, facts: PatientFacts, item: CatalogueItem) -> Dose {
    let share = walkingShare(budget: facts.profile.minutesPerDay)
    var bouts = 2
    var minutes = min(bout, 15)
    if bouts * minutes > share {
      minutes = max(5, share / 2)
      if bouts * minutes > share {
        bouts = 1
        minutes = min(bout, share)
      }
    }
    return Dose(minutes: minutes, timesPerDay: bouts, frequencyNote: item.dose.frequencyNote)
  }

  /// Minutes a day an item takes on a day it is done.
  public static func minutesPerDay(of item: CatalogueItem, dose: Dose, facts: PatientFacts) -> Double {
    guard item.costsTime else { return 0 }
    let seconds = dose.secondsPerSessionPerSide * facts.sideCount(of: item) * dose.timesPerDay
    return Double(seconds) / 60
  }

  /// The dose with its words and cost, as the plan prints it.
  public static func planned(_ dose: Dose, of item: CatalogueItem, facts: PatientFacts) -> PlannedDose {
    PlannedDose(
      sets: dose.sets, reps: dose.reps, holdSeconds: dose.holdSeconds, minutes: dose.minutes,
      timesPerDay: dose.timesPerDay,
      note: dose.frequencyNote == nil ? nil : .item, asNeeded: dose.asNeeded,
      minutesPerDay: (minutesPerDay(of: item, dose: dose, facts: facts) * 10).rounded() / 10)
  }
}
