import AmbtCLI
import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

@Suite struct NewAndRenderCommandTests {
  static func run(_ args: [String], stdin: String = "") -> (Int32, BufferIO) {
    let io = BufferIO(stdin: stdin)
    return (CLI.run(args, io: io), io)
  }

  static func temporaryDirectory() throws -> String {
    let dir = Scratch.path("ambt-render")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("ambt new prints a code that ambt check accepts")
  func newToStdout() {
    let (code, io) = Self.run(["new", "--organisatie", "Leek (GM0022)"])
    #expect(code == 0)
    #expect(io.stdoutText.contains("organisatie: Leek (GM0022)"))
    let (checkCode, checkIO) = Self.run(["check", "-"], stdin: io.stdoutText)
    #expect(checkCode == 0, "\(checkIO.stdoutText)")
    let (fmtCode, fmtIO) = Self.run(["fmt", "--check", "-"], stdin: io.stdoutText)
    #expect(fmtCode == 0, "\(fmtIO.stdoutText)")
  }

  @Test("ambt new without an organisation fills in the default and says so")
  func newDefault() {
    let (code, io) = Self.run(["new"])
    #expect(code == 0)
    #expect(io.stdoutText.contains("organisatie: Voorbeeld"))
    #expect(io.stderrText.contains("geen --organisatie"))
    let (_, en) = Self.run(["new", "--lang", "en"])
    #expect(en.stderrText.contains("no --organisatie given"))
  }

  @Test("ambt new -o refuses to overwrite without --force")
  func newOutput() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/code.ambt"
    #expect(Self.run(["new", "--organisation", "Aalsmeer", "-o", path]).0 == 0)
    #expect(FileManager.default.fileExists(atPath: path))
    try Data("eigen werk\n".utf8).write(to: URL(fileURLWithPath: path))
    let (code, io) = Self.run(["new", "-o", path])
    #expect(code == 2)
    #expect(io.stderrText.contains("--force"))
    #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == "eigen werk\n")
    #expect(Self.run(["new", "-o", path, "--force"]).0 == 0)
    #expect(Self.run(["check", path]).0 == 0)
  }

  @Test("ambt new rejects an empty organisation and extra arguments")
  func newUsage() {
    #expect(Self.run(["new", "--organisatie", "  "]).0 == 2)
    #expect(Self.run(["new", "extra"]).0 == 2)
  }

  @Test("ambt render writes HTML and Markdown, to stdout or a file")
  func render() throws {
    let (_, newIO) = Self.run(["new", "--organisatie", "Leek"])
    let (code, io) = Self.run(["render", "-"], stdin: newIO.stdoutText)
    #expect(code == 0)
    #expect(io.stdoutText.hasPrefix("<!DOCTYPE html>"))
    #expect(io.stdoutText.contains("id=\"regel-4-1\""))
    let (mdCode, md) = Self.run(["render", "--format", "markdown", "-"], stdin: newIO.stdoutText)
    #expect(mdCode == 0)
    #expect(md.stdoutText.hasPrefix("# Gedragscode ambtenaren gemeente Leek"))
    let (_, annotated) = Self.run(["render", "--annotations", "-"], stdin: newIO.stdoutText)
    #expect(annotated.stdoutText.contains("class=\"annotations\""))
    #expect(annotated.stdoutText.contains("AW17-8-1e"))

    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let source = dir + "/code.ambt"
    try Data(newIO.stdoutText.utf8).write(to: URL(fileURLWithPath: source))
    let out = dir + "/code.html"
    let (fileCode, fileIO) = Self.run(["render", source, "-o", out])
    #expect(fileCode == 0)
    #expect(fileIO.stdoutText.isEmpty)
    let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
    #expect(written == io.stdoutText)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains("ambt-tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test("ambt render refuses a file with errors, and reports usage errors")
  func renderErrors() {
    let broken = "---\ntitel: x\n---\n\n§ 1. Regel.\n@onderwerp geschenk\n"
    let (code, io) = Self.run(["render", "-"], stdin: broken)
    #expect(code == 1)
    #expect(io.stdoutText.isEmpty)
    #expect(io.stderrText.contains("niet weergegeven"))
    #expect(Self.run(["render", "--format", "pdf", "-"], stdin: broken).0 == 2)
    #expect(Self.run(["render"]).0 == 2)
    #expect(Self.run(["render", "a.ambt", "b.ambt"]).0 == 2)
    #expect(Self.run(["render", "/bestaat/niet.ambt"]).0 == 2)
  }

  @Test("help lists new and render")
  func help() {
    let (_, io) = Self.run(["--help"])
    #expect(io.stdoutText.contains("new"))
    #expect(io.stdoutText.contains("render"))
    let (code, renderHelp) = Self.run(["help", "render"])
    #expect(code == 0)
    #expect(renderHelp.stdoutText.contains("--annotations"))
  }
}
