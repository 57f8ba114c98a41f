import Foundation
import HomeStretch

/// `all.pdf`: every handout of a batch in roster order for one print job, each starting on
/// a fresh sheet (a blank back page follows a handout with an odd number of pages). The
/// command line streams it to a file (``write(_:catalogue:renderer:options:title:createDate:to:isCancelled:writeHook:)``);
/// a web server keeps it in memory (``data(_:catalogue:renderer:options:title:createDate:isCancelled:)``).
/// Both paint the same pages.
public enum CombinedDocument {
  /// The document title a batch of `rosterSource` gets (`HomeStretch handouts: class.csv`).
  public static func title(rosterSource: String) -> String {
    "HomeStretch handouts: \(URL(fileURLWithPath: rosterSource).lastPathComponent)"
  }

  /// Writes the combined PDF of the written outcomes to `path`, atomically, and returns its
  /// page count. `isCancelled` is asked before each handout: a stop (Ctrl-C) or a write
  /// error leaves no temporary file and any earlier `all.pdf` as it was.
  public static func write(
    _ outcomes: [BatchOutcome], catalogue: Catalogue, renderer: HandoutRenderer, options: (Plan) -> HandoutOptions,
    title: String, createDate: String, to path: String, isCancelled: () -> Bool = { false },
    writeHook: ((Int) throws -> Void)? = nil
  ) throws(HandoutError) -> Int {
    let plans = try printedPlans(outcomes)
    try OutputPath.checkReplaceable(path)
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: temporary)
    else { throw HandoutError("\(path): cannot write here (check the folder's permissions)", kind: .write) }
    let sink = FileSink(handle: handle, writeHook: writeHook)
    var pages = 0
    do {
      pages = try paint(
        plans, catalogue: catalogue, renderer: renderer, options: options, title: title, createDate: createDate,
        sink: sink, failure: { sink.failure }, isCancelled: isCancelled)
      if let failure = sink.failure { throw HandoutError(failure, kind: .write) }
      try handle.synchronize()
      try handle.close()
    } catch {
      try? handle.close()
      try? FileManager.default.removeItem(at: temporary)
      let reason = (error as? HandoutError)?.message ?? AtomicFile.reason(error)
      let kind = (error as? HandoutError)?.kind ?? .write
      throw HandoutError("\(path): could not be written (\(reason)); any earlier file is unchanged", kind: kind)
    }
    if rename(temporary.path, path) != 0 {
      try? FileManager.default.removeItem(at: temporary)
      throw HandoutError("\(path): could not be replaced; any earlier file is unchanged", kind: .write)
    }
    return pages
  }

  /// The combined PDF of the written outcomes as bytes, with its page count: the same pages
  /// as ``write(_:catalogue:renderer:options:title:createDate:to:isCancelled:writeHook:)``
  /// writes, for a caller that keeps it in memory (a web server's batch).
  public static func data(
    _ outcomes: [BatchOutcome], catalogue: Catalogue, renderer: HandoutRenderer, options: (Plan) -> HandoutOptions,
    title: String, createDate: String, isCancelled: () -> Bool = { false }
  ) throws(HandoutError) -> (pdf: Data, pages: Int) {
    let plans = try printedPlans(outcomes)
    let sink = PDFPainter.Sink()
    let pages = try paint(
      plans, catalogue: catalogue, renderer: renderer, options: options, title: title, createDate: createDate,
      sink: sink, failure: { nil }, isCancelled: isCancelled)
    return (sink.data, pages)
  }

  /// The plans of the outcomes that were printed (handouts and referral sheets), in order.
  static func printedPlans(_ outcomes: [BatchOutcome]) throws(HandoutError) -> [Plan] {
    let plans = outcomes.filter { $0.status == .written || $0.status == .referral }.compactMap(\.plan)
    guard !plans.isEmpty else { throw HandoutError("no handout was written, so there is nothing to combine") }
    return plans
  }

  /// Paints every plan into one PDF on `sink`, a bookmark per patient; stops at the first
  /// `failure` of the sink (the caller reports it) and before a handout once `isCancelled`.
  static func paint(
    _ plans: [Plan], catalogue: Catalogue, renderer: HandoutRenderer, options: (Plan) -> HandoutOptions,
    title: String, createDate: String, sink: PDFSink, failure: () -> String?, isCancelled: () -> Bool
  ) throws(HandoutError) -> Int {
    let first = plans[0]
    let metadata = DocumentMetadata(
      title: title, author: first.patient.therapist.name ?? first.patient.therapist.clinic ?? Wording.english.creator,
      subject: title, creator: Wording.english.creator, createDate: createDate)
    let writer = try PDFWriter(sink: sink, size: options(first).pageSize, metadata: metadata)
    for plan in plans {
      if isCancelled() { throw HandoutError("stopped before it was complete", kind: .write) }
      if failure() != nil { break }
      let document = renderer.layout(plan, catalogue: catalogue, options: options(plan))
      writer.bookmark(plan.patient.name, level: 0)
      writer.append(document, setter: renderer.setter, levelOffset: 1)
      if document.pages.count % 2 == 1, let last = document.pages.last {
        writer.appendPage(Page(size: last.size, contentFrame: last.contentFrame), setter: renderer.setter)
      }
    }
    try writer.finish()
    return writer.pageCount
  }
}
