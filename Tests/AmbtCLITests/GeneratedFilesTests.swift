import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// Golden files for what ambt generates besides reports: shell completions, the man page and the
/// files of `ambt init`. They change with every option; re-record with AMBT_RECORD=1 and review.
@Suite struct GeneratedFilesTests {
  static func out(_ args: [String]) -> String {
    let io = BufferIO()
    _ = CLI.run(args, io: io)
    return io.stdoutText
  }

  @Test("completion scripts", arguments: ["bash", "zsh", "fish"])
  func completions(_ shell: String) throws {
    try assertCLISnapshot(Self.out(["completions", shell, "--lang", "en"]), "completions.\(shell)")
  }

  @Test("man page", arguments: ["nl", "en"])
  func manPage(_ lang: String) throws {
    try assertCLISnapshot(Self.out(["manpage", "--lang", lang]), "ambt.\(lang).1")
  }

  @Test("the files of ambt init", arguments: ["nl", "en"])
  func initFiles(_ lang: String) throws {
    let dir = Scratch.path("ambt-init-golden")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for ci in ["github", "gitlab"] {
      let io = BufferIO(currentDirectory: dir)
      #expect(
        CLI.run(["init", "--dir", dir, "--ci", ci, "--source", "gemeente/ambt@v0.1.0", "--lang", lang], io: io) == 0)
    }
    try assertCLISnapshot(try String(contentsOfFile: dir + "/.ambt-lint", encoding: .utf8), "init.\(lang).ambt-lint")
    try assertCLISnapshot(
      try String(contentsOfFile: dir + "/.github/workflows/ambt.yml", encoding: .utf8), "init.\(lang).github.yml")
    try assertCLISnapshot(try String(contentsOfFile: dir + "/.gitlab-ci.yml", encoding: .utf8), "init.\(lang).gitlab-ci.yml")
  }
}
