import HomeStretch

/// How to print a handout: paper, print size and the date written into the PDF.
public struct HandoutOptions: Hashable, Sendable {
  public var paper: Paper
  public var largePrint: Bool
  /// The PDF creation date, ISO 8601. Fixed (the plan's start date, or SOURCE_DATE_EPOCH)
  /// so that the same input always gives the same bytes.
  public var createDate: String
  /// The words the handout is printed in, chosen per render.
  public var wording: Wording

  public init(paper: Paper, largePrint: Bool, createDate: String, wording: Wording = .english) {
    self.paper = paper
    self.largePrint = largePrint
    self.createDate = createDate
    self.wording = wording
  }

  /// The options a plan asks for, dated at midnight UTC of its start.
  public init(for plan: Plan) {
    self.init(
      paper: plan.patient.paper, largePrint: plan.patient.largePrint,
      createDate: "\(plan.patient.start)T00:00:00Z")
  }

  public var pageSize: PageSize { paper == .a4 ? .a4 : .letter }
}
