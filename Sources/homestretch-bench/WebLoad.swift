import Foundation
import HomeStretch
import HomeStretchWeb

#if canImport(Glibc)
  import Glibc
#endif

/// Part 5: `homestretch serve` (the release build) under load from `wrk` on loopback, with
/// the sample patient's form as the POST body: the plan preview and the PDF, with one
/// client and with eight at once, each for a fixed time (wrk runs for a duration: its
/// per-thread stop does not end the run early); the server's resident memory after a
/// warm-up and after at least ``memorySpan`` requests.
struct WebLoad {
  /// One load: a route, how many clients at once, for how long, and what it measured.
  struct Scenario: Codable {
    var route: String
    var clients: Int
    var seconds: Double
    var responses: Int
    var non2xx: Int
    var errors: Int
    var p50MS: Double
    var p95MS: Double
    var p99MS: Double
    var maxMS: Double
    var perSecond: Double
  }

  struct Result: Codable {
    var scenarios: [Scenario]
    var warmupRequests: Int
    /// Every answer after the warm-up, the memory target's span.
    var totalRequests: Int
    var rssAfterWarmupMB: Double
    var rssAfterMB: Double
    var wrk: String
  }

  /// The loads in seconds, in the order they run: the issue's 1-client and 8-client targets.
  static let loads: [(route: String, clients: Int, seconds: Int)] = [
    ("/plan", 1, 10), ("/handout", 1, 15), ("/plan", 8, 10), ("/handout", 8, 45),
  ]
  static let warmupSeconds = 5
  /// The pause before each load, for the last one's dropped requests to finish.
  static let drainSeconds = 1.0
  /// The memory target's span: PDFs with 8 clients are added until the part has answered this many.
  static let memorySpan = 10_000

  let homestretch: String
  let temp: String

  private func file(_ name: String) -> String { (temp as NSString).appendingPathComponent(name) }

  func run() throws -> Result {
    guard let wrk = Self.which("wrk") else {
      throw BenchError("wrk not found: `make bench` installs it (Debian's wrk package)")
    }
    let port = try FreePort.find()
    let server = try Server.start(
      homestretch, ["serve", "--port", "\(port)", "--data", "examples"], log: file("serve.log"))
    defer { server.stop() }
    let base = "http://127.0.0.1:\(port)"
    let page = try HTTPGet.waitForPage(base + "/", seconds: 30)
    guard let token = Self.csrfToken(in: page) else { throw BenchError("the form page has no csrf token") }
    let body = file("maria.form")
    try Data(try Self.formBody(token: token).utf8).write(to: URL(fileURLWithPath: body))

    // The warm-up runs the loads that follow, 8 clients on each route, so that every cache,
    // thread and allocator arena the server keeps is made before the memory is first read.
    let warmup = [
      try load(wrk, base + "/plan", body: body, clients: 8, seconds: Self.warmupSeconds),
      try load(wrk, base + "/handout", body: body, clients: 8, seconds: Self.warmupSeconds),
    ].map(\.responses).reduce(0, +)
    let warm = server.residentKB()
    var scenarios: [Scenario] = []
    for item in Self.loads {
      Bench.progress("5/5 \(item.route), \(item.clients) client\(item.clients == 1 ? "" : "s"), \(item.seconds) s")
      scenarios.append(try load(wrk, base + item.route, body: body, clients: item.clients, seconds: item.seconds))
    }
    var total = scenarios.map(\.responses).reduce(0, +)
    // PDFs with 8 clients until the span is reached (a load's rate varies: run again when
    // one falls short), at most 240 seconds in all.
    var rate = scenarios.last?.perSecond ?? 0
    var spent = 0
    while total < Self.memorySpan, rate > 0, spent < 240 {
      let seconds = min(240 - spent, max(5, Int((Double(Self.memorySpan - total) / rate * 1.1).rounded(.up)) + 1))
      Bench.progress("5/5 memory: /handout, 8 clients, \(seconds) s more")
      let more = try load(wrk, base + "/handout", body: body, clients: 8, seconds: seconds)
      total += more.responses
      rate = more.perSecond
      spent += seconds
    }
    let after = server.residentKB()
    return Result(
      scenarios: scenarios, warmupRequests: warmup, totalRequests: total,
      rssAfterWarmupMB: Double(warm) * 1024 / 1e6, rssAfterMB: Double(after) * 1024 / 1e6, wrk: wrk)
  }

  /// One wrk run on one thread (the load generator shares the two cores with the server),
  /// after a pause of ``drainSeconds``: when wrk stops at its time it drops the requests it
  /// had sent, which the server still draws; the next run starting on top of them would
  /// find the render queue full (503) and measure the handover, not the load.
  private func load(_ wrk: String, _ url: String, body: String, clients: Int, seconds: Int) throws -> Scenario {
    Thread.sleep(forTimeInterval: Self.drainSeconds)
    let out = file("wrk.json")
    _ = try Spawn.run(
      wrk,
      [
        "-t1", "-c\(clients)", "-d\(seconds)s", "--timeout", "30s", "-s", "bench/post.lua", url, "--", body,
        "application/x-www-form-urlencoded",
      ], stdout: out, stderr: file("wrk.log"))
    let text = try String(contentsOfFile: out, encoding: .utf8)
    guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
      let figures = try? JSONDecoder().decode(WrkFigures.self, from: Data(line.utf8))
    else { throw BenchError("wrk printed no figures for \(url):\n\(text.suffix(1000))") }
    guard figures.non2xx == 0, figures.errors == 0 else {
      throw BenchError(
        "\(url) with \(clients) clients: \(figures.non2xx) answers were not 2xx (the last \(figures.badStatus)) and \(figures.errors) failed; see \(file("serve.log"))"
      )
    }
    return Scenario(
      route: URL(string: url)?.path ?? url, clients: clients, seconds: figures.seconds,
      responses: figures.responses, non2xx: figures.non2xx, errors: figures.errors, p50MS: figures.p50,
      p95MS: figures.p95, p99MS: figures.p99, maxMS: figures.max,
      perSecond: Double(figures.responses) / figures.seconds)
  }

  /// What bench/post.lua prints.
  private struct WrkFigures: Decodable {
    var responses: Int
    var non2xx: Int
    /// The last status that was not 2xx (0 when every answer was).
    var badStatus: Int
    var errors: Int
    var seconds: Double
    var p50: Double
    var p95: Double
    var p99: Double
    var max: Double

    enum CodingKeys: String, CodingKey {
      case responses, non2xx, errors, seconds
      case badStatus = "bad_status"
      case p50 = "p50_ms"
      case p95 = "p95_ms"
      case p99 = "p99_ms"
      case max = "max_ms"
    }
  }

  /// The sample patient as the form posts her, with the server's token.
  static func formBody(token: String) throws -> String {
    let catalogue = try CatalogueLoader.load(directory: Paths.catalogue)
    let profile = try ProfileDecoder(knownItemIDs: catalogue.ids).decode(path: Paths.sample)
    let form = PatientForm(profile: profile)
    var fields: [(String, String)] = [("csrf", token)]
    for name in form.values.keys.sorted() {
      for value in form.values[name] ?? [] { fields.append((name, value)) }
    }
    fields += form.include.map { ("include", $0) } + form.exclude.map { ("exclude", $0) }
    return FormBody(fields).urlEncoded
  }

  static func csrfToken(in page: String) -> String? {
    guard let range = page.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) else {
      return nil
    }
    return page[range].split(separator: "\"").last.map(String.init)
  }

  static func which(_ program: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
      let path = "\(folder)/\(program)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}

/// The server as a child process: started, asked for its memory, stopped with SIGTERM.
final class Server {
  let pid: pid_t

  private init(pid: pid_t) { self.pid = pid }

  static func start(_ path: String, _ arguments: [String], log: String) throws -> Server {
    Server(pid: try Spawn.start(path, arguments, stdout: log, stderr: log))
  }

  /// VmRSS of the server in kB, 0 if it is gone.
  func residentKB() -> Int { Machine.status("VmRSS", process: "\(pid)") ?? 0 }

  func stop() {
    kill(pid, SIGTERM)
    _ = Spawn.wait(pid)
  }
}

/// A port nobody listens on now: bound to port 0, read back, closed.
enum FreePort {
  static func find() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw BenchError("cannot open a socket") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(fd, generic, length) == 0 && getsockname(fd, generic, &length) == 0
      }
    }
    guard bound else { throw BenchError("cannot find a free port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}

/// A plain HTTP/1.1 GET over a socket, enough to wait for the server and read its form.
enum HTTPGet {
  static func waitForPage(_ url: String, seconds: Double) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    guard let parsed = URL(string: url), let port = parsed.port else { throw BenchError("bad url \(url)") }
    while Date() < deadline {
      if let page = get(port: port, path: parsed.path.isEmpty ? "/" : parsed.path) { return page }
      usleep(100_000)
    }
    throw BenchError("the server did not answer \(url) within \(Int(seconds)) s")
  }

  /// The body of a 200 answer, or nil.
  static func get(port: Int, path: String) -> String? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    guard connected else { return nil }
    let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
    guard request.withCString({ send(fd, $0, strlen($0), 0) }) > 0 else { return nil }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(fd, &buffer, buffer.count, 0)
      if count <= 0 { break }
      data.append(buffer, count: count)
    }
    let text = String(decoding: data, as: UTF8.self)
    guard text.hasPrefix("HTTP/1.1 200") else { return nil }
    return text
  }
}
