import AmbtModel

/// `--format summary`: a short Markdown report for a CI job summary (`$GITHUB_STEP_SUMMARY`):
/// counts per file, then every finding at or above `--fail-on` as a table row, the rest counted.
/// Document text is escaped for Markdown and HTML, so a code cannot inject markup.
public struct MarkdownSummaryReporter: Reporter {
  public let format = "summary"

  public init() {}

  public func render(_ report: FindingSet, _ options: ReportOptions) -> String {
    func t(_ id: String, _ args: [String: String] = [:]) -> String { options.language.text(id, args) }
    func count(_ fs: [Finding], _ s: Severity) -> Int { fs.filter { $0.severity == s }.count }
    let all = report.findings
    var s = "## \(Self.escape(report.command))\n\n"
    s +=
      "\(report.files.count) " + t(report.files.count == 1 ? "summary.file.one" : "summary.file.many")
    s += ": \(count(all, .error)) " + t("summary.errors") + ", \(count(all, .warning)) " + t("summary.warnings")
    s += ", \(count(all, .info)) info.\n\n"
    if all.isEmpty { return s + t("summary.no-findings") }
    s += "| " + t("summary.file") + " | " + t("summary.errors") + " | " + t("summary.warnings") + " | info |\n"
    s += "|---|---:|---:|---:|\n"
    let byFile = Dictionary(grouping: all, by: \.file)
    for file in report.files + byFile.keys.filter({ !report.files.contains($0) }).sorted() {
      guard let fs = byFile[file] else { continue }
      s += "| \(Self.escape(file)) | \(count(fs, .error)) | \(count(fs, .warning)) | \(count(fs, .info)) |\n"
    }
    let shown = all.filter { $0.severity >= options.failOn }
    if !shown.isEmpty {
      s += "\n### " + t("summary.findings-from") + options.failOn.rawValue + "\n\n"
      s += "| " + t("summary.location") + " | " + t("summary.rule") + " | " + t("summary.message") + " |\n|---|---|---|\n"
      for f in shown.prefix(200) {
        s += "| \(Self.escape(f.file)):\(f.line):\(f.column) | `\(f.check)` | \(Self.escape(f.message)) |\n"
      }
      if shown.count > 200 { s += "\n" + t("summary.count-more", ["count": "\(shown.count - 200)"]) + "\n" }
    }
    let rest = all.count - shown.count
    if rest > 0 {
      s +=
        "\n"
        + t("summary.rest-findings-below-failon", ["rest": "\(rest)", "failOn": "\(options.failOn.rawValue)"]) + "\n"
    }
    return s
  }

  /// Text for a Markdown table cell: HTML characters as entities, Markdown punctuation escaped,
  /// line breaks as spaces, control characters dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for u in text.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n", "\r", "\t": out += " "
      case "|", "\\", "`", "*", "_", "[", "]", "#", "!": out += "\\" + String(u)
      default:
        if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
