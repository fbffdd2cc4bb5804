import AmbtLint
import AmbtModel
import AmbtReporters
import Foundation

/// `ambt lint`: check codes against the law, for gaps, conflicts, superseded references,
/// internal consistency and the review cycle.
public enum LintCommand: Command {
  public static let spec = CommandSpec(
    name: "lint",
    summary: LocalizedText("cli.lint.summary"),
    usage:
      "ambt lint [--format FORMAAT] [--fail-on ERNST] [--today DATUM] [--config BESTAND] [--baseline BESTAND] [<bestand|map>...]",
    arguments: [
      (
        "<bestand|map>",
        LocalizedText("cli.lint.ambt-file-directory-all")
      )
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText("cli.lint.help.output-codequality-for-gitlab"),
        choices: LintReporters.table.formats, default: "text"),
      OptionSpec(
        ["--fail-on"], value: "ERNST",
        help: LocalizedText("cli.lint.help.exit-code-1-from"),
        choices: ["error", "warning", "info"], default: "error"),
      TodayOption.spec,
      OptionSpec(
        ["--config"], value: "BESTAND",
        help: LocalizedText("cli.lint.help.configuration-see-docs-lint")),
      OptionSpec(
        ["--no-config"],
        help: LocalizedText("cli.lint.help.look-for-no-ambt")),
      OptionSpec(
        ["--baseline"], value: "BESTAND",
        help: LocalizedText("cli.lint.help.report-only-findings-that")),
      OptionSpec(
        ["--write-baseline"], value: "BESTAND",
        help: LocalizedText("cli.lint.help.record-every-current-finding")),
      OptionSpec(
        ["--strict-baseline"],
        help: LocalizedText("cli.lint.help.exit-code-1-also")),
    ],
    discussion: LocalizedText("cli.lint.discussion"))

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let today = TodayOption.read(args, context) else { return ExitCode.usage }
    if args.value("--baseline") != nil && args.value("--write-baseline") != nil {
      context.fail(
        LocalizedText("cli.lint.baseline-write-baseline-do"))
      return ExitCode.usage
    }
    guard let found = LintConfigurationFile.load(args, context) else { return ExitCode.usage }
    let configuration = found.configuration
    var paths = args.positionals
    if paths.isEmpty { paths = configuration.paths.isEmpty ? ["."] : configuration.paths.map(found.resolve) }
    let files: [InputSource]
    switch Files.list(paths, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let f): files = f
    }
    // A large file's rules run on every worker too (Linter.largeFile).
    let options = LintOptions(
      today: today, configuration: configuration, workers: ParallelMap.defaultWorkers(environment: context.io.environment))
    let settings = LintReport(
      results: [], language: context.language, toolVersion: CLI.version,
      documentationURL: context.io.environment["AMBT_DOCS_URL"] ?? configuration.documentationURL)
    let threshold = args.value("--fail-on").flatMap(Severity.init(rawValue:)) ?? configuration.failOn ?? .error
    let reportOptions = ReportOptions(
      language: context.language, colour: context.style.enabled, currentDirectory: context.io.currentDirectory,
      failOn: threshold, documentationURL: settings.documentationURL)

    if let path = args.value("--write-baseline") {
      var entries: [Baseline.Entry] = []
      let unreadable = lint(files, options, context) { result in
        entries +=
          Baseline(report: LintReport(results: [result], language: context.language, toolVersion: ""), baselinePath: path)
          .entries
      }
      return writeBaseline(Baseline(entries: entries), to: path, inputs: files, context)
        ?? (unreadable ? ExitCode.usage : ExitCode.clean)
    }
    var matcher: Baseline.Matcher?
    let baselinePath = args.value("--baseline") ?? configuration.baseline.map(found.resolve)
    if let baselinePath {
      guard let baseline = readBaseline(baselinePath, context) else { return ExitCode.usage }
      matcher = Baseline.Matcher(baseline)
    }
    // Each file's findings are written as soon as it and all before it are linted (LintSink);
    // the run keeps only the counts.
    var sink = LintSink(format: args.value("--format"), settings: settings, options: reportOptions)
    var counts: [Severity: Int] = [:]
    var linted = 0
    context.io.out(sink.begin())
    let unreadable = lint(files, options, context) { result in
      var result = result
      if let baselinePath, matcher != nil {
        let current = Baseline(
          report: LintReport(results: [result], language: context.language, toolVersion: ""), baselinePath: baselinePath)
        var index = 0
        result.diagnostics = result.diagnostics.filter { _ in
          defer { index += 1 }
          return !matcher!.take(current.entries[index])
        }
      }
      linted += 1
      for d in result.diagnostics { counts[d.severity, default: 0] += 1 }
      context.io.out(sink.add(result))
    }
    sink.finish { context.io.out($0) }
    if let known = matcher?.known, known > 0 {
      context.io.err(
        context.language.text(known == 1 ? "cli.lint.known.one" : "cli.lint.known.many", ["count": "\(known)"]))
    }
    let (e, w, i) = (counts[.error] ?? 0, counts[.warning] ?? 0, counts[.info] ?? 0)
    context.io.err(
      LocalizedText(
        "cli.lint.totals", ["info": "\(i)"],
        messages: [
          "files": .plural(linted, one: "count.file.one", many: "count.file.many"),
          "errors": .plural(e, one: "count.error.one", many: "count.error.many"),
          "warnings": .plural(w, one: "count.warning.one", many: "count.warning.many"),
        ]
      ).text(context.language))
    let strictFailure = reportStale(matcher?.stale ?? [], strict: args.flag("--strict-baseline"), context)
    // A file that could not be read (it vanished after listing): the rest is reported, exit 2.
    if unreadable { return ExitCode.usage }
    let failing = counts.contains { $0.key >= threshold && $0.value > 0 }
    return failing || strictFailure ? ExitCode.findings : ExitCode.clean
  }

  /// Reads and lints the files on all cores (AMBT_JOBS) and hands each result to `consume` in
  /// input order; returns whether a file could not be read. At most a window of files is in
  /// flight (`ParallelMap.forEachOrdered`), and the parsed document is dropped as soon as a file
  /// is linted: memory stays near the size of the largest files, not of all of them.
  static func lint(_ files: [InputSource], _ options: LintOptions, _ context: Context, consume: (LintResult) -> Void)
    -> Bool
  {
    var unreadable = false
    let workers = ParallelMap.defaultWorkers(environment: context.io.environment)
    ParallelMap.forEachOrdered(files, workers: workers, window: 2 * workers) { source -> Result<LintResult, InputError> in
      source.read().map { file in
        var result = Linter.lint(bytes: file.bytes, file: file.displayName, options: options)
        result.document = Document(file: result.document.file, metadata: result.document.metadata)
        return result
      }
    } consume: { _, outcome in
      switch outcome {
      case .success(let r): consume(r)
      case .failure(let e):
        unreadable = true
        context.fail(e.message)
      }
    }
    return unreadable
  }

  /// Today in UTC from the system clock.
}
