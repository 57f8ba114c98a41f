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

  func run() throws {
    if let jobs, !(1...64).contains(jobs) { throw Console.fail("--jobs: \(jobs) is out of range; allowed: 1 to 64") }
    if output == "-" {
      throw Console.fail(
        "-o -: batch writes a folder of handouts, not standard output; give a folder (-o - is for render, figure and catalogue sheet)"
      )
    }
    let catalogue = try catalogue.load()
    let roster: Roster
    do {
      roster = try RosterLoader(knownItemIDs: catalogue.ids).load(path: self.roster, defaultsPath: defaults)
    } catch {
      Console.report(error)
      throw ExitCode.failure
    }
    for warning in roster.warnings { Console.warn(warning.description) }
    let startDate = try ProfileInput.parseStart(start)
    let planner: BatchPlanner
    do {
      planner = try BatchPlanner(catalogue: catalogue, start: startDate, roster: roster, samePlan: samePlan)
    } catch {
      Console.report(error)
      throw ExitCode.failure
    }
    let jobs = planner.jobs(for: roster)
    let today = Today.date()
    for job in jobs {
      switch job.profile {
      case .failure(let errors):
        Console.report(errors)
      case .success(let profile):
        let rowStart = profile.start ?? roster.defaults?.start ?? startDate
        for warning in Plausibility.warnings(for: profile, start: rowStart, today: today) {
          Console.warn("\(job.row.place): \(warning)")
        }
        if samePlan {
          for warning in SamePlanCheck.overrides(row: profile, given: planner.plan(for: profile).plan) {
            Console.warn("\(job.row.place): \(warning)")
          }
        }
      }
    }
    let summaryPath = (output as NSString).appendingPathComponent("summary.csv")
    let combinedPath = (output as NSString).appendingPathComponent("all.pdf")
    do {
      try BatchRunner.prepare(outputDirectory: output)
    } catch {
      // The library's words name no options; the command line adds its own.
      throw Console.fail(error.message + (error.kind == .destination ? " (-o names the folder for the handouts)" : ""))
    }
    do {
      let inputs = [self.roster] + (defaults.map { [$0] } ?? [])
      let targets = [summaryPath] + (combined ? [combinedPath] : [])
      for target in targets + jobs.compactMap({ $0.fileName.map { (output as NSString).appendingPathComponent($0) } }) {
        try OutputPath.check(target, extensions: ["pdf", "csv"], inputs: inputs)
      }
    } catch {
      throw Console.fail(error.message)
    }
    for name in OutputFolder.removeStaleTemporaryFiles(in: output) {
      Console.printError("removed \(name), a temporary file left by an earlier run that was stopped")
    }

    let workers = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    // One renderer per worker, made once; the combined step borrows one of them.
    let renderers = try fonts.pool(capacity: workers)
    let runner = BatchRunner(
      catalogue: catalogue, renderers: renderers, destination: FolderDestination(folder: output))
    // Kept to the very end: a stop during all.pdf or the summary still cleans up and reports.
    let interrupt = Interrupt { runner.cancel() }
    defer { interrupt.stop() }
    let progress = Progress(total: jobs.count)
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
    // The library notes duplicates, counts and makes summary.csv, as for the web app.
    let report = BatchReport(outcomes, roster: roster)

    var failed = report.count(.failed) > 0
    if combined && !runner.isCancelled && !report.printed.isEmpty {
      let path = combinedPath
      Console.printError("combining the handouts into \(path)…")
      do {
        let pages = try renderers.withRenderer { renderer in
          try CombinedDocument.write(
            report.outcomes, catalogue: catalogue, renderer: renderer, options: options,
            title: CombinedDocument.title(rosterSource: roster.source),
            createDate: createDate ?? "\(startDate)T00:00:00Z", to: path, isCancelled: { runner.isCancelled })
        }
        Console.printError("combined: \(path) (\(pages) pages)")
      } catch {
        Console.printError("error: \(error)")
        failed = true
      }
    }
    do {
      try AtomicFile.write(Data(report.summaryCSV.utf8), to: summaryPath)
    } catch {
      Console.printError("error: \(error)")
      failed = true
    }
    Console.printError("\(report.countsLine); summary: \(summaryPath)")
    let written = Set(report.printed.compactMap(\.job.fileName))
    let others = OutputFolder.handoutsNotWritten(in: output, written: written)
    if !others.isEmpty {
      Console.warn(
        "\(output) also holds \(others.count) handout(s) this run did not write (an earlier run's, for patients "
          + "not on this roster or whose row failed); they are left as they were, not in summary.csv: "
          + others.joined(separator: ", "))
    }
    if runner.isCancelled { throw ExitCode(130) }
    if failed { throw ExitCode.failure }
  }
}

/// Ctrl-C, SIGTERM or SIGHUP while a batch runs: stop after the rows in progress, which
/// finish writing whole; all.pdf is abandoned (its temporary file removed) and the summary
/// is still written.
final class Interrupt: @unchecked Sendable {
  static let signals: [(Int32, String)] = [(SIGINT, "Ctrl-C"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")]
  private let sources: [any DispatchSourceSignal]

  init(_ handler: @escaping @Sendable () -> Void) {
    sources = Self.signals.map { number, name in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        Console.printError("\nstopping (\(name)): finishing the handouts in progress, then the summary…")
        handler()
      }
      source.resume()
      return source
    }
  }

  func stop() {
    for source in sources { source.cancel() }
    for (number, _) in Self.signals { signal(number, SIG_DFL) }
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
      Console.writeError("\r[\(bar)] \(done)/\(total)")
    } else {
      let file = outcome.job.fileName.map { " \($0)" } ?? ""
      Console.printError("[\(done)/\(total)] \(outcome.job.row.place) \(outcome.status.rawValue)\(file)")
    }
    // A row's own problems were printed before the run; a failed write is printed here.
    if outcome.status == .failed, case .success = outcome.job.profile {
      if terminal { Console.writeError("\n") }
      Console.printError("error: \(outcome.job.row.place): \(outcome.message)")
    }
  }

  func finish() {
    if terminal { Console.writeError("\n") }
  }
}
