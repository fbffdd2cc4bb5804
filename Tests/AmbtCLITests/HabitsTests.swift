import AmbtCLI
import AmbtTestSupport
import Foundation
import Testing

/// What users expect of a command-line tool: global options before the command, help without
/// foreign placeholders, folders scanned for codes only, completions and a man page.
@Suite struct HabitsTests {
  static func run(_ args: [String], env: [String: String] = [:], cwd: String? = nil) -> (Int32, String, String) {
    let io = BufferIO(environment: env, currentDirectory: cwd)
    let code = CLI.run(args, io: io)
    return (code, io.stdoutText, io.stderrText)
  }

  static func tempDir() -> String {
    let dir = Scratch.path("ambt-habits")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static let valid = "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n"

  @Test("--lang before the command", arguments: [["--lang", "en"], ["--lang=en"]])
  func languageFirst(_ prefix: [String]) {
    let (code, _, err) = Self.run(prefix + ["check", "/nonexistent.ambt"])
    #expect(code == 2 && err.contains("does not exist") && !err.contains("unknown command"))
    let (c2, out2, _) = Self.run(prefix + ["--help"])
    #expect(c2 == 0 && out2.contains("USAGE: ambt <command>"))
    let (c3, out3, _) = Self.run(prefix + ["help", "lint"])
    #expect(c3 == 0 && out3.contains("USAGE: ambt lint"))
  }

  @Test("a bad --lang before the command is a usage error")
  func badLanguageFirst() {
    let (c1, _, e1) = Self.run(["--lang", "de", "lint", "x.ambt"])
    #expect(c1 == 2 && e1.contains("ongeldige waarde 'de' voor '--lang'"))
    let (c2, _, e2) = Self.run(["--lang"])
    #expect(c2 == 2 && e2.contains("'--lang' verwacht een waarde"))
  }

  @Test("English help has no Dutch placeholders")
  func englishPlaceholders() {
    let dutch = ["FORMAAT", "ERNST", "DATUM", "BESTAND", "UITVOER", "NAAM", "TAAL", "REVISIE", "<bestand", "<oud>", "<nieuw>"]
    for command in CLI.commands.map({ $0.spec.name }) {
      let (_, out, _) = Self.run(["--lang", "en", command, "--help"])
      for word in dutch { #expect(!out.contains(word), "'\(word)' in the English help of \(command)") }
      let (_, nl, _) = Self.run([command, "--help"])
      #expect(nl.contains("GEBRUIK:"))
    }
    let err = Self.run(["--lang", "en", "lint", "--format"]).2
    #expect(err.contains("(FORMAT)") && err.contains("usage: ambt lint [--format FORMAT]"))
    #expect(Self.run(["--lang", "en", "vocab", "--help"]).1.contains("ambt vocab [topics|roles|groups|laws]"))
  }

  @Test("a folder is scanned for .ambt files only, never into hidden or build folders")
  func folderScan() throws {
    let dir = Self.tempDir()
    let fm = FileManager.default
    for sub in [".build/debug", ".git", "node_modules/x", "codes"] {
      try fm.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
    }
    for path in ["codes/a.ambt", ".build/debug/b.ambt", ".git/c.ambt", "node_modules/x/d.ambt", ".e.ambt"] {
      try Self.valid.write(toFile: dir + "/" + path, atomically: true, encoding: .utf8)
    }
    // The binary and a template are not codes.
    try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]).write(to: URL(fileURLWithPath: dir + "/ambt"))
    try "{{organisatie}}".write(toFile: dir + "/template.ambt.in", atomically: true, encoding: .utf8)
    let (code, _, err) = Self.run(["lint", dir, "--lang", "en", "--today", "2026-01-01", "--fail-on", "error"])
    #expect(err.contains("1 file linted"), "\(err)")
    #expect(code == 0)
  }

  @Test("completions for bash, zsh and fish name every command and option")
  func completions() throws {
    for shell in ["bash", "zsh", "fish"] {
      let (code, out, _) = Self.run(["completions", shell])
      #expect(code == 0)
      for command in CLI.commands {
        #expect(out.contains(command.spec.name), "\(shell): \(command.spec.name)")
        for option in command.spec.options {
          let long = option.names.last!
          let written = shell == "fish" ? "-l " + long.dropFirst(2) : long
          #expect(out.contains(written), "\(shell): \(command.spec.name) \(long)")
        }
      }
    }
    #expect(Self.run(["completions", "powershell"]).0 == 2)
  }

  @Test("the bash completion completes commands, options and values")
  func bashCompletion() throws {
    let script = Self.run(["completions", "bash"]).1
    let file = Self.tempDir() + "/ambt.bash"
    try script.write(toFile: file, atomically: true, encoding: .utf8)
    func complete(_ words: [String]) throws -> String {
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let command = "source '\(file)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _ambt; echo \"${COMPREPLY[*]}\""
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/bash")
      p.arguments = ["-c", command]
      let pipe = Pipe()
      p.standardOutput = pipe
      try p.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    #expect(try complete(["ambt", "li"]) == "lint")
    #expect(try complete(["ambt", "--lang", "en", "li"]) == "lint")
    #expect(try complete(["ambt", "lint", "--format", "sa"]) == "sarif")
    #expect(try complete(["ambt", "lint", "--fail"]) == "--fail-on")
    #expect(try complete(["ambt", "explain", "superseded-l"]) == "superseded-law")
  }

  @Test("the man page lists every command and option, and escapes for roff")
  func manPage() {
    for lang in ["nl", "en"] {
      let (code, out, _) = Self.run(["manpage", "--lang", lang])
      #expect(code == 0 && out.hasPrefix(".\\\" Generated") && out.contains(".TH AMBT 1"))
      for command in CLI.commands {
        #expect(out.contains(".SS \"\(command.spec.name)\""))
        for option in command.spec.options {
          #expect(out.contains("\\fB" + option.names.last!.replacingOccurrences(of: "-", with: "\\-") + "\\fR"))
        }
      }
      #expect(!out.unicodeScalars.contains { !$0.isASCII })
    }
  }

  @Test("SARIF links to documentation only when an address is configured")
  func documentationLinks() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    let file = root + "/Codes/leek.ambt"
    let plain = Self.run(["lint", file, "--format", "sarif", "--today", "2026-01-01"]).1
    #expect(!plain.contains("helpUri") && !plain.contains("informationUri") && !plain.contains("github.com/ambt"))
    let linked = Self.run(
      ["lint", file, "--format", "sarif", "--today", "2026-01-01"], env: ["AMBT_DOCS_URL": "https://example.org/ambt/docs/"]
    ).1
    #expect(linked.contains("\"helpUri\": \"https://example.org/ambt/docs/rules.md#superseded-law\""))
    #expect(linked.contains("\"informationUri\": \"https://example.org/ambt/docs/\""))
  }
}
