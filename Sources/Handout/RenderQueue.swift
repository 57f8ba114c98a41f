import Foundation

/// Admission for renders (PDFs, page images) from many callers at once, such as a web
/// server's requests: at most ``workers`` run at a time, at most ``maxWaiting`` wait in
/// line (first come, first served), and any caller beyond that is refused at once with
/// ``Full`` instead of piling up memory. Give it the ``RendererPool``'s capacity, so a
/// render that runs never waits for a renderer.
///
///     let queue = RenderQueue(workers: pool.capacity)  // 4 waiting per worker
///     let pdf = try await queue.run { try? pool.withRenderer { try $0.render(plan, ...) } }
///
/// The decision is taken when a caller ``enter()``s, without waiting, so it is the same
/// whatever the timing; ``run(_:)`` is enter, wait for the turn, work on a thread of its
/// own (never one of Swift's few concurrency threads), leave.
public final class RenderQueue: @unchecked Sendable {
  /// A caller refused because every worker is busy and the line is full.
  public struct Full: Error, Equatable, Sendable, CustomStringConvertible {
    public var workers: Int
    public var waiting: Int
    /// The seconds after which to try again (an HTTP `Retry-After`).
    public var retryAfter: Int

    public var description: String {
      "the server is busy: \(workers) handout\(workers == 1 ? " is" : "s are") being drawn and \(waiting) "
        + "\(waiting == 1 ? "is" : "are") waiting; try again in \(retryAfter) seconds"
    }
  }

  /// A caller's place: running, or waiting for its turn. ``leave()`` gives it up (a
  /// running place goes to the first in line).
  public final class Ticket: @unchecked Sendable {
    fileprivate let queue: RenderQueue
    // Guarded by the queue's lock.
    fileprivate var running = false
    fileprivate var left = false
    fileprivate var turn: CheckedContinuation<Void, Never>?

    fileprivate init(queue: RenderQueue) {
      self.queue = queue
    }

    /// Whether it holds a worker now.
    public var isRunning: Bool { queue.lock.withLock { running } }

    /// Returns once the ticket holds a worker (at once if it already does).
    public func started() async {
      await withCheckedContinuation { continuation in
        let now = queue.lock.withLock { () -> Bool in
          if running || left { return true }
          turn = continuation
          return false
        }
        if now { continuation.resume() }
      }
    }

    /// Gives the place up: a worker goes to the first in line, a place in line is freed.
    /// Leaving twice does nothing.
    public func leave() {
      queue.leave(self)
    }
  }

  /// How many renders may run at once.
  public let workers: Int
  /// How many callers may wait for a worker; one more is refused.
  public let maxWaiting: Int
  /// The `Retry-After` a refused caller is given, in seconds.
  public let retryAfter: Int

  fileprivate let lock = NSLock()
  private var runningCount = 0
  private var line: [Ticket] = []

  /// `workers` at once (at least 1), `waitingPerWorker` waiting for each.
  public init(workers: Int, waitingPerWorker: Int = 4, retryAfter: Int = 2) {
    self.workers = max(1, workers)
    self.maxWaiting = max(0, waitingPerWorker) * self.workers
    self.retryAfter = retryAfter
  }

  /// How many renders run and how many callers wait, now.
  public var counts: (running: Int, waiting: Int) {
    lock.withLock { (runningCount, line.count) }
  }

  /// Takes a worker if one is free, else a place in line, else throws ``Full``: decided
  /// now, without waiting.
  public func enter() throws(Full) -> Ticket {
    let ticket = Ticket(queue: self)
    let admitted = lock.withLock { () -> Bool in
      if runningCount < workers {
        runningCount += 1
        ticket.running = true
        return true
      }
      guard line.count < maxWaiting else { return false }
      line.append(ticket)
      return true
    }
    guard admitted else {
      throw Full(workers: workers, waiting: maxWaiting, retryAfter: retryAfter)
    }
    return ticket
  }

  fileprivate func leave(_ ticket: Ticket) {
    let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
      guard !ticket.left else { return nil }
      ticket.left = true
      guard ticket.running else {
        line.removeAll { $0 === ticket }
        return nil
      }
      ticket.running = false
      guard !line.isEmpty else {
        runningCount -= 1
        return nil
      }
      // The worker passes straight to the first in line: the running count stays.
      let first = line.removeFirst()
      first.running = true
      defer { first.turn = nil }
      return first.turn
    }
    next?.resume()
  }

  /// Runs `job` when a worker is free, on a thread of its own, and returns what it
  /// returns; throws ``Full`` at once, without running it, when the line is full.
  public func run<T: Sendable>(_ job: @escaping @Sendable () -> T) async throws(Full) -> T {
    let ticket = try enter()
    defer { ticket.leave() }
    await ticket.started()
    return await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        continuation.resume(returning: job())
      }
    }
  }
}
