import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// The command line in process: streams, exit codes, help, atomic writes.
@Suite struct CLITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func run(_ args: [String], stdin: String = "", env: [String: String] = [:], terminal: Bool = false) -> (
    Int32, String, String
  ) {
    let io = BufferIO(stdin: stdin, terminal: terminal, environment: env)
    let code = CLI.run(args, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  static let valid = "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n"

  func tempDir() -> String {
    let dir = Scratch.path("ambt-cli")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("--version and --help")
  func versionAndHelp() {
    let (c1, out1, _) = Self.run(["--version"])
    #expect(c1 == 0 && out1.hasPrefix("ambt "))
    let (c2, out2, _) = Self.run(["--help"])
    #expect(c2 == 0 && out2.contains("GEBRUIK: ambt <opdracht>") && out2.contains("check"))
    let (c3, out3, _) = Self.run(["--help", "--lang", "en"])
    #expect(c3 == 0 && out3.contains("USAGE: ambt <command>"))
    for command in CLI.commands.map({ $0.spec.name }) {
      let (c, out, _) = Self.run([command, "--help"])
      #expect(c == 0 && out.contains("GEBRUIK: ambt \(command)") && out.contains("OPTIES:"), "help of \(command)")
      let (ch, outh, _) = Self.run(["help", command])
      #expect(ch == 0 && outh == out)
    }
  }

  @Test("usage errors exit 2 with a suggestion")
  func usageErrors() {
    let (c1, _, err1) = Self.run(["chek", "x"])
    #expect(c1 == 2 && err1.contains("bedoelde je 'check'?"))
    let (c2, _, err2) = Self.run(["check", "--strikt", "x"])
    #expect(c2 == 2 && err2.contains("onbekende optie '--strikt'") && err2.contains("'--strict'"))
    let (c3, _, err3) = Self.run(["check"])
    #expect(c3 == 2 && err3.contains("gebruik: ambt check"))
    let (c4, _, err4) = Self.run(["check", "/nonexistent/file.ambt", "--lang", "en"])
    #expect(c4 == 2 && err4.contains("does not exist"))
    let (c5, _, _) = Self.run([])
    #expect(c5 == 2)
  }

  @Test("check: 0 clean, 1 with errors; standard input with -")
  func check() {
    let (c1, out1, err1) = Self.run(["check", "-"], stdin: Self.valid)
    #expect(c1 == 0 && out1.isEmpty && err1.contains("0 fouten"))
    let (c2, out2, _) = Self.run(["check", "-"], stdin: Self.valid.replacingOccurrences(of: "verbod", with: "verbood"))
    #expect(c2 == 1)
    #expect(out2.contains("<stdin>:10:7: fout: onbekende normsoort 'verbood' [unknown-norm]"))
    #expect(out2.contains("tip: bedoelde je 'verbod'?"))
    #expect(!out2.contains("\u{1B}["))
  }

  @Test("colour only on a terminal and never with NO_COLOR")
  func colour() {
    let bad = Self.valid.replacingOccurrences(of: "verbod", with: "verbood")
    let (_, coloured, _) = Self.run(["check", "-"], stdin: bad, terminal: true)
    #expect(coloured.contains("\u{1B}["))
    let (_, plain, _) = Self.run(["check", "-"], stdin: bad, env: ["NO_COLOR": "1"], terminal: true)
    #expect(!plain.contains("\u{1B}["))
  }

  @Test("check a directory: all .ambt files, sorted")
  func directory() {
    let (code, _, err) = Self.run(["check", Self.root.appendingPathComponent("Codes").path])
    #expect(code == 0)
    #expect(err.contains("5 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen"))
  }

  @Test("compile writes JSON; -o writes atomically; errors write nothing")
  func compile() throws {
    let (c1, out1, _) = Self.run(["compile", "-"], stdin: Self.valid)
    #expect(c1 == 0 && out1.contains("\"schemaVersion\": 1"))
    let dir = tempDir()
    let target = dir + "/out.json"
    let (c2, _, _) = Self.run(["compile", "-", "-o", target], stdin: Self.valid)
    #expect(c2 == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == out1)
    let (c3, _, _) = Self.run(["compile", "-", "-o", dir + "/bad.json"], stdin: "kapot")
    #expect(c3 == 1)
    #expect(!FileManager.default.fileExists(atPath: dir + "/bad.json"))
    #expect((try FileManager.default.contentsOfDirectory(atPath: dir)) == ["out.json"])
  }

  @Test("fmt --check, --write, and a read-only file")
  func fmt() throws {
    let dir = tempDir()
    let path = dir + "/code.ambt"
    let messy = Self.valid.replacingOccurrences(of: "§ 1.1. Tekst.", with: "§ 1.1. Tekst\nover twee regels.")
    try messy.write(toFile: path, atomically: true, encoding: .utf8)
    let (c1, out1, _) = Self.run(["fmt", "--check", path])
    #expect(c1 == 1 && out1 == path + "\n")
    let (c2, _, _) = Self.run(["fmt", "--write", path])
    #expect(c2 == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("§ 1.1. Tekst over twee regels."))
    let (c3, _, _) = Self.run(["fmt", "--check", path])
    #expect(c3 == 0)
    // A file with errors is never rewritten.
    let broken = dir + "/broken.ambt"
    try (messy + "@norm verbood\n").write(toFile: broken, atomically: true, encoding: .utf8)
    let before = try String(contentsOfFile: broken, encoding: .utf8)
    let (c4, _, err4) = Self.run(["fmt", "--write", broken])
    #expect(c4 == 1 && err4.contains("niet opgemaakt"))
    #expect(try String(contentsOfFile: broken, encoding: .utf8) == before)
    // A read-only file is refused with a clear message and left as it is.
    let ro = dir + "/readonly.ambt"
    try messy.write(toFile: ro, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: ro)
    let (c5, _, err5) = Self.run(["fmt", "--write", ro])
    // Also as root, who could write it: the permission says the file is not meant to change.
    #expect(c5 == 2 && err5.contains("alleen-lezen"))
    #expect(try String(contentsOfFile: ro, encoding: .utf8) == messy)
    #expect((try FileManager.default.contentsOfDirectory(atPath: dir)).allSatisfy { !$0.contains("ambt-tmp") })
  }

  @Test("vocab lists the vocabularies")
  func vocab() {
    let (c1, out1, _) = Self.run(["vocab"])
    #expect(c1 == 0 && out1.contains("geschenken"))
    let (c2, out2, _) = Self.run(["vocab", "wetten"])
    #expect(c2 == 0 && out2.contains("wbp") && out2.contains("vervallen per 2018-05-25"))
    let (c3, _, _) = Self.run(["vocab", "kleuren"])
    #expect(c3 == 2)
  }
}
