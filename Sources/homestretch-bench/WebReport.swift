import Foundation

/// Part 5's figures beside the batch they are compared with, its targets and its table.
struct WebReport: Codable {
  var load: WebLoad.Result
  /// `homestretch batch --jobs 2` on the same handout (the sample patient, many times).
  var batchPatients: Int
  var batchHandoutsPerSecond: Stats
  var targets: [BenchReport.Target] = []

  func scenario(_ route: String, clients: Int) -> WebLoad.Scenario? {
    load.scenarios.first { $0.route == route && $0.clients == clients }
  }

  /// The issue's targets for the web app on 2 cores (the load generator sharing them).
  mutating func judge() {
    var targets: [BenchReport.Target] = []
    let limits: [(String, Int, Double, String)] = [
      ("/plan", 1, 15, "plan preview"), ("/handout", 1, 60, "PDF"), ("/plan", 8, 30, "plan preview"),
      ("/handout", 8, 250, "PDF"),
    ]
    for (route, clients, limit, name) in limits {
      guard let figures = scenario(route, clients: clients) else { continue }
      targets.append(
        BenchReport.Target(
          goal: "\(name) p95 < \(Int(limit)) ms, \(clients) client\(clients == 1 ? "" : "s")",
          value: "\(f(figures.p95MS)) ms", pass: figures.p95MS < limit))
    }
    if let pdf = scenario("/handout", clients: 8) {
      let share = pdf.perSecond / batchHandoutsPerSecond.median * 100
      targets.append(
        BenchReport.Target(
          goal: "PDF throughput, 8 clients >= 85% of batch --jobs 2",
          value: "\(f(pdf.perSecond)) vs \(f(batchHandoutsPerSecond.median))/s (\(f(share))%)", pass: share >= 85))
    }
    let growth = (load.rssAfterMB / load.rssAfterWarmupMB - 1) * 100
    targets.append(
      BenchReport.Target(
        goal: "server memory flat over >= \(WebLoad.memorySpan) requests (<= +10%)",
        value:
          "\(f(load.rssAfterWarmupMB)) -> \(f(load.rssAfterMB)) MB (\(growth >= 0 ? "+" : "")\(f(growth))%) over \(load.totalRequests)",
        pass: growth <= 10 && load.totalRequests >= WebLoad.memorySpan))
    self.targets = targets
  }

  func table() -> [String] {
    var lines: [String] = []
    lines.append(
      "5. homestretch serve under wrk on loopback (1 wrk thread; the sample patient's form as the POST body)")
    lines.append(
      "   \(pad("route", 10)) \(pad("clients", 8)) \(pad("seconds", 8)) \(pad("answers", 8)) \(pad("p50 ms", 8)) \(pad("p95 ms", 8)) "
        + "\(pad("p99 ms", 8)) \(pad("max ms", 8)) per second")
    for item in load.scenarios {
      lines.append(
        "   \(pad(item.route, 10)) \(pad("\(item.clients)", 8)) \(pad(f(item.seconds, 0), 8)) \(pad("\(item.responses)", 8)) "
          + "\(pad(f(item.p50MS), 8)) \(pad(f(item.p95MS), 8)) \(pad(f(item.p99MS), 8)) \(pad(f(item.maxMS), 8)) "
          + f(item.perSecond))
    }
    lines.append(
      "   batch --jobs 2 of the same handout, \(batchPatients) patients: \(f(batchHandoutsPerSecond.median)) handouts/s "
        + "[\(f(batchHandoutsPerSecond.min)) - \(f(batchHandoutsPerSecond.max))]")
    lines.append(
      "   server RSS: \(f(load.rssAfterWarmupMB)) MB after \(load.warmupRequests) warm-up requests, "
        + "\(f(load.rssAfterMB)) MB after \(load.totalRequests) more")
    return lines
  }
}
