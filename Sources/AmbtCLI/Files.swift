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
  /// The file's identity and state when it was read; nil for standard input.
  public var stamp: FileStamp?

  public init(path: String, displayName: String, bytes: [UInt8], stamp: FileStamp? = nil) {
    self.path = path
    self.displayName = displayName
    self.bytes = bytes
    self.stamp = stamp
  }
}

/// An input named on the command line or found in a directory, not read yet (standard input is
/// read when listed, since it can be read only once).
public struct InputSource: Sendable {
  public var path: String
  public var displayName: String
  var bytes: [UInt8]?
  /// A problem found while listing (an unreadable folder): reading the source reports it.
  var problem: InputError?

  /// Reads the file now; a file that has disappeared since it was listed is an input error.
  public func read() -> Result<InputFile, InputError> {
    if let problem { return .failure(problem) }
    if let bytes { return .success(InputFile(path: path, displayName: displayName, bytes: bytes)) }
    return Files.readFile(path).map { InputFile(path: path, displayName: displayName, bytes: $0.bytes, stamp: $0.stamp) }
  }
}

/// A problem with the input or the options: exit code 2.
public struct InputError: Error, Sendable {
  public var message: LocalizedText

  public init(message: LocalizedText) { self.message = message }
}

/// What a file was when ambt read it: device, inode, size and modification time. A writer
/// compares it again just before it replaces the file, so an edit saved in between is not lost.
public struct FileStamp: Sendable, Equatable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  public var seconds: Int
  public var nanoseconds: Int

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      seconds = Int(info.st_mtimespec.tv_sec)
      nanoseconds = Int(info.st_mtimespec.tv_nsec)
    #else
      seconds = Int(info.st_mtim.tv_sec)
      nanoseconds = Int(info.st_mtim.tv_nsec)
    #endif
  }

  /// Whether both stamps are of the same file (size and time aside).
  func sameFile(as other: FileStamp) -> Bool { device == other.device && inode == other.inode }

  /// The stamp of `path` (symbolic links followed), or nil when there is no such file.
  static func of(_ path: String) -> FileStamp? {
    var info = stat()
    return stat(path, &info) == 0 ? FileStamp(info) : nil
  }
}

/// Reading inputs and writing outputs safely.
///
/// Inputs: regular files and pipes, at most `maxInputBytes` each; a device (`/dev/zero`) or a
/// socket is refused. A folder is walked for `.ambt` files; in it, anything that is not a regular
/// file (a FIFO named `x.ambt`) is skipped with a warning, and an unreadable subfolder is an input
/// error (exit 2) while the rest is still read. Outputs: see `Files+Write.swift`.
public enum Files {
  /// The largest input ambt reads: 128 MiB (the parser holds about ten times its input).
  public static let maxInputBytes = 128 << 20

  /// Expands directories (recursively, `.ambt` files, sorted) and reads every file.
  /// `-` reads standard input. Symlink loops are not followed; unreadable folders and files are
  /// reported.
  public static func collect(
    _ paths: [String], io: IO, language: Language = .nl, extensions: Set<String> = ["ambt"]
  ) -> Result<[InputFile], InputError> {
    let sources: [InputSource]
    switch list(paths, io: io, language: language, extensions: extensions) {
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
  /// Entries skipped in a folder are reported on standard error as warnings.
  public static func list(
    _ paths: [String], io: IO, language: Language = .nl, extensions: Set<String> = ["ambt"],
    lister: @escaping (String) -> Result<[String], InputError> = Files.directoryEntries
  ) -> Result<[InputSource], InputError> {
    var sources: [InputSource] = []
    for path in paths {
      if path == "-" {
        switch io.readStandardInput() {
        case .failure(let e): return .failure(e)
        case .success(let bytes): sources.append(InputSource(path: "-", displayName: "<stdin>", bytes: bytes))
        }
        continue
      }
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        return .failure(
          InputError(message: LocalizedText("cli.files.message.path-does-not-exist", ["path": "\(path)"])))
      }
      if isDir.boolValue {
        var walk = Walk(extensions: extensions, lister: lister)
        walk.walk(path)
        for skipped in walk.skipped {
          io.err(
            "ambt: " + (language.text("cli.files.warning")) + ": "
              + TerminalText.sanitize(skipped.text(language)) + "\n")
        }
        if walk.found.isEmpty && walk.unreadable.isEmpty {
          return .failure(
            InputError(
              message: LocalizedText(
                "cli.files.message.no-extensions-files-in",
                ["extensions": "\(extensions.sorted().joined(separator: "/."))", "path": "\(path)"])))
        }
        for f in walk.found.sorted() { sources.append(InputSource(path: f, displayName: f, bytes: nil)) }
        for (dir, e) in walk.unreadable { sources.append(InputSource(path: dir, displayName: dir, problem: e)) }
      } else {
        sources.append(InputSource(path: path, displayName: path, bytes: nil))
      }
    }
    return .success(sources)
  }

  /// The names in a folder, or why it cannot be read.
  public static func directoryEntries(_ dir: String) -> Result<[String], InputError> {
    guard let handle = opendir(dir) else {
      let reason = String(cString: strerror(errno))
      return .failure(
        InputError(
          message: LocalizedText("cli.files.cannot-read-folder", ["dir": "\(dir)", "reason": "\(reason)"])))
    }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names)
  }

  /// One walk over a folder tree: the files found, what was skipped and what could not be read.
  struct Walk {
    let extensions: Set<String>
    let lister: (String) -> Result<[String], InputError>
    var found: [String] = []
    var skipped: [LocalizedText] = []
    var unreadable: [(String, InputError)] = []
    var visited: Set<String> = []

    init(extensions: Set<String>, lister: @escaping (String) -> Result<[String], InputError>) {
      self.extensions = extensions
      self.lister = lister
    }

    /// Folders of build tools that hold copies, not sources.
    static let skippedFolders: Set<String> = ["node_modules"]

    mutating func walk(_ dir: String) {
      let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().standardizedFileURL.path
      guard !visited.contains(real) else { return }
      visited.insert(real)
      let entries: [String]
      switch lister(dir) {
      case .failure(let e):
        unreadable.append((dir, e))
        return
      case .success(let names): entries = names
      }
      // Hidden folders (.git, .build) and build output are never codes.
      for name in entries.sorted() where !name.hasPrefix(".") && !Walk.skippedFolders.contains(name) {
        // `ambt lint .` names `codes/a.ambt`, not `./codes/a.ambt` (GitHub matches annotations by path).
        let p = dir == "." || dir == "./" ? name : dir.hasSuffix("/") ? dir + name : dir + "/" + name
        var info = stat()
        // A dangling link or an entry removed meanwhile: nothing to read.
        guard stat(p, &info) == 0 else { continue }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
          walk(p)
          continue
        }
        // Only names with an extension count: the binary `ambt` is not a code.
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
          extensions.contains(String(name[name.index(after: dot)...]))
        else { continue }
        if type == S_IFREG {
          found.append(p)
        } else {
          // Reading a FIFO would wait for a writer for ever; a device may never end.
          skipped.append(
            LocalizedText(
              "cli.files.not-regular.skipped", ["path": p],
              messages: ["kind": LocalizedText(each: { Files.kind(type, $0) })]))
        }
      }
    }
  }

  /// What a non-regular file is, for messages.
  static func kind(_ type: mode_t, _ language: Language) -> String {
    switch type {
    case S_IFIFO: return language.text("cli.files.fifo")
    case S_IFCHR: return language.text("cli.files.character-device")
    case S_IFBLK: return language.text("cli.files.block-device")
    case S_IFSOCK: return language.text("cli.files.socket")
    case S_IFDIR: return language.text("cli.files.folder")
    default: return language.text("cli.files.special-file")
    }
  }

  /// Exactly one input (a file or `-`), for the commands that take one; reports and returns nil
  /// (the caller exits 2) when it cannot be read or more than one was given.
  public static func single(_ paths: [String], _ context: Context) -> InputFile? {
    switch collect(paths, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return nil
    case .success(let files):
      guard files.count == 1 else {
        context.fail(LocalizedText("cli.files.give-exactly-one-file"))
        return nil
      }
      return files[0]
    }
  }

  /// Reads a whole file; a file that disappears or cannot be read is an input error.
  public static func read(_ path: String, limit: Int = maxInputBytes) -> Result<[UInt8], InputError> {
    readFile(path, limit: limit).map(\.bytes)
  }

  /// Reads a whole file with its stamp. Only regular files and pipes are read, and at most
  /// `limit` bytes of them: `/dev/zero` or an endless pipe is an input error, not a full memory.
  public static func readFile(_ path: String, limit: Int = maxInputBytes) -> Result<
    (bytes: [UInt8], stamp: FileStamp), InputError
  > {
    func failure(_ message: LocalizedText) -> Result<(bytes: [UInt8], stamp: FileStamp), InputError> {
      .failure(InputError(message: message))
    }
    // Look before opening: opening a device can have effects of its own.
    var info = stat()
    if stat(path, &info) == 0, let refusal = refusal(info.st_mode & S_IFMT, path) { return .failure(refusal) }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      return errno == ENOENT
        ? failure(LocalizedText("cli.files.path-does-not-exist", ["path": "\(path)"]))
        : failure(LocalizedText("cli.files.cannot-read-path-reason", ["path": "\(path)", "reason": "\(reason)"]))
    }
    defer { close(fd) }
    guard fstat(fd, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      return failure(LocalizedText("cli.files.cannot-read-path-reason", ["path": "\(path)", "reason": "\(reason)"]))
    }
    if let refusal = refusal(info.st_mode & S_IFMT, path) { return .failure(refusal) }
    let stamp = FileStamp(info)
    let name = LocalizedText("cli.files.path", ["path": "\(path)"])
    return readAll(fd, name: name, limit: limit, sizeHint: Int(info.st_size)).map { ($0, stamp) }
  }

  /// Why a file of this type is not read, or nil when it may be.
  static func refusal(_ type: mode_t, _ path: String) -> InputError? {
    if type == S_IFREG || type == S_IFIFO { return nil }
    if type == S_IFDIR {
      return InputError(message: LocalizedText("cli.files.message.path-folder", ["path": "\(path)"]))
    }
    return InputError(
      message: LocalizedText(
        "cli.files.not-regular", ["path": path], messages: ["kind": LocalizedText(each: { kind(type, $0) })]))
  }

  /// Everything from an open descriptor, at most `limit` bytes; `name` is for messages
  /// (`'code.ambt'`, `standaardinvoer`).
  static func readAll(_ fd: Int32, name: LocalizedText, limit: Int, sizeHint: Int = 0) -> Result<[UInt8], InputError> {
    if sizeHint > limit { return .failure(tooLarge(name, limit)) }
    var bytes: [UInt8] = []
    // Straight into the byte array with read(2): no intermediate Data, so a big file is held once.
    if sizeHint > 0 { bytes.reserveCapacity(sizeHint + 1) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        return .failure(
          InputError(message: LocalizedText("cli.files.cannot-read", ["reason": reason], messages: ["name": name])))
      }
      if bytes.count + n > limit { return .failure(tooLarge(name, limit)) }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return .success(bytes)
  }

  static func tooLarge(_ name: LocalizedText, _ limit: Int) -> InputError {
    let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    return InputError(
      message: LocalizedText("cli.files.too-large", ["size": size], messages: ["name": name]))
  }
}

/// The C library's `read`, which `Files.readAll` hides inside the enum.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
