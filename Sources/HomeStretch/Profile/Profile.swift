/// A therapist's description of one patient, the input to screening and planning.
///
/// Field names and values are the contract therapists write in YAML; see
/// `examples/maria-lopez.yaml`. Only `name`, `condition`, `side` and `pain` are required.
public struct Profile: Hashable, Sendable {
  public var name: String
  public var age: Int?
  public var condition: Condition
  public var side: Side
  public var pain: Int
  public var phase: Phase
  /// Can get down to the floor and back up safely. Unknown counts as no (the safe reading).
  public var floor: Bool
  public var equipment: [PatientEquipment]
  public var minutesPerDay: Int
  public var sittingJob: Bool
  /// 0 when not pregnant.
  public var pregnancyWeeks: Int
  public var hipReplacement: [HipReplacement]
  public var directionalPreference: DirectionalPreference
  public var numbness: [NumbnessArea]
  public var health: [HealthCondition]
  public var redFlags: [RedFlag]
  public var weeks: Int
  /// Most exercises at a time (walking, habits and ice or heat aside); nil means
  /// ``defaultMaxExercises``.
  public var maxExercises: Int?
  /// First day of the program; when absent the command line picks the next Monday.
  public var start: CalendarDate?
  public var therapist: Therapist
  public var include: [String]
  public var exclude: [String]
  public var notes: String
  public var paper: Paper
  public var largePrint: Bool

  public init(
    name: String, age: Int? = nil, condition: Condition, side: Side, pain: Int,
    phase: Phase = Profile.defaultPhase, floor: Bool = false,
    equipment: [PatientEquipment] = Profile.defaultEquipment, minutesPerDay: Int = 20,
    sittingJob: Bool = false, pregnancyWeeks: Int = 0, hipReplacement: [HipReplacement] = [],
    directionalPreference: DirectionalPreference = .unknown, numbness: [NumbnessArea] = [],
    health: [HealthCondition] = [], redFlags: [RedFlag] = [], weeks: Int = 2, maxExercises: Int? = nil,
    start: CalendarDate? = nil,
    therapist: Therapist = Therapist(), include: [String] = [], exclude: [String] = [], notes: String = "",
    paper: Paper = .letter, largePrint: Bool = false
  ) {
    self.name = name
    self.age = age
    self.condition = condition
    self.side = side
    self.pain = pain
    self.phase = phase
    self.floor = floor
    self.equipment = equipment
    self.minutesPerDay = minutesPerDay
    self.sittingJob = sittingJob
    self.pregnancyWeeks = pregnancyWeeks
    self.hipReplacement = hipReplacement
    self.directionalPreference = directionalPreference
    self.numbness = numbness
    self.health = health
    self.redFlags = redFlags
    self.weeks = weeks
    self.maxExercises = maxExercises
    self.start = start
    self.therapist = therapist
    self.include = include
    self.exclude = exclude
    self.notes = notes
    self.paper = paper
    self.largePrint = largePrint
  }

  /// Phase when the profile does not say: subacute, the middle of the range; pain still
  /// sets how gentle the plan is (rule S9 takes the more cautious of the two).
  public static let defaultPhase = Phase.subacute
  /// Equipment when the profile does not say: what most homes have.
  public static let defaultEquipment: [PatientEquipment] = [.chair, .wall, .pillow]
  public static let minutesRange = 10...120
  public static let weeksRange = 1...6
  public static let ageRange = 16...110
  public static let pregnancyWeeksRange = 0...42
  public static let maxExercisesRange = 1...10
  /// Programs of more than about 6 exercises are followed less well (adherence evidence,
  /// docs/clinical-rules.md S9): the default ceiling.
  public static let defaultMaxExercises = 6
}
