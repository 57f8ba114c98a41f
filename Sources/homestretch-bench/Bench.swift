import Foundation
import Handout
import HomeStretch

/// `make bench`: how long the sample handout takes, layer by layer, in a loop, in a batch
/// and from a cold start, against the targets of issue 6. Run from the repository root.
/// With `--child-size N --runs R --blocks B` it is the fresh process of part 2 and prints
/// one line of JSON.
@main
enum Bench {
  /// Runs of the in-process phase timing: cheap, so enough for a steady median.
  static let phaseRuns = 9
  /// Passes over the example class roster (about 30 patients each) for the class share.
  static let classRuns = 3
  /// Part 2's sizes with their runs. This machine flips between a fast and a ~30% slower
  /// spell for seconds at a time, so the cheap sizes get many runs for a steady median.
  /// 1,000 handouts take ~25 s, so that size is one pass timed in ten blocks of 100 (still
  /// one process, still 1,000 in a row), not five passes.
  static let sizes: [(handouts: Int, runs: Int, blocks: Int)] = [(1, 21, 1), (10, 15, 1), (100, 5, 1), (1000, 1, 10)]
  static let batchPatients = 200
  static let batchRuns = 5
  static let coldRuns = 11
  static let webBatchPatients = 200

  static func main() {
    do {
      let arguments = Array(CommandLine.arguments.dropFirst())
      if arguments.first == "--child-size" {
        try child(arguments)
      } else if arguments.isEmpty {
        try parent()
      } else if arguments == ["--web"] {
        try parent(webOnly: true)
      } else {
        throw BenchError(
          "usage: homestretch-bench [--web] (from the repository root; `make bench` builds and runs it; "
            + "--web runs part 5 alone)")
      }
    } catch {
      FileHandle.standardError.write(Data("homestretch-bench: error: \(error)\n".utf8))
      exit(1)
    }
  }

  /// The fresh process of part 2.
  static func child(_ arguments: [String]) throws {
    var values: [String: Int] = [:]
    for index in stride(from: 0, to: arguments.count - 1, by: 2) {
      values[arguments[index]] = Int(arguments[index + 1])
    }
    guard let size = values["--child-size"], let runs = values["--runs"], let blocks = values["--blocks"],
      size > 0, runs > 0, blocks > 0, size % blocks == 0
    else { throw BenchError("usage: homestretch-bench --child-size N --runs R --blocks B (B divides N)") }
    let result = try Workloads.renderLoop(size: size, runs: runs, blocks: blocks)
    print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
  }

  static func parent(webOnly: Bool = false) throws {
    let clock = ContinuousClock()
    let started = clock.now
    let files = FileManager.default
    guard files.fileExists(atPath: Paths.sample) else {
      throw BenchError("\(Paths.sample) not found: run from the repository root (make bench)")
    }
    let bench = try files.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let homestretch = ((bench as NSString).deletingLastPathComponent as NSString).appendingPathComponent("homestretch")
    guard files.isExecutableFile(atPath: homestretch) else {
      throw BenchError("\(homestretch) not found: build both products (make bench)")
    }
    let temp = files.temporaryDirectory.appendingPathComponent("homestretch-bench-\(getpid())").path
    try files.createDirectory(atPath: temp, withIntermediateDirectories: true)
    defer { try? files.removeItem(atPath: temp) }
    let runs = Runs(bench: bench, homestretch: homestretch, temp: temp)
    let loadBefore = Machine.loadAverage()
    if webOnly {
      let web = try webPart(runs)
      print((web.table() + ["", "Targets"] + web.targets.map(\.line)).joined(separator: "\n"))
      return
    }

    progress("1/5 phases of the sample handout, \(phaseRuns) runs")
    let renderer = HandoutRenderer(fonts: try FontLibrary(directory: Paths.fonts))
    let (_, pages) = try Workloads.phases(renderer: renderer)  // warm-up: first-use costs belong to part 4
    let times = try (0..<phaseRuns).map { _ in try Workloads.phases(renderer: renderer).times }
    let phases = BenchReport.Phases(
      catalogue: Stats(times.map(\.catalogue)), profile: Stats(times.map(\.profile)),
      planning: Stats(times.map(\.planning)), layout: Stats(times.map(\.layout)),
      layoutNewRenderer: Stats(times.map(\.layoutNewRenderer)), drawing: Stats(times.map(\.drawing)),
      writing: Stats(times.map(\.writing)), total: Stats(times.map(\.total)),
      aboveCairoPercent: Stats(times.map { $0.aboveCairo / $0.total * 100 }),
      aboveCairoPerHandoutPercent: Stats(times.map(\.aboveCairoPerHandoutPercent)),
      aboveCairoClassPercent: Stats(
        try (0..<classRuns).map { _ in
          try Workloads.classShare(
            fonts: renderer.setter.fonts, catalogue: CatalogueLoader.load(directory: Paths.catalogue))
        }))

    var sizeResults: [BenchReport.Size] = []
    for size in sizes {
      progress("2/5 rendering the handout \(size.handouts) times in a fresh process")
      let result = try runs.child(size: size.handouts, runs: size.runs, blocks: size.blocks)
      let perHandout = Stats(result.msPerHandout)
      sizeResults.append(
        BenchReport.Size(
          handouts: size.handouts, runs: size.runs, blocks: size.blocks, msPerHandout: perHandout,
          msPerPage: perHandout.scaled(by: 1 / Double(pages)), peakRSSMB: Double(result.peakRSSKB) * 1024 / 1e6,
          renderedInProcess: result.rendered, threads: result.threads))
    }

    progress("3/5 homestretch batch of \(batchPatients) on 1 and 2 cores, \(batchRuns) runs each")
    let roster = try runs.writeRoster(count: batchPatients)
    var batchMS: [Int: [Double]] = [1: [], 2: []]
    for _ in 0..<batchRuns {
      // Alternating the two keeps a slow spell of the machine from landing on one of them.
      for jobs in [1, 2] {
        batchMS[jobs]!.append(try runs.batch(roster: roster, jobs: jobs, expected: batchPatients))
      }
    }
    let batches = [1, 2].map { jobs in
      BenchReport.Batch(
        jobs: jobs, seconds: Stats(batchMS[jobs]!).scaled(by: 0.001),
        handoutsPerSecond: Stats(batchMS[jobs]!.map { Double(batchPatients) / ($0 / 1000) }))
    }

    progress("4/5 cold render, \(coldRuns) fresh processes")
    let cold = try (0..<coldRuns).map { _ in try runs.coldRender() }
    let floor = try (0..<coldRuns).map { _ in try runs.spawnFloor() }
    let web = try webPart(runs)

    var report = BenchReport(
      date: ISO8601DateFormatter().string(from: Date()), sample: Paths.sample, pages: pages,
      cores: ProcessInfo.processInfo.activeProcessorCount, loadAverageBefore: loadBefore,
      loadAverageAfter: Machine.loadAverage(), seconds: Stopwatch.milliseconds(clock.now - started) / 1000,
      phases: phases, sizes: sizeResults,
      notes: [
        "1,000 handouts: one pass timed in 10 blocks of 100 (not 5 passes), to keep make bench near 3 minutes",
        "part 2 and the warm phases exclude one warm-up render; peak RSS counts every render of that process",
        "part 2 renders one handout again and again, so every text is set before; 'layout, new renderer' shows "
          + "layout with an empty text cache",
        "the phases count a catalogue load per handout; homestretch batch loads it once per process",
      ],
      batchPatients: batchPatients, batch: batches,
      twoCoreSpeedup: batches[1].handoutsPerSecond.median / batches[0].handoutsPerSecond.median,
      coldRenderMS: Stats(cold), spawnFloorMS: Stats(floor), web: web)
    report.judge()
    print(report.table())

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try files.createDirectory(atPath: "output", withIntermediateDirectories: true)
    try encoder.encode(report).write(to: URL(fileURLWithPath: Paths.report), options: .atomic)
    print("\nwrote \(Paths.report)")
  }

  /// Part 5: the web app under load, and the batch of the same handout it is compared with.
  static func webPart(_ runs: Runs) throws -> WebReport {
    progress("5/5 batch --jobs 2 of the sample patient, \(webBatchPatients) times, \(batchRuns) runs")
    let roster = try runs.writeSampleRoster(count: webBatchPatients)
    let rates = try (0..<batchRuns).map { _ in
      Double(webBatchPatients) / (try runs.batch(roster: roster, jobs: 2, expected: webBatchPatients) / 1000)
    }
    let load = try WebLoad(homestretch: runs.homestretch, temp: runs.temp).run()
    var report = WebReport(load: load, batchPatients: webBatchPatients, batchHandoutsPerSecond: Stats(rates))
    report.judge()
    return report
  }

  /// Progress on stderr, so stdout holds only the table.
  static func progress(_ message: String) {
    FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
  }
}
