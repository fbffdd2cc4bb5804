import AmbtDiff
import AmbtModel
import AmbtParser
import AmbtReporters

/// `ambt diff OLD NEW`: what changed between two versions of a code.
public enum DiffCommand: Command {
  public static let spec = CommandSpec(
    name: "diff",
    summary: LocalizedText("cli.diff.summary"),
    usage: "ambt diff <oud> <nieuw> [--format text|markdown|html|json] [-o <uitvoer>]",
    arguments: [
      ("<oud>", LocalizedText("cli.diff.old-version-ambt-file")),
      ("<nieuw>", LocalizedText("cli.diff.new-version-ambt-file")),
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText("cli.diff.help.output-format"),
        choices: DiffReporters.table().formats + ["wijzigingsbesluit"], default: "text"),
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText("cli.diff.help.write-this-file-atomically")),
      OptionSpec(
        ["--all"],
        help: LocalizedText("cli.diff.help.also-list-unchanged-rules")),
    ],
    discussion: LocalizedText("cli.diff.discussion"),
    minArguments: 2, maxArguments: 2)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.positionals.filter({ $0 == "-" }).count > 1 {
      context.fail(
        LocalizedText("cli.diff.standard-input-can-be"))
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
          context.fail(LocalizedText("cli.diff.path-not-file", ["path": "\(path)"]))
          return ExitCode.usage
        }
        let result = Checker.check(bytes: files[0].bytes, file: files[0].displayName)
        if result.diagnostics.hasErrors {
          let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
          for d in result.diagnostics.sortedForOutput() where d.severity == .error {
            context.io.err(renderer.render(d, lines: result.lineTable))
          }
          context.fail(LocalizedText("cli.diff.path-has-errors-fix", ["path": "\(path)"]))
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
