import AmbtDiff
import AmbtModel
import AmbtParser
import Foundation

/// `ambt compare FILE|DIR...`: codes side by side on the shared topic vocabulary.
public enum CompareCommand: Command {
  public static let spec = CommandSpec(
    name: "compare",
    summary: LocalizedText("cli.compare.summary"),
    usage: "ambt compare <bestand|map>... [--vs BESTAND] [--format text|markdown|html|json] [-o <uitvoer>]",
    arguments: [
      (
        "<bestand|map>",
        LocalizedText("cli.compare.two-more-ambt-files")
      )
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText("cli.compare.help.output-format"),
        choices: ["text", "markdown", "html", "json"], default: "text"),
      OptionSpec(
        ["--vs"], value: "BESTAND",
        help: LocalizedText("cli.compare.help.set-this-code-against")),
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText("cli.compare.help.write-this-file-atomically")),
    ],
    discussion: LocalizedText("cli.compare.discussion"),
    minArguments: 1)

  /// HOOK for the linter's coverage API (AmbtLint, branch lint): set this to its provider when it lands.
  /// While nil, the obligations table reports topic presence only.
  public static let coverage: (any ObligationCoverageProvider)? = LintCoverageProvider()

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    var files: [InputFile]
    switch Files.collect(args.positionals, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let f): files = f
    }
    // `--vs FILE`: that code first, the others without it.
    if let vs = args.value("--vs") {
      switch Files.collect([vs], io: context.io, language: context.language) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let mine):
        guard let me = mine.first else { return ExitCode.usage }
        let key = URL(fileURLWithPath: me.path).standardizedFileURL.path
        files = [me] + files.filter { URL(fileURLWithPath: $0.path).standardizedFileURL.path != key }
      }
    }
    guard files.count >= 2 else {
      context.fail(LocalizedText("cli.compare.compare-needs-at-least"))
      return ExitCode.usage
    }
    let results = ParallelMap.map(files) { Checker.check(bytes: $0.bytes, file: $0.displayName) }
    for r in results where r.diagnostics.hasErrors {
      context.fail(
        LocalizedText("cli.compare.file-has-errors-fix", ["file": "\(r.document.file)"]))
      return ExitCode.usage
    }
    let comparison = Comparison(documents: results.map(\.document), coverage: coverage)
    let format = ComparisonRenderer.Format(rawValue: args.value("--format") ?? "text") ?? .text
    let renderer = ComparisonRenderer(language: context.language)
    let output =
      args.value("--vs") != nil && (format == .text || format == .markdown)
      ? renderer.versus(comparison, markdown: format == .markdown) : renderer.render(comparison, format: format)
    if let out = args.value("--output") {
      if let e = Files.writeAtomically(output, to: out, policy: Files.WritePolicy(inputs: files)) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(output)
    }
    return ExitCode.clean
  }
}
