import AmbtTestSupport
import Foundation
import Testing

@testable import AmbtCLI

#if canImport(Glibc)
  import Glibc
#endif

/// How ambt writes files (issue 16, item 3; docs/architecture.md, "Writing files"): through
/// symbolic links, never more permissive than before, never over an input, never over an edit
/// saved meanwhile, and with temporary files a killed run cannot pile up.
@Suite struct WriteSafetyTests {
  static let valid = CLITests.valid
  static let messy = valid.replacingOccurrences(of: "§ 1.1. Tekst.", with: "§ 1.1. Tekst\nover twee regels.")

  func tempDir() -> String {
    let dir = Scratch.path("ambt-write")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  func mode(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
  }

  func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// The process's umask, read without changing it (other tests run at the same time).
  func currentUmask() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
  }

  func names(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

  @Test("fmt --write and -o write through a symbolic link: the link stays, the target keeps its mode")
  func symlinkWriteThrough() throws {
    let dir = tempDir()
    try Self.messy.write(toFile: dir + "/real.ambt", atomically: true, encoding: .utf8)
    chmod(dir + "/real.ambt", 0o600)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.ambt", withDestinationPath: "real.ambt")
    let (code, _, err) = CLITests.run(["fmt", "--write", dir + "/link.ambt"])
    #expect(code == 0 && err == "opgemaakt: \(dir)/link.ambt\n")
    #expect(isLink(dir + "/link.ambt"))
    #expect(mode(dir + "/real.ambt") == 0o600)
    #expect(try String(contentsOfFile: dir + "/real.ambt", encoding: .utf8).contains("§ 1.1. Tekst over twee regels."))
    // -o through a link to an existing output, and through a dangling link (its target is made).
    try "old".write(toFile: dir + "/out.json", atomically: true, encoding: .utf8)
    chmod(dir + "/out.json", 0o640)
    try FileManager.default.createSymbolicLink(atPath: dir + "/out-link.json", withDestinationPath: dir + "/out.json")
    try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.json", withDestinationPath: "made.json")
    #expect(CLITests.run(["compile", dir + "/real.ambt", "-o", dir + "/out-link.json"]).0 == 0)
    #expect(CLITests.run(["compile", dir + "/real.ambt", "-o", dir + "/dangling.json"]).0 == 0)
    #expect(isLink(dir + "/out-link.json") && isLink(dir + "/dangling.json"))
    #expect(mode(dir + "/out.json") == 0o640)
    #expect(try String(contentsOfFile: dir + "/out.json", encoding: .utf8).hasPrefix("{"))
    #expect(try String(contentsOfFile: dir + "/made.json", encoding: .utf8).hasPrefix("{"))
    #expect(mode(dir + "/made.json") == 0o644 & ~currentUmask())
    #expect(names(dir) == ["dangling.json", "link.ambt", "made.json", "out-link.json", "out.json", "real.ambt"])
  }

  @Test("a new file is 0644 minus the umask; a replaced file keeps its mode, never 0777")
  func permissions() throws {
    let dir = tempDir()
    try Self.valid.write(toFile: dir + "/code.ambt", atomically: true, encoding: .utf8)
    #expect(CLITests.run(["compile", dir + "/code.ambt", "-o", dir + "/new.json"]).0 == 0)
    #expect(mode(dir + "/new.json") == 0o644 & ~currentUmask())
    for kept in [0o600, 0o640, 0o664] {
      chmod(dir + "/new.json", mode_t(kept))
      #expect(CLITests.run(["render", dir + "/code.ambt", "-o", dir + "/new.json"]).0 == 0)
      #expect(mode(dir + "/new.json") == kept)
    }
  }

  @Test("output over an input file is refused with exit 2, also through a link or a hard link")
  func refusesInput() throws {
    let dir = tempDir()
    let code = dir + "/x.ambt"
    try Self.valid.write(toFile: code, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.ambt", withDestinationPath: "x.ambt")
    try FileManager.default.linkItem(atPath: code, toPath: dir + "/hard.ambt")
    let (c1, out1, err1) = CLITests.run(["compile", code, "-o", code])
    #expect(c1 == 2 && out1.isEmpty)
    #expect(
      err1
        == "ambt: fout: '\(code)' is een invoerbestand; ambt schrijft de uitvoer nooit over de invoer: kies een ander uitvoerbestand\n"
    )
    let (c2, _, err2) = CLITests.run(["compile", dir + "/link.ambt", "-o", code, "--lang", "en"])
    #expect(
      c2 == 2
        && err2
          == "ambt: error: '\(code)' is an input file ('\(dir)/link.ambt'); ambt never writes its output over its input: choose another output file\n"
    )
    let other = dir + "/y.ambt"
    try Self.valid.replacingOccurrences(of: "Tekst.", with: "Andere tekst.").write(
      toFile: other, atomically: true, encoding: .utf8)
    for args in [
      ["render", code, "-o", dir + "/hard.ambt"], ["diff", code, other, "-o", other], ["compare", code, other, "-o", code],
      ["import", code, "-o", code, "--force"], ["compile", code, "-o", dir + "/link.ambt"],
    ] {
      let (c, _, err) = CLITests.run(args)
      #expect(c == 2 && err.contains("is een invoerbestand"), "\(args)")
    }
    #expect(try String(contentsOfFile: code, encoding: .utf8) == Self.valid)
    #expect(isLink(dir + "/link.ambt"))
    #expect(names(dir) == ["hard.ambt", "link.ambt", "x.ambt", "y.ambt"])
  }

  @Test("an edit saved while fmt --write runs is kept: ambt refuses and writes nothing")
  func concurrentEdit() throws {
    let dir = tempDir()
    let path = dir + "/code.ambt"
    try Self.messy.write(toFile: path, atomically: true, encoding: .utf8)
    let io = BufferIO()
    guard case .success(let files) = Files.collect([path], io: io) else {
      Issue.record("cannot read \(path)")
      return
    }
    // Saved just before the rename, in place, with the same size and modification time (a coarse
    // clock can do that): the stamp is the same, the bytes are not.
    let edited = Self.messy.replacingOccurrences(of: "Tekst", with: "TEKST")
    var before = stat()
    stat(path, &before)
    let e1 = Files.writeAtomically(
      "nieuw\n", to: path, policy: Files.WritePolicy(expected: files[0]),
      beforeRename: {
        try? edited.write(toFile: path, atomically: false, encoding: .utf8)
        let times = [before.st_atim, before.st_mtim]
        _ = times.withUnsafeBufferPointer { utimensat(AT_FDCWD, path, $0.baseAddress, 0) }
        #expect(FileStamp.of(path) == files[0].stamp)
      })
    #expect(
      e1?.message.nl
        == "'\(path)' is veranderd sinds ambt het las (opgeslagen in een andere editor?); niets geschreven, voer de opdracht opnieuw uit"
    )
    #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
    // Saved between reading and writing, by an editor that replaces the file.
    try (edited + "// nog een keer\n").write(toFile: path, atomically: true, encoding: .utf8)
    let e2 = Files.writeAtomically("nieuw\n", to: path, policy: Files.WritePolicy(expected: files[0]))
    #expect(
      e2?.message.en == "'\(path)' changed after ambt read it (saved in another editor?); nothing written, run the command again")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == edited + "// nog een keer\n")
    #expect(names(dir) == ["code.ambt"])
    // Unchanged: written.
    guard case .success(let again) = Files.collect([path], io: io) else { return }
    #expect(Files.writeAtomically("nieuw\n", to: path, policy: Files.WritePolicy(expected: again[0])) == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "nieuw\n")
  }

  @Test("temporary files are .NAME.ambt-tmp-PID; those of dead processes are removed by the next write")
  func staleTemporaries() throws {
    let dir = tempDir()
    try Self.valid.write(toFile: dir + "/code.ambt", atomically: true, encoding: .utf8)
    // Process ids above the kernel's maximum (2^22) never run; pid 1 always does.
    let dead = [".code.json.ambt-tmp-4194305", ".other.ambt.ambt-tmp-4194306", ".old.json.ambt-tmp-4194307-123456"]
    let kept = [".live.json.ambt-tmp-1", ".notes.ambt-tmp-x", "code.ambt"]
    for name in dead + kept where name != "code.ambt" {
      #expect(FileManager.default.createFile(atPath: dir + "/" + name, contents: nil))
    }
    #expect(CLITests.run(["compile", dir + "/code.ambt", "-o", dir + "/code.json"]).0 == 0)
    #expect(names(dir) == (kept + ["code.json"]).sorted())
  }

  @Test("-o to a device writes in place and never replaces it")
  func device() {
    let (code, out, err) = CLITests.run(["compile", "-", "-o", "/dev/null"], stdin: Self.valid)
    #expect(code == 0 && out.isEmpty && err.isEmpty)
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    let (c2, _, e2) = CLITests.run(["compile", "-", "-o", "/dev/full", "--lang", "en"], stdin: Self.valid)
    #expect(c2 == 2 && e2 == "ambt: error: cannot write '/dev/full': No space left on device\n")
  }

  @Test("fmt --write goes on after a refused file and exits 2")
  func fmtContinues() throws {
    let dir = tempDir()
    try Self.messy.write(toFile: dir + "/a.ambt", atomically: true, encoding: .utf8)
    try Self.messy.write(toFile: dir + "/b.ambt", atomically: true, encoding: .utf8)
    chmod(dir + "/a.ambt", 0o444)
    let (code, _, err) = CLITests.run(["fmt", "--write", dir])
    #expect(code == 2)
    #expect(err == "ambt: fout: '\(dir)/a.ambt' is alleen-lezen; niets geschreven\nopgemaakt: \(dir)/b.ambt\n")
  }
}
