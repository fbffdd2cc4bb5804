import AmbtLint
import AmbtModel
import AmbtRender
import AmbtReporters

/// What `ambt coverage` reports: the table of one code.
struct CoverageReport {
  var table: CoverageTable
  var file: String
  var title: String
}

/// The formats of `ambt coverage`, in the order help lists them; the first is the default.
/// `junit`, `codequality` and `summary` see each obligation as a check: a gap (nothing covers
/// it and no lint rule checks it otherwise) is an error, a partial cover a warning.
enum CoverageReporters {
  static let table = ReporterTable<CoverageReport>([
    ClosureReporter("text") { r, o in TerminalText.sanitize(r.table.text(o.language), keepingLineBreaks: true) },
    ClosureReporter("markdown") { r, o in
      TerminalText.sanitize(r.table.markdown(title: r.title, o.language), keepingLineBreaks: true)
    },
    ClosureReporter("json") { r, o in r.table.json(file: r.file, o.language) + "\n" },
    FindingsReporter(JUnitReporter()) { findings($0, $1) },
    FindingsReporter(CodeQualityReporter()) { findings($0, $1) },
    FindingsReporter(MarkdownSummaryReporter()) { findings($0, $1) },
  ])

  static func findings(_ report: CoverageReport, _ options: ReportOptions) -> FindingSet {
    let lang = options.language
    let file = LintReporters.relativePath(report.file, options.currentDirectory)
    var findings: [Finding] = []
    var checks: [String] = []
    for row in report.table.rows {
      checks.append(row.obligation.id)
      let entries = [row.today].compactMap { $0 } + row.atAdoption
      for e in entries where e.obligation.checkedBy == nil {
        let severity: Severity
        switch e.status {
        case .missing: severity = .error
        case .partial: severity = .warning
        default: continue
        }
        let what = report.table.status(e, lang)
        let message =
          e.obligation.title.text(lang) + ": "
          + (e.status == .missing ? (lang.text("coverage.not-covered")) : what)
        findings.append(
          Finding(
            check: row.obligation.id, severity: severity, message: message, file: file, line: 1, column: 1,
            fingerprint: FindingSet.fingerprint([e.obligation.id, file, e.status.rawValue])))
      }
    }
    return FindingSet(
      command: "ambt coverage", toolVersion: CLI.version, files: [file], checks: checks, findings: findings)
  }
}
