import AmbtDiff
import AmbtLint
import AmbtModel
import AmbtParser
import Foundation

/// `ambt review FILE`: the dossier for the periodic review of a code, and `--complete` to record
/// the review in its metadata.
public enum ReviewCommand: Command {
  public static let spec = CommandSpec(
    name: "review",
    summary: LocalizedText(
      nl: "stel het dossier voor de periodieke herziening samen, of leg de herziening vast",
      en: "put together the dossier for the periodic review, or record the review"),
    usage:
      "ambt review <bestand> [--previous BESTAND | --since REVISIE] [--peers MAP] [--today DATUM] [--format html|markdown|json] [-o UITVOER]\n       ambt review <bestand> --complete --date DATUM [--by NAAM] [--force]",
    arguments: [("<bestand>", LocalizedText(nl: "de code (.ambt-bestand)", en: "the code (.ambt file)"))],
    options: [
      OptionSpec(
        ["--previous"], value: "BESTAND",
        help: LocalizedText(nl: "de vorige versie, om te tonen wat veranderde", en: "the previous version, to show what changed")),
      OptionSpec(
        ["--since"], value: "REVISIE",
        help: LocalizedText(
          nl: "de vorige versie uit de git-geschiedenis (git show REVISIE:pad)",
          en: "the previous version from git history (git show REV:path)")),
      OptionSpec(
        ["--peers"], value: "MAP",
        help: LocalizedText(nl: "vergelijk met de codes in deze map", en: "compare with the codes in this folder")),
      TodayOption.spec,
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText(nl: "uitvoerformaat", en: "output format"),
        choices: ["markdown", "html", "json"], default: "markdown"),
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText(nl: "schrijf naar dit bestand (atomair)", en: "write to this file (atomically)")),
      OptionSpec(
        ["--complete"],
        help: LocalizedText(
          nl: "leg de herziening vast in het metadatablok ('laatste herziening', 'herzien door')",
          en: "record the review in the metadata block ('laatste herziening', 'herzien door')")),
      OptionSpec(["--date"], value: "DATUM", help: LocalizedText(nl: "datum van de herziening", en: "date of the review")),
      OptionSpec(["--by"], value: "NAAM", help: LocalizedText(nl: "wie herzag of besloot", en: "who reviewed or decided")),
      OptionSpec(
        ["--force"],
        help: LocalizedText(nl: "leg vast ook als er nog fouten zijn", en: "record even while errors remain")),
    ],
    discussion: LocalizedText(
      nl:
        "Het dossier: de stand van de herzieningscyclus, wat er sinds de laatste herziening in de wet veranderde, de bevindingen naar wat te doen (moet, zou moeten, overwegen), de dekking onder de wet bij vaststelling en die van vandaag, wat er in de code veranderde, de vergelijking met andere codes en de besluiten om te nemen. Afsluitcode 0 zonder fouten, 1 als er fouten zijn, 2 bij een gebruiksfout. Het JSON-schema staat in Schemas/review.schema.json.",
      en:
        "The dossier: the status of the review cycle, what changed in the law since the last review, the findings by what to do (must, should, consider), the coverage under the law at adoption and today, what changed in the code, the comparison with other codes and the decisions to take. Exit code 0 without errors, 1 with errors, 2 for a usage error. The JSON Schema is Schemas/review.schema.json."
    ),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let today = TodayOption.read(args, context) else { return ExitCode.usage }
    guard let path = args.positionals.first, path != "-" else {
      context.fail(
        LocalizedText(
          nl: "geef het .ambt-bestand van de code, geen standaardinvoer", en: "give the code's .ambt file, not standard input"))
      return ExitCode.usage
    }
    guard let file = Files.single([path], context) else { return ExitCode.usage }
    let result = Linter.lint(bytes: file.bytes, file: file.displayName, options: LintOptions(today: today))
    let source = String(decoding: file.bytes, as: UTF8.self)
    if args.flag("--complete") { return complete(args, context, file: file, source: source, result: result) }
    if args.value("--previous") != nil && args.value("--since") != nil {
      context.fail(LocalizedText(nl: "geef --previous of --since, niet allebei", en: "give --previous or --since, not both"))
      return ExitCode.usage
    }
    var previous: (label: String, document: Document)?
    if let p = args.value("--previous") {
      switch Files.read(p) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let bytes): previous = (p, AmbtParser.parse(bytes: bytes, file: p).document)
      }
    } else if let rev = args.value("--since") {
      switch GitHistory.show(rev, of: file.path) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let bytes):
        previous = ("\(rev):\(file.displayName)", AmbtParser.parse(bytes: bytes, file: file.displayName).document)
      }
    }
    var peers: [Document] = []
    if let dir = args.value("--peers") {
      switch Files.collect([dir], io: context.io) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let files):
        let me = URL(fileURLWithPath: file.path).standardizedFileURL.path
        for f in files where URL(fileURLWithPath: f.path).standardizedFileURL.path != me {
          peers.append(AmbtParser.parse(bytes: f.bytes, file: f.displayName).document)
        }
      }
    }
    let dossier = ReviewDossier.build(
      document: result.document, result: result, source: source, today: today, previous: previous, peers: peers)
    let output: String
    switch args.value("--format") ?? "markdown" {
    case "json": output = ReviewJSON(language: context.language).render(dossier)
    case "html": output = ReviewHTML(language: context.language).render(dossier)
    default: output = ReviewMarkdown(language: context.language).render(dossier)
    }
    if let out = args.value("--output") {
      if let e = Files.writeAtomically(output, to: out) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(output)
    }
    return dossier.hasErrors ? ExitCode.findings : ExitCode.clean
  }

  /// `--complete`: records the review, atomically, unless errors remain and `--force` is absent.
  static func complete(_ args: ParsedArguments, _ context: Context, file: InputFile, source: String, result: LintResult) -> Int32
  {
    guard let raw = args.value("--date") else {
      context.fail(LocalizedText(nl: "--complete vraagt --date JJJJ-MM-DD", en: "--complete needs --date YYYY-MM-DD"))
      return ExitCode.usage
    }
    guard let date = Day.parse(raw) else {
      context.fail(
        LocalizedText(
          nl: "ongeldige datum '\(raw)' voor --date; verwacht JJJJ-MM-DD",
          en: "invalid date '\(raw)' for --date; expected YYYY-MM-DD"))
      return ExitCode.usage
    }
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty && !args.flag("--force") {
      let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
      for d in errors { context.io.err(renderer.render(d, lines: result.lineTable)) }
      context.fail(
        LocalizedText(
          nl:
            "\(file.displayName) heeft nog \(errors.count) \(errors.count == 1 ? "fout" : "fouten"); los die op of leg de herziening toch vast met --force",
          en:
            "\(file.displayName) still has \(errors.count) \(errors.count == 1 ? "error" : "errors"); fix them or record the review anyway with --force"
        ))
      return ExitCode.findings
    }
    guard
      let updated = ReviewCompletion.record(in: source, metadata: result.document.metadata, date: date, by: args.value("--by"))
    else {
      context.fail(
        LocalizedText(
          nl: "\(file.displayName) heeft geen metadatablok om de herziening in vast te leggen",
          en: "\(file.displayName) has no metadata block to record the review in"))
      return ExitCode.usage
    }
    if let e = Files.writeAtomically(updated, to: file.path) {
      context.fail(e.message)
      return ExitCode.usage
    }
    context.io.err(
      context.t(
        "herziening vastgelegd in \(file.displayName): laatste herziening \(date)",
        "review recorded in \(file.displayName): last review \(date)")
        + (args.value("--by").map { context.t(", door \($0)", ", by \($0)") } ?? "")
        + (errors.isEmpty
          ? "" : context.t(" (met --force, ondanks \(errors.count) fouten)", " (with --force, despite \(errors.count) errors)"))
        + "\n")
    return ExitCode.clean
  }
}
