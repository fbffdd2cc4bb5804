import AmbtModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing outputs safely (`-o`, `fmt --write`, `new`, `import`). docs/architecture.md,
/// "Writing files", describes the behaviour for users:
///
/// - A symbolic link is written through: its target gets the new text, the link stays a link.
/// - A new file gets mode 0644 minus the umask; a replaced file keeps its mode (and, where the
///   system allows, its owner and group). Nothing is ever more permissive than what it replaces.
/// - A file the command read as input is never overwritten by its output (exit 2), except by
///   `fmt --write`, which rewrites its input on purpose.
/// - The target is stamped (device, inode, size, modification time) before writing and compared
///   again just before the rename; for `fmt --write` the bytes read are compared too. A change in
///   between (an edit saved meanwhile) makes ambt refuse and write nothing.
/// - The text goes to `.NAME.ambt-tmp-PID` in the target's folder, is flushed to disk and renamed
///   over the target, so the target is either old or new, never half. A temporary file left by a
///   killed run (kill -9, power loss) is removed by the next write into that folder once its
///   process is gone.
/// - A device or FIFO (`-o /dev/stdout`) is written directly; there is nothing to replace.
extension Files {
  /// What a writer may and may not replace.
  public struct WritePolicy: Sendable {
    /// Whether an existing target may be replaced (`new` and `import` need `--force`).
    public var overwrite: Bool
    /// The files the command read: the output may not be one of them.
    public var inputs: [InputFile]
    /// The target as it was read (`fmt --write`): it must be unchanged when it is replaced.
    public var expected: InputFile?

    public init(overwrite: Bool = true, inputs: [InputFile] = [], expected: InputFile? = nil) {
      self.overwrite = overwrite
      self.inputs = inputs
      self.expected = expected
    }
  }

  /// The marker in temporary file names: `.code.ambt.ambt-tmp-4711`.
  static let temporaryMarker = ".ambt-tmp-"

  /// Writes `text` to `path` atomically (see above); nil on success, otherwise why nothing was
  /// written. `beforeRename` runs just before the final check, for tests that edit the target
  /// while ambt writes it.
  public static func writeAtomically(
    _ text: String, to path: String, overwrite: Bool = true, policy: WritePolicy? = nil,
    beforeRename: (() -> Void)? = nil
  ) -> InputError? {
    let policy = policy ?? WritePolicy(overwrite: overwrite)
    func error(_ message: LocalizedText) -> InputError { InputError(message: message) }
    var info = stat()
    // Something that is not a regular file is written in place: a device or a pipe cannot be
    // replaced by a rename, and must not be (root could replace /dev/null).
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      if info.st_mode & S_IFMT == S_IFDIR { return error(LocalizedText("cli.files.path-folder", ["path": "\(path)"])) }
      return writeInPlace(text, to: path)
    }
    let target: String
    switch resolveLinks(path) {
    case .failure(let e): return e
    case .success(let t): target = t
    }
    let before = FileStamp.of(target)
    var mode: mode_t = 0o644
    var owner: (uid_t, gid_t)?
    if let before {
      if !policy.overwrite {
        return error(LocalizedText("cli.files.path-already-exists-use", ["path": "\(path)"]))
      }
      if let input = policy.inputs.first(where: { $0.stamp.map(before.sameFile) ?? false }),
        policy.expected.map({ $0.stamp.map(before.sameFile) ?? false }) != true
      {
        let via = input.displayName == path ? "" : " ('\(input.displayName)')"
        return error(LocalizedText("cli.files.path-input-file-via", ["path": "\(path)", "via": "\(via)"]))
      }
      // Root may write a file without write permission; ambt refuses all the same, because the
      // permission says the file is not meant to change.
      stat(target, &info)
      if access(target, W_OK) != 0 || info.st_mode & 0o222 == 0 {
        return error(LocalizedText("cli.files.path-read-only-nothing", ["path": "\(path)"]))
      }
      mode = info.st_mode & 0o777
      owner = (info.st_uid, info.st_gid)
    }
    if let expected = policy.expected, let stamp = expected.stamp, stamp != before {
      return changedMeanwhile(path)
    }
    let dir = directory(of: target)
    removeStaleTemporaries(in: dir)
    let tmp = dir + "/." + name(of: target) + temporaryMarker + String(getpid())
    var fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, before == nil ? mode : 0o600)
    if fd < 0 && errno == EEXIST {
      // Left by an earlier write of this same process that failed half-way: ours to remove.
      unlink(tmp)
      fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, before == nil ? mode : 0o600)
    }
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      return error(LocalizedText("cli.files.cannot-write-in-dir", ["dir": "\(dir)", "reason": "\(reason)"]))
    }
    var failure: String?
    if !writeAll(fd, Array(text.utf8)) || fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
    if failure == nil, let owner {
      // The replaced file's owner and group where allowed (root, or a group one belongs to);
      // the mode last, since changing the owner may clear set-id bits.
      _ = fchown(fd, owner.0, owner.1)
      if fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
    }
    close(fd)
    if let failure {
      unlink(tmp)
      return error(LocalizedText("cli.files.cannot-write-path-failure", ["path": "\(path)", "failure": "\(failure)"]))
    }
    beforeRename?()
    if FileStamp.of(target) != before || !(policy.expected.map { unchanged(target, since: $0) } ?? true) {
      unlink(tmp)
      return changedMeanwhile(path)
    }
    if rename(tmp, target) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(tmp)
      return error(LocalizedText("cli.files.cannot-replace-path-reason", ["path": "\(path)", "reason": "\(reason)"]))
    }
    return nil
  }

  static func changedMeanwhile(_ path: String) -> InputError {
    InputError(
      message: LocalizedText("cli.files.message.path-changed-after-ambt", ["path": "\(path)"]))
  }

  /// Whether the file still holds exactly the bytes read.
  static func unchanged(_ path: String, since read: InputFile) -> Bool {
    guard case .success(let now) = readFile(path, limit: max(read.bytes.count, 1)) else { return false }
    return now.bytes == read.bytes
  }

  /// The file a path finally names, symbolic links followed (also a dangling one, whose target
  /// is then created). A loop is an error.
  static func resolveLinks(_ path: String) -> Result<String, InputError> {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return .success(current) }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let n = readlink(current, &buffer, buffer.count - 1)
      guard n > 0 else { return .success(current) }
      let destination = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = destination.hasPrefix("/") ? destination : directory(of: current) + "/" + destination
    }
    return .failure(
      InputError(
        message: LocalizedText("cli.files.message.path-loop-symbolic-links", ["path": "\(path)"])))
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func name(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  /// Removes `.NAME.ambt-tmp-PID` files (and the older `-PID-RANDOM` form) whose process is
  /// gone: what a killed run left behind. A file of a live process, or of another user's
  /// process that cannot be asked, is left alone.
  static func removeStaleTemporaries(in dir: String) {
    guard case .success(let names) = directoryEntries(dir) else { return }
    for entry in names where entry.hasPrefix(".") {
      guard let marker = entry.range(of: temporaryMarker, options: .backwards) else { continue }
      let digits = entry[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(digits.count), digits.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
        let pid = Int32(digits[0]), pid > 0, digits.count == 1 || UInt32(digits[1]) != nil
      else { continue }
      if pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH { continue }
      unlink(dir + "/" + entry)
    }
  }

  /// Writes to a device or pipe as it is.
  static func writeInPlace(_ text: String, to path: String) -> InputError? {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    var reason: String?
    if fd < 0 {
      reason = String(cString: strerror(errno))
    } else {
      if !writeAll(fd, Array(text.utf8)) { reason = String(cString: strerror(errno)) }
      close(fd)
    }
    guard let reason else { return nil }
    return InputError(
      message: LocalizedText("cli.files.message.cannot-write-path-reason", ["path": "\(path)", "reason": "\(reason)"]))
  }

  /// Writes every byte; false (with errno set) on an error.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        if n == 0 { errno = EIO }
        return false
      }
      offset += n
    }
    return true
  }
}
