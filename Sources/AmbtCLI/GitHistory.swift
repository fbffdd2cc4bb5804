import AmbtModel
import Foundation

/// Reads an earlier version of a file from git history: `git show REV:./NAME`, run as a
/// subprocess in the file's folder, so the path is resolved as git sees it from there.
enum GitHistory {
  /// The bytes of `path` at `revision`, or a message saying why not (no git, not a repository,
  /// an unknown revision, a file that did not exist then).
  static func show(_ revision: String, of path: String) -> Result<[UInt8], InputError> {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    guard !revision.hasPrefix("-"), !revision.contains(":") else {
      return .failure(
        InputError(
          message: LocalizedText("cli.git-history.message.revision-not-git-revision", ["revision": "\(revision)"])))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "show", "\(revision):./\(url.lastPathComponent)"]
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      return .failure(
        InputError(message: LocalizedText("cli.git-history.message.cannot-start-git-error", ["error": "\(error)"])))
    }
    // The file first, to its end, so a large file cannot block git on a full pipe; git writes
    // only a line or two to standard error, which the pipe holds meanwhile.
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errorData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let reason = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      let notRepository = reason.contains("not a git repository")
      return .failure(
        InputError(
          message: notRepository
            ? LocalizedText("cli.git-history.path-not-in-git", ["path": "\(path)"])
            : LocalizedText(
              "cli.git-history.git-cannot-show-lastpathcomponent",
              ["lastPathComponent": "\(url.lastPathComponent)", "revision": "\(revision)", "reason": "\(reason)"])))
    }
    return .success(Array(data))
  }
}
