import AmbtImport
import AmbtModel
import AmbtParser

/// `ambt import`: plain text of a code (from a PDF or a web page) → `.ambt` source.
public enum ImportCommand: Command {
  public static let spec = CommandSpec(
    name: "import",
    summary: LocalizedText(
      nl: "zet de tekst van een bestaande gedragscode om naar .ambt", en: "turn the text of an existing code into .ambt"),
    usage: "ambt import <bestand|-> [-o UIT] [--force] [--report] [--organisatie NAAM]",
    arguments: [
      (
        "<bestand|->",
        LocalizedText(
          nl: "platte tekst (uit een pdf of webpagina); - leest standaardinvoer",
          en: "plain text (from a PDF or web page); - reads standard input")
      )
    ],
    options: [
      OptionSpec(
        ["-o", "--output"], value: "UIT",
        help: LocalizedText(
          nl: "schrijf naar dit bestand (atomair) in plaats van standaarduitvoer",
          en: "write to this file (atomically) instead of standard output")),
      OptionSpec(
        ["--force"], help: LocalizedText(nl: "overschrijf een bestaand uitvoerbestand", en: "overwrite an existing output file")),
      OptionSpec(
        ["--report"],
        help: LocalizedText(
          nl: "toon de verwijderde artefacten en herstellingen op standaardfout",
          en: "list removed artefacts and repairs on standard error")),
      OptionSpec(
        ["--organisatie"], value: "NAAM",
        help: LocalizedText(
          nl: "naam van de organisatie (anders afgeleid uit de tekst)",
          en: "name of the organisation (otherwise inferred from the text)")),
    ],
    discussion: LocalizedText(
      nl:
        "Alle afgeleide annotaties staan er met '?' (@onderwerp? …): 'ambt check --unconfirmed' toont wat nog bevestigd moet worden. Elke wijziging van de brontekst staat als commentaar (// herstel: … of // verwijderd: …) in de uitvoer.",
      en:
        "Every inferred annotation is marked with '?' (@onderwerp? …): 'ambt check --unconfirmed' lists what is still to be confirmed. Every change to the source text is a comment (// herstel: … or // verwijderd: …) in the output."
    ),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let path = args.positionals[0]
    let input: InputFile
    if path == "-" {
      switch context.io.readStandardInput() {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let b): input = InputFile(path: "-", displayName: "<stdin>", bytes: b)
      }
    } else {
      switch Files.readFile(path) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let r): input = InputFile(path: path, displayName: path, bytes: r.bytes, stamp: r.stamp)
      }
    }
    let bytes = input.bytes
    // A PDF or Word file would be imported byte for byte as text: refuse it, say what to do.
    if let binary = BinaryInput.detect(bytes) {
      let message = binary.message(input.displayName)
      let hint = binary.hint
      context.fail(LocalizedText(nl: message.nl + "; " + hint.nl, en: message.en + "; " + hint.en))
      return ExitCode.usage
    }
    let result = Importer.run(bytes: bytes, options: ImportOptions(organisation: args.value("--organisatie"), file: path))
    if let out = args.value("--output") {
      let policy = Files.WritePolicy(overwrite: args.flag("--force"), inputs: [input])
      if let e = Files.writeAtomically(result.text, to: out, policy: policy) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(result.text)
    }
    if args.flag("--report") {
      let removed = result.repairs.filter { $0.kind == .verwijderd }
      let fixed = result.repairs.filter { $0.kind == .herstel }
      context.io.err(context.t("verwijderd (\(removed.count)):\n", "removed (\(removed.count)):\n"))
      for r in removed { context.io.err("  \"\(TerminalText.sanitize(r.source))\"\n") }
      context.io.err(context.t("hersteld (\(fixed.count)):\n", "repaired (\(fixed.count)):\n"))
      for r in fixed {
        context.io.err("  \"\(TerminalText.sanitize(r.source))\" -> \"\(TerminalText.sanitize(r.replacement ?? ""))\"\n")
      }
    }
    let summary = context.t(
      "ambt import: \(result.ruleCount) regels, \(result.inferredCount) afgeleide annotaties (met '?'), \(result.repairs.count) herstellingen\n",
      "ambt import: \(result.ruleCount) rules, \(result.inferredCount) inferred annotations (marked '?'), \(result.repairs.count) repairs\n"
    )
    context.io.err(summary)
    if result.degraded {
      context.io.err(
        context.t(
          "ambt import: geen structuur herkend; de tekst staat er als losse alinea's\n",
          "ambt import: no structure recognised; the text was imported as plain paragraphs\n"))
    }
    return ExitCode.clean
  }
}
