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
    usage: "ambt lint [--format FORMAAT] [--fail-on ERNST] [--today DATUM] [--config BESTAND] <bestand|map>...",
    arguments: [
      (
        "<bestand|map>",
        LocalizedText(
          nl: "een .ambt-bestand of een map (alle .ambt-bestanden daarin)",
          en: "an .ambt file or a directory (all .ambt files in it)")
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
        help: LocalizedText(nl: "afsluitcode 1 vanaf deze ernst", en: "exit code 1 from this severity"),
        choices: ["error", "warning", "info"], default: "error"),
      OptionSpec(
        ["--today"], value: "DATUM",
        help: LocalizedText(nl: "doe alsof het vandaag deze datum is (JJJJ-MM-DD)", en: "treat this date as today (YYYY-MM-DD)")),
      OptionSpec(
        ["--config"], value: "BESTAND",
        help: LocalizedText(
          nl: "configuratie: regels uitzetten of hun ernst wijzigen (zie docs/lint.md)",
          en: "configuration: switch rules off or change their severity (see docs/lint.md)")),
    ],
    discussion: LocalizedText(
      nl:
        "Afsluitcode 0 als er niets is op of boven --fail-on, 1 anders (ook bij leesfouten in een code), 2 bij een gebruiksfout of onleesbare invoer. 'ambt rules' toont de regels, 'ambt explain REGEL' hun uitleg.",
      en:
        "Exit code 0 when nothing is at or above --fail-on, 1 otherwise (also for parse errors in a code), 2 for a usage error or unreadable input. 'ambt rules' lists the rules, 'ambt explain RULE' explains one."
    ),
    minArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    var today = systemToday()
    if let t = args.value("--today") {
      guard let d = Day.parse(t) else {
        context.fail(
          LocalizedText(
            nl: "ongeldige datum '\(t)' voor --today; verwacht JJJJ-MM-DD",
            en: "invalid date '\(t)' for --today; expected YYYY-MM-DD"))
        return ExitCode.usage
      }
      today = d
    }
    var configuration = LintConfiguration()
    if let path = args.value("--config") {
      switch Files.read(path) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let bytes):
        switch LintConfiguration.parse(String(decoding: bytes, as: UTF8.self), knownRules: LintRules.ids) {
        case .failure(let e):
          context.fail(LocalizedText(nl: "\(path):\(e.line): \(e.message.nl)", en: "\(path):\(e.line): \(e.message.en)"))
          return ExitCode.usage
        case .success(let c): configuration = c
        }
      }
    }
    let files: [InputSource]
    switch Files.list(args.positionals, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let f): files = f
    }
    let options = LintOptions(today: today, configuration: configuration)
    // Files are read and linted on all cores (AMBT_JOBS), in input order. The reporters need
    // only the findings, the line tables and the file names, so the parsed document is dropped
    // as soon as a file is linted: memory stays near the size of the input.
    var results: [LintResult] = []
    var unreadable = false
    let workers = ParallelMap.defaultWorkers(environment: context.io.environment)
    ParallelMap.forEachOrdered(files, workers: workers) { source -> Result<LintResult, InputError> in
      source.read().map { file in
        var result = Linter.lint(bytes: file.bytes, file: file.displayName, options: options)
        result.document = Document(file: result.document.file, metadata: result.document.metadata)
        return result
      }
    } consume: { _, outcome in
      switch outcome {
      case .success(let r): results.append(r)
      case .failure(let e):
        unreadable = true
        context.fail(e.message)
      }
    }
    let report = LintReport(
      results: results, language: context.language, toolVersion: CLI.version,
      documentationURL: context.io.environment["AMBT_DOCS_URL"])
    let threshold = Severity(rawValue: args.value("--fail-on") ?? "error") ?? .error
    let reportOptions = ReportOptions(
      language: context.language, colour: context.style.enabled, currentDirectory: context.io.currentDirectory,
      failOn: threshold, documentationURL: report.documentationURL)
    context.io.out(LintReporters.table.render(report, format: args.value("--format"), reportOptions))
    let all = results.flatMap(\.diagnostics)
    let counts = Dictionary(grouping: all, by: \.severity).mapValues(\.count)
    let (e, w, i) = (counts[.error] ?? 0, counts[.warning] ?? 0, counts[.info] ?? 0)
    context.io.err(
      context.t(
        "\(results.count) \(results.count == 1 ? "bestand" : "bestanden") getoetst: \(e) \(e == 1 ? "fout" : "fouten"), \(w) \(w == 1 ? "waarschuwing" : "waarschuwingen"), \(i) info\n",
        "\(results.count) \(results.count == 1 ? "file" : "files") linted: \(e) \(e == 1 ? "error" : "errors"), \(w) \(w == 1 ? "warning" : "warnings"), \(i) info\n"
      ))
    // A file that could not be read (it vanished after listing): the rest is reported, exit 2.
    if unreadable { return ExitCode.usage }
    return all.contains { $0.severity >= threshold } ? ExitCode.findings : ExitCode.clean
  }

  /// Today in UTC from the system clock.
  static func systemToday() -> Day {
    Day(dayNumber: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))
  }
}
