import Foundation

/// The median of repeated measurements with their min and max: the median is the figure
/// to compare, min and max show how noisy the machine was while it was taken.
struct Stats: Codable, Sendable {
  var median: Double
  var min: Double
  var max: Double
  var runs: Int

  init(_ values: [Double]) {
    precondition(!values.isEmpty, "no measurements")
    let sorted = values.sorted()
    let middle = sorted.count / 2
    median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    min = sorted[0]
    max = sorted[sorted.count - 1]
    runs = sorted.count
  }

  /// The same figures in another unit (per page, seconds, MB...); `factor` must be positive.
  func scaled(by factor: Double) -> Stats {
    Stats(median: median * factor, min: min * factor, max: max * factor, runs: runs)
  }

  private init(median: Double, min: Double, max: Double, runs: Int) {
    self.median = median
    self.min = min
    self.max = max
    self.runs = runs
  }
}

/// Wall-clock timing on the monotonic clock, which NTP adjustments cannot move.
enum Stopwatch {
  /// Runs `body` once; returns its value and how long it took in milliseconds.
  static func measure<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (value: T, ms: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    return (value, milliseconds(clock.now - start))
  }

  static func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
  }
}

/// What the kernel says about this process and the machine.
enum Machine {
  /// The number of a /proc/self/status field: `VmHWM` is the peak resident memory in kB
  /// (what a batch of a thousand handouts must keep flat), `Threads` the threads alive.
  /// `process` is a pid, or `self`.
  static func status(_ field: String, process: String = "self") -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("\(field):") {
      return line.dropFirst(field.count + 1).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
    }
    return nil
  }

  /// The 1-minute load average: above ~0.5 something else was running and the figures are noisier.
  static func loadAverage() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
    return text.split(separator: " ").first.flatMap { Double($0) }
  }
}
