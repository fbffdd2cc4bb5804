import AmbtModel

/// Human-readable diagnostics: `file:line:column: fout: message [id]`, the source line with a
/// caret under the offending text, the hint, and notes.
public struct DiagnosticRenderer: Sendable {
  public let language: Language
  public let style: Style

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
    var location = d.file
    if let lines {
      let p = lines.position(of: d.range.start)
      location += ":\(p.line):\(p.column)"
      s += style.bold(location) + ": " + coloredSev + ": " + d.message.text(language) + " " + style.dim("[\(d.id)]") + "\n"
      let text = lines.lineText(p.line)
      if !text.isEmpty {
        s += "   " + text + "\n"
        let endPos = lines.position(of: d.range.end)
        let width = endPos.line == p.line ? max(1, endPos.column - p.column) : max(1, text.count - p.column + 1)
        s +=
          "   " + String(repeating: " ", count: max(0, p.column - 1)) + style.green(String(repeating: "^", count: width)) + "\n"
      }
    } else {
      s += style.bold(location) + ": " + coloredSev + ": " + d.message.text(language) + " " + style.dim("[\(d.id)]") + "\n"
    }
    if let hint = d.hint {
      s += "   " + style.cyan(language == .en ? "hint" : "tip") + ": " + hint.text(language) + "\n"
    }
    for note in d.notes {
      var where_ = note.file ?? d.file
      if let lines, note.file == nil {
        let p = lines.position(of: note.range.start)
        where_ += ":\(p.line):\(p.column)"
      }
      s += "   " + style.dim(language == .en ? "note" : "noot") + ": " + where_ + ": " + note.message.text(language) + "\n"
    }
    return s
  }
}
