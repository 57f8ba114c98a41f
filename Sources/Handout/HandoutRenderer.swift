import Foundation
import HomeStretch

/// Turns a plan into the printed handout. Rendering is a library call that returns PDF
/// bytes; the command line only writes them to a file.
///
///     let fonts = try FontLibrary(directory: "Fonts")
///     let pdf = try HandoutRenderer(fonts: fonts).render(plan, catalogue: catalogue)
///
/// One renderer per thread: it owns Pango objects that must not be shared.
public final class HandoutRenderer {
  public let setter: TextSetter
  let figures = FigureCache()

  public init(fonts: FontLibrary) {
    setter = TextSetter(fonts: fonts)
  }

  /// Lays the handout out into pages, without drawing: the geometry tests read this.
  public func layout(_ plan: Plan, catalogue: Catalogue, options: HandoutOptions) -> LaidOutDocument {
    let typography = Typography(largePrint: options.largePrint)
    let wording = options.wording
    let blocks = BlockBuilder(
      setter: setter, typography: typography, words: PlanWords(wording: wording, catalogue: catalogue),
      figures: figures)
    var flow = FlowLayout(size: options.pageSize, typography: typography)
    switch plan.status {
    case .refer:
      ReferralSheet(plan: plan, blocks: blocks).lay(into: &flow)
    case .plan:
      CoverPage(plan: plan, catalogue: catalogue, blocks: blocks).lay(into: &flow)
      CardSection(plan: plan, catalogue: catalogue, blocks: blocks).lay(into: &flow)
      if !plan.schedule.isEmpty {
        flow.newPage()
        flow.bookmark(wording.weeklyTracker)
        let compact = WeeklyTracker.needsCompactRows(plan, blocks: blocks, flow: flow)
        for (index, week) in plan.schedule.enumerated() {
          if index > 0 { flow.newPage() }
          WeeklyTracker(plan: plan, week: week, blocks: blocks, compact: compact).layFirstOnPage(into: &flow)
        }
      }
    }
    flow.addFooters(
      name: plan.patient.name, date: wording.longDate(plan.patient.start), setter: setter, wording: wording)
    let therapist = plan.patient.therapist
    let metadata = DocumentMetadata(
      title: plan.status == .refer
        ? wording.referralDocumentTitle(plan.patient.name) : wording.documentTitle(plan.patient.name),
      author: therapist.name ?? therapist.clinic ?? wording.creator, subject: wording.condition(plan.patient.condition),
      creator: wording.creator, createDate: options.createDate)
    return LaidOutDocument(pages: flow.pages, outline: flow.outline, metadata: metadata)
  }

  /// The handout as PDF bytes.
  public func render(_ plan: Plan, catalogue: Catalogue, options: HandoutOptions) throws(HandoutError) -> Data {
    try PDFPainter.pdf(layout(plan, catalogue: catalogue, options: options), setter: setter)
  }
}
