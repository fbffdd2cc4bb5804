import AmbtLint
import AmbtModel
import AmbtReporters

/// The formats of `ambt lint`, in the order help lists them; the first is the default.
enum LintReporters {
  static let table = ReporterTable<LintReport>([
    ClosureReporter("text") { report, options in
      text(report, DiagnosticRenderer(language: options.language, style: Style(enabled: options.colour)))
    },
    ClosureReporter("json") { report, _ in JSONLintReporter.render(report) },
    ClosureReporter("sarif") { report, options in
      SARIFReporter.render(report, currentDirectory: options.currentDirectory)
    },
    ClosureReporter("github") { report, options in
      GitHubLintReporter.render(report, currentDirectory: options.currentDirectory)
    },
    FindingsReporter(CodeQualityReporter()) { findings($0, $1) },
    FindingsReporter(JUnitReporter()) { findings($0, $1) },
    FindingsReporter(MarkdownSummaryReporter()) { findings($0, $1) },
  ])

  /// The human-readable report: each finding with its source line, hint and citation.
  static func text(_ report: LintReport, _ renderer: DiagnosticRenderer) -> String {
    var s = ""
    for (d, lines) in report.entries {
      s += renderer.render(d, lines: lines)
      if let c = d.citation {
        s += "   " + (report.language == .en ? "basis" : "grondslag") + ": " + TerminalText.sanitize(c) + "\n"
      }
    }
    return s
  }

  /// The findings of a lint run for the CI formats and the baseline. The fingerprint is the one
  /// SARIF writes in `partialFingerprints` (`ambtFinding/v2`), so a finding keeps it when lines
  /// move, and every format and the baseline agree.
  static func findings(_ report: LintReport, _ options: ReportOptions) -> FindingSet {
    var findings: [Finding] = []
    for (d, lines) in report.entries {
      let s = lines.position(of: d.range.start)
      let e = lines.position(of: d.range.end)
      let uri = SARIFReporter.relativeURI(d.file, currentDirectory: options.currentDirectory)
      var message = d.message.text(report.language)
      if let c = d.citation { message += " [" + c + "]" }
      findings.append(
        Finding(
          check: d.id, severity: d.severity, message: message,
          file: relativePath(d.file, options.currentDirectory), line: s.line, column: s.column, endLine: e.line,
          fingerprint: SARIFReporter.findingFingerprint(d, uri: uri, lines: lines)))
    }
    return FindingSet(
      command: "ambt lint", toolVersion: report.toolVersion,
      files: report.results.map { relativePath($0.document.file, options.currentDirectory) },
      checks: LintRules.all.map(\.descriptor.id), findings: findings)
  }

  /// `path` relative to `directory` when it lies under it, without a leading `./`.
  static func relativePath(_ path: String, _ directory: String) -> String {
    var p = path
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    if !directory.isEmpty, p.hasPrefix(base) { p = String(p.dropFirst(base.count)) }
    while p.hasPrefix("./") { p = String(p.dropFirst(2)) }
    return p
  }
}

/// A reporter of `FindingSet` used for a command's own report, through a conversion.
struct FindingsReporter<Report>: Reporter {
  let inner: any Reporter<FindingSet>
  let convert: @Sendable (Report, ReportOptions) -> FindingSet

  init(_ inner: any Reporter<FindingSet>, _ convert: @escaping @Sendable (Report, ReportOptions) -> FindingSet) {
    self.inner = inner
    self.convert = convert
  }

  var format: String { inner.format }

  func render(_ report: Report, _ options: ReportOptions) -> String { inner.render(convert(report, options), options) }
}
