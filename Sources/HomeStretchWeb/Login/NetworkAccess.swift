import Foundation

/// Where `homestretch serve --host` listens and which names it answers to: the address
/// itself (unless it is every address, `0.0.0.0` or `::`) and the names given with
/// `--name` (the computer's name on the network, `clinic-pc.local`, or its LAN address),
/// each with the port. Anything but 127.0.0.1 and localhost is treated as the network, and
/// needs the login.
///
///     let access = try NetworkAccess(host: "0.0.0.0", names: ["clinic-pc.local"], port: 8080)
///     access.addresses  // ["http://clinic-pc.local:8080/"]
public struct NetworkAccess: Sendable {
  /// The address to listen on, without brackets (`192.168.1.20`, `::`).
  public var bindAddress: String
  /// The names a request's `Host` may give, with the port.
  public var allowList: HostAllowList

  /// A problem with `--host` or `--name`, with its message.
  public struct Problem: Error, Equatable, Sendable {
    public var message: String
  }

  /// Whether `host` is this computer only, served on 127.0.0.1 with no login as before.
  /// (`::1` is loopback too, but is served as any other address: with the login.)
  public static func isLoopback(_ host: String) -> Bool {
    ["127.0.0.1", "localhost"].contains(host.trimmingCharacters(in: .whitespaces).lowercased())
  }

  /// Whether `host` is every address of the computer.
  public static func isEveryAddress(_ host: String) -> Bool {
    ["0.0.0.0", "::", "[::]"].contains(host)
  }

  public init(host: String, names: [String], port: Int) throws(Problem) {
    let host = host.trimmingCharacters(in: .whitespaces)
    let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    guard let hostName = Self.urlHost(bare) else {
      throw Problem(
        message: "--host \(host): not an address or host name of this computer (such as 192.168.1.20 or 0.0.0.0)")
    }
    var allowed: [String] = Self.isEveryAddress(host) ? [] : [hostName]
    for name in names {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      let bareName =
        trimmed.hasPrefix("[") && trimmed.hasSuffix("]") ? String(trimmed.dropFirst().dropLast()) : trimmed
      guard let urlName = Self.urlHost(bareName), !Self.isEveryAddress(bareName) else {
        throw Problem(
          message:
            "--name \(name): not a host name or address (letters, digits, dots and hyphens, such as clinic-pc.local)")
      }
      if !allowed.contains(urlName) { allowed.append(urlName) }
    }
    guard !allowed.isEmpty else {
      throw Problem(
        message:
          "--host \(host) listens on every address of this computer: say which names the therapists will open, with --name "
          + "(this computer's network name or LAN address, such as --name clinic-pc.local --name 192.168.1.20)")
    }
    bindAddress = bare
    allowList = HostAllowList(names: allowed, port: port)
  }

  /// The addresses to open, one per allowed name.
  public var addresses: [String] {
    allowList.names.map { name in "http://\(name):\(allowList.port.map(String.init) ?? "80")/" }
  }

  /// `name` as it appears in a URL and a `Host` field (an IPv6 address in brackets,
  /// lower case), or nil when it is neither a host name nor an address.
  static func urlHost(_ name: String) -> String? {
    let lower = name.lowercased()
    guard !lower.isEmpty, lower.count <= 253 else { return nil }
    if lower.contains(":") {
      let hex = Set("0123456789abcdef:.")
      return lower.allSatisfy(hex.contains) ? "[\(lower)]" : nil
    }
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
    guard lower.allSatisfy(allowed.contains), !lower.hasPrefix("."), !lower.hasPrefix("-"),
      !lower.contains("..")
    else { return nil }
    return lower
  }
}
