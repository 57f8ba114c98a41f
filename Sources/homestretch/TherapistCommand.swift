import ArgumentParser
import Foundation
import HomeStretchWeb

/// `homestretch therapist`: the accounts that may sign in to `serve --host`, kept in
/// `therapists.json` inside the server's `--data` folder.
struct TherapistCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "therapist",
    abstract: "Manage the therapist accounts that sign in to the web app on the network (serve --host).",
    subcommands: [Add.self, Password.self, List.self, Remove.self])

  /// `body`, with an accounts error as the command's failure: its message on standard
  /// error and a non-zero exit status.
  static func orFail<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as AccountError {
      throw Console.fail(error.message)
    }
  }

  /// `--data DIR`, the folder `serve --data` is given.
  struct DataOption: ParsableArguments {
    @Option(help: "The server's folder (the one given to serve --data); the accounts are kept in its therapists.json.")
    var data: String?

    /// The folder, which must exist.
    func folder() throws -> String {
      guard let data else {
        throw Console.fail(
          "--data DIR is needed: the accounts are kept in DIR/\(TherapistAccounts.fileName), in the folder you give serve --data"
        )
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw Console.fail("--data \(data): not a folder; give the existing folder you give serve --data")
      }
      return data
    }

    func load() throws -> (String, TherapistAccounts) {
      let folder = try folder()
      return try orFail { (folder, try TherapistAccounts.load(folder: folder)) }
    }

    func save(_ accounts: TherapistAccounts, in folder: String) throws {
      try orFail { try accounts.save(folder: folder) }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an account; the password is typed twice without being shown (or read with --password-stdin).")

    @Argument(help: "The user name: letters, digits and . _ - @ (such as dana or d.whitfield).")
    var name: String

    @OptionGroup var data: DataOption

    @Flag(help: "Read the password from the first line of standard input instead of the terminal.")
    var passwordStdin = false

    func run() throws {
      let (folder, existing) = try data.load()
      var accounts = existing
      let checked: String
      checked = try orFail { try accounts.newName(name) }
      let password = try PasswordInput.password(fromStandardInput: passwordStdin, name: checked)
      try PasswordInput.check(password)
      try orFail { try accounts.add(name: checked, passwordHash: PasswordHasher.hash(password)) }
      try data.save(accounts, in: folder)
      Console.write(
        "Added \(checked) to \(TherapistAccounts.path(in: folder)). Start the server with: homestretch serve --host ADDRESS --data \(folder)\n"
      )
    }
  }

  struct Password: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set a new password for an account; its browsers are signed out.")

    @Argument(help: "The account's user name.")
    var name: String

    @OptionGroup var data: DataOption

    @Flag(help: "Read the password from the first line of standard input instead of the terminal.")
    var passwordStdin = false

    func run() throws {
      let (folder, existing) = try data.load()
      var accounts = existing
      let account: TherapistAccount
      account = try orFail { try accounts.existing(name) }
      let password = try PasswordInput.password(fromStandardInput: passwordStdin, name: account.name)
      try PasswordInput.check(password)
      try orFail { try accounts.setPassword(name: account.name, passwordHash: PasswordHasher.hash(password)) }
      try data.save(accounts, in: folder)
      Console.write("Set a new password for \(account.name).\n")
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the accounts (names and when each was made).")

    @OptionGroup var data: DataOption

    func run() throws {
      let (folder, accounts) = try data.load()
      guard !accounts.therapists.isEmpty else {
        Console.write("No accounts in \(folder). Add one with: homestretch therapist add NAME --data \(folder)\n")
        return
      }
      for account in accounts.therapists {
        Console.write("\(account.name)\t(password set \(account.created))\n")
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove an account; its browsers are signed out at their next request.")

    @Argument(help: "The account's user name.")
    var name: String

    @OptionGroup var data: DataOption

    func run() throws {
      let (folder, existing) = try data.load()
      var accounts = existing
      try orFail { try accounts.remove(name: name) }
      try data.save(accounts, in: folder)
      Console.write("Removed \(name).\n")
    }
  }
}
