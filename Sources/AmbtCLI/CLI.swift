import AmbtModel

/// The `ambt` command line, callable in process: `CLI.run(arguments, io:)` returns the exit code.
public enum CLI {
  public static let version = "0.1.0"

  /// Every subcommand, in the order `ambt --help` lists them.
  public static let commands: [any Command.Type] = [
    CheckCommand.self, CompileCommand.self, FmtCommand.self, FixCommand.self, LintCommand.self, RulesCommand.self,
    ExplainCommand.self,
    CoverageCommand.self, ReviewCommand.self, DiffCommand.self, ApplyCommand.self, CompareCommand.self, ImportCommand.self,
    NewCommand.self,
    RenderCommand.self,
    VocabCommand.self,
    LspCommand.self,
    CompletionsCommand.self, ManPageCommand.self, InitCommand.self,
  ]

  /// Runs a command, then makes sure its output arrived: a write error on standard output (a
  /// full disk, `> /dev/full`) is reported on standard error and exits 2, whatever the command
  /// returned.
  public static func run(_ arguments: [String], io: IO) -> Int32 {
    // The language can be chosen anywhere on the line; find it first so every message uses it.
    let context = Context(io: io, language: language(of: arguments), style: Style.forOutput(io))
    let code = dispatch(arguments, context)
    guard let problem = io.finishOutput() else { return code }
    context.fail(
      LocalizedText("cli.cannot-write-standard-output", ["problem": "\(problem)"]))
    return ExitCode.usage
  }

  /// The language `--lang` asks for, anywhere on the line; Dutch by default.
  static func language(of arguments: [String]) -> Language {
    if let k = arguments.firstIndex(of: "--lang"), k + 1 < arguments.count, let l = Language(rawValue: arguments[k + 1]) {
      return l
    } else if let a = arguments.first(where: { $0.hasPrefix("--lang=") }), let l = Language(rawValue: String(a.dropFirst(7))) {
      return l
    }
    return .nl
  }

  static func dispatch(_ arguments: [String], _ context: Context) -> Int32 {
    let io = context.io
    let language = context.language
    // Global options before the command (`ambt --lang en lint …`) are taken off the front.
    if let problem = leadingLanguageProblem(arguments) {
      context.fail(problem)
      io.err(context.t("cli.see-ambt-help"))
      return ExitCode.usage
    }
    let arguments = withoutLeadingLanguage(arguments)
    guard let first = arguments.first else {
      io.err(overview(language))
      return ExitCode.usage
    }
    switch first {
    case "-h", "--help":
      io.out(overview(language))
      return ExitCode.clean
    case "--version", "-V":
      io.out("ambt \(version)\n")
      return ExitCode.clean
    case "help":
      if arguments.count > 1 {
        guard let command = commands.first(where: { $0.spec.name == arguments[1] }) else {
          return unknownCommand(arguments[1], context)
        }
        io.out(command.spec.help(language))
        return ExitCode.clean
      }
      io.out(overview(language))
      return ExitCode.clean
    default:
      break
    }
    guard let command = commands.first(where: { $0.spec.name == first }) else {
      return unknownCommand(first, context)
    }
    switch ArgumentScanner.scan(Array(arguments.dropFirst()), spec: command.spec) {
    case .failure(let e):
      context.fail(e.message)
      io.err(
        (language.text("cli.usage")) + command.spec.localizedUsage(language) + "\n"
          + context.t("cli.see-ambt-help-first", ["first": "\(first)"]))
      return ExitCode.usage
    case .success(let parsed):
      if parsed.flag("--help") {
        io.out(command.spec.help(language))
        return ExitCode.clean
      }
      return command.run(parsed, context)
    }
  }

  /// `arguments` without a `--lang X` or `--lang=X` before the command name; `language(of:)`
  /// has already read it.
  static func withoutLeadingLanguage(_ arguments: [String]) -> [String] {
    var rest = arguments[...]
    while let a = rest.first {
      if a == "--lang", rest.count >= 2 {
        rest = rest.dropFirst(2)
      } else if a.hasPrefix("--lang=") {
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    return Array(rest)
  }

  /// Why a `--lang` before the command cannot be used (no value, or not nl or en), or nil.
  static func leadingLanguageProblem(_ arguments: [String]) -> LocalizedText? {
    var k = 0
    while k < arguments.count, arguments[k] == "--lang" || arguments[k].hasPrefix("--lang=") {
      let value: String
      if arguments[k] == "--lang" {
        guard k + 1 < arguments.count else {
          return LocalizedText("cli.lang-expects-value-nl")
        }
        value = arguments[k + 1]
        k += 2
      } else {
        value = String(arguments[k].dropFirst(7))
        k += 1
      }
      if Language(rawValue: value) == nil {
        return LocalizedText("cli.invalid-value-value-for", ["value": "\(value)"])
      }
    }
    return nil
  }

  static func unknownCommand(_ name: String, _ context: Context) -> Int32 {
    let s = TextFolding.suggestion(for: name, among: commands.map { $0.spec.name })
    context.fail(
      (s.map { LocalizedText("cli.unknown-command.did-you-mean", ["command": name, "suggestion": $0]) }
        ?? LocalizedText("cli.unknown-command", ["command": name])))
    context.io.err(context.t("cli.see-ambt-help"))
    return ExitCode.usage
  }

  public static func overview(_ lang: Language) -> String {
    var s =
      lang == .en
      ? "ambt: check, compare and lint codes of conduct for civil servants (gedragscodes ambtenaren).\n\nUSAGE: ambt <command> [options] [arguments]\n\nCOMMANDS:\n"
      : "ambt: gedragscodes ambtenaren controleren, vergelijken en toetsen.\n\nGEBRUIK: ambt <opdracht> [opties] [argumenten]\n\nOPDRACHTEN:\n"
    for c in commands {
      s += "  " + c.spec.name.padding(toLength: 12) + c.spec.summary.text(lang) + "\n"
    }
    s +=
      lang == .en
      ? "\nOPTIONS:\n  -h, --help    show help\n  --version     show the version\n  --lang <nl|en>  language of messages (default nl)\n\nSee 'ambt help <command>' for a command's options. Exit codes: 0 clean, 1 findings or differences, 2 usage or input error.\n"
      : "\nOPTIES:\n  -h, --help    toon hulp\n  --version     toon de versie\n  --lang <nl|en>  taal van de meldingen (standaard nl)\n\nZie 'ambt help <opdracht>' voor de opties van een opdracht. Afsluitcodes: 0 schoon, 1 bevindingen of verschillen, 2 gebruiks- of invoerfout.\n"
    return s
  }
}
