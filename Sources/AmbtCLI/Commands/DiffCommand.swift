import AmbtDiff
import AmbtModel
import AmbtParser
import AmbtReporters

/// `ambt diff OLD NEW`: what changed between two versions of a code.
public enum DiffCommand: Command {
  public static let spec = CommandSpec(
    name: "diff",
    summary: LocalizedText(
      nl: "toon wat er tussen twee versies van een code veranderd is", en: "show what changed between two versions of a code"),
    usage: "ambt diff <oud> <nieuw> [--format text|markdown|html|json] [-o <uitvoer>]",
    arguments: [
      ("<oud>", LocalizedText(nl: "de oude versie (.ambt-bestand of -)", en: "the old version (.ambt file or -)")),
      ("<nieuw>", LocalizedText(nl: "de nieuwe versie (.ambt-bestand of -)", en: "the new version (.ambt file or -)")),
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText(nl: "uitvoerformaat", en: "output format"),
        choices: DiffReporters.table().formats + ["wijzigingsbesluit"], default: "text"),
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText(
          nl: "schrijf naar dit bestand (atomair) in plaats van standaarduitvoer",
          en: "write to this file (atomically) instead of standard output")),
      OptionSpec(
        ["--all"],
        help: LocalizedText(nl: "toon in text-uitvoer ook ongewijzigde regels", en: "also list unchanged rules in text output")),
    ],
    discussion: LocalizedText(
      nl:
        "Regels worden op inhoud gekoppeld, niet op nummer. Betekeniswijzigingen (bedragen, termijnen, normen, bij wie je meldt) komen uit bevestigde annotaties als beide versies die hebben, anders uit de tekst: dan staat erbij (afgeleid uit de tekst). Afsluitcode 0 zonder verschillen, 1 met verschillen, 2 bij een fout (zoals diff(1)). Het JSON-schema staat in Schemas/diff.schema.json. --format wijzigingsbesluit schrijft het wijzigingsbesluit dat het college vaststelt (Aanwijzingen voor de regelgeving, hoofdstuk 6), in het Nederlands; 'ambt apply' voert het uit.",
      en:
        "Rules are aligned by content, not by number. Changes of meaning (amounts, periods, norms, whom to report to) come from confirmed annotations when both versions have them, else from the text: then they say (inferred from the text). Exit code 0 without differences, 1 with differences, 2 on error (as diff(1)). The JSON Schema is Schemas/diff.schema.json. --format wijzigingsbesluit writes the amendment decision the college adopts (Aanwijzingen voor de regelgeving, chapter 6), in Dutch; 'ambt apply' carries it out."
    ),
    minArguments: 2, maxArguments: 2)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.positionals.filter({ $0 == "-" }).count > 1 {
      context.fail(
        LocalizedText(
          nl: "standaardinvoer kan maar voor één versie gebruikt worden", en: "standard input can be used for one version only"))
      return ExitCode.usage
    }
    var documents: [Document] = []
    var inputs: [InputFile] = []
    for path in args.positionals {
      switch Files.collect([path], io: context.io, language: context.language) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let files):
        guard files.count == 1 else {
          context.fail(LocalizedText(nl: "'\(path)' is geen bestand", en: "'\(path)' is not a file"))
          return ExitCode.usage
        }
        let result = Checker.check(bytes: files[0].bytes, file: files[0].displayName)
        if result.diagnostics.hasErrors {
          let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
          for d in result.diagnostics.sortedForOutput() where d.severity == .error {
            context.io.err(renderer.render(d, lines: result.lineTable))
          }
          context.fail(LocalizedText(nl: "'\(path)' bevat fouten; los die eerst op", en: "'\(path)' has errors; fix them first"))
          return ExitCode.usage
        }
        documents.append(result.document)
        inputs.append(files[0])
      }
    }
    let diff = Differ().diff(documents[0], documents[1])
    let output: String
    if args.value("--format") == "wijzigingsbesluit" { return decision(inputs, diff, args, context) }
    do {
      let options = ReportOptions(
        language: context.language, colour: args.value("--output") == nil && context.style.enabled,
        currentDirectory: context.io.currentDirectory)
      output = DiffReporters.table(showUnchanged: args.flag("--all")).render(diff, format: args.value("--format"), options)
    }
    if let out = args.value("--output") {
      if let e = Files.writeAtomically(output, to: out, policy: Files.WritePolicy(inputs: inputs)) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(output)
    }
    return diff.hasDifferences ? ExitCode.findings : ExitCode.clean
  }
}
