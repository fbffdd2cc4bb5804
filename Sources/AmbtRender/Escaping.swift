import AmbtModel

/// Escaping of document text for the output formats. Every piece of text that comes from a code
/// goes through one of these functions; nothing from a document is written raw.
public enum Escaping {
  /// Text content and attribute values in HTML: `& < > " '` become character references.
  /// Control characters other than tab and line feed are dropped (they are not allowed in HTML).
  public static func html(_ s: String) -> String { HTMLEscaping.text(s) }

  /// Inline Markdown text: characters that CommonMark could read as markup are backslash-escaped,
  /// `<` and `&` become character references (so no raw HTML or entity gets through), and a line
  /// that would start a block (heading, quote, list, rule) has its first character escaped.
  public static func markdown(_ s: String) -> String {
    escapeBlockStart(markdownInline(s))
  }

  /// Like ``markdown(_:)`` for text that does not start a line.
  public static func markdownInline(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "|", "~", "!", "#": out += "\\" + String(scalar)
      case "\n", "\r", "\t": out += " "
      default:
        let v = scalar.value
        if v < 0x20 || v == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Escapes a leading `#`, `+`, `-`, `=` or `1.`/`1)` that would make the line a block marker.
  static func escapeBlockStart(_ s: String) -> String {
    guard let first = s.first else { return s }
    if "#+-=".contains(first) { return "\\" + s }
    var digits = s.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9 {
      let rest = s.dropFirst(digits.count)
      if let c = rest.first, c == "." || c == ")" {
        digits.append("\\")
        return String(digits) + rest
      }
    }
    return s
  }

  /// An anchor id fragment: lowercase ASCII letters and digits, everything else one hyphen.
  public static func slug(_ s: String) -> String {
    var out = ""
    var lastHyphen = true
    for c in TextFolding.fold(s) {
      if c.isASCII && (c.isLetter || c.isNumber) {
        out.append(c)
        lastHyphen = false
      } else if !lastHyphen {
        out.append("-")
        lastHyphen = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }

  /// A link target is only written when it is a plain web address; anything else
  /// (`javascript:`, `data:`) is shown as text.
  public static func isSafeURL(_ s: String) -> Bool {
    let lower = s.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
    return !s.unicodeScalars.contains { $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }
  }
}
