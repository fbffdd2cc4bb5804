import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// `.ambt-lint` found the way linters find theirs, and `ambt init`.
@Suite struct ConfigurationTests {
  static let valid =
    "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. Persoonsgegevens volgens de Wbp.\n@onderwerp geschenken\n@norm verbod\n"

  /// `repo/.ambt-lint`, `repo/codes/a.ambt`, `repo/codes/sub/` (the working folder of the tests).
  static func repository(config: String) throws -> String {
    let dir = Scratch.path("ambt-config")
    try FileManager.default.createDirectory(atPath: dir + "/codes/sub", withIntermediateDirectories: true)
    try valid.write(toFile: dir + "/codes/a.ambt", atomically: true, encoding: .utf8)
    try config.write(toFile: dir + "/.ambt-lint", atomically: true, encoding: .utf8)
    return dir
  }

  static func run(_ args: [String], cwd: String) -> (Int32, String, String) {
    let io = BufferIO(environment: ["NO_COLOR": "1"], currentDirectory: cwd)
    let code = CLI.run(args, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  @Test("the .ambt-lint of a parent folder is used without --config")
  func discovery() throws {
    let repo = try Self.repository(config: "fail-on = warning\nsuperseded-law = error\n")
    let file = repo + "/codes/a.ambt"
    // From a subfolder: the parent's configuration makes superseded-law an error.
    let (c1, out1, _) = Self.run(["lint", file, "--today", "2026-01-01", "--lang", "en"], cwd: repo + "/codes/sub")
    #expect(c1 == 1 && out1.contains("error:") && out1.contains("[superseded-law]"))
    // --no-config: the default severity (warning) and fail-on (error).
    let (c2, out2, _) = Self.run(["lint", file, "--today", "2026-01-01", "--no-config"], cwd: repo + "/codes/sub")
    #expect(c2 == 0 && out2.contains("waarschuwing:"))
    // --config wins over the one found.
    try "superseded-law = off\n".write(toFile: repo + "/other.conf", atomically: true, encoding: .utf8)
    let (_, out3, _) = Self.run(["lint", file, "--today", "2026-01-01", "--config", repo + "/other.conf"], cwd: repo)
    #expect(!out3.contains("[superseded-law]"))
  }

  @Test("paths and baseline in the configuration are relative to its folder")
  func relativePaths() throws {
    let repo = try Self.repository(config: "paths = codes\nbaseline = known.json\n")
    // Run from the repository (the process's folder is not changed: absolute config via --config).
    let (w, _, _) = Self.run(
      ["lint", repo + "/codes", "--today", "2026-01-01", "--no-config", "--write-baseline", repo + "/known.json"], cwd: repo)
    #expect(w == 0)
    let (c, out, err) = Self.run(
      ["lint", "--today", "2026-01-01", "--config", repo + "/.ambt-lint", "--fail-on", "info", "--lang", "en"], cwd: repo)
    #expect(c == 0 && out.isEmpty, "\(err)")
    #expect(err.contains("1 file linted") && err.contains("known findings from the baseline not shown"))
  }

  @Test("a bad configuration names the file and line")
  func badConfiguration() throws {
    let repo = try Self.repository(config: "fail-on = sometimes\n")
    let (c, _, err) = Self.run(["lint", repo + "/codes", "--lang", "en"], cwd: repo)
    #expect(c == 2 && err.contains(".ambt-lint:1: unknown severity 'sometimes' for fail-on"))
    try "superseded-lw = off\n".write(toFile: repo + "/.ambt-lint", atomically: true, encoding: .utf8)
    let (c2, _, err2) = Self.run(["lint", repo + "/codes", "--lang", "en"], cwd: repo)
    #expect(c2 == 2 && err2.contains("did you mean 'superseded-law'?"))
  }

  @Test("ambt init writes .ambt-lint that parses, and the CI file", arguments: ["github", "gitlab"])
  func initialise(_ ci: String) throws {
    let dir = Scratch.path("ambt-init")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let (c, _, err) = Self.run(["init", "--dir", dir, "--ci", ci, "--source", "gemeente/ambt@v0.1.0", "--lang", "en"], cwd: dir)
    #expect(c == 0 && err.contains("written:"))
    let config = try String(contentsOfFile: dir + "/.ambt-lint", encoding: .utf8)
    #expect(config.contains("fail-on = error") && config.contains("# superseded-law = "))
    let ciFile = ci == "github" ? dir + "/.github/workflows/ambt.yml" : dir + "/.gitlab-ci.yml"
    let workflow = try String(contentsOfFile: ciFile, encoding: .utf8)
    #expect(workflow.contains(ci == "github" ? "uses: gemeente/ambt@v0.1.0" : "project: gemeente/ambt"))
    // The written configuration is read by lint; every rule line can be switched on.
    try Self.valid.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    let on = config.replacingOccurrences(of: "# superseded-law = warning", with: "superseded-law = error")
    try on.write(toFile: dir + "/.ambt-lint", atomically: true, encoding: .utf8)
    let (lc, lout, lerr) = Self.run(
      ["lint", dir + "/a.ambt", "--today", "2026-01-01", "--config", dir + "/.ambt-lint"], cwd: dir)
    #expect(lc == 1 && lout.contains("[superseded-law]"), "\(lerr)")
    // A second init keeps what is there.
    let (c2, _, err2) = Self.run(["init", "--dir", dir, "--lang", "en"], cwd: dir)
    #expect(c2 == 0 && err2.contains("exists; not overwritten"))
    #expect(Self.run(["init", "--dir", dir, "--source", "no-ref"], cwd: dir).0 == 2)
  }

  @Test("the committed workflow's configuration keeps ambt's own codes green, also as time passes")
  func ownCodesGreen() {
    let codes = cliRepositoryRoot.appendingPathComponent("Codes").path
    for day in ["2026-12-02", "2027-06-01", "2030-01-01"] {
      let (code, out, err) = Self.run(["lint", "--config", codes + "/.ambt-lint", "--today", day, "--lang", "en"], cwd: codes)
      #expect(code == 0, "\(day): \(out)\(err)")
      #expect(err.contains("5 files linted"))
    }
  }
}
