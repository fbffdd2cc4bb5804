import AmbtModel
import AmbtParser

/// `ambt compile`: the typed model as JSON.
public enum CompileCommand: Command {
  public static let spec = CommandSpec(
    name: "compile",
    summary: LocalizedText("cli.compile.summary"),
    usage: "ambt compile <bestand|-> [-o <uitvoer>]",
    arguments: [
      (
        "<bestand|->",
        LocalizedText("cli.compile.ambt-file-for-standard")
      )
    ],
    options: [
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText("cli.compile.help"))
    ],
    discussion: LocalizedText("cli.compile.discussion"),
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
