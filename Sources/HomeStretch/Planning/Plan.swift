/// The result of planning: what the patient does, why, and when. It is the contract between
/// planning and printing, and what `homestretch plan --json` prints. It holds facts only —
/// ids, numbers and keys — never a sentence for the patient: the words are chosen when
/// printing, by a ``Wording``, so a stored plan prints in any language.
public struct Plan: Hashable, Sendable, Codable {
  /// The version of this format; raised whenever a stored plan would read differently.
  public var formatVersion: Int = Plan.currentFormatVersion
  public static let currentFormatVersion = 2

  public enum Status: String, Sendable, Codable {
    /// An exercise program.
    case plan
    /// Red flags: a referral, never exercises.
    case refer
  }

  public var status: Status
  public var patient: PatientSummary
  /// Why the patient is referred instead of given exercises; empty for a plan.
  public var referralReasons: [ReferralReason]
  /// Every item used in any week, in the order the handout shows them.
  public var items: [PlannedItem]
  /// Every catalogue item not in the plan, with the reason.
  public var excluded: [Exclusion]
  public var schedule: [WeekSchedule]
  /// General advice for the patient (stay active, when to stop, how to progress).
  public var advice: [Advice]
  /// Things the therapist should know: an include that could not be honoured, a budget
  /// that could not be met.
  public var warnings: [String]
  public var minutesPerDayBudget: Int
  public var doseTier: DoseTier
  /// Where the rule ids that every reason cites are explained, in the repository.
  public var rulesDocument: String = Plan.rulesDocumentPath

  public static let rulesDocumentPath = "docs/clinical-rules.md"
}

/// The patient as printed on the plan.
public struct PatientSummary: Hashable, Sendable, Codable {
  public var name: String
  public var age: Int?
  public var condition: Condition
  public var side: Side
  public var pain: Int
  public var phase: Phase
  public var start: CalendarDate
  public var weeks: Int
  public var therapist: Therapist
  public var notes: String
  /// Where the patient is numb: the handout says never to put ice or heat there.
  public var numbness: [NumbnessArea]
  public var paper: Paper
  public var largePrint: Bool

  /// Both legs are affected already (both sides, or numbness in both legs or both feet):
  /// the warning signs then speak of the legs getting worse, not of the other leg starting.
  public var bothLegsAffected: Bool
}

/// One red flag and what to do about it.
public struct ReferralReason: Hashable, Sendable, Codable {
  public enum Urgency: String, Sendable, Codable {
    /// Go to the emergency department now.
    case emergency
    /// Medical assessment the same day.
    case sameDay = "same_day"
    /// Medical review within days.
    case soon
  }

  public var flag: RedFlag
  public var urgency: Urgency
  /// The urgency was raised by nerve signs (a cancer history with a numb leg).
  public var raisedByNerveSigns: Bool
}

/// An item as given to this patient.
public struct PlannedItem: Hashable, Sendable, Codable {
  public var id: String
  public var kind: ItemKind
  public var position: Position
  public var floor: Bool
  public var bias: Bias
  public var side: AppliedSide
  public var tags: [ItemTag]
  public var area: ThermalArea?
  /// The dose in the first week the item is used.
  public var dose: PlannedDose
  /// Why it was chosen, citing rules.
  public var why: [String]
  /// Notes for the patient: cautions, substitutes, safety limits.
  public var notes: [PatientNote]
  public var role: Role
  /// The weeks (1-based) the item is part of the program.
  public var weeks: [Int]
  /// The precaution whose safe version of the steps is printed (the item's `step_variants`).
  public var stepVariant: ConditionCode?
  /// The catalogue condition codes that apply to this patient for this item: the handout
  /// prints only the conditional lines (`do_not_use`) they name.
  public var conditions: [ConditionCode]
  /// Taken lying down as a rest after a session; it costs none of the budget.
  public var rest: Bool
  /// The rules behind `why`, in the same order (see docs/clinical-rules.md).
  public var whyRules: [Rule]
}

/// A dose as numbers, and its daily cost in minutes.
public struct PlannedDose: Hashable, Sendable, Codable {
  public var sets: Int?
  public var reps: Int?
  public var holdSeconds: Int?
  public var minutes: Int?
  public var timesPerDay: Int
  /// The note on how often, when there is one.
  public var note: DoseNote?
  /// Used when needed rather than at set times.
  public var asNeeded: Bool
  /// Minutes a day the item takes on a day it is done (0 for habits).
  public var minutesPerDay: Double
}

/// A catalogue item left out, and why.
public struct Exclusion: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  /// All reasons, joined, each citing its rule.
  public var reason: String
  public var rules: [Rule]
  /// True when a safety rule forbids it (not merely not needed).
  public var contraindicated: Bool
}

/// The job an item does in the program; also the order of priority when the time budget
/// trims (rule S11), highest first.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
  case requested
  case directional
  case condition
  case walking
  case sittingBreaks = "sitting_breaks"
  case habit
  case strengthening
  case nerveGlide = "nerve_glide"
  case stretch
  case heat
  case cold

  public var priority: Int { Role.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Role, rhs: Role) -> Bool { lhs.priority < rhs.priority }
}

/// One week of the program.
public struct WeekSchedule: Hashable, Sendable, Codable {
  public var week: Int
  public var start: CalendarDate
  /// The doses this week, by item id.
  public var doses: [String: PlannedDose]
  /// What changed from last week.
  public var changes: [WeekChange]
  /// Minutes on the busiest day of the week.
  public var maxMinutesPerDay: Double
  public var days: [DaySchedule]
}

public struct DaySchedule: Hashable, Sendable, Codable {
  public var date: CalendarDate
  public var weekday: Weekday
  public var sessions: [Session]
}

public struct Session: Hashable, Sendable, Codable {
  public var name: SessionName
  public var items: [String]
}

/// When in the day a session happens, in the order printed.
public enum SessionName: String, Sendable, Codable, CaseIterable {
  case morning
  case midday
  case evening
  case throughTheDay = "through_the_day"
}
