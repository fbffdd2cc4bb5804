import AmbtModel
import AmbtParser

/// `ambt compile`: the typed model as JSON.
public enum CompileCommand: Command {
  public static let spec = CommandSpec(
    name: "compile",
    summary: LocalizedText(
      nl: "zet een .ambt-bestand om in het getypeerde model (JSON)", en: "turn an .ambt file into the typed model (JSON)"),
    usage: "ambt compile <bestand|-> [-o <uitvoer>]",
    arguments: [
      (
        "<bestand|->",
        LocalizedText(nl: "het .ambt-bestand, of - voor standaardinvoer", en: "the .ambt file, or - for standard input")
      )
    ],
    options: [
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText(
          nl: "schrijf naar dit bestand (atomair) in plaats van standaarduitvoer",
          en: "write to this file (atomically) instead of standard output"))
    ],
    discussion: LocalizedText(
      nl: "Het JSON-schema staat in Schemas/code.schema.json. Bij fouten in de invoer wordt niets geschreven (afsluitcode 1).",
      en: "The JSON Schema is Schemas/code.schema.json. With errors in the input nothing is written (exit code 1)."),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let file = Files.single(args.positionals, context) else { return ExitCode.usage }
    let result = Checker.check(bytes: file.bytes, file: file.displayName)
    let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
    for d in result.diagnostics.sortedForOutput() { context.io.err(renderer.render(d, lines: result.lineTable)) }
    if result.diagnostics.hasErrors { return ExitCode.findings }
    let json = result.document.json(lines: result.lineTable).serialized() + "\n"
    if let out = args.value("--output") {
      if let e = Files.writeAtomically(json, to: out, policy: Files.WritePolicy(inputs: [file])) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(json)
    }
    return ExitCode.clean
  }
}
