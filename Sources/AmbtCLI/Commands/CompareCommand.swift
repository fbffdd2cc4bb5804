import AmbtDiff
import AmbtModel
import AmbtParser
import Foundation

/// `ambt compare FILE|DIR...`: codes side by side on the shared topic vocabulary.
public enum CompareCommand: Command {
  public static let spec = CommandSpec(
    name: "compare",
    summary: LocalizedText(
      nl: "zet codes naast elkaar: onderwerpen, drempels en termijnen",
      en: "set codes side by side: topics, thresholds and periods"),
    usage: "ambt compare <bestand|map>... [--vs BESTAND] [--format text|markdown|html|json] [-o <uitvoer>]",
    arguments: [
      (
        "<bestand|map>",
        LocalizedText(
          nl: "twee of meer .ambt-bestanden, of mappen met .ambt-bestanden",
          en: "two or more .ambt files, or directories of .ambt files")
      )
    ],
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText(nl: "uitvoerformaat", en: "output format"),
        choices: ["text", "markdown", "html", "json"], default: "text"),
      OptionSpec(
        ["--vs"], value: "BESTAND",
        help: LocalizedText(
          nl: "zet deze code af tegen de andere (elke waarde naast de mediaan van de andere codes)",
          en: "set this code against the others (each value beside the median of the other codes)")),
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText(
          nl: "schrijf naar dit bestand (atomair) in plaats van standaarduitvoer",
          en: "write to this file (atomically) instead of standard output")),
    ],
    discussion: LocalizedText(
      nl:
        "Een waarde die minstens twee keer of hoogstens de helft van de mediaan is, wordt gemarkeerd. Het JSON-schema staat in Schemas/compare.schema.json.",
      en: "A value at least twice or at most half the median is marked. The JSON Schema is Schemas/compare.schema.json."),
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
      context.fail(LocalizedText(nl: "compare heeft ten minste twee codes nodig", en: "compare needs at least two codes"))
      return ExitCode.usage
    }
    let results = ParallelMap.map(files) { Checker.check(bytes: $0.bytes, file: $0.displayName) }
    for r in results where r.diagnostics.hasErrors {
      context.fail(
        LocalizedText(
          nl: "'\(r.document.file)' bevat fouten; los die eerst op (ambt check)",
          en: "'\(r.document.file)' has errors; fix them first (ambt check)"))
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
