import AmbtCLI
import AmbtDiff
import AmbtModel
import AmbtTestSupport
import Foundation
import Testing

@Suite struct DiffCommandTests {
  func run(_ args: [String], terminal: Bool = false, environment: [String: String] = [:]) -> (Int32, String, String) {
    let io = BufferIO(terminal: terminal, environment: environment)
    let code = CLI.run(args, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  let leek = Support.path("Codes/leek.ambt")
  let leek2 = Support.path("Tests/AmbtDiffTests/Fixtures/leek-v2.ambt")

  @Test("exit codes follow diff(1): 0 same, 1 different, 2 error")
  func exitCodes() {
    #expect(run(["diff", leek, leek]).0 == 0)
    #expect(run(["diff", leek, leek2]).0 == 1)
    #expect(run(["diff", leek, "/nonexistent.ambt"]).0 == 2)
    #expect(run(["diff", leek]).0 == 2)
    #expect(run(["diff", leek, leek2, "--format", "pdf"]).0 == 2)
    let broken = Scratch.path("ambt-diff-broken", suffix: ".ambt")
    _ = FileManager.default.createFile(atPath: broken, contents: Data("geen metadata\n@onbekend x\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: broken) }
    let (code, _, err) = run(["diff", leek, broken])
    #expect(code == 2)
    #expect(err.contains("fout"))
  }

  @Test("colour only on a terminal and never with NO_COLOR")
  func colour() {
    #expect(run(["diff", leek, leek2], terminal: true).1.contains("\u{1B}["))
    #expect(!run(["diff", leek, leek2], terminal: true, environment: ["NO_COLOR": "1"]).1.contains("\u{1B}["))
    #expect(!run(["diff", leek, leek2]).1.contains("\u{1B}["))
  }

  @Test("-o writes the output to a file")
  func output() {
    let out = Scratch.path("ambt-diff-out", suffix: ".json")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let (code, stdout, _) = run(["diff", leek, leek2, "--format", "json", "-o", out])
    #expect(code == 1)
    #expect(stdout.isEmpty)
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    #expect(text.contains("\"schemaVersion\": 1"))
  }

  @Test("the JSON follows the contract: status, old, new, flags and semantic entries")
  func jsonContract() {
    let json = Differ().diff(Support.load("Codes/leek.ambt"), Support.load("Tests/AmbtDiffTests/Fixtures/leek-v2.ambt")).json()
    guard case .object(let root) = json, case .array(let changes)? = root["changes"] else {
      Issue.record("not an object with changes")
      return
    }
    #expect(root["schemaVersion"] == .int(1))
    for case .object(let c) in changes {
      for key in ["status", "old", "new", "renumbered", "moved", "textChanged", "semantic"] { #expect(c[key] != nil, "\(key)") }
      if case .string(let s)? = c["status"] { #expect(["matched", "added", "removed"].contains(s)) }
      if case .array(let sem)? = c["semantic"] {
        for case .object(let e) in sem { #expect(e["kind"] != nil && e["old"] != nil && e["new"] != nil) }
      }
    }
    let moved = changes.compactMap { c -> [String: JSON]? in if case .object(let o) = c { return o } else { return nil } }
      .first { $0["old"] == .string("5.4.") }
    #expect(moved?["new"] == .string("1.7."))
    #expect(moved?["moved"] == .bool(true))
    #expect(moved?["textChanged"] == .bool(false))
  }

  @Test("compare shows the gift limits and revolving-door periods of the five codes")
  func compareCodes() {
    let (code, out, _) = run(["compare", Support.path("Codes")])
    #expect(code == 0)
    let lines = out.split(separator: "\n").map(String.init)
    let gift = lines.first { $0.hasPrefix("grens voor geschenken") } ?? ""
    #expect(
      gift.contains("≤ € 50 (8.1, grens afgeleid)") && gift.contains("< € 50 (4.3, grens en onderwerp afgeleid)")
        && gift.contains("< € 50 (3.2, grens afgeleid)"))
    let door = lines.first { $0.hasPrefix("draaideurtermijn") } ?? ""
    #expect(
      door.contains("2 jaar (5.2, onderwerp afgeleid)") && door.contains("1 jaar (1.6) !") && door.contains("2 jaar (2.4)"))
    #expect(run(["compare", Support.path("Codes/leek.ambt")]).0 == 2)
  }
}
