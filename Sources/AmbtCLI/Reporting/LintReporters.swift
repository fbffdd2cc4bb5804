import AmbtLint
import AmbtModel
import AmbtReporters

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
        s += "   " + (report.language.text("lint.report.basis-2")) + ": " + TerminalText.sanitize(c) + "\n"
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

/// How `ambt lint` writes its report while it lints, so a run holds one file at a time.
///
/// `text`, `json` and `codequality` write each file's findings as soon as that file and all
/// before it are done (JSON's `files` and `summary` come last: its keys are sorted). The other
/// formats need the whole run before their first byte: SARIF lists the files with results and the
/// rules before the results, GitHub annotations keep a place for the overflow notice only when a
/// level has more than ten, JUnit puts counts in its first element, and the Markdown summary is
/// written from the complete set of findings. For those the sink keeps each file's findings in
/// their final form (a SARIF result, spilled to a temporary file; an annotation line; a
/// `Finding`), never the file's text or line table. Either way the output is byte for byte what
/// `table.render` writes for the whole report.
struct LintSink {
  // One of these is set, by format; optionals (not an enum) so each is mutated in place.
  private var renderer: DiagnosticRenderer?
  private var json: JSONLintReporter.Stream?
  private var sarif: SARIFReporter.Stream?
  private var github: GitHubLintReporter.Stream?
  private var codeQuality: CodeQualityReporter.Stream?
  private var findingsReporter: (any Reporter<FindingSet>)?
  /// SARIF's results, spilled as they come (NUL after each; serialised JSON has none) so a run
  /// over many files holds none of them; nil when no temporary file could be made.
  private var spill: SpillFile?
  private var files: [String] = []
  private var findings: [Finding] = []
  /// The run's settings (language, version, documentation address), without results.
  private let settings: LintReport
  private let options: ReportOptions

  init(format: String?, settings: LintReport, options: ReportOptions) {
    var settings = settings
    settings.results = []
    self.settings = settings
    self.options = options
    switch format ?? "text" {
    case "json": json = JSONLintReporter.Stream(language: settings.language, toolVersion: settings.toolVersion)
    case "sarif":
      sarif = SARIFReporter.Stream(report: settings, currentDirectory: options.currentDirectory)
      spill = SpillFile()
    case "github": github = GitHubLintReporter.Stream(language: settings.language, currentDirectory: options.currentDirectory)
    case "codequality": codeQuality = CodeQualityReporter.Stream()
    case let name:
      if let reporter = LintReporters.table.reporter(name) as? FindingsReporter<LintReport> {
        findingsReporter = reporter.inner
      } else {
        renderer = DiagnosticRenderer(language: options.language, style: Style(enabled: options.colour))
      }
    }
  }

  /// What comes before the first file.
  func begin() -> String { json?.begin() ?? "" }

  /// One file's part of the report, given in output order; "" for formats written at the end.
  mutating func add(_ result: LintResult) -> String {
    if let renderer {
      var one = settings
      one.results = [result]
      return LintReporters.text(one, renderer)
    }
    if json != nil { return json!.add(result) }
    if codeQuality != nil {
      var one = settings
      one.results = [result]
      return codeQuality!.add(LintReporters.findings(one, options).findings)
    }
    sarif?.add(result)
    if let spill, let taken = sarif?.takeResults() { spill.append(taken) }
    github?.add(result)
    if findingsReporter != nil {
      var one = settings
      one.results = [result]
      let set = LintReporters.findings(one, options)
      files += set.files
      findings += set.findings
    }
    return ""
  }

  /// What comes after the last file, handed to `write` in pieces (SARIF's results one by one).
  func finish(_ write: (String) -> Void) {
    if let sarif, let spill {
      sarif.finish(write: write, results: { emit in spill.forEach(emit) })
      return
    }
    write(finish())
  }

  private func finish() -> String {
    if let json { return json.finish() }
    if let codeQuality { return codeQuality.finish() }
    // Without a temporary file the results stayed in the stream.
    if let sarif { return sarif.finish() }
    if let github { return github.finish() }
    if let findingsReporter {
      let set = FindingSet(
        command: "ambt lint", toolVersion: settings.toolVersion, files: files, checks: LintRules.all.map(\.descriptor.id),
        findings: findings)
      return findingsReporter.render(set, options)
    }
    return ""
  }
}

/// An anonymous temporary file (`tmpfile`: gone when closed or when the process ends) holding
/// strings in order.
final class SpillFile {
  private let file: UnsafeMutablePointer<FILE>

  init?() {
    guard let f = tmpfile() else { return nil }
    file = f
  }

  deinit { fclose(file) }

  func append(_ items: [String]) {
    for item in items {
      var bytes = Array(item.utf8)
      bytes.append(0)
      _ = fwrite(bytes, 1, bytes.count, file)
    }
  }

  /// Each string in the order appended.
  func forEach(_ body: (String) -> Void) {
    fflush(file)
    rewind(file)
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = fread(&chunk, 1, chunk.count, file)
      if n <= 0 { break }
      for b in chunk[0..<n] {
        if b == 0 {
          body(String(decoding: pending, as: UTF8.self))
          pending.removeAll(keepingCapacity: true)
        } else {
          pending.append(b)
        }
      }
    }
  }
}
