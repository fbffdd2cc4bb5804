import AmbtDiff
import AmbtLint
import AmbtModel
import AmbtParser
import Foundation

/// `ambt review FILE`: the dossier for the periodic review of a code, and `--complete` to record
/// the review in its metadata.
public enum ReviewCommand: Command {
  public static let spec = CommandSpec(
    name: "review",
    summary: LocalizedText("cli.review.summary"),
    usage:
      "ambt review <bestand> [--previous BESTAND | --since REVISIE] [--peers MAP] [--today DATUM] [--format html|markdown|json] [-o UITVOER]\n       ambt review <bestand> --complete --date DATUM [--by NAAM] [--force]",
    arguments: [("<bestand>", LocalizedText("cli.review.code-ambt-file"))],
    options: [
      OptionSpec(
        ["--previous"], value: "BESTAND",
        help: LocalizedText("cli.review.help.previous-version-show-what")),
      OptionSpec(
        ["--since"], value: "REVISIE",
        help: LocalizedText("cli.review.help.previous-version-from-git")),
      OptionSpec(
        ["--peers"], value: "MAP",
        help: LocalizedText("cli.review.help.compare-with-codes-in")),
      TodayOption.spec,
      OptionSpec(
        ["--format"], value: "FORMAAT", help: LocalizedText("cli.review.help.output-format"),
        choices: ["markdown", "html", "json"], default: "markdown"),
      OptionSpec(
        ["-o", "--output"], value: "UITVOER",
        help: LocalizedText("cli.review.help.write-this-file-atomically")),
      OptionSpec(
        ["--complete"],
        help: LocalizedText("cli.review.help.record-review-in-metadata")),
      OptionSpec(["--date"], value: "DATUM", help: LocalizedText("cli.review.help.date-review")),
      OptionSpec(["--by"], value: "NAAM", help: LocalizedText("cli.review.help.who-reviewed-decided")),
      OptionSpec(
        ["--force"],
        help: LocalizedText("cli.review.help.record-even-while-errors")),
    ],
    discussion: LocalizedText("cli.review.discussion"),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    guard let today = TodayOption.read(args, context) else { return ExitCode.usage }
    guard let path = args.positionals.first, path != "-" else {
      context.fail(
        LocalizedText("cli.review.give-code-s-ambt"))
      return ExitCode.usage
    }
    guard let file = Files.single([path], context) else { return ExitCode.usage }
    let result = Linter.lint(bytes: file.bytes, file: file.displayName, options: LintOptions(today: today))
    let source = String(decoding: file.bytes, as: UTF8.self)
    if args.flag("--complete") { return complete(args, context, file: file, source: source, result: result) }
    if args.value("--previous") != nil && args.value("--since") != nil {
      context.fail(LocalizedText("cli.review.give-previous-since-not"))
      return ExitCode.usage
    }
    var previous: (label: String, document: Document)?
    if let p = args.value("--previous") {
      switch Files.read(p) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let bytes): previous = (p, AmbtParser.parse(bytes: bytes, file: p).document)
      }
    } else if let rev = args.value("--since") {
      switch GitHistory.show(rev, of: file.path) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let bytes):
        previous = ("\(rev):\(file.displayName)", AmbtParser.parse(bytes: bytes, file: file.displayName).document)
      }
    }
    var peers: [Document] = []
    if let dir = args.value("--peers") {
      switch Files.collect([dir], io: context.io) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let files):
        let me = URL(fileURLWithPath: file.path).standardizedFileURL.path
        for f in files where URL(fileURLWithPath: f.path).standardizedFileURL.path != me {
          peers.append(AmbtParser.parse(bytes: f.bytes, file: f.displayName).document)
        }
      }
    }
    let dossier = ReviewDossier.build(
      document: result.document, result: result, source: source, today: today, previous: previous, peers: peers)
    let output: String
    switch args.value("--format") ?? "markdown" {
    case "json": output = ReviewJSON(language: context.language).render(dossier)
    case "html": output = ReviewHTML(language: context.language).render(dossier)
    default: output = ReviewMarkdown(language: context.language).render(dossier)
    }
    if let out = args.value("--output") {
      if let e = Files.writeAtomically(output, to: out) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(output)
    }
    return dossier.hasErrors ? ExitCode.findings : ExitCode.clean
  }

  /// `--complete`: records the review, atomically, unless errors remain and `--force` is absent.
  static func complete(_ args: ParsedArguments, _ context: Context, file: InputFile, source: String, result: LintResult) -> Int32
  {
    guard let raw = args.value("--date") else {
      context.fail(LocalizedText("cli.review.complete-needs-date-yyyy"))
      return ExitCode.usage
    }
    guard let date = Day.parse(raw) else {
      context.fail(
        LocalizedText("cli.review.invalid-date-raw-for", ["raw": "\(raw)"]))
      return ExitCode.usage
    }
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty && !args.flag("--force") {
      let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
      for d in errors { context.io.err(renderer.render(d, lines: result.lineTable)) }
      context.fail(
        LocalizedText(
          "cli.review.errors-remain", ["file": file.displayName],
          messages: ["errors": .plural(errors.count, one: "count.error.one", many: "count.error.many")]))
      return ExitCode.findings
    }
    guard
      let updated = ReviewCompletion.record(in: source, metadata: result.document.metadata, date: date, by: args.value("--by"))
    else {
      context.fail(
        LocalizedText("cli.review.displayname-has-no-metadata", ["displayName": "\(file.displayName)"]))
      return ExitCode.usage
    }
    if let e = Files.writeAtomically(updated, to: file.path) {
      context.fail(e.message)
      return ExitCode.usage
    }
    context.io.err(
      context.t("cli.review.review-recorded-in-displayname", ["displayName": "\(file.displayName)", "date": "\(date)"])
        + (args.value("--by").map { context.t("cli.review.by-value", ["value": "\($0)"]) } ?? "")
        + (errors.isEmpty
          ? "" : context.t("cli.review.with-force-despite-count", ["count": "\(errors.count)"]))
        + "\n")
    return ExitCode.clean
  }
}
