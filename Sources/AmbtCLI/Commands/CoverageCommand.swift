import AmbtLint
import AmbtModel
import AmbtParser
import AmbtReporters

/// `ambt coverage`: each obligation of the law with the rules of one code that cover it, under
/// the law of today, the law when the code was adopted, or both side by side.
public enum CoverageCommand: Command {
  public static let spec = CommandSpec(
    name: "coverage",
    summary: LocalizedText(
      nl: "toon per wettelijke verplichting welke regels haar dekken", en: "show which rules cover each legal obligation"),
    usage: "ambt coverage [--format FORMAAT] [--law today|adoption|both] [--today DATUM] <bestand>",
    arguments: [("<bestand>", LocalizedText(nl: "een .ambt-bestand", en: "an .ambt file"))],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText(
          nl: "uitvoer; junit, codequality en summary tonen elke verplichting als toets",
          en: "output; junit, codequality and summary show each obligation as a check"),
        choices: CoverageReporters.table.formats, default: "text"),
      OptionSpec(
        ["--law"], value: "WET",
        help: LocalizedText(
          nl:
            "de wet van vandaag, die bij vaststelling van de code ('in werking', anders 'vastgesteld op'), of beide naast elkaar",
          en: "the law of today, the law when the code was adopted ('in werking', else 'vastgesteld op'), or both side by side"),
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
        LocalizedText(
          nl:
            "\(file.displayName): de code heeft geen 'in werking' of 'vastgesteld op', dus geen wet bij vaststelling; zet de datum in het metadatablok",
          en:
            "\(file.displayName): the code has no 'in werking' or 'vastgesteld op', so no law at adoption; put the date in the metadata block"
        ))
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
