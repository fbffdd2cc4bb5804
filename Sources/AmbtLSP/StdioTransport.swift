import AmbtModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Connects a `LanguageServer` to a pair of file descriptors (standard input and output):
/// reads what arrives, cuts it into messages, and waits with `poll` until input arrives or the
/// next debounced diagnostics are due. Ends at `exit` or when the input closes.
public final class StdioTransport {
  private let input: Int32
  private let output: Int32
  private var framer: MessageFramer
  private var writeFailed = false
  public private(set) var server: LanguageServer!

  public init(options: LanguageServer.Options, input: Int32 = 0, output: Int32 = 1) {
    self.input = input
    self.output = output
    self.framer = MessageFramer(maxMessageBytes: options.maxMessageBytes)
    self.server = LanguageServer(options: options, now: StdioTransport.monotonicSeconds) { [unowned self] message in
      self.write(message)
    }
  }

  /// Serves until `exit` or the end of the input; returns the exit code (0 only after `shutdown`).
  public func run() -> Int32 {
    // A client that goes away must not kill the server with SIGPIPE mid-write.
    signal(SIGPIPE, SIG_IGN)
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      var timeout: Int32 = -1
      if let deadline = server.nextDeadline {
        timeout = Int32(max(0, min(60_000, (deadline - StdioTransport.monotonicSeconds()) * 1000)).rounded(.up))
      }
      var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, timeout)
      if ready < 0 && errno != EINTR { return 1 }
      if ready > 0 {
        let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return server.exitCode ?? 1 }
        framer.append(chunk[0..<n])
        while let event = framer.next() {
          switch event {
          case .message(let body): server.receive(body)
          case .problem(let p): server.receive(p)
          }
          if let code = server.exitCode { return code }
        }
      }
      server.publishDue(at: StdioTransport.monotonicSeconds())
      if writeFailed { return 1 }
    }
  }

  private func write(_ message: JSON) {
    guard !writeFailed else { return }
    let bytes = MessageFramer.frame(Array(message.serialized(indent: nil).utf8))
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + written, $0.count - written) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        writeFailed = true
        return
      }
      written += n
    }
  }

  static func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}

/// Drives a `LanguageServer` in process: bytes in, framed messages out. Tests and the benchmark
/// use it; the clock is the caller's.
public final class InProcessConnection {
  private var framer: MessageFramer
  public private(set) var server: LanguageServer!
  /// Everything the server sent, framed, since the last `take`.
  private var sent: [UInt8] = []
  public var clock: Double = 0

  public init(options: LanguageServer.Options) {
    framer = MessageFramer(maxMessageBytes: options.maxMessageBytes)
    server = LanguageServer(options: options, now: { [unowned self] in self.clock }) { [unowned self] message in
      self.sent += MessageFramer.frame(Array(message.serialized(indent: nil).utf8))
    }
  }

  /// Feeds raw bytes, handling every complete message.
  public func feed(_ bytes: [UInt8]) {
    framer.append(bytes)
    while let event = framer.next() {
      switch event {
      case .message(let body): server.receive(body)
      case .problem(let p): server.receive(p)
      }
    }
  }

  /// Sends one message, framed.
  public func send(_ message: JSON) { feed(MessageFramer.frame(Array(message.serialized(indent: nil).utf8))) }

  /// The messages the server sent since the last call, unframed and parsed.
  public func take() -> [JSON] {
    var reader = MessageFramer(maxMessageBytes: Int.max / 4)
    reader.append(sent)
    sent = []
    var out: [JSON] = []
    while case .message(let body)? = reader.next() {
      if case .success(let j) = JSONReader.read(body) { out.append(j) }
    }
    return out
  }
}
