import AmbtCLI
import AmbtLint
import AmbtModel
import AmbtReporters
import Foundation
import Testing

/// `ambt lint` writes each file's findings as it goes (LintSink): a run over many files must say
/// exactly what runs over each file say, in the order of the files, on one worker or several.
@Suite struct LintStreamingTests {
  /// Real codes, a code with parse errors (ids that are not lint rules), and the sample.
  static let files = [
    "@Codes/leek.ambt", "@Tests/Fixtures/invalid/errors.ambt", "@Tests/AmbtLintTests/Fixtures/sample.ambt",
    "@Tests/Fixtures/invalid/crlf-invalid-utf8.ambt", "@Codes/maastricht.ambt",
  ]
  static let run = ["lint", "--no-config", "--today", "2026-11-24", "--fail-on", "info"]

  static func lint(_ files: [String], _ format: String, jobs: String = "1") -> String {
    ambtAtRoot(run + ["--format", format] + files, env: ["NO_COLOR": "1", "AMBT_JOBS": jobs]).1
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("text: many files say what each file says, in order")
  func text() {
    let whole = Self.lint(Self.files, "text", jobs: "2")
    #expect(whole == Self.files.map { Self.lint([$0], "text") }.joined())
    #expect(whole.contains("errors.ambt") && whole.contains("maastricht.ambt"))
  }

  @Test("json: the streamed array is the files' arrays joined; files and summary last")
  func json() throws {
    let whole = Self.lint(Self.files, "json", jobs: "2")
    let root = try Self.object(whole)
    let parts = try Self.files.map { try Self.object(Self.lint([$0], "json")) }
    let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
    let joined = parts.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }
    #expect(diagnostics.count == joined.count && diagnostics.count > 20)
    #expect(zip(diagnostics, joined).allSatisfy { NSDictionary(dictionary: $0).isEqual(to: $1) })
    #expect((root["files"] as? [String]) == parts.flatMap { ($0["files"] as? [String]) ?? [] })
    let summary = try #require(root["summary"] as? [String: Int])
    for key in ["error", "warning", "info"] {
      #expect(summary[key] == parts.map { (($0["summary"] as? [String: Int]) ?? [:])[key] ?? 0 }.reduce(0, +))
    }
    // The members that need every file come after the diagnostics.
    let files = try #require(whole.range(of: "\n  \"files\": ["))
    let last = try #require(whole.range(of: "\"diagnostics\": [", options: .backwards))
    #expect(last.upperBound < files.lowerBound)
  }

  @Test("json with no findings: what the JSON writer writes for the whole object")
  func emptyJSON() {
    let streamed = JSONLintReporter.render(LintReport(results: [], language: .en, toolVersion: "1.2.3"))
    let whole: JSON = .object([
      "schemaVersion": .int(JSONLintReporter.schemaVersion), "kind": .string("lint"),
      "tool": .object(["name": .string("ambt"), "version": .string("1.2.3")]), "files": .array([]),
      "diagnostics": .array([]), "summary": .object(["error": .int(0), "warning": .int(0), "info": .int(0)]),
    ])
    #expect(streamed == whole.serialized() + "\n")
  }

  @Test("sarif: the results are the files' results joined, with every rule id indexed")
  func sarif() throws {
    let whole = try Self.object(Self.lint(Self.files, "sarif", jobs: "2"))
    func results(_ root: [String: Any]) -> [[String: Any]] {
      ((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
    }
    func rules(_ root: [String: Any]) -> [String] {
      let run = (root["runs"] as? [[String: Any]])?.first
      let driver = (run?["tool"] as? [String: Any])?["driver"] as? [String: Any]
      return ((driver?["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }
    let parts = try Self.files.map { try Self.object(Self.lint([$0], "sarif")) }
    let all = results(whole)
    let joined = parts.flatMap(results)
    #expect(all.count == joined.count && all.count > 20)
    let ids = rules(whole)
    for (a, b) in zip(all, joined) {
      #expect(a["ruleId"] as? String == b["ruleId"] as? String)
      #expect(a["partialFingerprints"] as? [String: String] == b["partialFingerprints"] as? [String: String])
      let index = try #require(a["ruleIndex"] as? Int)
      #expect(ids[index] == a["ruleId"] as? String)
    }
  }

  @Test(
    "every format: one worker and two give the same bytes",
    arguments: ["text", "json", "sarif", "github", "codequality", "junit", "summary"])
  func workers(_ format: String) {
    #expect(Self.lint(Self.files, format, jobs: "1") == Self.lint(Self.files, format, jobs: "2"))
  }

  @Test("codequality: the streamed array is the files' arrays joined; no findings is []")
  func codeQuality() throws {
    func issues(_ text: String) throws -> [[String: Any]] {
      try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }
    let whole = try issues(Self.lint(Self.files, "codequality", jobs: "2"))
    let joined = try Self.files.flatMap { try issues(Self.lint([$0], "codequality")) }
    #expect(whole.count == joined.count && whole.count > 20)
    #expect(zip(whole, joined).allSatisfy { NSDictionary(dictionary: $0).isEqual(to: $1) })
    var empty = CodeQualityReporter.Stream()
    #expect(empty.add([]) + empty.finish() == JSON.array([]).serialized() + "\n")
  }

  @Test("a large file's rules run on two workers with the same findings, in the same order", arguments: ["leek", "maastricht"])
  func largeFileWorkers(_ name: String) throws {
    let bytes = Array(try Data(contentsOf: cliRepositoryRoot.appendingPathComponent("Codes/\(name).ambt")))
    var options = LintOptions(today: Day.parse("2026-11-24")!)
    let one = Linter.lint(bytes: bytes, file: name, options: options).diagnostics
    options.workers = 2
    options.largeFrom = 0
    let two = Linter.lint(bytes: bytes, file: name, options: options).diagnostics
    #expect(one.count > 5)
    #expect(one == two)
  }
}
