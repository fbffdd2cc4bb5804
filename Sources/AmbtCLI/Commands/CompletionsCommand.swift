import AmbtModel

/// `ambt completions SHELL`: the completion script for bash, zsh or fish.
public enum CompletionsCommand: Command {
  public static let spec = CommandSpec(
    name: "completions",
    summary: LocalizedText(nl: "schrijf de tab-aanvulling voor een shell", en: "write the tab completion for a shell"),
    usage: "ambt completions <bash|zsh|fish>",
    arguments: [("<bash|zsh|fish>", LocalizedText(nl: "de shell", en: "the shell"))],
    options: [],
    discussion: LocalizedText(
      nl:
        "Bijvoorbeeld: 'ambt completions bash > /etc/bash_completion.d/ambt', 'ambt completions zsh > ~/.zfunc/_ambt', 'ambt completions fish > ~/.config/fish/completions/ambt.fish'.",
      en:
        "For example: 'ambt completions bash > /etc/bash_completion.d/ambt', 'ambt completions zsh > ~/.zfunc/_ambt', 'ambt completions fish > ~/.config/fish/completions/ambt.fish'."
    ),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let shell = args.positionals[0]
    guard let script = ShellCompletions.script(for: shell, context.language) else {
      context.fail(
        LocalizedText(
          nl: "onbekende shell '\(shell)'; kies bash, zsh of fish", en: "unknown shell '\(shell)'; choose bash, zsh or fish"))
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
    summary: LocalizedText(nl: "schrijf de handleidingpagina (man) in roff", en: "write the manual page (man) in roff"),
    usage: "ambt manpage [--lang nl|en]",
    options: [],
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    context.io.out(ManPage.render(context.language))
    return ExitCode.clean
  }
}
