/// Document text made safe for a terminal.
///
/// A code is text from anywhere (a PDF, a web page, a colleague), and text output shows pieces of
/// it: source lines, quoted words in messages, rule text in a diff. A terminal would obey control
/// characters in them: `ESC [2J` clears the screen, an OSC sequence retitles the window or writes a
/// link, C1 controls act as escapes, bidi overrides make text read differently than it is stored.
/// So every text reporter passes document text through `sanitize`, which replaces each such
/// character by one visible character, keeping columns aligned (one Unicode scalar for one):
///
/// - C0 controls U+0000–U+001F become the Control Pictures U+2400–U+241F (`ESC` → `␛`), except
///   tab, which becomes a space (a terminal would expand it and misplace the caret);
/// - DEL U+007F becomes `␡`;
/// - C1 controls U+0080–U+009F, bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E,
///   U+2066–U+2069) and the line and paragraph separators U+2028/U+2029 become U+FFFD `�`.
///
/// JSON, SARIF and HTML output escape in their own way and do not need this; `fmt` and
/// `compile` write the document as it is.
public enum TerminalText {
  /// Whether a scalar must not reach a terminal as it is.
  @inline(__always)
  public static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 0x20 || v == 0x7F { return true }
    if v < 0x80 { return false }
    if v <= 0x9F { return true }
    switch v {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// The visible stand-in for an unsafe scalar (itself when it is safe).
  public static func replacement(for u: Unicode.Scalar) -> Unicode.Scalar {
    let v = u.value
    if v == 0x09 { return " " }
    if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
    if v == 0x7F { return "\u{2421}" }
    return isUnsafe(u) ? "\u{FFFD}" : u
  }

  /// `s` with every unsafe scalar replaced; line feeds are kept when `keepingLineBreaks` (for
  /// whole reports), and made visible otherwise (for one line of a message).
  public static func sanitize(_ s: String, keepingLineBreaks: Bool = false) -> String {
    // Most text is clean: check first, copy only when needed.
    guard s.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingLineBreaks && $0 == "\n") }) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      out.append(keepingLineBreaks && u == "\n" ? u : replacement(for: u))
    }
    return String(out)
  }
}
