import AmbtCLI
import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

/// `ambt review` (issue 15): the dossier, the previous version from a file or from git history,
/// the JSON schema, and `--complete`.
@Suite(.serialized) struct ReviewCommandTests {
  func run(_ args: [String]) -> (Int32, String, String) {
    let io = BufferIO()
    let code = CLI.run(args, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  func tempDir() -> String {
    let dir = Scratch.path("ambt-review")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Runs git in `dir` with a fixed identity; returns its exit status.
  @discardableResult
  func git(_ args: [String], in dir: String) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + args
    p.currentDirectoryURL = URL(fileURLWithPath: dir)
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try? p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }

  static func code(limit: Int, extra: String = "") -> String {
    """
    ---
    titel: Gedragscode Proefdorp
    organisatie: Proefdorp
    vastgesteld op: 2021-03-01
    ---

    Deze gedragscode wordt minimaal elke twee jaar geëvalueerd.

    # 1. Geschenken

    § 1.1. Geschenken tot € \(limit) mag je houden met toestemming van je leidinggevende.
    @onderwerp geschenken
    @norm toestemming
    @drempel € \(limit)
    \(extra)
    """
  }

  @Test("the dossier from a small git repository: the previous version is HEAD~1, substantive changes first")
  func gitHistory() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/proefdorp.ambt"
    try Self.code(limit: 50).write(toFile: file, atomically: true, encoding: .utf8)
    guard git(["init", "-q"], in: dir) == 0 else {
      Issue.record("git is not available")
      return
    }
    git(["add", "proefdorp.ambt"], in: dir)
    #expect(git(["commit", "-q", "-m", "v1"], in: dir) == 0)
    try Self.code(limit: 75, extra: "\n§ 1.2. Geschenken boven € 75 meld je bij je leidinggevende.\n").write(
      toFile: file, atomically: true, encoding: .utf8)
    git(["commit", "-q", "-am", "v2"], in: dir)
    let (code, out, err) = run(["review", file, "--since", "HEAD~1", "--today", "2024-06-01", "--format", "json"])
    #expect(code == 0, "\(err)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let changes = try #require(json["code"] as? [String: Any])
    let substantive = changes["substantive"] as? [String] ?? []
    #expect(substantive.contains { $0.contains("drempel: € 50 → € 75") })
    #expect(substantive.contains { $0.hasPrefix("regel 1.2") && $0.contains("nieuw") })
    #expect((changes["previous"] as? String)?.hasPrefix("HEAD~1:") == true)
    // The interval is the code's own promise: two years from 2021-03-01.
    let status = try #require(json["status"] as? [String: Any])
    #expect(status["intervalSource"] as? String == "text" && status["due"] as? String == "2023-03-01")
    #expect(status["daysLeft"] as? Int == -458)
    let errors = SchemaValidator(path: Support.path("Schemas/review.schema.json"))?.validate(out) ?? ["no schema"]
    #expect(errors.isEmpty, "\(errors)")
    // An unknown revision and a file outside any repository are clear errors.
    let unknown = run(["review", file, "--since", "no-such-tag"])
    #expect(unknown.0 == 2 && unknown.2.contains("git kan 'proefdorp.ambt' niet tonen op revisie 'no-such-tag'"))
    let outside = tempDir()
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try Self.code(limit: 50).write(toFile: outside + "/los.ambt", atomically: true, encoding: .utf8)
    let lone = run(["review", outside + "/los.ambt", "--since", "HEAD~1"])
    #expect(lone.0 == 2 && lone.2.contains("staat niet in een git-repository; gebruik --previous BESTAND"))
  }

  @Test("the dossier of a real code: status, law changes since it took effect, grouped findings, coverage, checklist")
  func realCode() throws {
    let alphen = Support.path("Codes/alphen-aan-den-rijn-2014.ambt")
    let (code, out, _) = run(["review", alphen, "--today", "2026-11-24", "--peers", Support.path("Codes")])
    #expect(code == 0)
    for section in [
      "## 1. Stand van de herziening", "## 2. Wat veranderde in de wet", "## 3. Bevindingen", "### Moet veranderen",
      "### Zou moeten veranderen", "### Overwegen", "## 4. Wat veranderde in de code", "## 5. Vergelijking met andere codes",
      "## 6. Te nemen besluiten",
    ] {
      #expect(out.contains(section), "\(section)")
    }
    #expect(out.contains("| Stand op 2026-11-24 | 3980 dagen te laat |"))
    #expect(out.contains("| 2018-05-25 | vervallen: Wet bescherming persoonsgegevens |"))
    #expect(out.contains("| wet bij vaststelling (2014-01-01) | wet van 2026-11-24 |"))
    #expect(out.contains("Vergeleken met 4 codes."))
    let html = run(["review", alphen, "--today", "2026-11-24", "--format", "html"]).1
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("@media print") && html.contains("<table class=\"decisions\">"))
    let en = run(["review", alphen, "--today", "2026-11-24", "--lang", "en"]).1
    #expect(en.contains("## 6. Decisions to take") && en.contains("3980 days overdue"))
    let json = run(["review", alphen, "--today", "2026-11-24", "--format", "json", "--peers", Support.path("Codes")]).1
    let errors = SchemaValidator(path: Support.path("Schemas/review.schema.json"))?.validate(json) ?? ["no schema"]
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("--complete records the review atomically, and refuses while errors remain unless --force")
  func complete() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/proefdorp.ambt"
    try Self.code(limit: 50).write(toFile: file, atomically: true, encoding: .utf8)
    let (code, _, err) = run(["review", file, "--complete", "--date", "2026-11-20", "--by", "A. de Vries"])
    #expect(code == 0 && err.contains("herziening vastgelegd in"))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("vastgesteld op: 2021-03-01\nlaatste herziening: 2026-11-20\nherzien door: A. de Vries\n---\n"))
    let parsed = AmbtParser.parse(bytes: Array(text.utf8), file: file)
    #expect(parsed.diagnostics.isEmpty && parsed.document.metadata.lastReview?.value.description == "2026-11-20")
    // A second review replaces the values in place.
    #expect(run(["review", file, "--complete", "--date", "2028-11-01"]).0 == 0)
    let again = try String(contentsOfFile: file, encoding: .utf8)
    #expect(again.contains("laatste herziening: 2028-11-01\nherzien door: A. de Vries\n"))
    #expect(!again.contains("2026-11-20"))
    // Errors: refused, the file untouched; --force records all the same.
    let broken = dir + "/fout.ambt"
    let source = Self.code(limit: 50).replacingOccurrences(of: "vastgesteld op: 2021-03-01", with: "in werking: 31-02-2021")
    try source.write(toFile: broken, atomically: true, encoding: .utf8)
    let refused = run(["review", broken, "--complete", "--date", "2026-11-20"])
    #expect(refused.0 == 1 && refused.2.contains("heeft nog 1 fout; los die op of leg de herziening toch vast met --force"))
    #expect(try String(contentsOfFile: broken, encoding: .utf8) == source)
    #expect(run(["review", broken, "--complete", "--date", "2026-11-20", "--force"]).0 == 0)
    #expect(try String(contentsOfFile: broken, encoding: .utf8).contains("laatste herziening: 2026-11-20"))
    #expect(run(["review", file, "--complete"]).0 == 2)
    #expect(run(["review", file, "--complete", "--date", "20-11-2026"]).0 == 2)
  }
}
