import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Many callers render at once through a pool of warmed renderers with bounded memory
/// (issue 11, libraries: fourth piece); the batch uses the same pool.
@Suite struct RendererPoolTests {
  @Test func manyCallersShareAtMostCapacityRenderers() throws {
    let pool = RendererPool(fontsDirectory: HandoutFixture.fontsPath, capacity: 2)
    try pool.prepare()
    #expect(pool.made == 1, "prepare makes the first renderer")
    let plan = HandoutFixture.plan(HandoutFixture.profile())
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 6) { index in
      do {
        let data = try pool.withRenderer { renderer in
          try renderer.render(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
        }
        results.add(index, data)
      } catch {
        Issue.record("caller \(index): \(error)")
      }
    }
    #expect(pool.made <= 2, "never more renderers than the capacity")
    let all = results.all
    #expect(all.count == 6)
    #expect(Set(all.values).count == 1, "every caller gets the same bytes")
    #expect(all.values.first?.starts(with: Array("%PDF-".utf8)) == true)
  }

  @Test func missingFontsAreReportedByPrepare() {
    let pool = RendererPool(fontsDirectory: "/nonexistent/Fonts", capacity: 1)
    #expect(throws: HandoutError.self) { try pool.prepare() }
    // The failed lease gave its slot back: a second attempt fails the same way, not waits.
    do {
      try pool.prepare()
    } catch {
      #expect(error.kind == .fonts)
    }
  }
}

/// Results gathered from several threads.
final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Int: Data] = [:]

  func add(_ index: Int, _ data: Data) { lock.withLock { values[index] = data } }

  var all: [Int: Data] { lock.withLock { values } }
}
