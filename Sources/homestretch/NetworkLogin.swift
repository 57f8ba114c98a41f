import Foundation
import HomeStretchWeb

/// What `serve --host` needs before it listens on the network: the address and names,
/// a data folder with at least one therapist account, and the warning that plain HTTP
/// carries patient data unencrypted. Nil on loopback (no login, as before).
struct NetworkLogin {
  var access: NetworkAccess
  var gate: LoginGate

  /// Checks the options and prints the warning; refuses (exit 1) with what to do.
  init?(host: String, names: [String], port: Int, data: String?) throws {
    guard !NetworkAccess.isLoopback(host) else {
      guard names.isEmpty else {
        throw Console.fail(
          "--name is for --host: on \(host) the server answers to 127.0.0.1 and localhost only")
      }
      return nil
    }
    guard let data else {
      throw Console.fail(
        "--host \(host) needs --data DIR: on the network every therapist signs in, and the accounts are kept in "
          + "DIR/\(TherapistAccounts.fileName). Make one first: homestretch therapist add NAME --data DIR")
    }
    let accounts: TherapistAccounts
    do {
      accounts = try TherapistAccounts.load(folder: data)
    } catch {
      throw Console.fail(error.message)
    }
    guard !accounts.therapists.isEmpty else {
      throw Console.fail(
        "--host \(host): there are no therapist accounts in \(data), and on the network every therapist signs in. "
          + "Make one first: homestretch therapist add NAME --data \(data)")
    }
    do {
      access = try NetworkAccess(host: host, names: names, port: port)
    } catch {
      throw Console.fail(error.message)
    }
    if let warning = TherapistAccounts.permissionWarning(folder: data) { Console.warn(warning) }
    Console.warn(
      "--host \(host): patient data and passwords will cross the network UNENCRYPTED (plain HTTP); anyone on the "
        + "network can read them. Use it only on the clinic's own private network, or behind a TLS proxy "
        + "(README: \"On the clinic network\").")
    gate = LoginGate(folder: data, log: { Console.printError("homestretch: \($0)") })
  }
}
