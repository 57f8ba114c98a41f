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
      do {
        return (folder, try TherapistAccounts.load(folder: folder))
      } catch {
        throw Console.fail(error.message)
      }
    }

    func save(_ accounts: TherapistAccounts, in folder: String) throws {
      do {
        try accounts.save(folder: folder)
      } catch {
        throw Console.fail(error.message)
      }
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
      do {
        checked = try accounts.newName(name)
      } catch {
        throw Console.fail(error.message)
      }
      let password = try PasswordInput.password(fromStandardInput: passwordStdin, name: checked)
      try PasswordInput.check(password)
      do {
        try accounts.add(name: checked, passwordHash: PasswordHasher.hash(password))
      } catch {
        throw Console.fail(error.message)
      }
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
      do {
        account = try accounts.existing(name)
      } catch {
        throw Console.fail(error.message)
      }
      let password = try PasswordInput.password(fromStandardInput: passwordStdin, name: account.name)
      try PasswordInput.check(password)
      do {
        try accounts.setPassword(name: account.name, passwordHash: PasswordHasher.hash(password))
      } catch {
        throw Console.fail(error.message)
      }
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
      do {
        try accounts.remove(name: name)
      } catch {
        throw Console.fail(error.message)
      }
      try data.save(accounts, in: folder)
      Console.write("Removed \(name).\n")
    }
  }
}
