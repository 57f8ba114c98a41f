/// What only ice and heat routines declare: where, when, and how to keep the skin safe.
public struct ThermalDetails: Hashable, Sendable, Codable {
  public var area: ThermalArea
  public var timing: ThermalTiming
  public var barrier: String
  public var useWhen: String
  /// When not to use it and where not to put it; lines with a condition are printed only
  /// for patients to whom it applies.
  public var doNotUse: [GuardedText]

  public init(area: ThermalArea, timing: ThermalTiming, barrier: String, useWhen: String, doNotUse: [GuardedText]) {
    self.area = area
    self.timing = timing
    self.barrier = barrier
    self.useWhen = useWhen
    self.doNotUse = doNotUse
  }
}
