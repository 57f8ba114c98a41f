import Foundation
import HomeStretch

/// Renders a batch's handouts on several threads. Each worker has its own fonts, Pango
/// objects and cairo surfaces and shares nothing mutable but the queue of rows; each
/// handout goes to the caller's ``BatchDestination`` (a folder writes every file
/// atomically, so a stop between or during rows leaves no half file).
public final class BatchRunner: @unchecked Sendable {
  public let catalogue: Catalogue
  /// The renderers the workers borrow, one each for the whole run.
  public let renderers: RendererPool
  public let destination: any BatchDestination
  private let lock = NSLock()
  private var cancelled = false

  public var fontsDirectory: String { renderers.fontsDirectory }

  public init(catalogue: Catalogue, renderers: RendererPool, destination: any BatchDestination) {
    self.catalogue = catalogue
    self.renderers = renderers
    self.destination = destination
  }

  /// A batch with a pool of its own, of one renderer per core.
  public convenience init(catalogue: Catalogue, fontsDirectory: String, destination: any BatchDestination) {
    self.init(
      catalogue: catalogue,
      renderers: RendererPool(fontsDirectory: fontsDirectory, capacity: ProcessInfo.processInfo.activeProcessorCount),
      destination: destination)
  }

  /// A batch written into the folder `outputDirectory`.
  public convenience init(catalogue: Catalogue, fontsDirectory: String, outputDirectory: String) {
    self.init(
      catalogue: catalogue, fontsDirectory: fontsDirectory, destination: FolderDestination(folder: outputDirectory))
  }

  /// Asks the workers to stop after the row each is on; safe from a signal handler's queue.
  public func cancel() {
    lock.withLock { cancelled = true }
  }

  public var isCancelled: Bool { lock.withLock { cancelled } }

  /// Makes the output folder, or says why it cannot be used.
  public static func prepare(outputDirectory: String) throws(HandoutError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw HandoutError("\(outputDirectory): is a file; the output must be a folder", kind: .destination)
      }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
      } catch {
        throw HandoutError(
          "\(outputDirectory): cannot create the folder (\(AtomicFile.reason(error)))", kind: .write)
      }
    }
    guard FileManager.default.isWritableFile(atPath: outputDirectory) else {
      throw HandoutError("\(outputDirectory): cannot write here (check the folder's permissions)", kind: .write)
    }
  }

  /// Plans and renders every job on `workers` threads; `progress` hears of each finished
  /// row (from any thread, one at a time). Outcomes come back in roster order.
  public func run(
    _ jobs: [BatchJob], planner: BatchPlanner, workers: Int, options: @escaping @Sendable (Plan) -> HandoutOptions,
    progress: @escaping @Sendable (BatchOutcome, Int, Int) -> Void
  ) -> [BatchOutcome] {
    let state = BatchState(jobs: jobs, progress: progress)
    // Bad rows need no worker.
    for (index, job) in jobs.enumerated() {
      if case .failure(let errors) = job.profile {
        state.record(index, BatchOutcome(job: job, status: .failed, plan: nil, pages: 0, message: errors.description))
      }
    }
    let count = max(1, min(workers, jobs.count))
    DispatchQueue.concurrentPerform(iterations: count) { _ in
      var lease: RendererPool.Lease?
      var fontError: String?
      while !isCancelled, let index = state.nextIndex() {
        let job = jobs[index]
        guard case .success(let profile) = job.profile, let fileName = job.fileName else { continue }
        if lease == nil && fontError == nil {
          do {
            lease = try renderers.lease()
          } catch {
            fontError = (error as? HandoutError)?.message ?? "\(error)"
          }
        }
        guard let renderer = lease?.renderer else {
          state.record(index, BatchOutcome(job: job, status: .failed, plan: nil, pages: 0, message: fontError ?? ""))
          continue
        }
        let (plan, note) = planner.plan(for: profile)
        do {
          let document = renderer.layout(plan, catalogue: catalogue, options: options(plan))
          let data = try PDFPainter.pdf(document, setter: renderer.setter)
          try destination.store(data, fileName: fileName)
          let status: BatchOutcome.Status = plan.status == .refer ? .referral : .written
          state.record(
            index, BatchOutcome(job: job, status: status, plan: plan, pages: document.pages.count, message: note ?? ""))
        } catch {
          state.record(
            index,
            BatchOutcome(
              job: job, status: .failed, plan: nil, pages: 0, message: (error as? HandoutError)?.message ?? "\(error)"))
        }
      }
    }
    return state.results()
  }
}

/// The rows still to do and the outcomes so far, behind a lock the workers share.
final class BatchState: @unchecked Sendable {
  private let lock = NSLock()
  private let jobs: [BatchJob]
  private let progress: @Sendable (BatchOutcome, Int, Int) -> Void
  private var outcomes: [BatchOutcome?]
  private var next = 0
  private var finished = 0

  init(jobs: [BatchJob], progress: @escaping @Sendable (BatchOutcome, Int, Int) -> Void) {
    self.jobs = jobs
    self.progress = progress
    outcomes = Array(repeating: nil, count: jobs.count)
  }

  /// The next row to render, skipping bad rows; nil when none is left.
  func nextIndex() -> Int? {
    lock.withLock {
      while next < jobs.count, case .failure = jobs[next].profile { next += 1 }
      guard next < jobs.count else { return nil }
      defer { next += 1 }
      return next
    }
  }

  func record(_ index: Int, _ outcome: BatchOutcome) {
    lock.withLock {
      outcomes[index] = outcome
      finished += 1
      progress(outcome, finished, jobs.count)
    }
  }

  /// Outcomes in roster order; rows never reached are marked cancelled.
  func results() -> [BatchOutcome] {
    lock.withLock {
      jobs.indices.map { index in
        outcomes[index]
          ?? BatchOutcome(
            job: jobs[index], status: .cancelled, plan: nil, pages: 0, message: "stopped before this row")
      }
    }
  }
}
