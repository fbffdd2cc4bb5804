import AmbtCLI
import AmbtModel
import AmbtReporters
import AmbtTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

let cliTestsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let cliRepositoryRoot = RepositoryRoot.url

/// Compares `actual` with `Snapshots/name`; `AMBT_RECORD=1` writes it and fails the run.
func assertCLISnapshot(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  Snapshot.check(actual, file: cliTestsDirectory.appendingPathComponent("Snapshots/\(name)"), sourceLocation: sourceLocation)
}

/// Runs `ambt` in process with the repository root as working folder (paths in reports relative).
func ambtAtRoot(_ args: [String], env: [String: String] = ["NO_COLOR": "1"]) -> (Int32, String, String) {
  let io = BufferIO(environment: env, currentDirectory: cliRepositoryRoot.path)
  let code = CLI.run(args.map { $0.hasPrefix("@") ? cliRepositoryRoot.path + "/" + $0.dropFirst() : $0 }, io: io)
  return (code, io.stdoutText, io.stderrText)
}

/// Whether `xml` is well-formed, by Foundation's parser.
func isWellFormedXML(_ xml: String) -> Bool {
  let parser = XMLParser(data: Data(xml.utf8))
  return parser.parse()
}

/// The CI formats behind the one Reporter protocol: golden files, structure and escaping.
@Suite struct ReporterTests {
  static let sample = "@Tests/AmbtLintTests/Fixtures/sample.ambt"

  @Test("lint: codequality, junit and summary golden files", arguments: ["codequality", "junit", "summary"])
  func lintFormats(_ format: String) throws {
    let (code, out, _) = ambtAtRoot(["lint", Self.sample, "--today", "2026-11-24", "--format", format, "--fail-on", "warning"])
    #expect(code == 1)
    let ext = format == "junit" ? "xml" : format == "summary" ? "md" : "json"
    try assertCLISnapshot(out, "lint-sample.\(format).\(ext)")
    if format == "junit" { #expect(isWellFormedXML(out)) }
  }

  @Test("coverage: junit with one test case per obligation")
  func coverageJUnit() throws {
    let (code, out, _) = ambtAtRoot([
      "coverage", "@Codes/leek.ambt", "--today", "2026-11-24", "--format", "junit", "--lang", "en",
    ])
    #expect(code == 1)
    #expect(isWellFormedXML(out))
    try assertCLISnapshot(out, "coverage-leek.junit.xml")
  }

  @Test("codequality has GitLab's fields, unique fingerprints and relative paths")
  func codeQualityFields() throws {
    let out = ambtAtRoot(["lint", "@Codes", "--today", "2026-11-24", "--format", "codequality"]).1
    let issues = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
    #expect(issues.count > 10)
    var fingerprints = Set<String>()
    for issue in issues {
      #expect(issue["description"] is String && issue["check_name"] is String)
      #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
      let location = try #require(issue["location"] as? [String: Any])
      let path = try #require(location["path"] as? String)
      #expect(path.hasPrefix("Codes/"))
      let begin = try #require((location["lines"] as? [String: Any])?["begin"] as? Int)
      #expect(begin >= 1)
      fingerprints.insert(issue["fingerprint"] as? String ?? "")
    }
    #expect(fingerprints.count == issues.count)
  }

  @Test("junit: passing rules are test cases too; failures follow --fail-on")
  func junitCounts() {
    let strict = ambtAtRoot(["lint", Self.sample, "--today", "2026-11-24", "--format", "junit", "--fail-on", "info"]).1
    let lax = ambtAtRoot(["lint", Self.sample, "--today", "2026-11-24", "--format", "junit", "--fail-on", "error"]).1
    #expect(strict.contains("failures=\"") && !strict.contains("<testsuites name=\"ambt lint\" tests=\"0\""))
    #expect(lax.contains("failures=\"0\"") && lax.contains("<system-out>"))
  }

  @Test("document text is escaped in JUnit XML and the Markdown summary")
  func escaping() {
    let finding = Finding(
      check: "x", severity: .error, message: "a <b> & \"c\" \u{1}\u{7} |d| [e](f) `g`", file: "a&b<c>.ambt", line: 3, column: 2,
      fingerprint: "f")
    let set = FindingSet(command: "ambt lint", toolVersion: "0", files: ["a&b<c>.ambt"], checks: ["x"], findings: [finding])
    let xml = JUnitReporter().render(set, ReportOptions(language: .en))
    #expect(isWellFormedXML(xml))
    #expect(xml.contains("a &lt;b&gt; &amp; &quot;c&quot;") && !xml.contains("\u{1}"))
    let md = MarkdownSummaryReporter().render(set, ReportOptions(language: .en))
    #expect(md.contains("a &lt;b&gt; &amp; \"c\"  \\|d\\| \\[e\\](f) \\`g\\`") && !md.contains("<b>"))
  }

  @Test("every command's --format choices come from its reporter table")
  func formatsFromTables() {
    for (command, formats) in [
      ("lint", ["text", "json", "sarif", "github", "codequality", "junit", "summary"]),
      ("diff", ["text", "markdown", "html", "json"]),
      ("coverage", ["text", "markdown", "json", "junit", "codequality", "summary"]),
    ] {
      let spec = CLI.commands.first { $0.spec.name == command }!.spec
      let choices = spec.options.first { $0.names.contains("--format") }?.choices ?? []
      for f in formats { #expect(choices.contains(f), "\(command) --format \(f)") }
    }
  }

  @Test("github annotations: at most 10 per level, the rest counted in one notice")
  func githubCap() {
    let out = ambtAtRoot(["lint", "@Codes", "--today", "2026-11-24", "--format", "github", "--lang", "en"]).1
    let lines = out.split(separator: "\n")
    for level in ["::error", "::warning", "::notice"] {
      #expect(lines.filter { $0.hasPrefix(level + " ") }.count <= 10, "\(level)")
    }
    #expect(lines.last?.hasPrefix("::notice title=ambt lint::not shown as annotations:") == true)
  }
}
