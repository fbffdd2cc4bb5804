import AmbtLint
import AmbtModel
import AmbtParser
import AmbtReporters

/// `ambt coverage`: each obligation of the law with the rules of one code that cover it, under
/// the law of today, the law when the code was adopted, or both side by side.
public enum CoverageCommand: Command {
  public static let spec = CommandSpec(
    name: "coverage",
    summary: LocalizedText("cli.coverage.summary"),
    usage: "ambt coverage [--format FORMAAT] [--law today|adoption|both] [--today DATUM] <bestand>",
    arguments: [("<bestand>", LocalizedText("cli.coverage.ambt-file"))],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText("cli.coverage.help.output-junit-codequality-summary"),
        choices: CoverageReporters.table.formats, default: "text"),
      OptionSpec(
        ["--law"], value: "WET",
        help: LocalizedText("cli.coverage.help.law-today-law-when"),
        choices: ["today", "adoption", "both"], default: "today"),
      TodayOption.spec,
    ],
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let today = TodayOption.read(args, context) else { return ExitCode.usage }
    guard let file = Files.single(args.positionals, context) else { return ExitCode.usage }
    let parsed = AmbtParser.parse(bytes: file.bytes, file: file.displayName)
    let lc = LintContext(document: parsed.document, source: parsed.text, today: today)
    let law = args.value("--law") ?? "today"
    let adoption = lc.adoption
    if law != "today" && adoption == nil {
      context.fail(
        LocalizedText("cli.coverage.displayname-code-has-no", ["displayName": "\(file.displayName)"]))
      return ExitCode.usage
    }
    let table = CoverageTable(
      context: lc, today: law == "adoption" ? nil : today, adoption: law == "today" ? nil : adoption?.day)
    let report = CoverageReport(
      table: table, file: file.displayName, title: parsed.document.metadata.title?.value ?? file.displayName)
    let options = ReportOptions(
      language: context.language, colour: context.style.enabled, currentDirectory: context.io.currentDirectory)
    context.io.out(CoverageReporters.table.render(report, format: args.value("--format"), options))
    return table.hasGaps ? ExitCode.findings : ExitCode.clean
  }
}
