import AmbtCLI
import AmbtDiff
import AmbtModel
import AmbtTestSupport
import Foundation
import Testing

/// `ambt diff --format wijzigingsbesluit` and `ambt apply`, in process; golden decisions for the
/// real version pairs (re-record with `AMBT_RECORD=1 swift test --filter AmendmentCommandTests`).
@Suite struct AmendmentCommandTests {
  static let record = ProcessInfo.processInfo.environment["AMBT_RECORD"] == "1"
  static let pairs = [
    ("leek", "Codes/leek.ambt", "Tests/AmbtDiffTests/Fixtures/leek-v2.ambt"),
    ("alphen", "Codes/alphen-aan-den-rijn-2014.ambt", "Tests/AmbtDiffTests/Fixtures/alphen-v2.ambt"),
  ]

  func run(_ args: [String], stdin: String = "") -> (Int32, String, String) {
    let io = BufferIO(stdin: stdin)
    let code = CLI.run(args, io: io)
    let strip = { (s: String) in s.replacingOccurrences(of: Support.root + "/", with: "") }
    return (code, strip(io.stdoutText), strip(io.stderrText))
  }

  func tempDir() -> String {
    let dir = Scratch.path("ambt-besluit")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

  func check(_ actual: String, _ name: String) {
    let path = Support.path("Tests/AmbtDiffTests/Snapshots/" + name)
    if Self.record {
      _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
      Issue.record("recorded \(name); run again without AMBT_RECORD to check")
      return
    }
    let expected = (try? String(contentsOfFile: path, encoding: .utf8))?.replacingOccurrences(of: "\r\n", with: "\n")
    #expect(expected == actual, "\(name) differs; re-record with AMBT_RECORD=1 and review the change")
  }

  @Test("golden wijzigingsbesluit for the real version pairs", arguments: pairs)
  func golden(name: String, old: String, new: String) {
    let (code, out, err) = run(["diff", Support.path(old), Support.path(new), "--format", "wijzigingsbesluit"])
    #expect(code == 1)
    #expect(err.isEmpty)
    check(out, "\(name)-wijzigingsbesluit.txt")
  }

  @Test("diff -o writes the decision, apply -o carries it out: the new version, comments aside", arguments: pairs)
  func roundTrip(name: String, old: String, new: String) {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let decision = dir + "/besluit.txt"
    let result = dir + "/nieuw.ambt"
    #expect(run(["diff", Support.path(old), Support.path(new), "--format", "wijzigingsbesluit", "-o", decision]).0 == 1)
    let (code, out, err) = run(["apply", Support.path(old), decision, "-o", result])
    #expect(code == 0 && out.isEmpty)
    #expect(err.hasPrefix("uitgevoerd: ") && err.contains("onderdelen → "))
    let (_, formatted, _) = run(["fmt", Support.path(new)])
    let withoutComment = formatted.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("// Testversie") }
    #expect(read(result) == withoutComment.joined(separator: "\n"), "byte for byte the formatted new version")
    // Without -o the new version goes to standard output.
    #expect(run(["apply", Support.path(old), decision]).1 == read(result))
  }

  @Test("an instruction that cannot be carried out: file:line:column, hint, exit 2, nothing written")
  func failure() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let decision = dir + "/besluit.txt"
    let result = dir + "/nieuw.ambt"
    let text =
      "ARTIKEL I\n\nA\n\nArtikel 1.6 vervalt.\n\nB\n\nArtikel 99.1 vervalt.\n\nC\n\nIn artikel 2.1 wordt \"nooit\" vervangen door \"soms\".\n"
    try text.write(toFile: decision, atomically: true, encoding: .utf8)
    let (code, out, err) = run(["apply", Support.path("Codes/leek.ambt"), decision, "-o", result])
    #expect(code == 2 && out.isEmpty)
    #expect(
      err.contains(
        "besluit.txt:9:1: fout: artikel 99.1 bestaat niet in de gedragscode zoals die nu luidt [amendment-unknown-article]"))
    #expect(err.contains("besluit.txt:13:23: fout: 'nooit' komt niet voor in artikel 2.1"))
    #expect(err.contains("   tip: "))
    #expect(err.contains("ambt: fout: het besluit '") && err.contains("(2 fouten); er is niets geschreven"))
    #expect(!FileManager.default.fileExists(atPath: result))
    let (_, _, en) = run(["apply", Support.path("Codes/leek.ambt"), decision, "--lang", "en"])
    #expect(en.contains("error: article 99.1 does not exist in the code as it reads now") && en.contains("   hint: "))
  }

  @Test("apply never writes over an input, and reads one of them from standard input")
  func inputs() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let old = dir + "/oud.ambt"
    try Support.read("Codes/leek.ambt").write(toFile: old, atomically: true, encoding: .utf8)
    let before = read(old)
    let decision = "ARTIKEL I\n\nArtikel 1.6 vervalt.\n"
    let (code, _, err) = run(["apply", old, "-", "-o", old], stdin: decision)
    #expect(code == 2 && !err.isEmpty)
    #expect(read(old) == before)
    let (c2, out, _) = run(["apply", old, "-"], stdin: decision)
    #expect(c2 == 0 && !out.contains("§ 1.6.") && out.contains("§ 1.5."))
    #expect(run(["apply", "-", "-"], stdin: decision).0 == 2)
    // An old version with errors: its own problems, at its own lines.
    try "---\ntitel: T\n---\n\n§ 1. Tekst.\n@onbekend x\n".write(toFile: old, atomically: true, encoding: .utf8)
    let (c3, _, e3) = run(["apply", old, "-"], stdin: decision)
    #expect(c3 == 2 && e3.contains("oud.ambt:6:2: fout: onbekende annotatie") && e3.contains("bevat fouten; los die eerst op"))
    #expect(run(["apply", old]).0 == 2)
  }

  @Test("help in Dutch and English names the command and the format")
  func help() {
    let (c1, nl, _) = run(["help", "apply"])
    #expect(
      c1 == 0 && nl.contains("GEBRUIK: ambt apply <oud> <besluit> [-o <nieuw>]")
        && nl.contains("Nummers zijn die van vóór het besluit"))
    let (_, en, _) = run(["apply", "--help", "--lang", "en"])
    #expect(en.hasPrefix("carry out an amendment decision (wijzigingsbesluit) on a code") && en.contains("USAGE: ambt apply"))
    #expect(run(["help", "diff"]).1.contains("wijzigingsbesluit"))
    #expect(run(["--help", "--lang", "en"]).1.contains("  apply       carry out an amendment decision"))
  }

  @Test("document text in the decision is made safe for a terminal on standard output, kept exactly with -o")
  func terminalSafety() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let head = "---\ntitel: T\norganisatie: X\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n"
    try head.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    try (head + "\n§ 1.2. Een \u{1B}[2J bel\u{07} hier.\n").write(toFile: dir + "/b.ambt", atomically: true, encoding: .utf8)
    let (_, out, _) = run(["diff", dir + "/a.ambt", dir + "/b.ambt", "--format", "wijzigingsbesluit"])
    #expect(out.contains("§ 1.2. Een ␛[2J bel␇ hier.") && !out.contains("\u{1B}"))
    _ = run(["diff", dir + "/a.ambt", dir + "/b.ambt", "--format", "wijzigingsbesluit", "-o", dir + "/besluit.txt"])
    #expect(read(dir + "/besluit.txt").contains("\u{1B}[2J bel\u{07}"))
    let (code, new, _) = run(["apply", dir + "/a.ambt", dir + "/besluit.txt"])
    #expect(code == 0 && new == read(dir + "/b.ambt"))
  }
}
