import Foundation
import Testing

@testable import Handout

/// The render queue's admission (issue 13, the render queue): at most one render per
/// worker, a short line in order of arrival, and a refusal at once beyond it. Every test is
/// deterministic: the decision is taken when a caller enters, and the jobs are fakes that
/// finish only when the test opens their gate.
@Suite struct RenderQueueTests {
  @Test func workersRunThenTheLineFillsThenCallersAreRefused() throws {
    let queue = RenderQueue(workers: 2, waitingPerWorker: 2)
    #expect(queue.maxWaiting == 4)
    let running = try (0..<2).map { _ in try queue.enter() }
    #expect(running.allSatisfy { $0.isRunning })
    let waiting = try (0..<4).map { _ in try queue.enter() }
    #expect(waiting.allSatisfy { !$0.isRunning })
    #expect(queue.counts == (running: 2, waiting: 4))
    #expect(throws: RenderQueue.Full(workers: 2, waiting: 4, retryAfter: 2)) { _ = try queue.enter() }
    #expect(queue.counts == (running: 2, waiting: 4), "a refused caller takes no place")

    // A worker that finishes passes straight to the first in line, in order of arrival.
    running[0].leave()
    #expect(waiting[0].isRunning)
    #expect(!waiting[1].isRunning)
    #expect(queue.counts == (running: 2, waiting: 3))
    // ...which frees one place in line, and only one.
    let late = try queue.enter()
    #expect(!late.isRunning)
    #expect(throws: RenderQueue.Full.self) { _ = try queue.enter() }

    // A caller who gives up while waiting frees its place without taking a worker.
    waiting[2].leave()
    #expect(queue.counts == (running: 2, waiting: 3))
    running[1].leave()
    #expect(waiting[1].isRunning)
    #expect(!waiting[3].isRunning, "the one who left is skipped, the order kept")
    waiting[0].leave()
    #expect(waiting[3].isRunning)
    waiting[1].leave()
    #expect(late.isRunning)
    waiting[1].leave()  // twice: nothing more happens
    #expect(queue.counts == (running: 2, waiting: 0))
    waiting[3].leave()
    late.leave()
    #expect(queue.counts == (running: 0, waiting: 0))
    // Empty again: the next callers run at once.
    #expect(try queue.enter().isRunning)
  }

  @Test func noLineMeansOnlyTheWorkers() throws {
    let queue = RenderQueue(workers: 1, waitingPerWorker: 0, retryAfter: 5)
    let only = try queue.enter()
    do {
      _ = try queue.enter()
      Issue.record("a second caller is refused when nobody may wait")
    } catch {
      #expect(error.retryAfter == 5)
      #expect(error.description.contains("try again in 5 seconds"))
    }
    only.leave()
    #expect(try queue.enter().isRunning)
  }

  @Test func theWorkersAreTheGivenCountAtLeastOne() {
    #expect(RenderQueue(workers: 0).workers == 1)
    #expect(RenderQueue(workers: 3).maxWaiting == 12, "4 waiting per worker by default")
  }

  @Test func aWaitingTicketStartsWhenAWorkerIsFree() async throws {
    let queue = RenderQueue(workers: 1, waitingPerWorker: 1)
    let first = try queue.enter()
    let second = try queue.enter()
    let started = Flag()
    let waiter = Task {
      await second.started()
      started.set()
    }
    // It cannot have started: the only worker is taken, whatever the scheduling.
    #expect(!second.isRunning)
    first.leave()
    await waiter.value
    #expect(started.isSet && second.isRunning)
    second.leave()
  }

  @Test func runDoesTheJobOnAWorkerAndRefusesBeyondTheLine() async throws {
    let queue = RenderQueue(workers: 1, waitingPerWorker: 1)
    let gate = Gate()
    // The fake job: says it started, then waits for the test to open the gate.
    let job = Task {
      try await queue.run { () -> Int in
        gate.arrive()
        gate.waitUntilOpen()
        return 42
      }
    }
    await gate.arrived()
    #expect(queue.counts == (running: 1, waiting: 0))
    let inLine = try queue.enter()
    // Full now: a run is refused at once, and its job never runs.
    let ran = Flag()
    await #expect(throws: RenderQueue.Full.self) {
      try await queue.run { ran.set() }
    }
    #expect(!ran.isSet)
    gate.open()
    #expect(try await job.value == 42)
    // The finished job's worker went to the one in line.
    #expect(inLine.isRunning)
    inLine.leave()
    #expect(try await queue.run { "again" } == "again")
    #expect(queue.counts == (running: 0, waiting: 0))
  }
}

/// A flag set once from any thread.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  func set() { lock.withLock { value = true } }
  var isSet: Bool { lock.withLock { value } }
}

/// A fake job's controls: the job says it arrived, then blocks its thread until the test
/// opens the gate.
private final class Gate: @unchecked Sendable {
  private let lock = NSLock()
  private var waiters: [CheckedContinuation<Void, Never>] = []
  private var hasArrived = false
  private let opened = DispatchSemaphore(value: 0)

  func arrive() {
    let waiting = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
      hasArrived = true
      defer { waiters = [] }
      return waiters
    }
    for waiter in waiting { waiter.resume() }
  }

  /// Returns once the job has arrived.
  func arrived() async {
    await withCheckedContinuation { continuation in
      let now = lock.withLock { () -> Bool in
        if hasArrived { return true }
        waiters.append(continuation)
        return false
      }
      if now { continuation.resume() }
    }
  }

  func waitUntilOpen() { opened.wait() }
  func open() { opened.signal() }
}
