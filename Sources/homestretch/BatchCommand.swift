import ArgumentParser
import Dispatch
import Foundation
import Handout
import HomeStretch

/// `homestretch batch ROSTER -o DIR`: a handout for every patient of a class roster.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Write a handout for every row of a class roster (CSV or YAML); bad rows are reported and skipped.")

  @Argument(help: "The roster: a .csv with a header of profile fields, or a .yaml with defaults: and patients:.")
  var roster: String

  @Option(name: [.customShort("o"), .long], help: "The folder for the handouts, summary.csv and all.pdf.")
  var output: String

  @Flag(help: "Also write all.pdf: every handout in roster order, each starting on a fresh sheet.")
  var combined = false

  @Flag(help: "Give everyone the plan of the shared profile (defaults), with their own name on it.")
  var samePlan = false

  @Option(help: "A profile every CSV row starts from (the shared profile for --same-plan).")
  var defaults: String?

  @Option(help: "Workers rendering at once (default: all cores).")
  var jobs: Int?

  @Option(help: "First day of the program, YYYY-MM-DD, for rows without start: (default: next Monday).")
  var start: String?

  @OptionGroup var catalogue: CatalogueOption
  @OptionGroup var fonts: FontsOption

  func validate() throws {
    if let jobs, !(1...64).contains(jobs) { throw ValidationError("--jobs: \(jobs) is out of range; allowed: 1 to 64") }
  }

  func run() throws {
    let catalogue = try catalogue.load()
    let library = try fonts.load()
    let roster: Roster
    do {
      roster = try RosterLoader(knownItemIDs: catalogue.ids).load(path: self.roster, defaultsPath: defaults)
    } catch {
      Console.report(error)
      throw ExitCode.failure
    }
    let startDate = try ProfileInput.parseStart(start)
    let planner: BatchPlanner
    do {
      planner = try BatchPlanner(catalogue: catalogue, start: startDate, roster: roster, samePlan: samePlan)
    } catch {
      Console.report(error)
      throw ExitCode.failure
    }
    let jobs = planner.jobs(for: roster)
    for job in jobs {
      if case .failure(let errors) = job.profile { Console.report(errors) }
    }
    do {
      try BatchRunner.prepare(outputDirectory: output)
    } catch {
      Console.printError("error: \(error)")
      throw ExitCode.failure
    }

    let runner = BatchRunner(catalogue: catalogue, fontsDirectory: fonts.resolvedPath(), outputDirectory: output)
    let interrupt = Interrupt { runner.cancel() }
    let progress = Progress(total: jobs.count)
    let workers = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let createDate = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init).map {
      ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0)))
    }
    let options: @Sendable (Plan) -> HandoutOptions = { plan in
      var options = HandoutOptions(for: plan)
      if let createDate { options.createDate = createDate }
      return options
    }
    let outcomes = runner.run(jobs, planner: planner, workers: workers, options: options) { outcome, done, total in
      progress.update(outcome, done: done, total: total)
    }
    progress.finish()
    interrupt.stop()

    var failed = outcomes.contains { $0.status == .failed }
    if combined && !runner.isCancelled && outcomes.contains(where: { $0.status == .written || $0.status == .referral })
    {
      let path = (output as NSString).appendingPathComponent("all.pdf")
      do {
        let pages = try CombinedDocument.write(
          outcomes, catalogue: catalogue, renderer: HandoutRenderer(fonts: library), options: options,
          title: "HomeStretch handouts: \(URL(fileURLWithPath: roster.source).lastPathComponent)",
          createDate: createDate ?? "\(startDate)T00:00:00Z", to: path)
        Console.printError("combined: \(path) (\(pages) pages)")
      } catch {
        Console.printError("error: \(error)")
        failed = true
      }
    }
    let summaryPath = (output as NSString).appendingPathComponent("summary.csv")
    do {
      try AtomicFile.write(Data(BatchSummary.csv(outcomes).utf8), to: summaryPath)
    } catch {
      Console.printError("error: \(error)")
      failed = true
    }
    let counts = Dictionary(grouping: outcomes, by: \.status).mapValues(\.count)
    let parts = [BatchOutcome.Status.written, .referral, .failed, .cancelled].compactMap { status in
      counts[status].map { "\($0) \(status.rawValue)" }
    }
    Console.printError("\(parts.joined(separator: ", ")); summary: \(summaryPath)")
    if runner.isCancelled { throw ExitCode(130) }
    if failed { throw ExitCode.failure }
  }
}

/// Ctrl-C while a batch runs: stop after the rows in progress, which finish writing whole.
final class Interrupt: @unchecked Sendable {
  private let source: any DispatchSourceSignal

  init(_ handler: @escaping @Sendable () -> Void) {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      Console.printError("\nstopping: finishing the handouts in progress…")
      handler()
    }
    source.resume()
  }

  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}

/// A progress bar on a terminal; one quiet line per row otherwise.
final class Progress: @unchecked Sendable {
  let total: Int
  let terminal = isatty(STDERR_FILENO) != 0

  init(total: Int) {
    self.total = total
  }

  func update(_ outcome: BatchOutcome, done: Int, total: Int) {
    if terminal {
      let width = 30
      let filled = total == 0 ? width : done * width / total
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
      FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    } else {
      let file = outcome.job.fileName.map { " \($0)" } ?? ""
      Console.printError("[\(done)/\(total)] \(outcome.job.row.place) \(outcome.status.rawValue)\(file)")
    }
  }

  func finish() {
    if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
