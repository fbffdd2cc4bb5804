import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

@testable import AmbtCLI

#if canImport(Glibc)
  import Glibc
#endif

/// What ambt prints (issue 16, item 4): a write error on standard output is an error, a long
/// source line is shown as a window, and no control character from a document reaches the
/// terminal.
@Suite struct OutputSafetyTests {
  static let valid = CLITests.valid

  func tempDir() -> String {
    let dir = Scratch.path("ambt-output")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("a write error on standard output (> /dev/full) exits 2 with a message on standard error")
  func fullDisk() {
    let (code, err) = InputSafetyTests.runWithDescriptors(["compile", "-"], input: openValid(), output: "/dev/full")
    #expect(code == 2)
    #expect(err == "ambt: fout: kan niet naar standaarduitvoer schrijven: No space left on device\n")
    let (c2, e2) = InputSafetyTests.runWithDescriptors(["rules", "--lang", "en"], output: "/dev/full")
    #expect(c2 == 2 && e2 == "ambt: error: cannot write to standard output: No space left on device\n")
    // Also when the command itself found problems: the output did not arrive, so 2.
    let io = BufferIO(stdin: Self.valid.replacingOccurrences(of: "verbod", with: "verbood"))
    io.stdoutError = "Broken pipe"
    #expect(CLI.run(["check", "-"], io: io) == 2)
    #expect(io.stderrText.hasSuffix("ambt: fout: kan niet naar standaarduitvoer schrijven: Broken pipe\n"))
  }

  /// A descriptor reading the valid code, for standard input.
  func openValid() -> Int32 {
    let path = tempDir() + "/valid.ambt"
    try? Self.valid.write(toFile: path, atomically: true, encoding: .utf8)
    return open(path, O_RDONLY)
  }

  @Test("a diagnostic on a long line shows a window of at most 120 columns around the column")
  func lineWindow() throws {
    let before = String(repeating: "a", count: 200)
    let text = "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@wet \(before) Wet x \(before)\n@norm verbod\n"
    let r = Checker.check(bytes: Array(text.utf8), file: "x.ambt")
    let d = try #require(r.diagnostics.first { $0.id == "unknown-law" })
    let out = DiagnosticRenderer(language: .nl, style: Style(enabled: false)).render(d, lines: r.lineTable)
    let shown = out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(shown[1] == "   @wet " + String(repeating: "a", count: 113) + "…")
    #expect(shown[2] == "        " + String(repeating: "^", count: 113))
    // In the middle of the line: cut on both sides, the caret a third in.
    let topic = text.replacingOccurrences(of: "@norm verbod", with: "@onderwerp " + before + ", onbekend, " + before)
    let r2 = Checker.check(bytes: Array(topic.utf8), file: "x.ambt")
    let unknown = try #require(r2.diagnostics.first { $0.id == "unknown-topic" && $0.message.nl.contains("'onbekend'") })
    let lines = DiagnosticRenderer(language: .nl, style: Style(enabled: false)).render(unknown, lines: r2.lineTable)
      .split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("x.ambt:10:214: fout: onbekend onderwerp 'onbekend'"))
    let window = "   …" + String(repeating: "a", count: 37) + ", onbekend, " + String(repeating: "a", count: 69) + "…"
    #expect(lines[1] == window)
    #expect(lines[2] == "   " + String(repeating: " ", count: 40) + "^^^^^^^^")
    // Short lines are shown whole, as before.
    let short = Checker.check(bytes: Array(Self.valid.replacingOccurrences(of: "verbod", with: "verbood").utf8), file: "s")
    let s = DiagnosticRenderer(language: .nl, style: Style(enabled: false)).render(short.diagnostics[0], lines: short.lineTable)
    #expect(s.contains("   @norm verbood\n         ^^^^^^^\n"))
  }

  @Test("2,000 unknown topics on one 20 KB line: output linear in the diagnostics, no line over 123 columns")
  func linearOutput() {
    let topics = (0..<2_000).map { "onb\(10_000 + $0)" }.joined(separator: ", ")
    let text = "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp \(topics)\n@norm verbod\n"
    let (code, out, _) = CLITests.run(["check", "-"], stdin: text)
    #expect(code == 1)
    #expect(out.utf8.count < 2_000 * 400)
    #expect(out.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 123 })
  }

  /// A code whose text, title and an unknown topic hold terminal controls.
  static let hostile =
    "---\ntitel: T \u{1B}]0;titel\u{7}\norganisatie: O\n---\n\n# 1. A\n\n"
    + "§ 1.1. Tekst \u{1B}[2J met \u{9B}31m en \u{202E}omgekeerd\u{202C} en \u{7F}.\n@onderwerp geschenken\n@norm verbod\n"

  static func unsafe(_ s: String, allowingColours: Bool = false) -> [String] {
    var found: [String] = []
    let scalars = Array(s.unicodeScalars)
    for (k, u) in scalars.enumerated() where u != "\n" && TerminalText.isUnsafe(u) {
      // The renderer's own colours: ESC [ digits/; m.
      if allowingColours, u == "\u{1B}", k + 1 < scalars.count, scalars[k + 1] == "[" {
        let rest = scalars[(k + 2)...].prefix { $0 == ";" || ("0"..."9").contains($0) }
        if scalars.count > k + 2 + rest.count, scalars[k + 2 + rest.count] == "m" { continue }
      }
      found.append(String(format: "U+%04X", u.value))
    }
    return found
  }

  @Test("check, lint, diff, compare and coverage never pass a document's control characters to the terminal")
  func controlCharacters() throws {
    let dir = tempDir()
    let a = dir + "/a.ambt"
    let b = dir + "/b.ambt"
    try Self.hostile.write(toFile: a, atomically: true, encoding: .utf8)
    try Self.hostile.replacingOccurrences(of: "Tekst", with: "Andere tekst").write(toFile: b, atomically: true, encoding: .utf8)
    let topic = Self.hostile.replacingOccurrences(of: "@onderwerp geschenken", with: "@onderwerp \u{1B}[31mrood\u{1B}[0m")
    let (c1, out1, _) = CLITests.run(["check", "-"], stdin: topic)
    #expect(c1 == 1 && Self.unsafe(out1).isEmpty)
    #expect(out1.contains("onbekend onderwerp '␛[31mrood␛[0m'"))
    #expect(out1.contains("   @onderwerp ␛[31mrood␛[0m\n"))
    for format in ["text", "github"] {
      let (_, out, _) = CLITests.run(["lint", "--today", "2025-01-01", "--format", format, a, "-"], stdin: topic)
      #expect(!out.isEmpty && Self.unsafe(out).isEmpty, "lint --format \(format): \(Self.unsafe(out))")
    }
    for format in ["text", "markdown"] {
      let (code, out, _) = CLITests.run(["diff", "--format", format, a, b])
      #expect(code == 1 && Self.unsafe(out).isEmpty, "diff --format \(format): \(Self.unsafe(out))")
      let (_, cmp, _) = CLITests.run(["compare", "--format", format, a, b])
      #expect(Self.unsafe(cmp).isEmpty, "compare --format \(format)")
    }
    let (_, diff, _) = CLITests.run(["diff", a, b])
    #expect(diff.contains("[-Tekst-]{+Andere tekst+} ␛[2J met �31m en �omgekeerd� en ␡."))
    // In colour on a terminal: the renderer's colours only.
    let (_, coloured, _) = CLITests.run(["diff", a, b], terminal: true)
    #expect(coloured.contains("\u{1B}[1m") && Self.unsafe(coloured, allowingColours: true).isEmpty)
    let (_, checkColoured, _) = CLITests.run(["check", "-"], stdin: topic, terminal: true)
    #expect(!checkColoured.contains("\u{1B}[31mrood") && checkColoured.contains("␛[31mrood"))
    let (_, coverage, _) = CLITests.run(["coverage", a])
    #expect(Self.unsafe(coverage).isEmpty)
  }

  @Test("TerminalText replaces C0, DEL, C1, bidi and separators one for one, and leaves text alone")
  func sanitizer() {
    #expect(TerminalText.sanitize("a\u{1B}[2Jb\tc\u{0}\u{7F}\u{85}\u{202E}\u{2066}\u{2028}d") == "a␛[2Jb c␀␡����d")
    #expect(TerminalText.sanitize("é ë € ’ 😀 § 1.1") == "é ë € ’ 😀 § 1.1")
    #expect(TerminalText.sanitize("a\nb") == "a␊b")
    #expect(TerminalText.sanitize("a\nb\u{1B}", keepingLineBreaks: true) == "a\nb␛")
  }
}
