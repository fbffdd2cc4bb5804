import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

@testable import AmbtCLI

/// Inputs meant to break the command line: many files on all cores, symlink loops, files that
/// vanish, huge lines. Each gives a correct result or a clear error (exit 2), never a crash.
/// (Empty files, NUL bytes, a BOM, CRLF, invalid UTF-8 and 10,000 nested list levels are covered
/// in AmbtParserTests; a 100 MB file runs in `.ci/steps/hostile-large.sh` on the release build.)
@Suite struct HostileInputTests {
  static let valid = CLITests.valid

  func tempDir() -> String {
    let dir = Scratch.path("ambt-hostile")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("check on many files: output in input order, the same on one worker and on all")
  func stableOrder() throws {
    let dir = tempDir()
    var names: [String] = []
    for k in 0..<60 {
      // Sizes differ so that workers finish out of order.
      let padding = String(repeating: "Tekst die de regel langer maakt. ", count: (k * 37) % 500)
      let text = Self.valid.replacingOccurrences(of: "Tekst.", with: padding + "Tekst.")
        .replacingOccurrences(of: "verbod", with: "verbood\(k)")
      let name = dir + "/code-\(String(format: "%03d", k)).ambt"
      try text.write(toFile: name, atomically: true, encoding: .utf8)
      names.append(name)
    }
    let (c1, out1, err1) = CLITests.run(["check", dir], env: ["AMBT_JOBS": "1"])
    let (c2, out2, err2) = CLITests.run(["check", dir], env: ["AMBT_JOBS": "2"])
    let (c3, out3, _) = CLITests.run(["check", dir], env: ["AMBT_JOBS": "7"])
    #expect(c1 == 1 && c2 == 1 && c3 == 1)
    #expect(out1 == out2 && out2 == out3 && err1 == err2)
    #expect(err1.contains("60 bestanden gecontroleerd: 60 fouten"))
    let reported = out1.split(separator: "\n").filter { $0.contains("[unknown-norm]") }.map { String($0.prefix { $0 != ":" }) }
    #expect(reported == names)
    // lint: the same order on one worker and on several, in every format.
    for format in ["text", "json", "sarif"] {
      let (l1, lout1, _) = CLITests.run(["lint", "--format", format, "--today", "2025-01-01", dir], env: ["AMBT_JOBS": "1"])
      let (l2, lout2, _) = CLITests.run(["lint", "--format", format, "--today", "2025-01-01", dir], env: ["AMBT_JOBS": "3"])
      #expect(l1 == l2 && lout1 == lout2 && !lout1.isEmpty, "lint --format \(format)")
    }
  }

  @Test("ordered parallel map keeps order with a small window and many workers")
  func orderedMap() {
    var seen: [Int] = []
    ParallelMap.forEachOrdered(Array(0..<1_000), workers: 4, window: 3, { n in n * n }) { index, value in
      #expect(value == index * index)
      seen.append(index)
    }
    #expect(seen == Array(0..<1_000))
    #expect(ParallelMap.map(Array(0..<100), workers: 3) { $0 + 1 } == Array(1...100))
  }

  @Test("a directory symlink loop terminates and each file is checked once")
  func symlinkLoop() throws {
    let dir = tempDir()
    try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
    try Self.valid.write(toFile: dir + "/sub/a.ambt", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/sub/loop", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: dir + "/self", withDestinationPath: dir)
    let (code, _, err) = CLITests.run(["check", dir])
    #expect(code == 0)
    #expect(err.contains("1 bestand gecontroleerd: 0 fouten"))
    let (code2, _, err2) = CLITests.run(["check", dir + "/sub/loop"])
    #expect(code2 == 0 && err2.contains("1 bestand gecontroleerd"))
  }

  @Test("a file that disappears between listing and reading: exit 2, a clear message, the rest checked")
  func vanishingFile() throws {
    let dir = tempDir()
    for name in ["a", "b", "c"] {
      try Self.valid.write(toFile: dir + "/\(name).ambt", atomically: true, encoding: .utf8)
    }
    let io = BufferIO(stdin: "", terminal: false, environment: [:])
    let context = Context(io: io, language: .nl, style: Style(enabled: false))
    guard case .success(let sources) = Files.list([dir], io: io) else {
      Issue.record("listing failed")
      return
    }
    try FileManager.default.removeItem(atPath: dir + "/b.ambt")
    let code = CheckCommand.check(sources, ParsedArguments(), context)
    #expect(code == 2)
    #expect(io.stderrText.contains("ambt: fout: '\(dir)/b.ambt' bestaat niet (meer)"))
    #expect(io.stderrText.contains("2 bestanden gecontroleerd: 0 fouten"))
  }

  @Test("a 1 MB line is read in one piece")
  func megabyteLine() {
    let words = String(repeating: "woord ", count: 170_000)
    let text = "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. \(words)einde.\n@onderwerp geschenken\n@norm verbod\n"
    #expect(text.utf8.count > 1_000_000)
    let (code, _, err) = CLITests.run(["check", "-"], stdin: text)
    #expect(code == 0 && err.contains("0 fouten"))
    let r = Checker.check(bytes: Array(text.utf8), file: "x")
    #expect(r.document.articles.count == 1)
    // One word of a megabyte, and a megabyte without a newline at all.
    for hostile in [String(repeating: "x", count: 1_000_000), "§ 1. " + String(repeating: "é", count: 500_000)] {
      let (c, _, _) = CLITests.run(["check", "-"], stdin: hostile)
      #expect(c == 1)
    }
  }

  @Test("numbers out of range: check and lint exit 1 with the range, never a trap; no 'inf' in JSON (issue 16)")
  func numbersOutOfRange() {
    let interval = Self.valid.replacingOccurrences(
      of: "organisatie: O\n",
      with: "organisatie: O\nlaatste herziening: 2025-01-01\nherzieningstermijn: 700000000000000000 maanden\n")
    for args in [["check", "-"], ["lint", "--today", "2025-06-01", "-"]] {
      let (code, out, _) = CLITests.run(args, stdin: interval)
      #expect(code == 1, "\(args)")
      #expect(out.contains("valt buiten het bereik van 1 maand tot en met 100 jaar (1.200 maanden) [interval-out-of-range]"))
    }
    let years = interval.replacingOccurrences(of: "700000000000000000 maanden", with: "99999999999999999999 jaar")
    #expect(CLITests.run(["lint", "--today", "2025-06-01", "-"], stdin: years).0 == 1)
    let amount = Self.valid + "@drempel €" + String(repeating: "9", count: 400) + "\n"
    let (c1, out1, err1) = CLITests.run(["compile", "-"], stdin: amount)
    #expect(c1 == 1 && out1.isEmpty && err1.contains("[quantity-out-of-range]"))
    let dir = Scratch.path("ambt-range")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try? amount.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    try? Self.valid.write(toFile: dir + "/b.ambt", atomically: true, encoding: .utf8)
    let (c2, out2, _) = CLITests.run(["compare", "--format", "json", dir + "/a.ambt", dir + "/b.ambt"])
    #expect(c2 == 2 && !out2.contains("inf"))
  }

  @Test("fmt --write refuses a read-only file, also when run as root")
  func readOnlyAsRoot() throws {
    let dir = tempDir()
    let path = dir + "/ro.ambt"
    let messy = Self.valid.replacingOccurrences(of: "§ 1.1. Tekst.", with: "§ 1.1. Tekst\nover twee regels.")
    try messy.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    let (code, _, err) = CLITests.run(["fmt", "--write", path, "--lang", "en"])
    #expect(code == 2 && err.contains("'\(path)' is read-only; nothing written"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["ro.ambt"])
  }
}
