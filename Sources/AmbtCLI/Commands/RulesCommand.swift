import AmbtLint
import AmbtModel

/// `ambt rules`: every lint rule with its id, severity and title.
public enum RulesCommand: Command {
  public static let spec = CommandSpec(
    name: "rules",
    summary: LocalizedText("cli.rules.summary.list-rules-ambt-lint"),
    usage: "ambt rules [--format text|markdown]",
    options: [
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText("cli.rules.help"),
        choices: ["text", "markdown"], default: "text")
    ],
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.value("--format") == "markdown" {
      context.io.out(RulesDocumentation.markdown(context.language))
      return ExitCode.clean
    }
    let width = LintRules.all.map(\.descriptor.id.count).max() ?? 20
    for r in LintRules.all.map(\.descriptor) {
      context.io.out(
        r.id.padding(toLength: width + 1) + r.defaultSeverity.rawValue.padding(toLength: 8) + r.title.text(context.language)
          + "\n")
    }
    return ExitCode.clean
  }
}

/// `ambt explain RULE`: one rule's documentation with its examples.
public enum ExplainCommand: Command {
  public static let spec = CommandSpec(
    name: "explain",
    summary: LocalizedText("cli.rules.summary.explain-rule-ambt-lint"),
    usage: "ambt explain <regel-id>",
    arguments: [
      (
        "<regel-id>",
        LocalizedText("cli.rules.rule-id-as-ambt")
      )
    ],
    options: [], minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let id = args.positionals[0]
    guard let rule = LintRules.rule(id) else {
      let s = TextFolding.suggestion(for: id, among: Array(LintRules.ids))
      context.fail(
        (s.map { LocalizedText("cli.rules.unknown-rule.did-you-mean", ["rule": id, "suggestion": $0]) }
          ?? LocalizedText("cli.rules.unknown-rule", ["rule": id])))
      return ExitCode.usage
    }
    context.io.out(RulesDocumentation.section(rule.descriptor, context.language))
    return ExitCode.clean
  }
}
