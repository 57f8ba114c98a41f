import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// The libraries' errors are typed values without command line words, so a web server can
/// show them and tell a bad request from its own failure (issue 11, "libraries shaped for
/// more than one caller", first piece).
@Suite struct HandoutErrorTests {
  @Test func aBadDestinationIsTheCallersFault() throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("errors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("f.pdf").path
    #expect(mkfifo(fifo, 0o600) == 0)
    do {
      try AtomicFile.write(Data("x".utf8), to: fifo)
      Issue.record("a FIFO was replaced")
    } catch {
      #expect(error.kind == .destination && error.isCallersFault)
    }
    do {
      try OutputPath.check(folder.appendingPathComponent("a.txt").path, extensions: ["pdf"], inputs: [])
      Issue.record("a .txt name was accepted")
    } catch {
      #expect(error.kind == .destination)
    }
  }

  @Test func missingFontsAreTheProgramsFaultAndNameNoOption() {
    do {
      _ = try FontLibrary(directory: "/nonexistent/Fonts")
      Issue.record("fonts loaded from nowhere")
    } catch {
      #expect(error.kind == .fonts && !error.isCallersFault)
      #expect(!error.message.contains("--"), "\(error.message)")
    }
  }

  @Test func libraryMessagesNameNoCommandLineOption() {
    do {
      _ = try CatalogueLoader.load(directory: "/nonexistent/Exercises")
      Issue.record("a catalogue from nowhere")
    } catch {
      #expect(error.errors.map(\.message) == [CatalogueLoader.folderNotFound])
    }
    let file = NSTemporaryDirectory() + "/errors-\(UUID().uuidString).txt"
    #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    defer { try? FileManager.default.removeItem(atPath: file) }
    #expect(throws: HandoutError("\(file): is a file; the output must be a folder", kind: .destination)) {
      try BatchRunner.prepare(outputDirectory: file)
    }
  }
}
