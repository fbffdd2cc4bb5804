import AmbtLSP
import AmbtLint
import AmbtModel
import Foundation

/// `ambt lsp`: the language server for editors, over standard input and output.
public enum LspCommand: Command {
  public static let spec = CommandSpec(
    name: "lsp",
    summary: LocalizedText("cli.lsp.summary"),
    usage: "ambt lsp [--today DATUM] [--config BESTAND | --no-config] [--baseline BESTAND] [--debounce MS]",
    arguments: [],
    options: [
      TodayOption.spec,
      OptionSpec(
        ["--config"], value: "BESTAND",
        help: LocalizedText("cli.lsp.help.configuration-for-every-document")),
      OptionSpec(
        ["--no-config"],
        help: LocalizedText("cli.lsp.help.look-for-no-ambt")),
      OptionSpec(
        ["--baseline"], value: "BESTAND",
        help: LocalizedText("cli.lsp.help.show-only-findings-that")),
      OptionSpec(
        ["--debounce"], value: "MS",
        help: LocalizedText("cli.lsp.help.wait-this-many-milliseconds"),
        default: "250"),
    ],
    discussion: LocalizedText("cli.lsp.discussion"),
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let fixedToday: Day?
    if args.value("--today") != nil {
      guard let d = TodayOption.read(args, context) else { return ExitCode.usage }
      fixedToday = d
    } else {
      fixedToday = nil
    }
    if args.conflict("--config", "--no-config", context) { return ExitCode.usage }
    let debounceText = args.value("--debounce") ?? "250"
    guard let debounce = Int(debounceText), (0...10_000).contains(debounce) else {
      context.fail(
        LocalizedText("cli.lsp.invalid-value-debouncetext-for", ["debounceText": "\(debounceText)"]))
      return ExitCode.usage
    }
    let setup = LspLintSetup(
      today: fixedToday, config: args.value("--config"), noConfig: args.flag("--no-config"),
      baseline: args.value("--baseline"), currentDirectory: context.io.currentDirectory, language: context.language)
    // `--lang` after the command, or English chosen before it, wins over initializationOptions.
    let explicit = args.value("--lang") != nil || context.language == .en
    let options = LanguageServer.Options(
      language: context.language, languageIsExplicit: explicit, debounce: Double(debounce) / 1000,
      maxDocumentBytes: Files.maxInputBytes, version: CLI.version, setup: setup.provider)
    context.io.err(context.t("cli.lsp.ambt-lsp-ready-waiting"))
    return StdioTransport(options: options).run()
  }
}

/// The lint setup of `ambt lsp` for one document, found as `ambt lint` finds it: `--config`,
/// else the first `.ambt-lint` in the document's folder or a parent; the baseline from
/// `--baseline` or the configuration; today from `--today` or the clock (read per lint, so a
/// server running past midnight moves on).
struct LspLintSetup: Sendable {
  var today: Day?
  var config: String?
  var noConfig: Bool
  var baseline: String?
  var currentDirectory: String
  var language: Language

  var provider: LintSetupProvider { { path in self.setup(for: path) } }

  func setup(for path: String?) -> LintSetup {
    var problems: [LocalizedText] = []
    var found = LintConfigurationFile(configuration: LintConfiguration(), path: nil)
    let folder = path.map { ($0 as NSString).deletingLastPathComponent } ?? currentDirectory
    if let file = config ?? (noConfig ? nil : LintConfigurationFile.discover(from: folder.isEmpty ? "/" : folder)) {
      switch Files.read(file) {
      case .failure(let e): problems.append(e.message)
      case .success(let bytes):
        switch LintConfiguration.parse(String(decoding: bytes, as: UTF8.self), knownRules: LintRules.ids) {
        case .failure(let e):
          problems.append(
            LocalizedText("cli.config-problem", ["file": file, "line": "\(e.line)"], messages: ["message": e.message]))
        case .success(let c): found = LintConfigurationFile(configuration: c, path: file)
        }
      }
    }
    let options = LintOptions(today: today ?? TodayOption.systemToday(), configuration: found.configuration)
    guard let baselinePath = baseline ?? found.configuration.baseline.map(found.resolve) else {
      return LintSetup(options: options, problems: problems)
    }
    switch Files.read(baselinePath).flatMap({ Baseline.parse($0, path: baselinePath) }) {
    case .failure(let e):
      problems.append(e.message)
      return LintSetup(options: options, problems: problems)
    case .success(let known):
      let language = self.language
      return LintSetup(
        options: options,
        baseline: { result in
          let report = LintReport(results: [result], language: language, toolVersion: CLI.version)
          let (matched, _) = known.match(Baseline(report: report, baselinePath: baselinePath))
          return result.diagnostics.enumerated().filter { !matched.contains($0.offset) }.map(\.element)
        }, problems: problems)
    }
  }
}
