import AmbtModel

/// `--format summary`: a short Markdown report for a CI job summary (`$GITHUB_STEP_SUMMARY`):
/// counts per file, then every finding at or above `--fail-on` as a table row, the rest counted.
/// Document text is escaped for Markdown and HTML, so a code cannot inject markup.
public struct MarkdownSummaryReporter: Reporter {
  public let format = "summary"

  public init() {}

  public func render(_ report: FindingSet, _ options: ReportOptions) -> String {
    let en = options.language == .en
    func t(_ nl: String, _ e: String) -> String { en ? e : nl }
    func count(_ fs: [Finding], _ s: Severity) -> Int { fs.filter { $0.severity == s }.count }
    let all = report.findings
    var s = "## \(Self.escape(report.command))\n\n"
    s +=
      "\(report.files.count) " + t(report.files.count == 1 ? "bestand" : "bestanden", report.files.count == 1 ? "file" : "files")
    s += ": \(count(all, .error)) " + t("fouten", "errors") + ", \(count(all, .warning)) " + t("waarschuwingen", "warnings")
    s += ", \(count(all, .info)) info.\n\n"
    if all.isEmpty { return s + t("Geen bevindingen.\n", "No findings.\n") }
    s += "| " + t("bestand", "file") + " | " + t("fouten", "errors") + " | " + t("waarschuwingen", "warnings") + " | info |\n"
    s += "|---|---:|---:|---:|\n"
    let byFile = Dictionary(grouping: all, by: \.file)
    for file in report.files + byFile.keys.filter({ !report.files.contains($0) }).sorted() {
      guard let fs = byFile[file] else { continue }
      s += "| \(Self.escape(file)) | \(count(fs, .error)) | \(count(fs, .warning)) | \(count(fs, .info)) |\n"
    }
    let shown = all.filter { $0.severity >= options.failOn }
    if !shown.isEmpty {
      s += "\n### " + t("Bevindingen vanaf ", "Findings from ") + options.failOn.rawValue + "\n\n"
      s += "| " + t("plaats", "location") + " | " + t("regel", "rule") + " | " + t("melding", "message") + " |\n|---|---|---|\n"
      for f in shown.prefix(200) {
        s += "| \(Self.escape(f.file)):\(f.line):\(f.column) | `\(f.check)` | \(Self.escape(f.message)) |\n"
      }
      if shown.count > 200 { s += "\n" + t("… en nog \(shown.count - 200).", "… and \(shown.count - 200) more.") + "\n" }
    }
    let rest = all.count - shown.count
    if rest > 0 {
      s +=
        "\n"
        + t(
          "\(rest) bevindingen onder \(options.failOn.rawValue) staan in het SARIF- of JSON-rapport.",
          "\(rest) findings below \(options.failOn.rawValue) are in the SARIF or JSON report.") + "\n"
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
