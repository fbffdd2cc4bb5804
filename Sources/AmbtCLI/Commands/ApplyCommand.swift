import AmbtDiff
import AmbtModel
import AmbtParser

/// `ambt apply OLD DECISION -o NEW`: carries out an amendment decision on a code.
public enum ApplyCommand: Command {
  public static let spec = CommandSpec(
    name: "apply",
    summary: LocalizedText(
      nl: "voer een wijzigingsbesluit uit op een code", en: "carry out an amendment decision (wijzigingsbesluit) on a code"),
    usage: "ambt apply <oud> <besluit> [-o <nieuw>]",
    arguments: [
      (
        "<oud>",
        LocalizedText(nl: "de code zoals die nu luidt (.ambt-bestand of -)", en: "the code as it reads now (.ambt file or -)")
      ),
      (
        "<besluit>",
        LocalizedText(
          nl: "het wijzigingsbesluit (tekst, zoals 'ambt diff --format wijzigingsbesluit' het maakt, of -)",
          en: "the amendment decision (text, as 'ambt diff --format wijzigingsbesluit' writes it, or -)")
      ),
    ],
    options: [
      OptionSpec(
        ["-o", "--output"], value: "NIEUW",
        help: LocalizedText(
          nl: "schrijf de nieuwe versie naar dit bestand (atomair; nooit over een invoer) in plaats van standaarduitvoer",
          en: "write the new version to this file (atomically; never over an input) instead of standard output"))
    ],
    discussion: LocalizedText(
      nl:
        "Leest de opdrachten onder ARTIKEL I (tot ARTIKEL II): 'Artikel 4.2 komt te luiden:', 'In artikel 3.1 wordt \"€ 50\" vervangen door \"€ 25\".', 'Na artikel 2.2 wordt een artikel ingevoegd, luidende:', 'Artikel 12.6 vervalt.', 'Hoofdstuk 7 wordt vernummerd tot hoofdstuk 8.', en dezelfde voor hoofdstukken, bijlagen, de preambule, het slot en de gegevens. Nummers zijn die van vóór het besluit. Nieuwe tekst staat ingesprongen onder de opdracht, in de taal van .ambt-bestanden. De uitvoer staat in de vaste opmaak (ambt fmt). Een opdracht die niet uitgevoerd kan worden (een artikel dat niet bestaat, tekst die niet of vaker dan één keer voorkomt, een onbekende formulering) is een fout met de plaats in het besluit; dan wordt niets geschreven. Afsluitcode 0 bij succes, 2 bij een fout. Zie docs/diff.md.",
      en:
        "Reads the instructions under ARTIKEL I (up to ARTIKEL II): 'Artikel 4.2 komt te luiden:', 'In artikel 3.1 wordt \"€ 50\" vervangen door \"€ 25\".', 'Na artikel 2.2 wordt een artikel ingevoegd, luidende:', 'Artikel 12.6 vervalt.', 'Hoofdstuk 7 wordt vernummerd tot hoofdstuk 8.', and the same for chapters, annexes, the preamble, the closing and the metadata. Numbers are those before the decision. New text stands indented below its instruction, in the language of .ambt files. The output is in the canonical layout (ambt fmt). An instruction that cannot be carried out (an article that does not exist, text that occurs not at all or more than once, an unknown phrase) is an error with its place in the decision; then nothing is written. Exit code 0 on success, 2 on an error. See docs/diff.md."
    ),
    minArguments: 2, maxArguments: 2)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.positionals.filter({ $0 == "-" }).count > 1 {
      context.fail(
        LocalizedText(
          nl: "standaardinvoer kan maar voor één invoer gebruikt worden", en: "standard input can be used for one input only"))
      return ExitCode.usage
    }
    var inputs: [InputFile] = []
    for (k, path) in args.positionals.enumerated() {
      switch Files.collect([path], io: context.io, language: context.language, extensions: k == 0 ? ["ambt"] : ["txt", "md"]) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let files):
        guard files.count == 1 else {
          context.fail(LocalizedText(nl: "'\(path)' is geen bestand", en: "'\(path)' is not a file"))
          return ExitCode.usage
        }
        inputs.append(files[0])
      }
    }
    let (old, decisionFile) = (inputs[0], inputs[1])
    let decisionText = String(decoding: decisionFile.bytes, as: UTF8.self)
    let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
    let (decision, problems) = AmendmentParser.parse(decisionText, file: decisionFile.displayName)
    let decisionLines = LineTable(bytes: decisionFile.bytes)
    guard problems.isEmpty else {
      for d in problems { context.io.err(renderer.render(d, lines: decisionLines)) }
      context.fail(failed(problems.count, decisionFile))
      return ExitCode.usage
    }
    let source = String(decoding: old.bytes, as: UTF8.self)
    switch AmendmentApplier().apply(decision, to: source, file: old.displayName, decisionFile: decisionFile.displayName) {
    case .failure(let f):
      let oldLines = LineTable(bytes: old.bytes)
      let inOld = f.diagnostics.contains { $0.file == old.displayName && $0.file != decisionFile.displayName }
      for d in f.diagnostics { context.io.err(renderer.render(d, lines: inOld ? oldLines : decisionLines)) }
      if inOld {
        context.fail(
          LocalizedText(
            nl: "'\(old.displayName)' bevat fouten; los die eerst op (er is niets geschreven)",
            en: "'\(old.displayName)' has errors; fix them first (nothing was written)"))
      } else {
        context.fail(failed(f.diagnostics.count, decisionFile))
      }
      return ExitCode.usage
    case .success(let text):
      guard let out = args.value("--output") else {
        context.io.out(text)
        return ExitCode.clean
      }
      if let e = Files.writeAtomically(text, to: out, policy: Files.WritePolicy(inputs: inputs)) {
        context.fail(e.message)
        return ExitCode.usage
      }
      let n = decision.parts.count
      context.io.err(
        context.t(
          "uitgevoerd: \(n) \(n == 1 ? "onderdeel" : "onderdelen") → \(TerminalText.sanitize(out))\n",
          "carried out: \(n) \(n == 1 ? "onderdeel" : "onderdelen") → \(TerminalText.sanitize(out))\n"))
      return ExitCode.clean
    }
  }

  static func failed(_ count: Int, _ decision: InputFile) -> LocalizedText {
    LocalizedText(
      nl:
        "het besluit '\(decision.displayName)' is niet uitgevoerd (\(count) \(count == 1 ? "fout" : "fouten")); er is niets geschreven",
      en:
        "the decision '\(decision.displayName)' was not carried out (\(count) \(count == 1 ? "error" : "errors")); nothing was written"
    )
  }
}
