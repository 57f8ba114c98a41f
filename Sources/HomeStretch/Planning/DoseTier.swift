/// How gentle the program must be, from pain and phase together (rule S9): the more
/// cautious of the two decides.
public enum DoseTier: String, Sendable, Codable, Comparable {
  /// Pain 7 or more, or acute: 3-4 gentlest items, short holds, short sessions.
  case gentle
  /// Pain 4-6, or subacute: 4-6 items, 20-30 s holds.
  case moderate
  /// Pain 3 or less and chronic: 5-8 items including strengthening.
  case settled

  public init(pain: Int, phase: Phase) {
    if pain >= 7 || phase == .acute {
      self = .gentle
    } else if pain >= 4 || phase == .subacute {
      self = .moderate
    } else {
      self = .settled
    }
  }

  public static func < (lhs: DoseTier, rhs: DoseTier) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .gentle: return 0
    case .moderate: return 1
    case .settled: return 2
    }
  }

  /// Most demanding item level allowed at the start.
  public var maxLevel: Int { rank + 1 }

  /// Allowed number of exercises (walking, habits and ice/heat not counted).
  public var exerciseRange: ClosedRange<Int> {
    switch self {
    case .gentle: return 3...4
    case .moderate: return 4...6
    case .settled: return 5...8
    }
  }

  /// How many exercises the planner aims for before the budget trims.
  public var targetExercises: Int {
    switch self {
    case .gentle: return 3
    case .moderate: return 5
    case .settled: return 6
    }
  }

  /// Exercise sessions a day.
  public var sessionsPerDay: Int { self == .gentle ? 3 : 2 }

  /// Hold for stretches in week 1, seconds.
  public var holdSeconds: Int {
    switch self {
    case .gentle: return 15
    case .moderate: return 20
    case .settled: return 30
    }
  }

  /// Hold for stretches in week 1, seconds: older adults hold 30 seconds or more once the
  /// pain allows (ACSM: 30 to 60 seconds for older adults), as their dose, not as a note.
  public func holdSeconds(older: Bool) -> Int {
    older && self != .gentle ? max(holdSeconds, 30) : holdSeconds
  }

  /// Longest hold progression may reach, seconds (older adults may hold up to 60).
  public func maxHoldSeconds(older: Bool) -> Int {
    switch self {
    case .gentle: return 20
    case .moderate: return older ? 45 : 30
    case .settled: return older ? 60 : 30
    }
  }

  /// Number of strengthening items aimed for.
  public var strengtheningCount: Int { self == .settled ? 2 : 1 }

  /// Words for the plan: "pain 7+ or acute".
  public var label: String {
    switch self {
    case .gentle: return "gentle (pain 7 or more, or acute)"
    case .moderate: return "moderate (pain 4 to 6, or subacute)"
    case .settled: return "settled (pain 3 or less and chronic)"
    }
  }
}
