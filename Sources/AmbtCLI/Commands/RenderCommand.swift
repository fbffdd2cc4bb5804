import AmbtModel
import AmbtParser
import AmbtRender

/// `ambt render`: the code as a document (standalone HTML or Markdown).
public enum RenderCommand: Command {
  public static let spec = CommandSpec(
    name: "render",
    summary: LocalizedText("cli.render.summary"),
    usage: "ambt render [--format html|markdown] [-o UIT] [--annotations] <bestand|->",
    arguments: [
      (
        "<bestand|->",
        LocalizedText("cli.render.ambt-file-reads-standard")
      )
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText("cli.render.help.output-format"),
        choices: RenderFormat.allCases.map(\.rawValue), default: "html"),
      OptionSpec(
        ["-o", "--output"], value: "UIT",
        help: LocalizedText("cli.render.help.write-this-file-atomically")),
      OptionSpec(
        ["--annotations"],
        help: LocalizedText("cli.render.help.show-annotations-beside-each")),
    ],
    discussion: LocalizedText("cli.render.discussion"),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let file = Files.single(args.positionals, context) else { return ExitCode.usage }
    let result = Checker.check(bytes: file.bytes, file: file.displayName)
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
      for d in errors.sortedForOutput() { context.io.err(renderer.render(d, lines: result.lineTable)) }
      context.io.err(
        context.t("cli.render.ambt-displayname-has-errors", ["displayName": "\(file.displayName)"]))
      return ExitCode.findings
    }
    let options = RenderOptions(showAnnotations: args.flag("--annotations"))
    let format = RenderFormat(rawValue: args.value("--format") ?? "html") ?? .html
    let text: String
    switch format {
    case .html: text = HTMLRenderer(options: options).render(result.document)
    case .markdown: text = MarkdownRenderer(options: options).render(result.document)
    }
    guard let path = args.value("--output"), path != "-" else {
      context.io.out(text)
      return ExitCode.clean
    }
    if let e = Files.writeAtomically(text, to: path, policy: Files.WritePolicy(inputs: [file])) {
      context.fail(e.message)
      return ExitCode.usage
    }
    context.io.err(context.t("cli.render.written-path", ["path": "\(path)"]))
    return ExitCode.clean
  }
}
