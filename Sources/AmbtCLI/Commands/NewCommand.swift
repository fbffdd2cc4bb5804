import AmbtModel
import AmbtParser
import AmbtRender

/// `ambt new`: a complete starting code, with a draft rule for every obligation of the law.
public enum NewCommand: Command {
  public static let spec = CommandSpec(
    name: "new",
    summary: LocalizedText(nl: "begin een nieuwe gedragscode vanuit het model", en: "start a new code of conduct from the model"),
    usage: "ambt new [--organisatie NAAM] [-o BESTAND] [--force]",
    options: [
      OptionSpec(
        ["--organisation", "--organisatie"], value: "NAAM",
        help: LocalizedText(
          nl: "de organisatie, eventueel met CBS-code: 'Leek (GM0022)'",
          en: "the organisation, optionally with its CBS code: 'Leek (GM0022)'"),
        default: CodeTemplate.defaultOrganisation),
      OptionSpec(
        ["-o", "--output"], value: "BESTAND",
        help: LocalizedText(
          nl: "schrijf naar dit bestand in plaats van standaarduitvoer", en: "write to this file instead of standard output")),
      OptionSpec(["--force"], help: LocalizedText(nl: "overschrijf een bestaand bestand", en: "overwrite an existing file")),
    ],
    discussion: LocalizedText(
      nl:
        "De nieuwe code volgt de thema's van de huidige modelcodes en heeft voor elke verplichting uit de Ambtenarenwet 2017 een conceptregel (@concept). 'ambt lint' meldt die regels en de ontbrekende datums tot ze zijn ingevuld. Zie docs/authoring.md.",
      en:
        "The new code follows the themes of current model codes and has a draft rule (@concept) for every obligation of the Ambtenarenwet 2017. 'ambt lint' reports those rules and the missing dates until they are filled in. See docs/authoring.md."
    ),
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let given = args.value("--organisatie")
    if let given, CodeTemplate.sanitise(given).isEmpty {
      context.fail(LocalizedText(nl: "--organisatie mag niet leeg zijn", en: "--organisatie must not be empty"))
      return ExitCode.usage
    }
    guard let text = CodeTemplate.render(organisation: given ?? CodeTemplate.defaultOrganisation) else {
      context.fail(
        LocalizedText(
          nl: "interne fout: het model (template.ambt.in) ontbreekt in deze installatie",
          en: "internal error: the model (template.ambt.in) is missing from this installation"))
      return ExitCode.usage
    }
    // The template is data: check what we are about to hand out, so a broken edit is caught here.
    let check = Checker.check(bytes: Array(text.utf8), file: args.value("--output") ?? "<nieuw>")
    if check.diagnostics.contains(where: { $0.severity == .error }) {
      let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
      for d in check.diagnostics.sortedForOutput() where d.severity == .error {
        context.io.err(renderer.render(d, lines: check.lineTable))
      }
      context.fail(
        LocalizedText(
          nl: "interne fout: de nieuwe code is niet geldig; niets geschreven",
          en: "internal error: the new code is not valid; nothing written"))
      return ExitCode.usage
    }
    if given == nil {
      context.io.err(
        context.t(
          "let op: geen --organisatie gegeven; '\(CodeTemplate.defaultOrganisation)' ingevuld\n",
          "note: no --organisatie given; filled in '\(CodeTemplate.defaultOrganisation)'\n"))
    }
    guard let path = args.value("--output"), path != "-" else {
      context.io.out(text)
      return ExitCode.clean
    }
    if let e = Files.writeAtomically(text, to: path, overwrite: args.flag("--force")) {
      context.fail(e.message)
      return ExitCode.usage
    }
    context.io.err(
      context.t(
        "geschreven: \(path)\nvolgende stappen: ambt check \(path), ambt lint \(path) (zie docs/authoring.md)\n",
        "written: \(path)\nnext steps: ambt check \(path), ambt lint \(path) (see docs/authoring.md)\n"))
    return ExitCode.clean
  }
}
