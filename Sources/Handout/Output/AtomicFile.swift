import Foundation

/// Writes files so a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target. A failed write leaves the earlier
/// file as it was and no temporary file behind. Only a regular file, or nothing, is
/// replaced: a FIFO, a device or a symbolic link at the path is refused.
public enum AtomicFile {
  public static func write(_ data: Data, to path: String) throws(HandoutError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw HandoutError("\(path): is a folder; give a file name", kind: .destination)
    }
    try OutputPath.checkReplaceable(path)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw HandoutError("\(folder.path): cannot create the folder (\(reason(error)))", kind: .write)
    }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw HandoutError("\(folder.path): cannot write here (check the folder's permissions)", kind: .write)
    }
    do {
      let handle = try FileHandle(forWritingTo: temporary)
      defer { try? handle.close() }
      try handle.write(contentsOf: data)
      try handle.synchronize()
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw HandoutError(
        "\(path): could not be written (\(reason(error))); any earlier file is unchanged", kind: .write)
    }
    if rename(temporary.path, path) != 0 {
      let code = errno
      try? FileManager.default.removeItem(at: temporary)
      throw HandoutError(
        "\(path): could not be replaced (\(String(cString: strerror(code)))); any earlier file is unchanged",
        kind: .write)
    }
  }

  /// The system's words for why a file operation failed ("No space left on device").
  public static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
    return nsError.localizedDescription
  }
}
