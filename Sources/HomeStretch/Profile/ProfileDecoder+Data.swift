import Foundation

extension ProfileDecoder {
  /// A profile from the bytes of a YAML file (an upload, a request body), read as a file is:
  /// at most ``InputLimits/yamlFileBytes``, UTF-8 with or without a byte-order mark; `file`
  /// names it in messages.
  public func decode(yamlData data: Data, file: String) throws(InputErrors) -> Profile {
    let node = try YAMLDocument.parse(data: data, name: file)
    return try decode(node: node, file: file)
  }
}
