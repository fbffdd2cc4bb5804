import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command reads and writes. The real one talks to the process; tests use buffers.
public protocol IO: AnyObject {
  func out(_ s: String)
  func err(_ s: String)
  /// Whether stdout is a terminal (colour and layout decisions).
  var stdoutIsTerminal: Bool { get }
  var environment: [String: String] { get }
  /// All of standard input, or nil when it cannot be read.
  func readStandardInput() -> [UInt8]?
  /// The working directory, for making paths relative.
  var currentDirectory: String { get }
}

/// The process's own streams.
public final class ProcessIO: IO {
  private var buffer: [UInt8] = []

  public init() {}

  /// Standard output is buffered (flushed at 64 KiB and by `flush()`); errors go out at once.
  public func out(_ s: String) {
    buffer.append(contentsOf: s.utf8)
    if buffer.count >= 65536 { flush() }
  }

  public func err(_ s: String) {
    flush()
    ProcessIO.writeAll(2, Array(s.utf8))
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n <= 0 { return }
      offset += n
    }
  }
  public var stdoutIsTerminal: Bool { isatty(1) == 1 }
  public var environment: [String: String] { ProcessInfo.processInfo.environment }
  public var currentDirectory: String { FileManager.default.currentDirectoryPath }

  public func readStandardInput() -> [UInt8]? {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = read(0, &buffer, buffer.count)
      if n < 0 { return nil }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
  }

  public func flush() {
    if buffer.isEmpty { return }
    ProcessIO.writeAll(1, buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Buffers for in-process tests.
public final class BufferIO: IO {
  public var stdoutText = ""
  public var stderrText = ""
  public var stdin: [UInt8]
  public var stdoutIsTerminal: Bool
  public var environment: [String: String]
  public var currentDirectory: String

  public init(stdin: String = "", terminal: Bool = false, environment: [String: String] = [:], currentDirectory: String? = nil) {
    self.stdin = Array(stdin.utf8)
    self.stdoutIsTerminal = terminal
    self.environment = environment
    self.currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
  }

  public func out(_ s: String) { stdoutText += s }
  public func err(_ s: String) { stderrText += s }
  public func readStandardInput() -> [UInt8]? { stdin }
}

/// ANSI styling that switches itself off when it should.
public struct Style: Sendable {
  public let enabled: Bool

  public init(enabled: Bool) { self.enabled = enabled }

  /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
  public static func forOutput(_ io: IO) -> Style {
    let noColor = io.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return Style(enabled: io.stdoutIsTerminal && !noColor && io.environment["TERM"] != "dumb")
  }

  func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
  public func bold(_ s: String) -> String { wrap(s, "1") }
  public func red(_ s: String) -> String { wrap(s, "31") }
  public func green(_ s: String) -> String { wrap(s, "32") }
  public func yellow(_ s: String) -> String { wrap(s, "33") }
  public func blue(_ s: String) -> String { wrap(s, "34") }
  public func cyan(_ s: String) -> String { wrap(s, "36") }
  public func dim(_ s: String) -> String { wrap(s, "2") }
  public func strike(_ s: String) -> String { wrap(s, "9;31") }
  public func underline(_ s: String) -> String { wrap(s, "4;32") }
}
