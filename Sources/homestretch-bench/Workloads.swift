import Foundation
import Handout
import HomeStretch

/// The repository files the bench reads and writes; `make bench` runs it from the repository root.
enum Paths {
  static let sample = "examples/maria-lopez.yaml"
  static let catalogue = "Exercises"
  static let fonts = "Fonts"
  static let report = "output/bench.json"
  static let classRoster = "examples/class-roster-with-errors.csv"
  /// The sample's own start, used only if the profile ever loses its `start:`.
  static let start = "2026-11-23"
}

/// Collects the PDF in memory, as the library's own `PDFPainter.Sink` does (it is internal),
/// so the bench pays the same copying cost as `HandoutRenderer.render`.
final class DataSink: PDFSink {
  var data = Data()

  func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    data.append(contentsOf: bytes)
    return true
  }
}

/// The sample handout's catalogue and plan, read once for the render loops.
struct Sample {
  let catalogue: Catalogue
  let plan: Plan

  static func load() throws -> Sample {
    let catalogue = try CatalogueLoader.load(directory: Paths.catalogue)
    let profile = try ProfileDecoder(knownItemIDs: catalogue.ids).decode(path: Paths.sample)
    let start = profile.start ?? CalendarDate(iso: Paths.start)!
    return Sample(catalogue: catalogue, plan: Planner(catalogue: catalogue).plan(for: profile, start: start))
  }
}

/// One handout made step by step, each step timed in milliseconds.
struct PhaseTimes: Codable, Sendable {
  var catalogue = 0.0
  var profile = 0.0
  var planning = 0.0
  var layout = 0.0
  var drawing = 0.0
  var writing = 0.0
  /// Layout again with a new renderer, whose text cache is empty: what a handout with
  /// texts this worker has not set before costs. Information only, not in `total`.
  var layoutNewRenderer = 0.0

  var aboveCairo: Double { catalogue + profile + planning + layout }
  var total: Double { aboveCairo + drawing + writing }

  /// The share above cairo of one handout among many in one process, the target's case:
  /// the catalogue is loaded once per process (not per handout) and layout is taken with
  /// an empty text cache, as for a patient whose texts this worker has not set before.
  var aboveCairoPerHandoutPercent: Double {
    let above = profile + planning + layoutNewRenderer
    return above / (above + drawing + writing) * 100
  }
}

enum Workloads {
  /// Makes the sample handout the way `homestretch render` does, but with a clock around
  /// each layer, in this already warm process (fonts loaded, caches filled). Drawing
  /// includes creating the cairo PDF surface; writing is `finish()`, where cairo subsets
  /// the fonts and writes the objects.
  static func phases(renderer: HandoutRenderer) throws -> (times: PhaseTimes, pages: Int) {
    var times = PhaseTimes()
    let catalogue: Catalogue
    (catalogue, times.catalogue) = try Stopwatch.measure { () throws(InputErrors) in
      try CatalogueLoader.load(directory: Paths.catalogue)
    }
    let profile: Profile
    (profile, times.profile) = try Stopwatch.measure { () throws(InputErrors) in
      try ProfileDecoder(knownItemIDs: catalogue.ids).decode(path: Paths.sample)
    }
    let plan: Plan
    (plan, times.planning) = Stopwatch.measure {
      Planner(catalogue: catalogue).plan(for: profile, start: profile.start ?? CalendarDate(iso: Paths.start)!)
    }
    let document: LaidOutDocument
    (document, times.layout) = Stopwatch.measure {
      renderer.layout(plan, catalogue: catalogue, options: HandoutOptions(for: plan))
    }
    let sink = DataSink()
    let writer: PDFWriter
    (writer, times.drawing) = try Stopwatch.measure { () throws(HandoutError) in
      let writer = try PDFWriter(sink: sink, size: document.pages[0].size, metadata: document.metadata)
      writer.append(document, setter: renderer.setter)
      return writer
    }
    (_, times.writing) = try Stopwatch.measure { () throws(HandoutError) in try writer.finish() }
    guard sink.data.starts(with: Data("%PDF".utf8)) else { throw BenchError("the sample did not render to a PDF") }
    // Last, so its cold caches cannot slow the phases above.
    let fresh = HandoutRenderer(fonts: renderer.setter.fonts)
    (_, times.layoutNewRenderer) = Stopwatch.measure {
      fresh.layout(plan, catalogue: catalogue, options: HandoutOptions(for: plan))
    }
    return (times, document.pages.count)
  }

  /// The class case of the "above cairo" target: every valid patient of the example class
  /// roster, one after another with one new renderer (its text cache starts empty), as a
  /// batch worker meets them. The catalogue is loaded once for the process, outside the
  /// clock; the roster's parsing is shared out over its patients. Returns the share of
  /// profile, planning and layout in the time of all handouts, in percent.
  static func classShare(fonts: FontLibrary, catalogue: Catalogue) throws -> Double {
    let (roster, parsing) = try Stopwatch.measure { () throws(InputErrors) in
      try RosterLoader(knownItemIDs: catalogue.ids).load(path: Paths.classRoster)
    }
    let profiles = roster.rows.compactMap { try? $0.profile.get() }
    guard !profiles.isEmpty else { throw BenchError("no valid patient in \(Paths.classRoster)") }
    let renderer = HandoutRenderer(fonts: fonts)
    let planner = Planner(catalogue: catalogue)
    let start = CalendarDate(iso: Paths.start)!
    var above = parsing
    var below = 0.0
    for profile in profiles {
      let (plan, planning) = Stopwatch.measure { planner.plan(for: profile, start: start) }
      let (document, layout) = Stopwatch.measure {
        renderer.layout(plan, catalogue: catalogue, options: HandoutOptions(for: plan))
      }
      let (_, painting) = try Stopwatch.measure { () throws(HandoutError) in
        let writer = try PDFWriter(sink: DataSink(), size: document.pages[0].size, metadata: document.metadata)
        writer.append(document, setter: renderer.setter)
        try writer.finish()
      }
      above += planning + layout
      below += painting
    }
    return above / (above + below) * 100
  }

  /// The child process of part 2: renders the sample `runs × blocks` times `size / blocks`
  /// in a row with one renderer, as one batch worker does, and times each block. One
  /// render before the clock starts takes the first-use costs (Pango's caches, cairo's
  /// font faces), which the cold-render test measures instead.
  static func renderLoop(size: Int, runs: Int, blocks: Int) throws -> ChildResult {
    let sample = try Sample.load()
    let renderer = HandoutRenderer(fonts: try FontLibrary(directory: Paths.fonts))
    let options = HandoutOptions(for: sample.plan)
    let perBlock = size / blocks
    var rendered = 0
    func render(_ count: Int) throws {
      for _ in 0..<count {
        let pdf = try renderer.render(sample.plan, catalogue: sample.catalogue, options: options)
        guard !pdf.isEmpty else { throw BenchError("an empty PDF") }
        rendered += 1
      }
    }
    try render(1)
    var msPerHandout: [Double] = []
    for _ in 0..<(runs * blocks) {
      let (_, ms) = try Stopwatch.measure { try render(perBlock) }
      msPerHandout.append(ms / Double(perBlock))
    }
    return ChildResult(
      size: size, msPerHandout: msPerHandout, rendered: rendered,
      peakRSSKB: Machine.status("VmHWM") ?? 0, threads: Machine.status("Threads") ?? 0)
  }
}

/// What a `--child-size` process prints as its one line of JSON.
struct ChildResult: Codable, Sendable {
  var size: Int
  var msPerHandout: [Double]
  /// Handouts this process rendered in all, the warm-up included: the peak memory is theirs.
  var rendered: Int
  var peakRSSKB: Int
  /// Threads alive at the end: 1 shows the loop really ran on one core.
  var threads: Int
}

struct BenchError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
