import AmbtModel
import AmbtTestSupport
import Foundation
import Testing

@testable import AmbtCLI

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs that are not what they seem (issue 16, items 5 and 6): devices, FIFOs, unreadable
/// folders, a folder as standard input, a PDF to import, a lint configuration from Windows.
@Suite struct InputSafetyTests {
  static let valid = CLITests.valid

  func tempDir() -> String {
    let dir = Scratch.path("ambt-input")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Runs the CLI with real descriptors: `input` as standard input, standard output to
  /// `output`, standard error captured.
  static func runWithDescriptors(_ args: [String], input: Int32 = 0, output: String = "/dev/null") -> (Int32, String) {
    let errPath = Scratch.path("ambt-stderr")
    let errFD = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let outFD = open(output, O_WRONLY)
    defer {
      close(errFD)
      close(outFD)
      unlink(errPath)
    }
    let code = CLI.run(args, io: ProcessIO(input: input, output: outFD, errors: errFD))
    return (code, (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
  }

  @Test("a device such as /dev/zero is refused at once, not read until memory runs out")
  func device() {
    let (code, out, err) = CLITests.run(["check", "/dev/zero"])
    #expect(code == 2 && out.isEmpty)
    #expect(
      err
        == "ambt: fout: '/dev/zero' is geen gewoon bestand (een tekenapparaat); ambt leest alleen tekstbestanden\n0 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n"
    )
    let (c2, _, e2) = CLITests.run(["lint", "/dev/zero", "--lang", "en"])
    #expect(
      c2 == 2 && e2.hasPrefix("ambt: error: '/dev/zero' is not a regular file (a character device); ambt reads text files only\n")
    )
  }

  @Test("an endless input is cut off at the size limit with a clear error")
  func sizeLimit() {
    let fd = open("/dev/zero", O_RDONLY)
    defer { close(fd) }
    guard
      case .failure(let e) = Files.readAll(fd, name: LocalizedText("cli.files.standard-input"), limit: 1 << 20)
    else {
      Issue.record("an endless input was read")
      return
    }
    #expect(e.message.nl == "standaardinvoer is groter dan 1 MiB; ambt leest hoogstens 1 MiB per invoer")
    #expect(Files.maxInputBytes == 128 << 20)
  }

  @Test("a FIFO named x.ambt in a folder is skipped with a warning; lint does not hang")
  func fifoInFolder() throws {
    let dir = tempDir()
    try Self.valid.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    #expect(mkfifo(dir + "/x.ambt", 0o644) == 0)
    let (code, _, err) = CLITests.run(["lint", "--today", "2025-01-01", dir])
    #expect(code == 0)
    #expect(
      err.hasPrefix("ambt: waarschuwing: '\(dir)/x.ambt' is geen gewoon bestand (een FIFO); overgeslagen\n1 bestand getoetst"))
    let (c2, _, e2) = CLITests.run(["check", dir, "--lang", "en"])
    #expect(c2 == 0 && e2.hasPrefix("ambt: warning: '\(dir)/x.ambt' is not a regular file (a FIFO); skipped\n1 file checked"))
  }

  @Test("an unreadable subfolder is reported and exits 2; the rest is still checked")
  func unreadableSubfolder() throws {
    let dir = tempDir()
    try FileManager.default.createDirectory(atPath: dir + "/locked", withIntermediateDirectories: true)
    try Self.valid.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    try Self.valid.write(toFile: dir + "/locked/b.ambt", atomically: true, encoding: .utf8)
    // Root reads any folder, so the folder is made unreadable to the lister.
    let denied = InputError(
      message: LocalizedText("cli.files.cannot-read-folder", ["dir": "\(dir)/locked", "reason": "Permission denied"]))
    let io = BufferIO()
    let context = Context(io: io, language: .nl, style: Style(enabled: false))
    guard
      case .success(let sources) = Files.list(
        [dir], io: io, lister: { $0.hasSuffix("/locked") ? .failure(denied) : Files.directoryEntries($0) })
    else {
      Issue.record("listing failed")
      return
    }
    #expect(CheckCommand.check(sources, ParsedArguments(), context) == 2)
    #expect(
      io.stderrText
        == "ambt: fout: kan map '\(dir)/locked' niet lezen: Permission denied\n1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen\n"
    )
    // The real thing, where the tests do not run as root.
    if geteuid() != 0 {
      chmod(dir + "/locked", 0)
      defer { chmod(dir + "/locked", 0o755) }
      let (code, _, err) = CLITests.run(["check", dir])
      #expect(code == 2 && err.contains("kan map '\(dir)/locked' niet lezen: Permission denied"))
    }
  }

  @Test("import - with a folder as standard input exits 2")
  func folderAsStandardInput() {
    let fd = open(NSTemporaryDirectory(), O_RDONLY)
    defer { close(fd) }
    let (code, err) = Self.runWithDescriptors(["import", "-"], input: fd)
    #expect(code == 2)
    #expect(err == "ambt: fout: standaardinvoer is een map; geef een bestand, bijvoorbeeld 'ambt import - < code.txt'\n")
    let (c2, _) = Self.runWithDescriptors(["check", "-"], input: fd)
    #expect(c2 == 2)
  }

  @Test("a PDF, a Word file or UTF-16 given to import exits 2 with a hint, and writes nothing")
  func binaryImport() throws {
    let dir = tempDir()
    var pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<< /Type /Catalog >>\nstream\n".utf8)
    pdf += (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
    #expect(FileManager.default.createFile(atPath: dir + "/code.pdf", contents: Data(pdf)))
    let (code, out, err) = CLITests.run(["import", dir + "/code.pdf", "-o", dir + "/code.ambt"])
    #expect(code == 2 && out.isEmpty)
    #expect(
      err
        == "ambt: fout: '\(dir)/code.pdf' is een PDF-bestand, geen tekst; zet de PDF eerst om naar tekst, bijvoorbeeld met 'pdftotext -layout code.pdf code.txt', en importeer code.txt\n"
    )
    #expect(!FileManager.default.fileExists(atPath: dir + "/code.ambt"))
    let (c2, _, e2) = CLITests.run(["import", "-", "--lang", "en"], stdin: "PK\u{3}\u{4}word/document.xml")
    #expect(c2 == 2 && e2.hasPrefix("ambt: error: '<stdin>' is a Word or OpenDocument file (.docx, .odt), not text; save"))
    #expect(FileManager.default.createFile(atPath: dir + "/utf16.txt", contents: Data([0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00])))
    #expect(CLITests.run(["import", dir + "/utf16.txt"]).2.contains("is tekst in UTF-16, niet in UTF-8"))
    // Text, also in a legacy 8-bit encoding, is still imported.
    let windows1252 = Array("Gedragscode\n\nArtikel 1 Geschenken\nGeschenken tot ".utf8) + [0x80] + Array(" 50 meld je.\n".utf8)
    #expect(FileManager.default.createFile(atPath: dir + "/latin1.txt", contents: Data(windows1252)))
    #expect(CLITests.run(["import", dir + "/latin1.txt"]).0 == 0)
  }

  @Test("a lint configuration with CRLF line ends and a byte order mark is read")
  func configurationFromWindows() throws {
    let dir = tempDir()
    try Self.valid.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    let config = "\u{FEFF}# ambt lint\r\nreview-date-missing = off\r\nmissing-obligation = info\r\n"
    try config.write(toFile: dir + "/lint.conf", atomically: true, encoding: .utf8)
    let (code, out, err) = CLITests.run(["lint", "--today", "2025-01-01", "--config", dir + "/lint.conf", dir + "/a.ambt"])
    #expect(code == 0, "\(err)")
    #expect(!out.contains("[review-date-missing]"))
    #expect(!err.contains("fout:"))
  }
}
