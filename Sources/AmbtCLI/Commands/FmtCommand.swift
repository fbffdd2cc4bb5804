import AmbtModel
import AmbtParser

/// `ambt fmt`: the canonical layout.
public enum FmtCommand: Command {
  public static let spec = CommandSpec(
    name: "fmt",
    summary: LocalizedText("cli.fmt.summary"),
    usage: "ambt fmt [--check | --write] <bestand|map|->...",
    arguments: [
      (
        "<bestand|map|->",
        LocalizedText("cli.fmt.files-directories-reads-standard")
      )
    ],
    options: [
      OptionSpec(
        ["--check"],
        help: LocalizedText("cli.fmt.help.write-nothing-exit-code")),
      OptionSpec(
        ["--write"],
        help: LocalizedText("cli.fmt.help.rewrite-files-atomically-temporary")),
    ],
    discussion: LocalizedText("cli.fmt.discussion"),
    minArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.conflict("--check", "--write", context) { return ExitCode.usage }
    let files: [InputFile]
    switch Files.collect(args.positionals, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let f): files = f
    }
    let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
    var status = ExitCode.clean
    var unformatted: [String] = []
    var writeFailed = false
    for file in files {
      let result = Checker.check(bytes: file.bytes, file: file.displayName)
      // A name found in a folder can hold anything; the terminal gets a safe form.
      let name = TerminalText.sanitize(file.displayName)
      guard let formatted = Formatter.format(result) else {
        for d in result.diagnostics.sortedForOutput() where d.severity == .error {
          context.io.err(renderer.render(d, lines: result.lineTable))
        }
        context.io.err(
          context.t("cli.fmt.ambt-name-has-errors", ["name": "\(name)"]))
        status = ExitCode.findings
        continue
      }
      let original = String(decoding: file.bytes, as: UTF8.self)
      let same = formatted == original
      if args.flag("--check") {
        if !same {
          unformatted.append(file.displayName)
          context.io.out(name + "\n")
          status = ExitCode.findings
        }
      } else if args.flag("--write") {
        if file.path == "-" {
          context.io.out(formatted)
        } else if !same {
          // Only if the file still holds what was read: an edit saved meanwhile is never lost.
          if let e = Files.writeAtomically(formatted, to: file.path, policy: Files.WritePolicy(expected: file)) {
            context.fail(e.message)
            writeFailed = true
            continue
          }
          context.io.err(context.t("cli.fmt.formatted-name", ["name": "\(name)"]))
        }
      } else {
        context.io.out(formatted)
      }
    }
    if args.flag("--check") && !unformatted.isEmpty {
      context.io.err(
        context.language.text(
          unformatted.count == 1 ? "cli.fmt.unformatted.one" : "cli.fmt.unformatted.many", ["count": "\(unformatted.count)"]))
    }
    return writeFailed ? ExitCode.usage : status
  }
}
