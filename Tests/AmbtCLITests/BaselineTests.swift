import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// `--write-baseline`, `--baseline` and `--strict-baseline` on a copy of the lint sample.
@Suite struct BaselineTests {
  static let sample = cliRepositoryRoot.appendingPathComponent("Tests/AmbtLintTests/Fixtures/sample.ambt").path

  /// A folder with `code.ambt` (the sample) in it.
  static func project() throws -> String {
    let dir = Scratch.path("ambt-baseline")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: sample, toPath: dir + "/code.ambt")
    return dir
  }

  static func lint(_ dir: String, _ args: [String]) -> (Int32, String, String) {
    // Paths are made absolute (the process's working folder is shared by parallel tests); the
    // reports make them relative to the IO's working folder again.
    let io = BufferIO(environment: ["NO_COLOR": "1"], currentDirectory: dir)
    let absolute = args.map { $0.hasSuffix(".ambt") || $0.hasSuffix(".json") ? dir + "/" + $0 : $0 }
    let code = CLI.run(["lint", "--today", "2026-11-24", "--lang", "en", "--no-config"] + absolute, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  static func edit(_ dir: String, _ change: (String) -> String) throws {
    let path = dir + "/code.ambt"
    try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
  }

  @Test("a baseline hides the known findings, also after lines moved")
  func knownFindings() throws {
    let dir = try Self.project()
    let (w, _, werr) = Self.lint(dir, ["code.ambt", "--write-baseline", "baseline.json"])
    #expect(w == 0 && werr.contains("findings recorded in"))
    let written = try String(contentsOfFile: dir + "/baseline.json", encoding: .utf8)
    try assertCLISnapshot(written, "baseline-sample.json")
    let (c1, out1, _) = Self.lint(dir, ["code.ambt", "--baseline", "baseline.json", "--fail-on", "info"])
    #expect(c1 == 0 && out1.isEmpty)
    // Text added above every finding moves all lines down.
    try Self.edit(dir) {
      $0.replacingOccurrences(of: "Deze code vervangt", with: "Inleiding.\n\nMeer inleiding.\n\nDeze code vervangt")
    }
    let (c2, out2, err2) = Self.lint(dir, ["code.ambt", "--baseline", "baseline.json", "--fail-on", "info"])
    #expect(c2 == 0 && out2.isEmpty, "\(out2)")
    #expect(err2.contains("known findings from the baseline not shown"))
  }

  @Test("a new finding is reported; a fixed one makes --strict-baseline fail")
  func newAndStale() throws {
    let dir = try Self.project()
    _ = Self.lint(dir, ["code.ambt", "--write-baseline", "baseline.json"])
    try Self.edit(dir) { $0 + "\n§ 1.4. Een Wob-verzoek gaat naar de secretaris.\n@onderwerp geschenken\n" }
    let (c1, out1, _) = Self.lint(dir, ["code.ambt", "--baseline", "baseline.json", "--fail-on", "warning"])
    #expect(c1 == 1)
    #expect(out1.contains("code.ambt:") && out1.contains("Wob-verzoek"))
    #expect(!out1.contains(":17:"), "the old findings on line 17 stay hidden")
    // The Wbp is fixed: its entry no longer occurs.
    try Self.edit(dir) { $0.replacingOccurrences(of: "volgens de Wbp", with: "volgens de AVG") }
    let (c2, _, err2) = Self.lint(dir, ["code.ambt", "--baseline", "baseline.json"])
    #expect(c2 == 0 && err2.contains("of the baseline no longer occur"))
    let (c3, _, err3) = Self.lint(dir, ["code.ambt", "--baseline", "baseline.json", "--strict-baseline"])
    #expect(c3 == 1 && err3.contains("[superseded-law] is in the baseline but no longer occurs"))
  }

  @Test("a broken or missing baseline is a usage error with a hint")
  func brokenBaseline() throws {
    let dir = try Self.project()
    try "{\"kind\": \"lint\"}".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
    let (c1, _, e1) = Self.lint(dir, ["code.ambt", "--baseline", "bad.json"])
    #expect(c1 == 2 && e1.contains("not an ambt baseline") && e1.contains("bad.json'"))
    let (c2, _, e2) = Self.lint(dir, ["code.ambt", "--baseline", "missing.json"])
    #expect(c2 == 2 && e2.contains("missing.json"))
    let (c3, _, _) = Self.lint(dir, ["code.ambt", "--baseline", "a.json", "--write-baseline", "b.json"])
    #expect(c3 == 2)
    // Never written over an input.
    let (c4, _, _) = Self.lint(dir, ["code.ambt", "--write-baseline", "code.ambt"])
    #expect(c4 == 2)
    #expect(try String(contentsOfFile: dir + "/code.ambt", encoding: .utf8).hasPrefix("---"))
  }

  @Test("the baseline names files relative to itself: it still matches after the folder moved")
  func pathIndependent() throws {
    let dir = try Self.project()
    _ = Self.lint(dir, ["code.ambt", "--write-baseline", "baseline.json"])
    let baseline = try String(contentsOfFile: dir + "/baseline.json", encoding: .utf8)
    #expect(baseline.contains("\"file\": \"code.ambt\"") && !baseline.contains(dir))
    let moved = dir + "-moved"
    try FileManager.default.moveItem(atPath: dir, toPath: moved)
    let (c, out, _) = Self.lint(moved, ["code.ambt", "--baseline", "baseline.json", "--fail-on", "info"])
    #expect(c == 0 && out.isEmpty)
  }

  @Test("a finding that names today's date stays known as the days pass")
  func timePasses() throws {
    let dir = try Self.project()
    let alphen = cliRepositoryRoot.appendingPathComponent("Codes/alphen-aan-den-rijn-2014.ambt").path
    try FileManager.default.removeItem(atPath: dir + "/code.ambt")
    try FileManager.default.copyItem(atPath: alphen, toPath: dir + "/code.ambt")
    _ = Self.lint(dir, ["code.ambt", "--write-baseline", "baseline.json"])
    let io = BufferIO(environment: [:], currentDirectory: dir)
    let code = CLI.run(
      [
        "lint", "--today", "2027-02-01", "--no-config", dir + "/code.ambt", "--baseline", dir + "/baseline.json", "--fail-on",
        "info",
      ],
      io: io)
    #expect(code == 0 && !io.stdoutText.contains("review-overdue"), "\(io.stdoutText)")
  }
}
