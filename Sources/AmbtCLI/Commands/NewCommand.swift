import AmbtModel
import AmbtParser
import AmbtRender

/// `ambt new`: a complete starting code, with a draft rule for every obligation of the law.
public enum NewCommand: Command {
  public static let spec = CommandSpec(
    name: "new",
    summary: LocalizedText("cli.new.summary"),
    usage: "ambt new [--organisatie NAAM] [-o BESTAND] [--force]",
    options: [
      OptionSpec(
        ["--organisation", "--organisatie"], value: "NAAM",
        help: LocalizedText("cli.new.help.organisation-optionally-with-cbs"),
        default: CodeTemplate.defaultOrganisation),
      OptionSpec(
        ["-o", "--output"], value: "BESTAND",
        help: LocalizedText("cli.new.help.write-this-file-instead")),
      OptionSpec(["--force"], help: LocalizedText("cli.new.help.overwrite-existing-file")),
    ],
    discussion: LocalizedText("cli.new.discussion"),
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let given = args.value("--organisatie")
    if let given, CodeTemplate.sanitise(given).isEmpty {
      context.fail(LocalizedText("cli.new.organisatie-must-not-be"))
      return ExitCode.usage
    }
    guard let text = CodeTemplate.render(organisation: given ?? CodeTemplate.defaultOrganisation) else {
      context.fail(
        LocalizedText("cli.new.internal-error-model-template"))
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
        LocalizedText("cli.new.internal-error-new-code"))
      return ExitCode.usage
    }
    if given == nil {
      context.io.err(
        context.t("cli.new.note-no-organisatie-given", ["defaultOrganisation": "\(CodeTemplate.defaultOrganisation)"]))
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
      context.t("cli.new.written-path-next-steps", ["path": "\(path)"]))
    return ExitCode.clean
  }
}
