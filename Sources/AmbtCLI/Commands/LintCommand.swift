import AmbtLint
import AmbtModel
import AmbtReporters
import Foundation

/// `ambt lint`: check codes against the law, for gaps, conflicts, superseded references,
/// internal consistency and the review cycle.
public enum LintCommand: Command {
  public static let spec = CommandSpec(
    name: "lint",
    summary: LocalizedText(nl: "toets codes aan de wet en op samenhang", en: "check codes against the law and for consistency"),
    usage:
      "ambt lint [--format FORMAAT] [--fail-on ERNST] [--today DATUM] [--config BESTAND] [--baseline BESTAND] [<bestand|map>...]",
    arguments: [
      (
        "<bestand|map>",
        LocalizedText(
          nl: "een .ambt-bestand of een map (alle .ambt-bestanden daarin); zonder: 'paths' uit de configuratie, anders .",
          en: "an .ambt file or a directory (all .ambt files in it); without: 'paths' from the configuration, else .")
      )
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText(
          nl: "uitvoer: codequality voor GitLab, junit voor testrapporten, summary (Markdown) voor een CI-samenvatting",
          en: "output: codequality for GitLab, junit for test reports, summary (Markdown) for a CI job summary"),
        choices: LintReporters.table.formats, default: "text"),
      OptionSpec(
        ["--fail-on"], value: "ERNST",
        help: LocalizedText(
          nl: "afsluitcode 1 vanaf deze ernst (anders 'fail-on' uit de configuratie)",
          en: "exit code 1 from this severity (else 'fail-on' from the configuration)"),
        choices: ["error", "warning", "info"], default: "error"),
      TodayOption.spec,
      OptionSpec(
        ["--config"], value: "BESTAND",
        help: LocalizedText(
          nl: "configuratie (zie docs/lint.md); zonder deze optie: .ambt-lint in de huidige map of een bovenliggende",
          en: "configuration (see docs/lint.md); without this option: .ambt-lint in the current folder or a parent")),
      OptionSpec(
        ["--no-config"],
        help: LocalizedText(
          nl: "zoek geen .ambt-lint; gebruik de standaardinstellingen", en: "look for no .ambt-lint; use the defaults")),
      OptionSpec(
        ["--baseline"], value: "BESTAND",
        help: LocalizedText(
          nl: "toon alleen bevindingen die niet in deze basislijn staan",
          en: "report only findings that are not in this baseline")),
      OptionSpec(
        ["--write-baseline"], value: "BESTAND",
        help: LocalizedText(
          nl: "leg alle huidige bevindingen vast als basislijn en stop (afsluitcode 0)",
          en: "record every current finding as the baseline and stop (exit code 0)")),
      OptionSpec(
        ["--strict-baseline"],
        help: LocalizedText(
          nl: "afsluitcode 1 ook als een bevinding uit de basislijn niet meer voorkomt (ruim de basislijn op)",
          en: "exit code 1 also when a finding of the baseline no longer occurs (clean up the baseline)")),
    ],
    discussion: LocalizedText(
      nl:
        "Afsluitcode 0 als er niets is op of boven --fail-on, 1 anders (ook bij leesfouten in een code), 2 bij een gebruiksfout of onleesbare invoer. 'ambt rules' toont de regels, 'ambt explain REGEL' hun uitleg. Een basislijn herkent bevindingen aan regel, bestand, artikel, melding en de aangewezen tekst, niet aan het regelnummer: tekst verplaatsen houdt ze bekend. 'ambt init' schrijft een .ambt-lint met uitleg bij elke instelling.",
      en:
        "Exit code 0 when nothing is at or above --fail-on, 1 otherwise (also for parse errors in a code), 2 for a usage error or unreadable input. 'ambt rules' lists the rules, 'ambt explain RULE' explains one. A baseline knows findings by rule, file, article, message and the marked text, not by line number: moving text keeps them known. 'ambt init' writes an .ambt-lint with a comment on each setting."
    ))

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let today = TodayOption.read(args, context) else { return ExitCode.usage }
    if args.value("--baseline") != nil && args.value("--write-baseline") != nil {
      context.fail(
        LocalizedText(
          nl: "--baseline en --write-baseline gaan niet samen; --write-baseline legt alle bevindingen opnieuw vast",
          en: "--baseline and --write-baseline do not go together; --write-baseline records every finding anew"))
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
        context.t(
          "\(known) bekende \(known == 1 ? "bevinding" : "bevindingen") uit de basislijn niet getoond\n",
          "\(known) known \(known == 1 ? "finding" : "findings") from the baseline not shown\n"))
    }
    let (e, w, i) = (counts[.error] ?? 0, counts[.warning] ?? 0, counts[.info] ?? 0)
    context.io.err(
      context.t(
        "\(linted) \(linted == 1 ? "bestand" : "bestanden") getoetst: \(e) \(e == 1 ? "fout" : "fouten"), \(w) \(w == 1 ? "waarschuwing" : "waarschuwingen"), \(i) info\n",
        "\(linted) \(linted == 1 ? "file" : "files") linted: \(e) \(e == 1 ? "error" : "errors"), \(w) \(w == 1 ? "warning" : "warnings"), \(i) info\n"
      ))
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
