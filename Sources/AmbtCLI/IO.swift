import AmbtModel
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
  /// All of standard input (at most `Files.maxInputBytes`), or why it cannot be read.
  func readStandardInput() -> Result<[UInt8], InputError>
  /// The working directory, for making paths relative.
  var currentDirectory: String { get }
  /// Writes out what is buffered; returns why standard output could not be written (a full
  /// disk, a closed pipe), or nil when all of it was.
  func finishOutput() -> String?
}

/// The process's own streams (or, for tests, any three descriptors).
public final class ProcessIO: IO {
  private var buffer: [UInt8] = []
  private let input: Int32
  private let output: Int32
  private let errors: Int32
  /// The first error writing standard output; once set, further output is dropped.
  private var outputError: Int32?

  public init(input: Int32 = 0, output: Int32 = 1, errors: Int32 = 2) {
    self.input = input
    self.output = output
    self.errors = errors
  }

  /// Standard output is buffered (flushed at 64 KiB and by `flush()`); errors go out at once.
  public func out(_ s: String) {
    guard outputError == nil else { return }
    buffer.append(contentsOf: s.utf8)
    if buffer.count >= 65536 { flush() }
  }

  public func err(_ s: String) {
    flush()
    _ = Files.writeAll(errors, Array(s.utf8))
  }

  public var stdoutIsTerminal: Bool { isatty(output) == 1 }
  public var environment: [String: String] { ProcessInfo.processInfo.environment }
  public var currentDirectory: String { FileManager.default.currentDirectoryPath }

  public func readStandardInput() -> Result<[UInt8], InputError> {
    var info = stat()
    if fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      return .failure(
        InputError(
          message: LocalizedText("cli.files.message.standard-input-folder-give")))
    }
    return Files.readAll(input, name: LocalizedText("cli.files.standard-input"), limit: Files.maxInputBytes)
  }

  public func flush() {
    if buffer.isEmpty || outputError != nil {
      buffer.removeAll(keepingCapacity: true)
      return
    }
    if !Files.writeAll(output, buffer) { outputError = errno }
    buffer.removeAll(keepingCapacity: true)
  }

  public func finishOutput() -> String? {
    flush()
    return outputError.map { String(cString: strerror($0)) }
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
  /// Set by a test to make standard input or output fail.
  public var stdinError: InputError?
  public var stdoutError: String?

  public init(stdin: String = "", terminal: Bool = false, environment: [String: String] = [:], currentDirectory: String? = nil) {
    self.stdin = Array(stdin.utf8)
    self.stdoutIsTerminal = terminal
    self.environment = environment
    self.currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
  }

  public func out(_ s: String) { stdoutText += s }
  public func err(_ s: String) { stderrText += s }
  public func readStandardInput() -> Result<[UInt8], InputError> { stdinError.map { .failure($0) } ?? .success(stdin) }
  public func finishOutput() -> String? { stdoutError }
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
