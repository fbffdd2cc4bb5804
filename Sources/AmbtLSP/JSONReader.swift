import AmbtModel

/// Reads JSON text into the model's `JSON` value. Strict (RFC 8259), bounded in nesting depth,
/// never traps: a problem is returned as a message with the byte offset where it was found.
///
/// The language server reads every message with it; its own reader (rather than
/// `JSONSerialization`) keeps integers, booleans and doubles apart exactly as they were written.
public enum JSONReader {
  /// Nesting deeper than this is refused rather than followed.
  public static let maxDepth = 128

  public struct Failure: Error, Equatable, Sendable {
    public var offset: Int
    public var message: String
  }

  public static func read(_ bytes: [UInt8]) -> Result<JSON, Failure> {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = Cursor(bytes: buffer)
      do {
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == buffer.count else { throw reader.failure("unexpected text after the value") }
        return .success(value)
      } catch let failure as Failure {
        return .failure(failure)
      } catch {
        return .failure(Failure(offset: reader.position, message: "\(error)"))
      }
    }
  }

  public static func read(_ text: String) -> Result<JSON, Failure> { read(Array(text.utf8)) }

  private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func failure(_ message: String) -> Failure { Failure(offset: position, message: message) }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipSpace() {
      while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 }
    }

    mutating func expect(_ word: String) throws {
      for b in word.utf8 {
        guard current == b else { throw failure("expected '\(word)'") }
        position += 1
      }
    }

    mutating func value(depth: Int) throws -> JSON {
      guard depth < JSONReader.maxDepth else { throw failure("nested deeper than \(JSONReader.maxDepth) levels") }
      guard let b = current else { throw failure("unexpected end of input") }
      switch b {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"):
        try expect("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expect("false")
        return .bool(false)
      case UInt8(ascii: "n"):
        try expect("null")
        return .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
      default: throw failure("unexpected character")
      }
    }

    mutating func object(depth: Int) throws -> JSON {
      position += 1
      var members: [String: JSON] = [:]
      skipSpace()
      if current == UInt8(ascii: "}") {
        position += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard current == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
        let key = try string()
        skipSpace()
        guard current == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
        position += 1
        skipSpace()
        members[key] = try value(depth: depth + 1)
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
        } else if current == UInt8(ascii: "}") {
          position += 1
          return .object(members)
        } else {
          throw failure("expected ',' or '}' in an object")
        }
      }
    }

    mutating func array(depth: Int) throws -> JSON {
      position += 1
      var items: [JSON] = []
      skipSpace()
      if current == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
        } else if current == UInt8(ascii: "]") {
          position += 1
          return .array(items)
        } else {
          throw failure("expected ',' or ']' in an array")
        }
      }
    }

    mutating func hex4() throws -> UInt32 {
      guard position + 4 <= bytes.count else { throw failure("incomplete \\u escape") }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let b = bytes[position]
        let d: UInt32
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
        default: throw failure("invalid \\u escape")
        }
        v = v * 16 + d
        position += 1
      }
      return v
    }

    mutating func string() throws -> String {
      position += 1
      var out: [UInt8] = []
      var runStart = position
      while true {
        guard let b = current else { throw failure("unterminated string") }
        if b == UInt8(ascii: "\"") {
          out.append(contentsOf: bytes[runStart..<position])
          position += 1
          break
        }
        if b < 0x20 { throw failure("control character in a string") }
        if b != UInt8(ascii: "\\") {
          position += 1
          continue
        }
        out.append(contentsOf: bytes[runStart..<position])
        position += 1
        guard let e = current else { throw failure("unterminated escape") }
        position += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800..<0xDC00).contains(scalar), position + 6 <= bytes.count, bytes[position] == 0x5C,
            bytes[position + 1] == UInt8(ascii: "u")
          {
            let save = position
            position += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              position = save
            }
          }
          // A lone surrogate cannot be text: it becomes U+FFFD, as decoders do.
          let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
          out.append(contentsOf: Array(String(Character(u)).utf8))
        default: throw failure("invalid escape")
        }
        runStart = position
      }
      // Invalid UTF-8 in the message is repaired, never trusted.
      return String(decoding: out, as: UTF8.self)
    }

    mutating func number() throws -> JSON {
      let start = position
      var isInteger = true
      if current == UInt8(ascii: "-") { position += 1 }
      guard let first = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
        throw failure("expected a digit")
      }
      if first == UInt8(ascii: "0") {
        position += 1
      } else {
        while let d = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) { position += 1 }
      }
      if current == UInt8(ascii: ".") {
        isInteger = false
        position += 1
        guard let d = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) else {
          throw failure("expected a digit after '.'")
        }
        while let d = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) { position += 1 }
      }
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        isInteger = false
        position += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
        guard let d = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) else {
          throw failure("expected a digit in the exponent")
        }
        while let d = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) { position += 1 }
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      if isInteger, let i = Int(text) { return .int(i) }
      guard let d = Double(text), d.isFinite else { throw Failure(offset: start, message: "number out of range") }
      return .double(d)
    }
  }
}

extension JSON {
  /// The member `key` of an object, or nil.
  public subscript(key: String) -> JSON? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .double(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
    default: return nil
    }
  }

  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var arrayValue: [JSON]? {
    if case .array(let a) = self { return a }
    return nil
  }
}
