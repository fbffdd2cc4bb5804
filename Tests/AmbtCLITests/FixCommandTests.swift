import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// `ambt fix` end to end in process: the three modes, exit codes, messages, and the fix-its in
/// lint's JSON and SARIF.
@Suite struct FixCommandTests {
  static let fixture = "Tests/Fixtures/fix/misspellings.ambt"

  func tempDir() -> String {
    let dir = Scratch.path("ambt-fix")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>" }

  @Test("--diff: a unified diff (golden), exit 1; suggestions not applied are named on stderr")
  func diff() throws {
    let (code, out, err) = ambtAtRoot(["fix", "--diff", Self.fixture])
    #expect(code == 1)
    try assertCLISnapshot(out, "fix-misspellings.diff")
    #expect(err == "\(Self.fixture):18:7: voorstel, niet toegepast: voeg ':' in [label-without-colon]\n")
    let (codeEN, _, errEN) = ambtAtRoot(["fix", "--diff", Self.fixture, "--lang", "en"])
    #expect(codeEN == 1 && errEN == "\(Self.fixture):18:7: suggestion, not applied: insert ':' [label-without-colon]\n")
  }

  @Test("no flag prints the fixed text; fixing that again changes nothing (exit 0, empty diff)")
  func stdout() {
    let (code, out, _) = ambtAtRoot(["fix", Self.fixture])
    #expect(code == 0)
    #expect(out.contains("vastgesteld op: 2026-07-01\nin werking: 2026-07-01\n"))
    #expect(out.contains("§ 1.1. Je neemt geen geschenken aan boven € 50.\n@onderwerp geschenken\n@norm verbod\n"))
    #expect(out.hasSuffix("§ 2.1. Tekst met é, ë en € vóór de fout.\n@onderwerp geschenken\n"))
    let again = CLITests.run(["fix", "--diff", "-"], stdin: out)
    #expect(again.0 == 0 && again.1 == "")
    let same = CLITests.run(["fix", "-"], stdin: out)
    #expect(same.0 == 0 && same.1 == out)
  }

  @Test("the five real codes need no fixing")
  func codes() {
    let (code, out, err) = ambtAtRoot(["fix", "--diff", "@Codes"])
    #expect(code == 0 && out == "" && err == "")
  }

  @Test("--write rewrites changed files atomically, leaves the others, and says which")
  func write() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let bad = dir + "/a.ambt"
    let good = dir + "/b.ambt"
    try String(contentsOfFile: cliRepositoryRoot.path + "/" + Self.fixture, encoding: .utf8).write(
      toFile: bad, atomically: true, encoding: .utf8)
    try CLITests.valid.write(toFile: good, atomically: true, encoding: .utf8)
    let (expectedCode, expected, _) = CLITests.run(["fix", bad])
    #expect(expectedCode == 0)
    let (code, out, err) = CLITests.run(["fix", "--write", dir])
    #expect(code == 0 && out == "")
    #expect(err.contains("hersteld: \(bad)\n") && !err.contains("b.ambt"))
    #expect(read(bad) == expected)
    #expect(read(good) == CLITests.valid)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.ambt", "b.ambt"])
    let (again, _, _) = CLITests.run(["fix", "--diff", dir])
    #expect(again == 0)
  }

  @Test("an error without a safe fix is left, and the layout waits for it")
  func unsafeError() {
    let source = CLITests.valid.replacingOccurrences(of: "@norm verbod", with: "@xie 1.1\n@norm verbood\n\n")
    let (code, out, err) = CLITests.run(["fix", "-"], stdin: source)
    #expect(code == 0)
    #expect(out == source.replacingOccurrences(of: "verbood", with: "verbod"))
    #expect(
      err == "<stdin>:10:2: voorstel, niet toegepast: vervang 'xie' door 'wie' [unknown-annotation]\n"
        + "ambt: '<stdin>' heeft nog 1 fout; de vaste opmaak is niet toegepast ('ambt check' toont ze)\n")
  }

  @Test("exit codes: 2 for an unreadable file (the others are still fixed), a missing file and --diff with --write")
  func exitCodes() throws {
    let (c1, out1, err1) = ambtAtRoot(["fix", "@Codes/leek.ambt", "/dev/zero"])
    #expect(c1 == 2 && out1 == read(cliRepositoryRoot.path + "/Codes/leek.ambt"))
    #expect(err1.contains("'/dev/zero' is geen gewoon bestand"))
    let (c2, _, err2) = CLITests.run(["fix", "/nonexistent/x.ambt"])
    #expect(c2 == 2 && err2.contains("bestaat niet"))
    let (c3, _, err3) = CLITests.run(["fix", "--diff", "--write", "-"], stdin: CLITests.valid)
    #expect(c3 == 2 && err3.contains("--diff en --write gaan niet samen"))
    if getuid() != 0 {
      let dir = tempDir()
      defer { try? FileManager.default.removeItem(atPath: dir) }
      try CLITests.valid.write(toFile: dir + "/x.ambt", atomically: true, encoding: .utf8)
      chmod(dir + "/x.ambt", 0)
      let (c4, _, _) = CLITests.run(["fix", "--diff", dir + "/x.ambt"])
      #expect(c4 == 2)
    }
  }

  @Test("check --format json carries the fix-its; text stays the default")
  func checkJSON() throws {
    let (code, json, err) = ambtAtRoot(["check", "--format", "json", Self.fixture])
    #expect(code == 1 && err == "1 bestand gecontroleerd: 5 fouten, 1 waarschuwing\n")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(root["kind"] as? String == "check" && root["files"] as? [String] == [Self.fixture])
    let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
    #expect(
      diagnostics.map { $0["rule"] as? String ?? "" } == [
        "invalid-date", "unknown-metadata-key", "unknown-annotation", "unknown-norm", "label-without-colon", "unknown-topic",
      ])
    let safe = diagnostics.map { d in ((d["fixIts"] as? [[String: Any]])?.first?["safe"] as? Bool) ?? false }
    #expect(safe == [true, true, true, true, false, true])
    let (textCode, text, _) = ambtAtRoot(["check", Self.fixture])
    #expect(textCode == 1 && text.hasPrefix("\(Self.fixture):4:17: fout: '01-07-2026'"))
  }

  @Test("lint JSON and SARIF carry the fix-its, safe or not")
  func reports() throws {
    let (_, json, _) = ambtAtRoot(["lint", "--no-config", "--today", "2026-11-24", "--format", "json", Self.fixture])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
    let withFixes = diagnostics.filter { $0["fixIts"] != nil }
    let summary = withFixes.map { d -> String in
      let f = (d["fixIts"] as? [[String: Any]])?.first ?? [:]
      return "\(d["rule"]!) \(f["line"]!):\(f["column"]!)-\(f["endColumn"]!) \(f["replacement"]!) \(f["safe"]!)"
    }
    #expect(
      summary == [
        "invalid-date 4:17-27 2026-07-01 1", "unknown-metadata-key 5:1-10 in werking 1",
        "unknown-annotation 12:2-10 onderwerp 1", "unknown-norm 13:7-14 verbod 1", "label-without-colon 18:7-7 : 0",
        "unknown-topic 23:12-21 geschenken 1",
      ])
    let (_, sarif, _) = ambtAtRoot(["lint", "--no-config", "--today", "2026-11-24", "--format", "sarif", Self.fixture])
    #expect(sarif.contains("\"artifactChanges\""))
    let run = try #require(
      ((try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
    let fixes = (run["results"] as? [[String: Any]] ?? []).compactMap { $0["fixes"] as? [[String: Any]] }.flatMap { $0 }
    #expect(fixes.count == 6)
    let colon = try #require(fixes.first { ($0["description"] as? [String: Any])?["text"] as? String == "voeg ':' in" })
    let change = try #require((colon["artifactChanges"] as? [[String: Any]])?.first)
    let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
    let region = try #require(replacement["deletedRegion"] as? [String: Any])
    #expect(region["startLine"] as? Int == 18 && region["startColumn"] as? Int == 7 && region["endColumn"] as? Int == 7)
    #expect(region["byteLength"] as? Int == 0)
    #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == ":")
    #expect((colon["properties"] as? [String: Any])?["safe"] as? Bool == false)
  }
}
