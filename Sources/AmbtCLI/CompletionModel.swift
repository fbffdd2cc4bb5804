import AmbtLint
import AmbtModel

/// What a shell may complete at each place of an `ambt` command line, read from the same
/// command specs that drive parsing and `--help`, so the three never disagree.
struct CompletionModel {
  /// What a value or an argument is completed with.
  enum Values: Equatable {
    case none
    case files(extension: String?)
    case folders
    case words([String])
  }

  struct Option {
    var names: [String]
    var help: String
    var placeholder: String?
    var values: Values
  }

  struct Subcommand {
    var name: String
    var summary: String
    var options: [Option]
    var arguments: Values
  }

  var commands: [Subcommand]
  var global: [Option]

  init(_ language: Language) {
    commands = CLI.commands.map { command in
      let spec = command.spec
      return Subcommand(
        name: spec.name, summary: spec.summary.text(language),
        options: spec.options.map { CompletionModel.option($0, language) },
        arguments: CompletionModel.arguments(spec))
    }
    global = [
      Option(
        names: ["--lang"], help: language.text("cli.usage.help.language-messages"),
        placeholder: language.text("cli.usage.placeholder"), values: .words(["nl", "en"])),
      Option(names: ["-h", "--help"], help: language.text("cli.usage.help.show-help"), placeholder: nil, values: .none),
      Option(
        names: ["--version"], help: language.text("cli.usage.help.show-version"), placeholder: nil, values: .none),
    ]
  }

  static func option(_ o: OptionSpec, _ language: Language) -> Option {
    var values = Values.none
    if let choices = o.choices {
      values = .words(choices)
    } else if let v = o.value {
      switch v {
      case "BESTAND", "UITVOER", "UIT", "BASISLIJN": values = .files(extension: nil)
      case "MAP": values = .folders
      default: values = .none
      }
    }
    return Option(
      names: o.names, help: o.help.text(language), placeholder: o.value.map { Placeholders.localize($0, language) },
      values: values)
  }

  /// Positional arguments: codes for most commands, rule ids for `explain`, fixed words otherwise.
  static func arguments(_ spec: CommandSpec) -> Values {
    switch spec.name {
    case "explain": return .words(LintRules.all.map(\.descriptor.id))
    case "vocab": return .words(["onderwerpen", "rollen", "groepen", "wetten"])
    case "completions": return .words(["bash", "zsh", "fish"])
    default:
      if spec.maxArguments == 0 { return .none }
      if spec.name == "import" { return .files(extension: nil) }
      return .files(extension: "ambt")
    }
  }
}
