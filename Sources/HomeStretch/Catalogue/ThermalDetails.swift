/// What only ice and heat routines declare: where, when, and how to keep the skin safe.
public struct ThermalDetails: Hashable, Sendable, Codable {
  public var area: ThermalArea
  public var timing: ThermalTiming
  public var barrier: String
  public var useWhen: String
  public var doNotUse: [String]

  public init(area: ThermalArea, timing: ThermalTiming, barrier: String, useWhen: String, doNotUse: [String]) {
    self.area = area
    self.timing = timing
    self.barrier = barrier
    self.useWhen = useWhen
    self.doNotUse = doNotUse
  }
}
