import Foundation
import Handout
import HomeStretch

extension PlanningService {
  /// The outcome of a roster upload.
  public enum RosterOutcome: Sendable {
    /// The file is no roster, or is over a limit: nothing was printed.
    case refused(InputErrors)
    /// Every row's outcome and the downloads.
    case batch(RosterBatch)
  }

  /// ``rosterBatch(_:)`` on a thread of its own (drawing, and waiting for renderers of the
  /// pool, never blocks the threads that answer the other requests), when
  /// ``rosterQueue`` lets it: one roster at a time, ``RenderQueue/Full`` at once otherwise.
  public func queuedRosterBatch(_ upload: RosterUpload) async throws(RenderQueue.Full) -> RosterOutcome {
    try await rosterQueue.run { self.rosterBatch(upload) }
  }

  /// A handout for every row of an uploaded roster, as `homestretch batch --combined`
  /// makes them: read by the same loader (with its limits), planned and drawn by the same
  /// batch runner on renderers of the pool (all but one, so single handouts still get
  /// one), `all.pdf` and `summary.csv` made by the same library code; the handouts are
  /// zipped in memory. A bad row is reported and skipped, as on the command line.
  public func rosterBatch(_ upload: RosterUpload) -> RosterOutcome {
    let name = upload.fileName
    let roster: Roster
    let planner: BatchPlanner
    let start = today().nextMondayOrSame
    do throws(InputErrors) {
      let format = try RosterLoader.format(of: name)
      roster = try RosterLoader(knownItemIDs: catalogue.ids).load(data: upload.data, format: format, name: name)
      planner = try BatchPlanner(catalogue: catalogue, start: start, roster: roster, samePlan: false)
    } catch {
      return .refused(error)
    }
    let jobs = planner.jobs(for: roster)
    var warnings = roster.warnings.map(\.description)
    for job in jobs {
      guard case .success(let profile) = job.profile else { continue }
      let rowStart = profile.start ?? roster.defaults?.start ?? start
      for warning in Plausibility.warnings(for: profile, start: rowStart, today: today()) {
        warnings.append("\(job.row.place): \(warning)")
      }
    }
    let destination = MemoryDestination()
    let runner = BatchRunner(catalogue: catalogue, renderers: pool, destination: destination)
    let options: @Sendable (Plan) -> HandoutOptions = { upload.options(for: $0) }
    let workers = max(1, pool.capacity - 1)
    let report = BatchReport(
      runner.run(jobs, planner: planner, workers: workers, options: options) { _, _, _ in }, roster: roster)

    var problems: [String] = []
    var combined: (pdf: Data, pages: Int)?
    if !report.printed.isEmpty {
      let catalogue = self.catalogue
      do {
        combined = try pool.withRenderer { renderer in
          try CombinedDocument.data(
            report.outcomes, catalogue: catalogue, renderer: renderer, options: options,
            title: CombinedDocument.title(rosterSource: name), createDate: "\(start)T00:00:00Z")
        }
      } catch {
        problems.append("all.pdf could not be made: \((error as? HandoutError)?.message ?? "\(error)")")
      }
    }
    var archive: Data?
    let files: [(name: String, data: Data)] = report.printed.compactMap { outcome in
      outcome.job.fileName.flatMap { name in destination.data(for: name).map { (name: name, data: $0) } }
    }
    if !files.isEmpty {
      do {
        archive = try HandoutArchive.zip(files, modified: Date())
      } catch {
        problems.append("the zip of the handouts could not be made: \(error)")
      }
    }
    return .batch(
      RosterBatch(
        source: name, report: report, warnings: warnings, combinedPDF: combined?.pdf,
        combinedPages: combined?.pages ?? 0,
        archive: archive, summaryCSV: Data(report.summaryCSV.utf8), problems: problems))
  }
}
