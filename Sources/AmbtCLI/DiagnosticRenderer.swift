import AmbtModel

/// Human-readable diagnostics: `file:line:column: fout: message [id]`, the source line with a
/// caret under the offending text, the hint, and notes.
///
/// The source line is shown as a window of at most `width` columns around the caret, with `…`
/// where it is cut, so a diagnostic on a 100,000-character line costs a line of output, not the
/// whole line again. Document text (the line, quoted words in messages, file names) passes through
/// `TerminalText.sanitize`: control characters never reach the terminal.
public struct DiagnosticRenderer: Sendable {
  public let language: Language
  public let style: Style
  /// The most columns of a source line shown.
  public var width = 120

  public init(language: Language, style: Style) {
    self.language = language
    self.style = style
  }

  public func render(_ d: Diagnostic, lines: LineTable?) -> String {
    var s = ""
    let sev = d.severity.label(language)
    let coloredSev: String
    switch d.severity {
    case .error: coloredSev = style.red(style.bold(sev))
    case .warning: coloredSev = style.yellow(style.bold(sev))
    case .info: coloredSev = style.blue(style.bold(sev))
    }
    var location = TerminalText.sanitize(d.file)
    let message = TerminalText.sanitize(d.message.text(language))
    if let lines {
      let p = lines.position(of: d.range.start)
      location += ":\(p.line):\(p.column)"
      s += style.bold(location) + ": " + coloredSev + ": " + message + " " + style.dim("[\(d.id)]") + "\n"
      if let excerpt = Excerpt(lines, line: p.line, range: d.range, width: width) {
        s += "   " + excerpt.text + "\n"
        s +=
          "   " + Self.repeated(0x20, excerpt.caretColumn) + style.green(Self.repeated(0x5E, excerpt.caretWidth)) + "\n"
      }
    } else {
      s += style.bold(location) + ": " + coloredSev + ": " + message + " " + style.dim("[\(d.id)]") + "\n"
    }
    if let hint = d.hint {
      s += "   " + style.cyan(language.text("diagnostic.hint")) + ": " + TerminalText.sanitize(hint.text(language)) + "\n"
    }
    for note in d.notes {
      var where_ = TerminalText.sanitize(note.file ?? d.file)
      if let lines, note.file == nil {
        let p = lines.position(of: note.range.start)
        where_ += ":\(p.line):\(p.column)"
      }
      s +=
        "   " + style.dim(language.text("diagnostic.note")) + ": " + where_ + ": "
        + TerminalText.sanitize(note.message.text(language)) + "\n"
    }
    return s
  }

  /// `count` copies of an ASCII byte (`String(repeating:count:)` appends them one by one).
  static func repeated(_ byte: UInt8, _ count: Int) -> String {
    let n = max(0, count)
    return String(unsafeUninitializedCapacity: n) { buffer in
      UnsafeMutableBufferPointer(rebasing: buffer[0..<n]).initialize(repeating: byte)
      return n
    }
  }
}

/// The part of a source line shown under a diagnostic, made safe for a terminal, with where the
/// caret goes (in columns from the start of `text`, code points as everywhere).
struct Excerpt {
  var text: String
  var caretColumn: Int
  var caretWidth: Int

  /// The window of `line` (1-based) for `range`; nil for an empty line. Works on the bytes around
  /// the range only, so it costs O(width) however long the line is.
  init?(_ lines: LineTable, line: Int, range: SourceRange, width: Int) {
    let bytes = lines.bytes
    guard line >= 1, line <= lines.lineStarts.count else { return nil }
    let lineStart = lines.lineStarts[line - 1]
    var lineEnd = line < lines.lineStarts.count ? lines.lineStarts[line] : bytes.count
    while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
    guard lineEnd > lineStart else { return nil }
    let start = min(max(range.start, lineStart), lineEnd)
    let end = min(max(range.end, start), lineEnd)
    func isScalarStart(_ k: Int) -> Bool { bytes[k] & 0xC0 != 0x80 }
    /// The offset `count` code points after `from` (or `limit`), and how many were passed.
    func forward(_ from: Int, _ count: Int, _ limit: Int) -> (Int, Int) {
      var k = from
      var n = 0
      while k < limit {
        if isScalarStart(k) {
          if n == count { break }
          n += 1
        }
        k += 1
      }
      return (k, n)
    }
    func backward(_ from: Int, _ count: Int, _ limit: Int) -> (Int, Int) {
      var k = from
      var n = 0
      while k > limit, n < count {
        k -= 1
        if isScalarStart(k) { n += 1 }
      }
      return (k, n)
    }
    var windowStart = lineStart
    var windowEnd: Int
    let (wholeEnd, wholeCount) = forward(lineStart, width + 1, lineEnd)
    if wholeCount <= width {
      windowEnd = wholeEnd
    } else {
      // Room for the two '…' marks; the caret about a third into the window.
      let room = width - 2
      windowStart = backward(start, room / 3, lineStart).0
      var (e, shown) = forward(windowStart, room, lineEnd)
      if e == lineEnd, shown < room {
        windowStart = backward(windowStart, room - shown, lineStart).0
        (e, shown) = forward(windowStart, room, lineEnd)
      }
      windowEnd = e
    }
    let cutBefore = windowStart > lineStart
    let cutAfter = windowEnd < lineEnd
    let shown = TerminalText.sanitize(String(decoding: bytes[windowStart..<windowEnd], as: UTF8.self))
    text = (cutBefore ? "…" : "") + shown + (cutAfter ? "…" : "")
    caretColumn = (cutBefore ? 1 : 0) + forward(windowStart, Int.max, start).1
    let visibleEnd = min(end, windowEnd)
    caretWidth = max(1, visibleEnd > start ? forward(start, Int.max, visibleEnd).1 : 1)
  }
}
