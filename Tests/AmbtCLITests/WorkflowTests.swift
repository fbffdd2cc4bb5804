import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// The commands together, as a policy advisor and CI use them.
@Suite struct WorkflowTests {
  static func run(_ args: [String], stdin: String = "") -> (Int32, String, String) {
    let io = BufferIO(stdin: stdin)
    let code = CLI.run(args, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  @Test("a fresh 'ambt new' checks clean, and lint reports only the open drafts and the missing dates")
  func newThenLint() throws {
    let (c1, code, _) = Self.run(["new", "--organisatie", "Voorbeeld"])
    #expect(c1 == 0)
    let (c2, _, _) = Self.run(["check", "-"], stdin: code)
    #expect(c2 == 0)
    let (c3, json, _) = Self.run(["lint", "--format", "json", "--fail-on", "warning", "--today", "2026-11-24", "-"], stdin: code)
    #expect(c3 == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    let rules = Set(diagnostics.compactMap { $0["rule"] as? String })
    #expect(rules == ["draft-rule", "review-date-missing"])
    #expect(diagnostics.filter { $0["rule"] as? String == "draft-rule" }.count >= 15)
  }

  @Test("import, then check, fmt and diff the result against the hand-written code")
  func importThenDiff() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let seed = root.appendingPathComponent("Tests/Fixtures/seeds/leek.txt").path
    let (c1, imported, _) = Self.run(["import", seed])
    #expect(c1 == 0)
    let (c2, _, _) = Self.run(["check", "-"], stdin: imported)
    #expect(c2 == 0 || c2 == 1)
    let (c3, formatted, _) = Self.run(["fmt", "-"], stdin: imported)
    #expect(c3 == 0 && formatted == imported)
    let dir = Scratch.path("ambt-workflow")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try imported.write(toFile: dir + "/leek-import.ambt", atomically: true, encoding: .utf8)
    let (c4, json, _) = Self.run([
      "diff", "--format", "json", root.appendingPathComponent("Codes/leek.ambt").path, dir + "/leek-import.ambt",
    ])
    #expect(c4 == 0 || c4 == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let changes = try #require(object["changes"] as? [[String: Any]])
    // The importer keeps every rule: nothing may come out as added or removed.
    #expect(changes.allSatisfy { ($0["status"] as? String) == "matched" })
    #expect(changes.filter { ($0["textChanged"] as? Bool) == true }.isEmpty)
  }
}
