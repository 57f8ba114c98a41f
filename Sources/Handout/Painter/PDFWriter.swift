import CCairo
import Foundation

/// Where a PDF's bytes go as cairo writes them: memory for one handout, a file for a
/// combined print job of a whole class.
public protocol PDFSink: AnyObject {
  /// Takes the next bytes; false stops the PDF with a write error.
  func write(_ bytes: UnsafeRawBufferPointer) -> Bool
}

/// Writes a file as cairo produces it, so a combined PDF of hundreds of handouts never has
/// to fit in memory.
///
/// A write error (a full disk) is recorded in ``failure`` and the rest of the bytes are
/// dropped, but cairo is always told the write succeeded: cairo 1.16 crashes in
/// `cairo_surface_finish` after its write callback has reported an error. The caller checks
/// ``failure`` once the PDF is finished.
public final class FileSink: PDFSink {
  let handle: FileHandle
  /// Why the file could not be written, from the first failed write.
  public private(set) var failure: String?
  /// Stands in for the disk in tests: called before each write, throws to fail it.
  let writeHook: ((Int) throws -> Void)?

  public init(handle: FileHandle, writeHook: ((Int) throws -> Void)? = nil) {
    self.handle = handle
    self.writeHook = writeHook
  }

  public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard failure == nil else { return true }
    do {
      try writeHook?(bytes.count)
      try handle.write(contentsOf: Data(bytes))
    } catch {
      failure = AtomicFile.reason(error)
    }
    return true
  }
}

/// A PDF being painted page by page onto a cairo PDF surface.
public final class PDFWriter {
  let surface: OpaquePointer
  let cr: OpaquePointer
  private let sink: PDFSink
  private var outlineParents: [Int32] = [Int32(CAIRO_PDF_OUTLINE_ROOT)]
  public private(set) var pageCount = 0

  public init(sink: PDFSink, size: PageSize, metadata: DocumentMetadata) throws(HandoutError) {
    self.sink = sink
    let closure = Unmanaged.passUnretained(sink as AnyObject).toOpaque()
    let write: cairo_write_func_t = { closure, bytes, length in
      guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
      let sink = Unmanaged<AnyObject>.fromOpaque(closure).takeUnretainedValue() as! PDFSink
      return sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
        ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }
    guard let surface = cairo_pdf_surface_create_for_stream(write, closure, size.width, size.height) else {
      throw HandoutError("cairo could not start a PDF")
    }
    self.surface = surface
    cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.createDate)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.createDate)
    cr = cairo_create(surface)
  }

  deinit {
    cairo_destroy(cr)
    cairo_surface_destroy(surface)
  }

  /// Adds a bookmark to the page that is painted next.
  public func bookmark(_ title: String, level: Int) {
    let parent = outlineParents[min(level, outlineParents.count - 1)]
    let id = cairo_pdf_surface_add_outline(
      surface, parent, title, "page=\(pageCount + 1)", CAIRO_PDF_OUTLINE_FLAG_OPEN)
    outlineParents = Array(outlineParents.prefix(level + 1)) + [id]
  }

  /// Paints every page of `document`, with its bookmarks `levelOffset` levels down.
  public func append(_ document: LaidOutDocument, setter: TextSetter, levelOffset: Int = 0) {
    for (index, page) in document.pages.enumerated() {
      for entry in document.outline where entry.page == index {
        bookmark(entry.title, level: entry.level + levelOffset)
      }
      appendPage(page, setter: setter)
    }
  }

  public func appendPage(_ page: Page, setter: TextSetter) {
    cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
    PDFPainter.paint(page, cr: cr, setter: setter)
    cairo_show_page(cr)
    pageCount += 1
  }

  /// Finishes the PDF; throws when cairo or the sink failed on the way.
  public func finish() throws(HandoutError) {
    let status = cairo_status(cr)
    cairo_surface_finish(surface)
    let surfaceStatus = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS, surfaceStatus == CAIRO_STATUS_SUCCESS else {
      let failed = status != CAIRO_STATUS_SUCCESS ? status : surfaceStatus
      throw HandoutError("cairo could not write the PDF: \(String(cString: cairo_status_to_string(failed)))")
    }
  }
}
