/// Cuts a byte stream into LSP messages: `Content-Length: N` headers, an empty line, N bytes.
///
/// Robust against what a broken or hostile client sends: a header section that never ends, a
/// header without a colon, a missing or unreadable `Content-Length`, a body larger than the limit.
/// Each becomes a `Problem` and the framer resynchronises at the next `Content-Length` header,
/// so one bad message never stops the server. An oversized body is skipped as it arrives, never
/// held in memory.
public struct MessageFramer: Sendable {
  public enum Problem: Equatable, Sendable {
    /// No empty line within `maxHeaderBytes`.
    case headerTooLong
    /// A header line that is not `Name: value`.
    case invalidHeader(String)
    case missingContentLength
    case invalidContentLength(String)
    /// A body of this many bytes, above the limit; it is skipped.
    case tooLarge(Int)
  }

  public enum Event: Equatable, Sendable {
    case message([UInt8])
    case problem(Problem)
  }

  /// The largest body accepted.
  public let maxMessageBytes: Int
  /// The largest header section accepted.
  public let maxHeaderBytes = 8192

  private var buffer: [UInt8] = []
  private var start = 0
  /// Bytes of an oversized body still to drop.
  private var skipping = 0
  /// After a problem: drop bytes until the next `Content-Length`.
  private var resynchronising = false

  public init(maxMessageBytes: Int) { self.maxMessageBytes = maxMessageBytes }

  public mutating func append(_ bytes: some Collection<UInt8>) {
    if skipping > 0 {
      let dropped = min(skipping, bytes.count)
      skipping -= dropped
      buffer.append(contentsOf: bytes.dropFirst(dropped))
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  /// Whether bytes of an unfinished message are waiting.
  public var hasPartialMessage: Bool { skipping > 0 || start < buffer.count }

  /// The next complete message or problem, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    defer { compact() }
    if skipping > 0 {
      let dropped = min(skipping, buffer.count - start)
      start += dropped
      skipping -= dropped
      if skipping > 0 { return nil }
    }
    if resynchronising {
      guard let found = find(Self.contentLength, from: start, folding: true) else {
        // Keep a tail that may be the start of the header.
        start = max(start, buffer.count - Self.contentLength.count)
        return nil
      }
      start = found
      resynchronising = false
    }
    var lines: [ArraySlice<UInt8>] = []
    var position = start
    while true {
      guard let newline = buffer[position...].firstIndex(of: 0x0A) else {
        if buffer.count - start > maxHeaderBytes { return fail(.headerTooLong, skipTo: start + 1) }
        return nil
      }
      var line = buffer[position..<newline]
      if line.last == 0x0D { line = line.dropLast() }
      position = newline + 1
      if position - start > maxHeaderBytes { return fail(.headerTooLong, skipTo: start + 1) }
      if line.isEmpty {
        if lines.isEmpty {
          // Blank lines between messages are tolerated.
          start = position
          continue
        }
        break
      }
      lines.append(line)
    }
    var length: Int?
    for line in lines {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
        return fail(.invalidHeader(Self.printable(line)), skipTo: position)
      }
      let name = String(decoding: line[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces
      guard name == "content-length" else { continue }
      guard !value.isEmpty, value.count <= 18, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let n = Int(value)
      else {
        return fail(.invalidContentLength(Self.printable(value.utf8[...])), skipTo: position)
      }
      length = n
    }
    guard let length else { return fail(.missingContentLength, skipTo: position) }
    if length > maxMessageBytes {
      start = position
      skipping = length
      let dropped = min(skipping, buffer.count - start)
      start += dropped
      skipping -= dropped
      return .problem(.tooLarge(length))
    }
    guard buffer.count - position >= length else { return nil }
    start = position + length
    return .message(Array(buffer[position..<(position + length)]))
  }

  private mutating func fail(_ problem: Problem, skipTo position: Int) -> Event {
    start = position
    resynchronising = true
    return .problem(problem)
  }

  private mutating func compact() {
    if start > 0 && (start >= buffer.count || start > 65536) {
      buffer.removeSubrange(0..<start)
      start = 0
    }
  }

  private static let contentLength = Array("content-length".utf8)

  /// The first place at or after `from` where `needle` starts (ASCII case folded).
  private func find(_ needle: [UInt8], from: Int, folding: Bool) -> Int? {
    guard buffer.count - from >= needle.count else { return nil }
    var i = from
    while i + needle.count <= buffer.count {
      var k = 0
      while k < needle.count, (buffer[i + k] | 0x20) == needle[k] { k += 1 }
      if k == needle.count { return i }
      i += 1
    }
    return nil
  }

  /// At most 40 characters of a header, for a message.
  private static func printable(_ bytes: some Collection<UInt8>) -> String {
    let text = String(decoding: bytes.prefix(40), as: UTF8.self)
    return String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
  }

  /// A message framed for sending.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
