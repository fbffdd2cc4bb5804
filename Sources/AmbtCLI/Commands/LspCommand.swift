import AmbtLSP
import AmbtLint
import AmbtModel
import Foundation

/// `ambt lsp`: the language server for editors, over standard input and output.
public enum LspCommand: Command {
  public static let spec = CommandSpec(
    name: "lsp",
    summary: LocalizedText(
      nl: "taalserver (LSP) voor editors, via standaardinvoer en -uitvoer",
      en: "language server (LSP) for editors, over standard input and output"),
    usage: "ambt lsp [--today DATUM] [--config BESTAND | --no-config] [--baseline BESTAND] [--debounce MS]",
    arguments: [],
    options: [
      TodayOption.spec,
      OptionSpec(
        ["--config"], value: "BESTAND",
        help: LocalizedText(
          nl: "configuratie voor elk document; zonder deze optie: .ambt-lint in de map van het document of een bovenliggende",
          en: "configuration for every document; without this option: .ambt-lint in the document's folder or a parent")),
      OptionSpec(
        ["--no-config"],
        help: LocalizedText(
          nl: "zoek geen .ambt-lint; gebruik de standaardinstellingen", en: "look for no .ambt-lint; use the defaults")),
      OptionSpec(
        ["--baseline"], value: "BESTAND",
        help: LocalizedText(
          nl: "toon alleen bevindingen die niet in deze basislijn staan (anders 'baseline' uit de configuratie)",
          en: "show only findings that are not in this baseline (else 'baseline' from the configuration)")),
      OptionSpec(
        ["--debounce"], value: "MS",
        help: LocalizedText(
          nl: "wacht zoveel milliseconden na de laatste wijziging voor de meldingen (0 tot 10000)",
          en: "wait this many milliseconds after the last change before the diagnostics (0 to 10000)"),
        default: "250"),
    ],
    discussion: LocalizedText(
      nl:
        "Spreekt het Language Server Protocol (JSON-RPC 2.0 met Content-Length-kopjes) op standaardinvoer en -uitvoer; foutmeldingen over het protocol gaan ook daar heen. Meldingen uit check en lint terwijl je typt, uitleg bij annotaties en verwijzingen, ga naar definitie, overzicht, invouwen, opmaak, snelle reparaties en 'bevestig', aanvullen. Een editor start 'ambt lsp' zelf: zie docs/editors.md. Afsluitcode 0 na 'shutdown' en 'exit', 1 als de invoer eerder stopt, 2 bij een gebruiksfout.",
      en:
        "Speaks the Language Server Protocol (JSON-RPC 2.0 with Content-Length headers) on standard input and output; protocol errors go there too. Diagnostics from check and lint while you type, hover on annotations and references, go to definition, outline, folding, formatting, quick fixes and 'confirm', completion. An editor starts 'ambt lsp' itself: see docs/editors.md. Exit code 0 after 'shutdown' and 'exit', 1 when the input ends before, 2 for a usage error."
    ),
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
        LocalizedText(
          nl: "ongeldige waarde '\(debounceText)' voor --debounce; verwacht 0 tot 10000 milliseconden",
          en: "invalid value '\(debounceText)' for --debounce; expected 0 to 10000 milliseconds"))
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
    context.io.err(context.t("ambt lsp: klaar; wacht op de editor\n", "ambt lsp: ready; waiting for the editor\n"))
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
          problems.append(LocalizedText(nl: "\(file):\(e.line): \(e.message.nl)", en: "\(file):\(e.line): \(e.message.en)"))
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
