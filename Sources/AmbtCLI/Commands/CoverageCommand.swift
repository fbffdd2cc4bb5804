import AmbtLint
import AmbtModel
import AmbtParser

/// `ambt coverage`: each obligation of the law with the rules of one code that cover it.
public enum CoverageCommand: Command {
  public static let spec = CommandSpec(
    name: "coverage",
    summary: LocalizedText(
      nl: "toon per wettelijke verplichting welke regels haar dekken", en: "show which rules cover each legal obligation"),
    usage: "ambt coverage [--format text|markdown|json] <bestand>",
    arguments: [("<bestand>", LocalizedText(nl: "een .ambt-bestand", en: "an .ambt file"))],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText(nl: "uitvoer", en: "output"), choices: ["text", "markdown", "json"],
        default: "text")
    ],
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let file = Files.single(args.positionals, context) else { return ExitCode.usage }
    let parsed = AmbtParser.parse(bytes: file.bytes, file: file.displayName)
    let lc = LintContext(document: parsed.document, source: parsed.text, today: LintCommand.systemToday())
    let entries = lc.coverage()
    let lang = context.language
    func status(_ e: CoverageEntry) -> String {
      switch e.status {
      case .covered: return (e.articles.map(\.label) + e.mentions).joined(separator: ", ")
      case .viaRegulation:
        return context.t("via regeling: ", "via regulation: ")
          + e.regulations.map { ($0.article.map { $0.label + " " } ?? "") + "(\($0.regulation))" }.joined(separator: ", ")
      case .implicit: return context.t("de code zelf", "the code itself")
      case .missing: return context.t("ontbreekt", "missing")
      }
    }
    switch args.value("--format") ?? "text" {
    case "json":
      let items: [JSON] = entries.map { e in
        .object([
          "obligation": .string(e.obligation.id), "citation": .string(e.obligation.citationText),
          "title": .string(e.obligation.title.text(lang)),
          "status": .string(e.status.rawValue), "articles": .array(e.articles.map { .string($0.label) }),
          "regulations": .array(
            e.regulations.map { .object(["article": .optional($0.article?.label), "regulation": .string($0.regulation)]) }),
          "confidence": .string(e.obligation.confidence),
        ])
      }
      context.io.out(
        JSON.object([
          "schemaVersion": .int(1), "kind": .string("coverage"), "file": .string(file.displayName), "obligations": .array(items),
        ]).serialized() + "\n")
    case "markdown":
      var s = "# " + context.t("Dekking", "Coverage") + ": \(parsed.document.metadata.title?.value ?? file.displayName)\n\n"
      s +=
        context.t("| verplichting | bepaling | inhoud | regels |\n", "| obligation | provision | content | rules |\n")
        + "|---|---|---|---|\n"
      for e in entries {
        s +=
          "| \(e.obligation.id) | \(e.obligation.citationText) | \(e.obligation.title.text(lang)) | \(e.status == .missing ? "**" + status(e) + "**" : status(e)) |\n"
      }
      context.io.out(TerminalText.sanitize(s, keepingLineBreaks: true))
    default:
      let width = (entries.map(\.obligation.id.count).max() ?? 10) + 2
      for e in entries {
        context.io.out(
          e.obligation.id.padding(toLength: width) + e.obligation.title.text(lang) + " (" + e.obligation.citationText + ")\n")
        context.io.out(String(repeating: " ", count: width) + "→ " + TerminalText.sanitize(status(e)) + "\n")
      }
    }
    return entries.contains { $0.status == .missing && $0.obligation.checkedBy == nil } ? ExitCode.findings : ExitCode.clean
  }
}
