/// Escaping of document text for HTML, shared by the renderer and the differ's and comparison's
/// pages, so every HTML ambt writes escapes the same way.
public enum HTMLEscaping {
  /// Text content and attribute values in HTML: `& < > " '` become character references.
  /// Control characters other than tab and line feed are dropped (they are not allowed in HTML).
  public static func text(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      case "\r": out += "\n"
      default:
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v)
          || v & 0xFFFE == 0xFFFE
        {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
