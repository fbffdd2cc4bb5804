import AmbtCLI
import AmbtDiff
import AmbtModel
import Foundation
import Testing

/// Golden files for every output format. Re-record with `AMBT_RECORD=1 swift test`: the run
/// writes the files and fails, so a recording is never mistaken for a pass.
@Suite struct SnapshotTests {
  static let record = ProcessInfo.processInfo.environment["AMBT_RECORD"] == "1"

  /// Runs the CLI in process, with paths relative to the repository root in the output.
  func run(_ args: [String], terminal: Bool = false, environment: [String: String] = [:]) -> (Int32, String, String) {
    let io = BufferIO(terminal: terminal, environment: environment)
    let code = CLI.run(args.map { $0.hasPrefix("@") ? Support.path(String($0.dropFirst())) : $0 }, io: io)
    let strip = { (s: String) in s.replacingOccurrences(of: Support.root + "/", with: "") }
    return (code, strip(io.stdoutText), strip(io.stderrText))
  }

  func check(_ actual: String, _ name: String) {
    let path = Support.path("Tests/AmbtDiffTests/Snapshots/" + name)
    if SnapshotTests.record {
      _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
      Issue.record("recorded \(name); run again without AMBT_RECORD to check")
      return
    }
    let expected = (try? String(contentsOfFile: path, encoding: .utf8))?.replacingOccurrences(of: "\r\n", with: "\n")
    #expect(expected != nil, "missing snapshot \(name); record with AMBT_RECORD=1")
    guard let expected else { return }
    if expected != actual {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let k = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
      Issue.record(
        "\(name) differs at line \(k + 1):\n  expected: \(k < e.count ? String(e[k]) : "<end>")\n  actual:   \(k < a.count ? String(a[k]) : "<end>")"
      )
    }
  }

  static let pair = ["@Codes/leek.ambt", "@Tests/AmbtDiffTests/Fixtures/leek-v2.ambt"]

  @Test(
    "diff golden files",
    arguments: [
      ("text", "nl", "leek-diff.txt"), ("text", "en", "leek-diff.en.txt"), ("markdown", "nl", "leek-diff.md"),
      ("html", "nl", "leek-diff.html"), ("json", "nl", "leek-diff.json"),
    ])
  func diff(format: String, lang: String, file: String) {
    let (code, out, err) = run(["diff"] + SnapshotTests.pair + ["--format", format, "--lang", lang])
    #expect(code == 1)
    #expect(err.isEmpty)
    check(out, file)
  }

  @Test(
    "compare golden files",
    arguments: [("text", "compare.txt"), ("markdown", "compare.md"), ("html", "compare.html"), ("json", "compare.json")])
  func compare(format: String, file: String) {
    let (code, out, err) = run(["compare", "@Codes", "--format", format])
    #expect(code == 0)
    #expect(err.isEmpty)
    check(out, file)
  }

  /// `--vs` and `--lang en`: the median with its bound, stricter or looser, every word in English.
  @Test(
    "compare --vs and English golden files",
    arguments: [
      ("text", "nl", "compare-vs.txt"), ("text", "en", "compare-vs.en.txt"), ("markdown", "en", "compare-vs.en.md"),
    ])
  func compareVersus(format: String, lang: String, file: String) {
    let (code, out, err) = run([
      "compare", "@Codes", "--vs", "@Codes/leiderdorp-2025.ambt", "--format", format, "--lang", lang,
    ])
    #expect(code == 0)
    #expect(err.isEmpty)
    check(out, file)
  }

  @Test("compare English golden file", arguments: [("text", "compare.en.txt"), ("html", "compare.en.html")])
  func compareEnglish(format: String, file: String) {
    let (code, out, err) = run(["compare", "@Codes", "--format", format, "--lang", "en"])
    #expect(code == 0)
    #expect(err.isEmpty)
    check(out, file)
  }
}
