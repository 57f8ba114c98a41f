import Foundation

/// Where a batch's handouts go, chosen by the caller: a folder for the command line, a zip
/// or a response for a web server. The batch renders; only the destination writes.
public protocol BatchDestination: Sendable {
  /// Keeps one handout's PDF under `fileName` (a plain name, no folders); throws to fail
  /// that row only. Called from several workers at once.
  func store(_ data: Data, fileName: String) throws(HandoutError)
}

/// Handouts written to a folder, each atomically: a stop or a full disk leaves no half file
/// and an earlier handout as it was.
public struct FolderDestination: BatchDestination {
  public let folder: String

  public init(folder: String) {
    self.folder = folder
  }

  /// The path of `fileName` in the folder. Names come from ``FileName/safe(_:fallback:)`` or
  /// are fixed, so they hold no folder parts; this checks it once more.
  public func path(for fileName: String) -> String? {
    guard !fileName.contains("/"), !fileName.hasPrefix("."), !fileName.isEmpty else { return nil }
    return (folder as NSString).appendingPathComponent(fileName)
  }

  public func store(_ data: Data, fileName: String) throws(HandoutError) {
    guard let path = path(for: fileName) else {
      throw HandoutError("'\(fileName)' is not a plain file name", kind: .destination)
    }
    try AtomicFile.write(data, to: path)
  }
}
