import AmbtModel

/// `ambt completions SHELL`: the completion script for bash, zsh or fish.
public enum CompletionsCommand: Command {
  public static let spec = CommandSpec(
    name: "completions",
    summary: LocalizedText("cli.completions.summary.write-tab-completion-for"),
    usage: "ambt completions <bash|zsh|fish>",
    arguments: [("<bash|zsh|fish>", LocalizedText("cli.completions.shell"))],
    options: [],
    discussion: LocalizedText("cli.completions.discussion"),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let shell = args.positionals[0]
    guard let script = ShellCompletions.script(for: shell, context.language) else {
      context.fail(
        LocalizedText("cli.completions.unknown-shell-shell-choose", ["shell": "\(shell)"]))
      return ExitCode.usage
    }
    context.io.out(script)
    return ExitCode.clean
  }
}

/// `ambt manpage`: the manual page in roff (`man -l ambt.1`).
public enum ManPageCommand: Command {
  public static let spec = CommandSpec(
    name: "manpage",
    summary: LocalizedText("cli.completions.summary.write-manual-page-man"),
    usage: "ambt manpage [--lang nl|en]",
    options: [],
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    context.io.out(ManPage.render(context.language))
    return ExitCode.clean
  }
}
