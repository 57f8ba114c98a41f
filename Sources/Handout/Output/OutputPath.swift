import Foundation

/// The checks every output path passes before anything is written to it: only a regular
/// file, or nothing, is ever replaced (never a folder, FIFO, device or symbolic link), never
/// a file the same run reads, and the name ends in what is written.
public enum OutputPath {
  /// What is at `path` now, without following a symbolic link; nil when nothing is.
  public static func kind(of path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return "a regular file"
    case S_IFDIR: return "a folder"
    case S_IFLNK: return "a symbolic link"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFCHR, S_IFBLK: return "a device"
    case S_IFSOCK: return "a socket"
    default: return "not a regular file"
    }
  }

  /// Throws unless whatever is at `path` is a regular file or nothing.
  public static func checkReplaceable(_ path: String) throws(HandoutError) {
    guard let kind = kind(of: path), kind != "a regular file" else { return }
    throw HandoutError(
      "\(path): is \(kind); only a regular file is ever replaced, so give another path", kind: .destination)
  }

  /// True when `path` and `other` name the same existing file (symbolic links followed).
  public static func isSameFile(_ path: String, _ other: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(path, &first) == 0, stat(other, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }

  /// Every check for a file about to be written: its extension (any case), what is there
  /// now, and that it is none of `inputs`, the files this run reads.
  public static func check(_ path: String, extensions: [String], inputs: [String]) throws(HandoutError) {
    let lower = path.lowercased()
    guard extensions.contains(where: { lower.hasSuffix(".\($0)") }) else {
      let allowed = extensions.map { ".\($0)" }.joined(separator: " or ")
      throw HandoutError("\(path): the file written must end in \(allowed)", kind: .destination)
    }
    try checkReplaceable(path)
    for input in inputs where isSameFile(path, input) {
      throw HandoutError(
        "\(path): is \(input), an input of this run; it is never overwritten, so give another path", kind: .destination)
    }
  }
}
