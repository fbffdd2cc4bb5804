import AmbtModel
import AmbtParser

/// `ambt fix`: applies the safe fix-its and the canonical layout (`Fixer`).
public enum FixCommand: Command {
  public static let spec = CommandSpec(
    name: "fix",
    summary: LocalizedText("cli.fix.summary"),
    usage: "ambt fix [--write | --diff] <bestand|map|->...",
    arguments: [
      (
        "<bestand|map|->",
        LocalizedText("cli.fix.ambt-file-directory-all")
      )
    ],
    options: [
      OptionSpec(
        ["--write"],
        help: LocalizedText("cli.fix.help.rewrite-files-atomically-temporary")),
      OptionSpec(
        ["--diff"],
        help: LocalizedText("cli.fix.help.write-nothing-show-changes")),
    ],
    discussion: LocalizedText("cli.fix.discussion"),
    minArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.conflict("--diff", "--write", context) { return ExitCode.usage }
    let sources: [InputSource]
    switch Files.list(args.positionals, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let s): sources = s
    }
    var failed = false
    var changedFiles = 0
    for source in sources {
      let file: InputFile
      switch source.read() {
      case .failure(let e):
        context.fail(e.message)
        failed = true
        continue
      case .success(let f): file = f
      }
      let outcome = Fixer.fix(bytes: file.bytes, file: file.displayName)
      let changed = outcome.bytes != file.bytes
      if changed { changedFiles += 1 }
      report(outcome, file, context)
      if args.flag("--diff") {
        context.io.out(
          UnifiedDiff.render(old: file.bytes, new: outcome.bytes, oldName: file.displayName, newName: file.displayName))
      } else if args.flag("--write") && file.path != "-" {
        guard changed else { continue }
        // Only if the file still holds what was read: an edit saved meanwhile is never lost.
        let text = String(decoding: outcome.bytes, as: UTF8.self)
        if let e = Files.writeAtomically(text, to: file.path, policy: Files.WritePolicy(expected: file)) {
          context.fail(e.message)
          failed = true
          continue
        }
        let name = TerminalText.sanitize(file.displayName)
        context.io.err(context.t("cli.fix.fixed-name", ["name": "\(name)"]))
      } else {
        context.io.out(String(decoding: outcome.bytes, as: UTF8.self))
      }
    }
    if failed { return ExitCode.usage }
    return args.flag("--diff") && changedFiles > 0 ? ExitCode.findings : ExitCode.clean
  }

  /// On standard error: the suggestions left for a person, and why the layout was not applied.
  static func report(_ outcome: Fixer.Outcome, _ file: InputFile, _ context: Context) {
    let lines = LineTable(bytes: outcome.bytes)
    let name = TerminalText.sanitize(file.displayName)
    for d in outcome.remaining.sortedForOutput() {
      for f in d.fixIts where !f.isSafe {
        let p = lines.position(of: f.range.start)
        let what = TerminalText.sanitize(f.description(in: outcome.bytes).text(context.language))
        context.io.err(
          context.t(
            "cli.fix.name-line-column-suggestion",
            ["name": "\(name)", "line": "\(p.line)", "column": "\(p.column)", "what": "\(what)", "id": "\(d.id)"]))
      }
    }
    let errors = outcome.remaining.filter { $0.severity == .error }.count
    if !outcome.formatted && errors > 0 {
      context.io.err(
        LocalizedText(
          "cli.fix.not-formatted", ["name": name],
          messages: ["errors": .plural(errors, one: "count.error.one", many: "count.error.many")]
        ).text(context.language))
    }
    if !outcome.stable {
      context.warn(
        LocalizedText(
          "cli.fix.displayname-still-changes-after", ["displayName": "\(file.displayName)", "maxRounds": "\(Fixer.maxRounds)"]))
    }
  }
}
