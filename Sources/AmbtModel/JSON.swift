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
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
