/// How much of an item to do: sets of reps with an optional hold, or a number of minutes,
/// some times a day.
///
/// The catalogue gives the usual dose for a settled patient; ``Dosing`` adapts it to pain
/// and phase, and ``Progression`` raises it week by week.
public struct Dose: Hashable, Sendable, Codable {
  public var sets: Int?
  public var reps: Int?
  public var holdSeconds: Int?
  public var minutes: Int?
  public var timesPerDay: Int
  /// Plain words for frequencies a number cannot say ("every 2 to 3 hours").
  public var frequencyNote: String?
  /// Used when needed rather than at set times (cold after activity or in a flare).
  public var asNeeded: Bool

  public init(
    sets: Int? = nil, reps: Int? = nil, holdSeconds: Int? = nil, minutes: Int? = nil,
    timesPerDay: Int, frequencyNote: String? = nil, asNeeded: Bool = false
  ) {
    self.sets = sets
    self.reps = reps
    self.holdSeconds = holdSeconds
    self.minutes = minutes
    self.timesPerDay = timesPerDay
    self.frequencyNote = frequencyNote
    self.asNeeded = asNeeded
  }

  /// Whether the dose is timed in minutes rather than counted in reps.
  public var isTimed: Bool { minutes != nil }

  /// Whether each rep is a held position of at least 10 seconds (a stretch), rather than
  /// a movement.
  public var isHold: Bool { (holdSeconds ?? 0) >= 10 }

  /// Seconds one session takes on one side, including a short reset between reps and a
  /// rest between sets.
  public var secondsPerSessionPerSide: Int {
    if let minutes { return minutes * 60 }
    let sets = max(1, self.sets ?? 1)
    let reps = max(1, self.reps ?? 1)
    let perRep = (holdSeconds ?? 0) + (isHold ? 5 : 3)
    return sets * reps * perRep + (sets - 1) * 20
  }
}
