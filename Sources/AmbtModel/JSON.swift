/// A JSON value with deterministic output: object keys sorted, numbers without noise.
///
/// ambt writes its own JSON instead of using JSONEncoder so the bytes are identical on every
/// platform (no `\/` escapes, stable number formatting), which golden files rely on. Every output
/// is valid JSON: a non-finite number is written as `null`.
public indirect enum JSON: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])

  public static func optional(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

  /// Serialises with sorted keys; `indent` of nil gives one line.
  public func serialized(indent: Int? = 2) -> String {
    serialized(indent: indent, level: 0)
  }

  /// Serialises as the value at nesting `level` of an enclosing document (its inner lines indented
  /// `level + 1` steps), for writers that stream the members of a large array one by one.
  public func serialized(indent: Int?, level: Int) -> String {
    // Written as UTF-8 bytes and made a string once: appending to a `String` piece by piece cost
    // several hundred instructions an append, most of the time of `ambt lint --format json`.
    var out: [UInt8] = []
    out.reserveCapacity(512)
    write(into: &out, level: level, indent: indent)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(into out: inout [UInt8], level: Int, indent: Int?) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d):
      // JSON has no infinity or NaN: such a value (never parsed, but possible in a model built in
      // code) is written as null rather than as invalid JSON.
      if !d.isFinite {
        out.append(contentsOf: "null".utf8)
      } else if d == d.rounded() && abs(d) < 1e15 {
        out.append(contentsOf: String(Int64(d)).utf8)
      } else {
        out.append(contentsOf: String(d).utf8)
      }
    case .string(let s): JSON.escape(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, level + 1, indent)
        item.write(into: &out, level: level + 1, indent: indent)
      }
      newline(&out, level, indent)
      out.append(UInt8(ascii: "]"))
    case .object(let dict):
      if dict.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(UInt8(ascii: "{"))
      // The members sorted by key (keys are unique), so no value is looked up again by its key.
      for (i, member) in dict.sorted(by: { $0.key < $1.key }).enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, level + 1, indent)
        JSON.escape(member.key, into: &out)
        out.append(UInt8(ascii: ":"))
        if indent != nil { out.append(UInt8(ascii: " ")) }
        member.value.write(into: &out, level: level + 1, indent: indent)
      }
      newline(&out, level, indent)
      out.append(UInt8(ascii: "}"))
    }
  }

  private func newline(_ out: inout [UInt8], _ level: Int, _ indent: Int?) {
    guard let indent else { return }
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * indent))
  }

  public static func escape(_ s: String, into out: inout String) {
    var bytes: [UInt8] = []
    escape(s, into: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// `s` as a JSON string literal, appended as UTF-8. Only ASCII bytes are ever escaped, and no
  /// byte of a multi-byte UTF-8 sequence is ASCII, so the runs between escaped bytes are copied
  /// as they are.
  static func escape(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { u in
      var runStart = 0
      for k in 0..<u.count {
        let byte = u[k]
        if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<k]))
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
        default:
          let hex = String(byte, radix: 16)
          out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
        runStart = k + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<u.count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
