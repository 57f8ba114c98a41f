import Foundation
import ZIPFoundation

/// A zip of handouts, made in memory with ZIPFoundation (never in a temporary file), one
/// PDF per entry under its own file name.
enum HandoutArchive {
  /// The zip's bytes, the files in the order given.
  static func zip(_ files: [(name: String, data: Data)], modified: Date) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    for file in files {
      let data = file.data
      try archive.addEntry(
        with: file.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }
}
