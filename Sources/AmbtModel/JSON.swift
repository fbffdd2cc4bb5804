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
    var out = ""
    write(into: &out, level: 0, indent: indent)
    return out
  }

  /// Serialises as the value at nesting `level` of an enclosing document (its inner lines indented
  /// `level + 1` steps), for writers that stream the members of a large array one by one.
  public func serialized(indent: Int?, level: Int) -> String {
    var out = ""
    write(into: &out, level: level, indent: indent)
    return out
  }

  private func write(into out: inout String, level: Int, indent: Int?) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d):
      // JSON has no infinity or NaN: such a value (never parsed, but possible in a model built in
      // code) is written as null rather than as invalid JSON.
      if !d.isFinite {
        out += "null"
      } else if d == d.rounded() && abs(d) < 1e15 {
        out += String(Int64(d))
      } else {
        out += String(d)
      }
    case .string(let s): JSON.escape(s, into: &out)
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        newline(&out, level + 1, indent)
        item.write(into: &out, level: level + 1, indent: indent)
      }
      newline(&out, level, indent)
      out += "]"
    case .object(let dict):
      if dict.isEmpty { out += "{}"; return }
      out += "{"
      for (i, key) in dict.keys.sorted().enumerated() {
        if i > 0 { out += "," }
        newline(&out, level + 1, indent)
        JSON.escape(key, into: &out)
        out += indent == nil ? ":" : ": "
        dict[key]!.write(into: &out, level: level + 1, indent: indent)
      }
      newline(&out, level, indent)
      out += "}"
    }
  }

  private func newline(_ out: inout String, _ level: Int, _ indent: Int?) {
    guard let indent else { return }
    out += "\n"
    out += String(repeating: " ", count: level * indent)
  }

  public static func escape(_ s: String, into out: inout String) {
    out += "\""
    // Only ASCII bytes are ever escaped, and no byte of a multi-byte UTF-8 sequence is ASCII, so
    // the runs between escaped bytes are whole scalars and are appended as they are.
    let utf8 = s.utf8
    var runStart = utf8.startIndex
    var i = runStart
    while i != utf8.endIndex {
      let byte = utf8[i]
      if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
        utf8.formIndex(after: &i)
        continue
      }
      if runStart != i { out += s[runStart..<i] }
      switch byte {
      case UInt8(ascii: "\""): out += "\\\""
      case UInt8(ascii: "\\"): out += "\\\\"
      case UInt8(ascii: "\n"): out += "\\n"
      case UInt8(ascii: "\r"): out += "\\r"
      case UInt8(ascii: "\t"): out += "\\t"
      default:
        let hex = String(byte, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
      utf8.formIndex(after: &i)
      runStart = i
    }
    if runStart == utf8.startIndex {
      out += s
    } else if runStart != utf8.endIndex {
      out += s[runStart..<utf8.endIndex]
    }
    out += "\""
  }
}
