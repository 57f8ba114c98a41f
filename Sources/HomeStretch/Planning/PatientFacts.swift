/// What the rules need to know about a patient, derived once from the profile.
public struct PatientFacts: Sendable {
  public let profile: Profile
  public let tier: DoseTier
  /// Pregnant at any stage (rule S7).
  public let pregnant: Bool
  /// Pregnant at 20 weeks or more in any week of the plan (gestation advances a week with
  /// every week of the plan); unknown weeks count as 20 or more, the cautious reading.
  public let pregnancy20Weeks: Bool
  /// Weeks of the plan: the profile's, stopped at the week of delivery (40 weeks).
  public let weeks: Int
  /// Whether the plan was stopped at the birth.
  public let endsAtBirth: Bool
  /// Most exercises at a time (rule S9 and the adherence evidence).
  public let maxExercises: Int
  public let posteriorHips: Set<BodySide>
  public let anteriorHips: Set<BodySide>
  public let workingSides: Set<BodySide>
  public let older: Bool
  /// The movement direction the program favours (rule S3).
  public let direction: DirectionalPreference

  public init(_ profile: Profile) {
    self.profile = profile
    tier = DoseTier(pain: profile.pain, phase: profile.phase)
    pregnant = profile.condition == .pregnancySciatica || profile.pregnancyWeeks > 0
    let known = profile.pregnancyWeeks > 0
    let lastWeek = profile.pregnancyWeeks + profile.weeks - 1
    pregnancy20Weeks = pregnant && (!known || lastWeek >= 20)
    endsAtBirth = pregnant && known && lastWeek > PatientFacts.termWeeks
    weeks = endsAtBirth ? max(1, PatientFacts.termWeeks - profile.pregnancyWeeks + 1) : profile.weeks
    maxExercises = profile.maxExercises ?? Profile.defaultMaxExercises
    posteriorHips = Set(profile.hipReplacement.filter(\.isPosterior).map(\.side))
    anteriorHips = Set(profile.hipReplacement.filter { !$0.isPosterior }.map(\.side))
    workingSides = profile.side.bodySides
    older = (profile.age ?? 0) >= 65
    direction = PatientFacts.direction(for: profile)
  }

  /// Full term: a plan stops at the week the patient reaches it.
  public static let termWeeks = 40

  /// Weeks of pregnancy in a week (1-based) of the plan; nil when not pregnant or unknown.
  public func gestation(inWeek week: Int) -> Int? {
    guard pregnant, profile.pregnancyWeeks > 0 else { return nil }
    return profile.pregnancyWeeks + week - 1
  }

  /// The plan week from which the patient is 20 weeks pregnant or more (1 when unknown).
  public var week20: Int? {
    guard pregnancy20Weeks else { return nil }
    guard profile.pregnancyWeeks > 0 else { return 1 }
    return max(1, 20 - profile.pregnancyWeeks + 1)
  }

  /// Every condition code that applies to this patient for this item.
  public func conditions(for item: CatalogueItem) -> [ConditionCode] {
    ConditionCode.allCases.filter { applies($0, to: item) }
  }

  /// The precaution whose step variant the item is printed with, if any.
  public func stepVariant(of item: CatalogueItem) -> ConditionCode? {
    item.stepVariants.first { applies($0.condition, to: item) }?.condition
  }

  static func direction(for profile: Profile) -> DirectionalPreference {
    switch profile.condition {
    case .lumbarStenosis:
      return .flexion
    case .sciaticaDisc, .degenerativeDisc:
      return profile.directionalPreference == .flexion ? .flexion : .extension
    case .nonspecificLBP, .piriformisSyndrome, .pregnancySciatica:
      return profile.directionalPreference
    }
  }

  public func has(_ condition: HealthCondition) -> Bool { profile.health.contains(condition) }

  /// The hips an item moves: the working side(s) for a sided item, both for the rest.
  public func hipsUsed(by item: CatalogueItem) -> Set<BodySide> {
    item.sided ? workingSides : [.left, .right]
  }

  /// Whether a catalogue condition code applies to this patient for this item.
  public func applies(_ code: ConditionCode, to item: CatalogueItem) -> Bool {
    switch code {
    case .acuteOrSevere: return profile.phase == .acute || profile.pain >= 7
    case .notSettled: return !(profile.phase == .chronic && profile.pain <= 3)
    case .pregnancy: return pregnant
    case .pregnancy20Weeks: return pregnancy20Weeks
    case .lumbarStenosis: return profile.condition == .lumbarStenosis
    case .disc: return profile.condition.isDisc
    case .osteoporosis: return has(.osteoporosis)
    case .posteriorHipReplacement: return !posteriorHips.isEmpty
    case .posteriorHipReplacementWorkingSide: return !posteriorHips.isDisjoint(with: hipsUsed(by: item))
    case .anteriorHipReplacementWorkingSide: return !anteriorHips.isDisjoint(with: hipsUsed(by: item))
    case .diabetesNeuropathy: return has(.diabetesNeuropathy)
    case .raynauds: return has(.raynauds)
    case .peripheralVascularDisease: return has(.peripheralVascularDisease)
    case .impairedSensationOrCognition: return has(.impairedSensationOrCognition)
    case .olderAdult: return older
    }
  }

  /// The side an item is done on for this patient, as printed on the handout.
  public func appliedSide(of item: CatalogueItem) -> AppliedSide {
    if let area = item.thermal?.area {
      return area.isSided ? AppliedSide(profile.side) : .none
    }
    return item.sided ? AppliedSide(profile.side) : .none
  }

  /// How many sides a sided item is done on (1 or 2); 1 for the rest.
  public func sideCount(of item: CatalogueItem) -> Int {
    item.sided && item.kind != .thermal ? workingSides.count : 1
  }
}

/// The side an item is applied to for one patient.
public enum AppliedSide: String, Sendable, Codable, Hashable {
  case left, right, both, none

  init(_ side: Side) {
    switch side {
    case .left: self = .left
    case .right: self = .right
    case .both: self = .both
    }
  }
}
