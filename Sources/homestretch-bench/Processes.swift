import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Programs run as fresh processes: this bench's own children, `homestretch batch` and
/// `homestretch render`, each timed from spawn to exit.
enum Spawn {
  /// Runs `path` to its end with stdout and stderr going to files; returns the wall-clock
  /// milliseconds from spawn to exit. posix_spawn and waitpid rather than Foundation's
  /// `Process`, whose `waitUntilExit` polls a run loop and could add its own milliseconds
  /// to a 100 ms figure.
  static func run(_ path: String, _ arguments: [String], stdout: String, stderr: String) throws -> Double {
    let (status, ms) = try Stopwatch.measure { () throws(BenchError) -> Int32 in
      wait(try start(path, arguments, stdout: stdout, stderr: stderr))
    }
    guard status == 0 else {
      let log = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
      throw BenchError(
        "\(([path] + arguments).joined(separator: " ")) failed (wait status \(status)):\n\(log.suffix(2000))")
    }
    return ms
  }

  /// Starts `path` with stdout and stderr going to files (the same file when they are
  /// equal); returns its pid without waiting.
  static func start(_ path: String, _ arguments: [String], stdout: String, stderr: String) throws(BenchError)
    -> pid_t
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if stderr == stdout {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    var pid = pid_t()
    let error = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard error == 0 else { throw BenchError("\(path): cannot start: \(String(cString: strerror(error)))") }
    return pid
  }

  /// Waits for `pid` to end; its wait status.
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return status
  }
}

/// The measurements that need fresh processes.
struct Runs {
  /// This bench's own executable, re-run with `--child-size`.
  let bench: String
  /// The release `homestretch` built beside it.
  let homestretch: String
  /// A scratch folder for logs, the roster and the PDFs, removed at the end.
  let temp: String

  private func file(_ name: String) -> String {
    (temp as NSString).appendingPathComponent(name)
  }

  /// Part 2: one fresh process per size, so its peak memory is that size's alone.
  func child(size: Int, runs: Int, blocks: Int) throws -> ChildResult {
    let arguments = ["--child-size", "\(size)", "--runs", "\(runs)", "--blocks", "\(blocks)"]
    _ = try Spawn.run(bench, arguments, stdout: file("child.json"), stderr: file("child.log"))
    return try JSONDecoder().decode(ChildResult.self, from: Data(contentsOf: URL(fileURLWithPath: file("child.json"))))
  }

  /// Part 3: writes a YAML roster of `count` patients on the sample's clinical defaults.
  func writeRoster(count: Int) throws -> String {
    let defaults = """
      defaults:
        condition: piriformis_syndrome
        side: right
        pain: 6
        phase: subacute
        floor: true
        weeks: 4
        start: 2026-11-23
      patients:

      """
    let patients = (1...count).map { "  - name: Patient \(String(format: "%03d", $0))\n" }.joined()
    let path = file("roster.yaml")
    try Data((defaults + patients).utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Part 5: a YAML roster of `count` copies of the sample patient (her profile as the
  /// defaults, a numbered name each), for the batch the web app's PDF rate is compared with.
  func writeSampleRoster(count: Int) throws -> String {
    let sample = try String(contentsOfFile: Paths.sample, encoding: .utf8)
    let fields = sample.split(separator: "\n").filter { line in
      !line.hasPrefix("#") && !line.hasPrefix("name:") && !line.trimmingCharacters(in: .whitespaces).isEmpty
    }
    let defaults = "defaults:\n" + fields.map { "  \($0)\n" }.joined() + "patients:\n"
    let patients = (1...count).map { "  - name: Maria Lopez \(String(format: "%03d", $0))\n" }.joined()
    let path = file("sample-roster.yaml")
    try Data((defaults + patients).utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Part 3: `homestretch batch ROSTER --jobs N` into an empty folder; its wall-clock
  /// milliseconds, after checking every patient got a PDF.
  func batch(roster: String, jobs: Int, expected: Int) throws -> Double {
    let output = file("batch")
    try? FileManager.default.removeItem(atPath: output)
    let ms = try Spawn.run(
      homestretch, ["batch", roster, "-o", output, "--jobs", "\(jobs)"], stdout: file("batch.out"),
      stderr: file("batch.log"))
    let pdfs = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".pdf") }
    guard pdfs.count == expected else { throw BenchError("batch wrote \(pdfs.count) PDFs, expected \(expected)") }
    return ms
  }

  /// Part 4: `homestretch render` of the sample as a fresh process, until the PDF is on disk.
  func coldRender() throws -> Double {
    let pdf = file("cold.pdf")
    try? FileManager.default.removeItem(atPath: pdf)
    let ms = try Spawn.run(
      homestretch, ["render", Paths.sample, "-o", pdf], stdout: file("render.out"), stderr: file("render.log"))
    guard FileManager.default.fileExists(atPath: pdf) else { throw BenchError("render wrote no \(pdf)") }
    return ms
  }

  /// What starting any process costs here: the floor under the cold-render figure.
  func spawnFloor() throws -> Double {
    try Spawn.run("/bin/true", [], stdout: "/dev/null", stderr: "/dev/null")
  }
}
