import Foundation
import Testing

/// The repository's root folder, found from this file's path (`Tests/AmbtTestSupport/`), so
/// tests read fixtures, codes and docs wherever the checkout is.
public enum RepositoryRoot {
  public static let url: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  public static var path: String { url.path }

  /// `relative` (`Codes/leek.ambt`) under the root.
  public static func url(_ relative: String) -> URL { url.appendingPathComponent(relative) }
}

/// Golden-file comparison for every test target.
public enum Snapshot {
  /// Compares `actual` with the golden file at `url` (CR LF read as LF). With `AMBT_RECORD=1` the
  /// file is written and the test fails, so a recording run is never mistaken for a passing one.
  public static func check(_ actual: String, file url: URL, sourceLocation: SourceLocation) {
    let name = url.lastPathComponent
    if ProcessInfo.processInfo.environment["AMBT_RECORD"] == "1" {
      do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record("recorded snapshot \(name); run again without AMBT_RECORD to check it", sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot write snapshot \(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record("missing snapshot \(name); record it with AMBT_RECORD=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    #expect(
      actual == expected, "snapshot \(name) differs; re-record with AMBT_RECORD=1 after checking the change",
      sourceLocation: sourceLocation)
  }
}

/// A small deterministic generator (xorshift) for tests that compare a fast path with the simple
/// one on random input, so a failure can be reproduced from its seed.
public struct SeededRandom {
  public var state: UInt64
  public init(state: UInt64) { self.state = state }
  public mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  public mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }
}

/// Scratch space for tests that write files: every path lies in one folder per test process
/// (`ambt-tests-<pid>` in the system's temporary folder), removed when the process exits, so a
/// test run leaves nothing behind (before, each run left some two thousand folders).
public enum Scratch {
  /// The process's folder, made on first use; its removal is registered with `atexit`.
  public static let root: String = {
    let path = NSTemporaryDirectory() + "ambt-tests-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { Scratch.removeRoot() }
    return path
  }()

  /// A fresh path in the process's folder, `<prefix>-<uuid><suffix>`; nothing is made there.
  public static func path(_ prefix: String, suffix: String = "") -> String {
    root + "/" + prefix + "-" + UUID().uuidString + suffix
  }

  /// A fresh, empty folder in the process's folder.
  public static func directory(_ prefix: String) -> String {
    let dir = path(prefix)
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static func removeRoot() {
    // Folders a test made unreadable or unwritable are opened up first, so the removal can descend.
    if let walker = FileManager.default.enumerator(atPath: root) {
      while let item = walker.nextObject() as? String { chmod(root + "/" + item, 0o700) }
    }
    try? FileManager.default.removeItem(atPath: root)
  }
}
