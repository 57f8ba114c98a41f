import CCairo
import Foundation
import TestSupport
import Testing

@testable import Handout
@testable import HomeStretch

/// The preview's page images (issue 13, thumbnails): one per page of the PDF, drawn by the
/// same painter from the same layout, so what the therapist sees is what prints; checked
/// against poppler's own drawing of the PDF.
@Suite final class HandoutPreviewTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("homestretch-preview-\(UUID().uuidString)")
  let renderer: HandoutRenderer

  init() throws {
    renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  static let cases: [String] = ["sample", "large print", "a4", "six weeks"]

  @Test(arguments: cases)
  func onePageImagePerPageOfThePDF(label: String) throws {
    let profile = HandoutFixture.profiles.first { $0.0 == label }!.1
    let plan = HandoutFixture.plan(profile)
    let options = HandoutOptions(for: plan)
    let preview = renderer.preview(plan, catalogue: HandoutFixture.catalogue, options: options)
    let images = try renderer.pageImages(preview.document, pixelWidth: 400)
    let pdf = folder.appendingPathComponent("\(FileName.safe(label)).pdf")
    try renderer.render(plan, catalogue: HandoutFixture.catalogue, options: options).write(to: pdf)
    let info = try Subprocess.run("pdfinfo", [pdf.path]).stdout
    #expect(info.contains("Pages:           \(preview.pages.count)\n"), "\(label): \(preview.pages.count) images")
    #expect(preview.pages.map(\.number) == Array(1...preview.pages.count))
    #expect(images.map(\.number) == preview.pages.map(\.number))
    let ratio = options.paper == .a4 ? 841.89 / 595.276 : 792.0 / 612.0
    for (page, image) in zip(preview.pages, images) {
      #expect(image.png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
      #expect(image.width == 400)
      #expect(abs(Double(image.height) - 400 * ratio) < 1, "page \(page.number) in the paper's proportions")
      #expect(page.pixelHeight(width: 400) == image.height, "the page knows its image's height")
      #expect(!page.contents.isEmpty, "page \(page.number) says what is on it")
    }
    #expect(preview.options == options)
    #expect(
      preview.literacy
        == LiteracyCheck.check(
          renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: options), largePrint: options.largePrint),
      "the check of the same layout")
  }

  @Test func thePagesSayWhatIsOnThem() throws {
    let plan = HandoutFixture.plan(HandoutFixture.profile())
    let document = renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    let contents = HandoutPreview.contents(of: document)
    #expect(contents.first == Wording.english.coverTitle)
    for (index, item) in plan.items.enumerated() {
      let title = "\(index + 1). \(Wording.english.name(of: item.id, in: HandoutFixture.catalogue))"
      #expect(contents.contains { $0.contains(title) }, "\(title) is named on its page")
    }
    let last = try #require(plan.schedule.last)
    let lastWeek = Wording.english.weekTitle(last.week, from: last.days[0].date, to: last.days[6].date)
    #expect(contents.last == lastWeek, "the last page is the last week's tracker")
  }

  /// One page on its own is the same image as in the set, and a page that is not there is
  /// an error saying how many there are.
  @Test func onePageAloneIsTheSameImage() throws {
    let plan = HandoutFixture.plan(HandoutFixture.profile())
    let preview = renderer.preview(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan))
    let every = try renderer.pageImages(preview.document, pixelWidth: 350)
    let second = try renderer.pageImage(preview.document, page: 2, pixelWidth: 350)
    #expect(second == every[1])
    let count = preview.pages.count
    for number in [0, count + 1] {
      #expect(throws: HandoutError("the handout has no page \(number); it has \(count)")) {
        try self.renderer.pageImage(preview.document, page: number, pixelWidth: 350)
      }
    }
  }

  /// The image of each page is poppler's drawing of the PDF's page, give or take
  /// antialiasing: compared in cells of 12 by 12 pixels, the same page differs far less
  /// than two different pages do.
  @Test func eachImageIsThePrintedPage() throws {
    let plan = HandoutFixture.plan(HandoutFixture.profile())
    let options = HandoutOptions(for: plan)
    let preview = renderer.preview(plan, catalogue: HandoutFixture.catalogue, options: options)
    let images = try renderer.pageImages(preview.document, pixelWidth: 612)
    let pdf = folder.appendingPathComponent("maria.pdf")
    try renderer.render(plan, catalogue: HandoutFixture.catalogue, options: options).write(to: pdf)
    let pages = min(3, preview.pages.count)
    var printed: [GrayImage] = []
    for number in 1...pages {
      let prefix = folder.appendingPathComponent("print-\(number)").path
      let run = try Subprocess.run(
        "pdftoppm", ["-gray", "-r", "72", "-f", "\(number)", "-l", "\(number)", "-singlefile", pdf.path, prefix])
      #expect(run.status == 0, "pdftoppm: \(run.stderr)")
      printed.append(try GrayImage(pgm: Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))))
    }
    for number in 1...pages {
      let shown = try GrayImage(png: images[number - 1].png)
      #expect(shown.width == printed[number - 1].width && shown.height == printed[number - 1].height)
      let same = shown.difference(printed[number - 1])
      let other = shown.difference(printed[number % pages])
      #expect(same < 4, "page \(number): \(same) from its print")
      #expect(other > 3 * same, "page \(number): \(other) from another page, \(same) from its own")
    }
  }
}

/// A grey image, 0 black to 255 white, from a PNG (read by cairo) or a binary PGM (P5,
/// as pdftoppm writes it).
struct GrayImage {
  var width: Int
  var height: Int
  var pixels: [UInt8]

  struct Unreadable: Error {}

  init(png: Data) throws {
    final class Reader {
      var data: Data
      var offset = 0
      init(_ data: Data) { self.data = data }
    }
    let reader = Reader(png)
    let surface = cairo_image_surface_create_from_png_stream(
      { closure, bytes, length in
        let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
        guard let bytes, reader.offset + Int(length) <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
        reader.data.copyBytes(
          to: bytes, from: reader.data.startIndex + reader.offset..<reader.data.startIndex + reader.offset + Int(length)
        )
        reader.offset += Int(length)
        return CAIRO_STATUS_SUCCESS
      }, Unmanaged.passUnretained(reader).toOpaque())!
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw Unreadable() }
    width = Int(cairo_image_surface_get_width(surface))
    height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = cairo_image_surface_get_data(surface)!
    var pixels: [UInt8] = []
    pixels.reserveCapacity(width * height)
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width {
        let value = row[x]
        let (r, g, b) = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
        pixels.append(UInt8((r * 299 + g * 587 + b * 114) / 1000))
      }
    }
    self.pixels = pixels
  }

  init(pgm: Data) throws {
    // "P5\n<width> <height>\n255\n" then the bytes.
    let bytes = [UInt8](pgm)
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 && index < bytes.count {
      while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x0A) { index += 1 }
      var number = 0
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
        number = number * 10 + Int(bytes[index] - 0x30)
        index += 1
      }
      fields.append(number)
    }
    index += 1
    guard bytes.starts(with: [0x50, 0x35]), fields.count == 3, bytes.count - index == fields[0] * fields[1] else {
      throw Unreadable()
    }
    width = fields[0]
    height = fields[1]
    pixels = Array(bytes[index...])
  }

  /// The mean difference of the two images' average grey in cells of 12 by 12 pixels.
  func difference(_ other: GrayImage) -> Double {
    let cell = 12
    var total = 0.0
    var cells = 0
    for top in stride(from: 0, to: min(height, other.height) - cell + 1, by: cell) {
      for left in stride(from: 0, to: min(width, other.width) - cell + 1, by: cell) {
        var a = 0
        var b = 0
        for y in top..<top + cell {
          for x in left..<left + cell {
            a += Int(pixels[y * width + x])
            b += Int(other.pixels[y * other.width + x])
          }
        }
        total += abs(Double(a - b)) / Double(cell * cell)
        cells += 1
      }
    }
    return cells == 0 ? .infinity : total / Double(cells)
  }
}
