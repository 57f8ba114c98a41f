import Foundation

/// Handouts kept in memory by file name, for a caller that sends them on rather than
/// writing a folder (a web server zips them). Safe for the batch's workers at once.
public final class MemoryDestination: BatchDestination, @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String: Data] = [:]

  public init() {}

  public func store(_ data: Data, fileName: String) throws(HandoutError) {
    guard !fileName.contains("/"), !fileName.hasPrefix("."), !fileName.isEmpty else {
      throw HandoutError("'\(fileName)' is not a plain file name", kind: .destination)
    }
    lock.withLock { stored[fileName] = data }
  }

  /// The handout stored under `fileName`, if any.
  public func data(for fileName: String) -> Data? {
    lock.withLock { stored[fileName] }
  }

  /// How many bytes all the stored handouts hold.
  public var byteCount: Int {
    lock.withLock { stored.values.reduce(0) { $0 + $1.count } }
  }
}
