import AmbtModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input file read into memory, with the name to show in messages.
public struct InputFile: Sendable {
  public var path: String
  public var displayName: String
  public var bytes: [UInt8]
}

/// An input named on the command line or found in a directory, not read yet (standard input is
/// read when listed, since it can be read only once).
public struct InputSource: Sendable {
  public var path: String
  public var displayName: String
  var bytes: [UInt8]?

  /// Reads the file now; a file that has disappeared since it was listed is an input error.
  public func read() -> Result<InputFile, InputError> {
    if let bytes { return .success(InputFile(path: path, displayName: displayName, bytes: bytes)) }
    return Files.read(path).map { InputFile(path: path, displayName: displayName, bytes: $0) }
  }
}

/// A problem with the input or the options: exit code 2.
public struct InputError: Error, Sendable {
  public var message: LocalizedText
}

/// Reading inputs and writing outputs safely.
public enum Files {
  /// Expands directories (recursively, `.ambt` files, sorted) and reads every file.
  /// `-` reads standard input. Symlink loops and unreadable entries are reported, not followed.
  public static func collect(_ paths: [String], io: IO, extensions: Set<String> = ["ambt"]) -> Result<[InputFile], InputError> {
    let sources: [InputSource]
    switch list(paths, io: io, extensions: extensions) {
    case .failure(let e): return .failure(e)
    case .success(let s): sources = s
    }
    var files: [InputFile] = []
    for source in sources {
      switch source.read() {
      case .success(let f): files.append(f)
      case .failure(let e): return .failure(e)
      }
    }
    return .success(files)
  }

  /// Expands directories like `collect` but reads nothing except standard input, so a command can
  /// read each file on a worker thread, just before it needs it, and hold only a few in memory.
  public static func list(_ paths: [String], io: IO, extensions: Set<String> = ["ambt"]) -> Result<[InputSource], InputError> {
    var sources: [InputSource] = []
    for path in paths {
      if path == "-" {
        guard let bytes = io.readStandardInput() else {
          return .failure(
            InputError(message: LocalizedText(nl: "kan standaardinvoer niet lezen", en: "cannot read standard input")))
        }
        sources.append(InputSource(path: "-", displayName: "<stdin>", bytes: bytes))
        continue
      }
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        return .failure(
          InputError(message: LocalizedText(nl: "'\(path)' bestaat niet", en: "'\(path)' does not exist")))
      }
      if isDir.boolValue {
        var found: [String] = []
        var visited: Set<String> = []
        walk(path, extensions: extensions, found: &found, visited: &visited)
        if found.isEmpty {
          return .failure(
            InputError(
              message: LocalizedText(
                nl: "geen .\(extensions.sorted().joined(separator: "/.")) bestanden in '\(path)'",
                en: "no .\(extensions.sorted().joined(separator: "/.")) files in '\(path)'")))
        }
        for f in found.sorted() { sources.append(InputSource(path: f, displayName: f, bytes: nil)) }
      } else {
        sources.append(InputSource(path: path, displayName: path, bytes: nil))
      }
    }
    return .success(sources)
  }

  static func walk(_ dir: String, extensions: Set<String>, found: inout [String], visited: inout Set<String>) {
    let real =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: dir)).map { _ in
        URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
      } ?? URL(fileURLWithPath: dir).standardizedFileURL.path
    guard !visited.contains(real) else { return }
    visited.insert(real)
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    for name in entries.sorted() where !name.hasPrefix(".") {
      let p = dir.hasSuffix("/") ? dir + name : dir + "/" + name
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { continue }
      if isDir.boolValue {
        let resolved = URL(fileURLWithPath: p).resolvingSymlinksInPath().path
        if visited.contains(resolved) { continue }
        walk(p, extensions: extensions, found: &found, visited: &visited)
      } else if let ext = name.split(separator: ".").last, extensions.contains(String(ext)) {
        found.append(p)
      }
    }
  }

  /// Exactly one input (a file or `-`), for the commands that take one; reports and returns nil
  /// (the caller exits 2) when it cannot be read or more than one was given.
  public static func single(_ paths: [String], _ context: Context) -> InputFile? {
    switch collect(paths, io: context.io) {
    case .failure(let e):
      context.fail(e.message)
      return nil
    case .success(let files):
      guard files.count == 1 else {
        context.fail(LocalizedText(nl: "geef precies één bestand", en: "give exactly one file"))
        return nil
      }
      return files[0]
    }
  }

  /// Reads a whole file; a file that disappears or cannot be read is an input error.
  public static func read(_ path: String) -> Result<[UInt8], InputError> {
    // Straight into the byte array with open/read: no intermediate Data, so a big file is held
    // once, not twice.
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let missing = errno == ENOENT
      return .failure(
        InputError(
          message: missing
            ? LocalizedText(nl: "'\(path)' bestaat niet (meer)", en: "'\(path)' does not exist (any more)")
            : LocalizedText(
              nl: "kan '\(path)' niet lezen: \(String(cString: strerror(errno)))",
              en: "cannot read '\(path)': \(String(cString: strerror(errno)))")))
    }
    defer { close(fd) }
    var info = stat()
    var bytes: [UInt8] = []
    if fstat(fd, &info) == 0 && info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size) + 1) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(
          InputError(
            message: LocalizedText(
              nl: "kan '\(path)' niet lezen: \(String(cString: strerror(errno)))",
              en: "cannot read '\(path)': \(String(cString: strerror(errno)))")))
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return .success(bytes)
  }

  /// Writes `text` to `path` atomically: a temporary file beside it, then rename. The target is
  /// untouched if anything fails. Refuses to replace a read-only file.
  public static func writeAtomically(_ text: String, to path: String, overwrite: Bool = true) -> InputError? {
    let fm = FileManager.default
    if fm.fileExists(atPath: path) {
      if !overwrite {
        return InputError(
          message: LocalizedText(
            nl: "'\(path)' bestaat al; gebruik --force om te overschrijven",
            en: "'\(path)' already exists; use --force to overwrite"))
      }
      // Root may write a file without write permission; ambt refuses all the same, because the
      // permission says the file is not meant to change.
      var info = stat()
      if access(path, W_OK) != 0 || (stat(path, &info) == 0 && info.st_mode & 0o222 == 0) {
        return InputError(
          message: LocalizedText(nl: "'\(path)' is alleen-lezen; niets geschreven", en: "'\(path)' is read-only; nothing written")
        )
      }
    }
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    let tmp = dir + "/." + url.lastPathComponent + ".ambt-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard fm.createFile(atPath: tmp, contents: Data(text.utf8)) else {
      return InputError(
        message: LocalizedText(nl: "kan niet schrijven in '\(dir)'", en: "cannot write in '\(dir)'"))
    }
    if let attrs = try? fm.attributesOfItem(atPath: path), let perms = attrs[.posixPermissions] {
      try? fm.setAttributes([.posixPermissions: perms], ofItemAtPath: tmp)
    }
    if rename(tmp, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(tmp)
      return InputError(
        message: LocalizedText(nl: "kan '\(path)' niet vervangen: \(reason)", en: "cannot replace '\(path)': \(reason)"))
    }
    return nil
  }
}

/// The C library's `read`, which `Files.read` hides inside the enum.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
