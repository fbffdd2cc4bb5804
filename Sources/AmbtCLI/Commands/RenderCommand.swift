import AmbtModel
import AmbtParser
import AmbtRender

/// `ambt render`: the code as a document (standalone HTML or Markdown).
public enum RenderCommand: Command {
  public static let spec = CommandSpec(
    name: "render",
    summary: LocalizedText(
      nl: "maak een leesbaar document van een code (HTML of Markdown)",
      en: "render a code as a readable document (HTML or Markdown)"),
    usage: "ambt render [--format html|markdown] [-o UIT] [--annotations] <bestand|->",
    arguments: [
      (
        "<bestand|->",
        LocalizedText(nl: "een .ambt-bestand; - leest standaardinvoer", en: "an .ambt file; - reads standard input")
      )
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText(nl: "uitvoerformaat", en: "output format"),
        choices: RenderFormat.allCases.map(\.rawValue), default: "html"),
      OptionSpec(
        ["-o", "--output"], value: "UIT",
        help: LocalizedText(
          nl: "schrijf naar dit bestand (atomair) in plaats van standaarduitvoer",
          en: "write to this file (atomically) instead of standard output")),
      OptionSpec(
        ["--annotations"],
        help: LocalizedText(
          nl: "toon de annotaties naast elke regel, voor wie de code beoordeelt",
          en: "show the annotations beside each rule, for reviewers")),
    ],
    discussion: LocalizedText(
      nl:
        "De HTML is één zelfstandig bestand (HTML5, lang=\"nl\", met inhoudsopgave en printopmaak). Elke regel heeft een vast anker naar zijn nummer: #regel-7-2 voor regel 7.2. Een bestand met fouten wordt niet weergegeven (afsluitcode 1).",
      en:
        "The HTML is one standalone file (HTML5, lang=\"nl\", with a table of contents and print styles). Every rule has a stable anchor from its number: #regel-7-2 for rule 7.2. A file with errors is not rendered (exit code 1)."
    ),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let file = Files.single(args.positionals, context) else { return ExitCode.usage }
    let result = Checker.check(bytes: file.bytes, file: file.displayName)
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
      for d in errors.sortedForOutput() { context.io.err(renderer.render(d, lines: result.lineTable)) }
      context.io.err(
        context.t(
          "ambt: '\(file.displayName)' heeft fouten en is niet weergegeven; zie 'ambt check'\n",
          "ambt: '\(file.displayName)' has errors and was not rendered; see 'ambt check'\n"))
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
    context.io.err(context.t("geschreven: \(path)\n", "written: \(path)\n"))
    return ExitCode.clean
  }
}
