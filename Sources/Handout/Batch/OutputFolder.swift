import Foundation

/// What a batch finds in its output folder besides its own new files: temporary files of
/// earlier runs that were killed, and handouts of patients no longer on the roster.
public enum OutputFolder {
  /// The temporary files HomeStretch writes beside a target in a batch folder:
  /// `.NAME.pdf.PID.tmp` and `.summary.csv.PID.tmp`; nobody else's file matches.
  static func temporaryFilePID(_ name: String) -> Int32? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let parts = name.dropFirst().dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 3, let pid = Int32(parts[parts.count - 1]), pid > 0,
      ["pdf", "csv"].contains(parts[parts.count - 2].lowercased()), !parts[0].isEmpty
    else { return nil }
    return pid
  }

  /// Removes the temporary files left by earlier runs of HomeStretch in `folder` (those of
  /// a process that is no longer running) and returns their names.
  @discardableResult
  public static func removeStaleTemporaryFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let own = ProcessInfo.processInfo.processIdentifier
    var removed: [String] = []
    for name in names.sorted() {
      guard let pid = temporaryFilePID(name), pid != own else { continue }
      if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
      let path = (folder as NSString).appendingPathComponent(name)
      guard OutputPath.kind(of: path) == "a regular file" else { continue }
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
    }
    return removed
  }

  /// The handouts (`*.pdf`) in `folder` that this run did not write, `all.pdf` aside: left
  /// by an earlier run for patients not on this roster, or whose row failed this time.
  public static func handoutsNotWritten(in folder: String, written: Set<String>) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { name in
      name.lowercased().hasSuffix(".pdf") && !name.hasPrefix(".") && name != "all.pdf" && !written.contains(name)
    }.sorted()
  }
}
