import Foundation
import HomeStretch

/// `all.pdf`: every handout of a batch in roster order for one print job, each starting on
/// a fresh sheet (a blank back page follows a handout with an odd number of pages).
public enum CombinedDocument {
  /// Writes the combined PDF of the written outcomes to `path`, atomically, and returns its
  /// page count. `isCancelled` is asked before each handout: a stop (Ctrl-C) or a write
  /// error leaves no temporary file and any earlier `all.pdf` as it was.
  public static func write(
    _ outcomes: [BatchOutcome], catalogue: Catalogue, renderer: HandoutRenderer, options: (Plan) -> HandoutOptions,
    title: String, createDate: String, to path: String, isCancelled: () -> Bool = { false },
    writeHook: ((Int) throws -> Void)? = nil
  ) throws(HandoutError) -> Int {
    let plans = outcomes.filter { $0.status == .written || $0.status == .referral }.compactMap(\.plan)
    guard let first = plans.first else { throw HandoutError("no handout was written, so there is nothing to combine") }
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
      let metadata = DocumentMetadata(
        title: title, author: first.patient.therapist.name ?? first.patient.therapist.clinic ?? Wording.english.creator,
        subject: title, creator: Wording.english.creator, createDate: createDate)
      let writer = try PDFWriter(sink: sink, size: options(first).pageSize, metadata: metadata)
      for plan in plans {
        if isCancelled() { throw HandoutError("stopped before it was complete", kind: .write) }
        if sink.failure != nil { break }
        let document = renderer.layout(plan, catalogue: catalogue, options: options(plan))
        writer.bookmark(plan.patient.name, level: 0)
        writer.append(document, setter: renderer.setter, levelOffset: 1)
        if document.pages.count % 2 == 1, let last = document.pages.last {
          writer.appendPage(Page(size: last.size, contentFrame: last.contentFrame), setter: renderer.setter)
        }
      }
      try writer.finish()
      pages = writer.pageCount
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
}
