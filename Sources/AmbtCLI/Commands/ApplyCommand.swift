import AmbtDiff
import AmbtModel
import AmbtParser

/// `ambt apply OLD DECISION -o NEW`: carries out an amendment decision on a code.
public enum ApplyCommand: Command {
  public static let spec = CommandSpec(
    name: "apply",
    summary: LocalizedText("cli.apply.summary"),
    usage: "ambt apply <oud> <besluit> [-o <nieuw>]",
    arguments: [
      (
        "<oud>",
        LocalizedText("cli.apply.code-as-reads-now")
      ),
      (
        "<besluit>",
        LocalizedText("cli.apply.amendment-decision-text-as")
      ),
    ],
    options: [
      OptionSpec(
        ["-o", "--output"], value: "NIEUW",
        help: LocalizedText("cli.apply.help"))
    ],
    discussion: LocalizedText("cli.apply.discussion"),
    minArguments: 2, maxArguments: 2)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.positionals.filter({ $0 == "-" }).count > 1 {
      context.fail(
        LocalizedText("cli.apply.standard-input-can-be"))
      return ExitCode.usage
    }
    var inputs: [InputFile] = []
    for (k, path) in args.positionals.enumerated() {
      switch Files.collect([path], io: context.io, language: context.language, extensions: k == 0 ? ["ambt"] : ["txt", "md"]) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let files):
        guard files.count == 1 else {
          context.fail(LocalizedText("cli.apply.path-not-file", ["path": "\(path)"]))
          return ExitCode.usage
        }
        inputs.append(files[0])
      }
    }
    let (old, decisionFile) = (inputs[0], inputs[1])
    let decisionText = String(decoding: decisionFile.bytes, as: UTF8.self)
    let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
    let (decision, problems) = AmendmentParser.parse(decisionText, file: decisionFile.displayName)
    let decisionLines = LineTable(bytes: decisionFile.bytes)
    guard problems.isEmpty else {
      for d in problems { context.io.err(renderer.render(d, lines: decisionLines)) }
      context.fail(failed(problems.count, decisionFile))
      return ExitCode.usage
    }
    let source = String(decoding: old.bytes, as: UTF8.self)
    switch AmendmentApplier().apply(decision, to: source, file: old.displayName, decisionFile: decisionFile.displayName) {
    case .failure(let f):
      let oldLines = LineTable(bytes: old.bytes)
      let inOld = f.diagnostics.contains { $0.file == old.displayName && $0.file != decisionFile.displayName }
      for d in f.diagnostics { context.io.err(renderer.render(d, lines: inOld ? oldLines : decisionLines)) }
      if inOld {
        context.fail(
          LocalizedText("cli.apply.displayname-has-errors-fix", ["displayName": "\(old.displayName)"]))
      } else {
        context.fail(failed(f.diagnostics.count, decisionFile))
      }
      return ExitCode.usage
    case .success(let text):
      guard let out = args.value("--output") else {
        context.io.out(text)
        return ExitCode.clean
      }
      if let e = Files.writeAtomically(text, to: out, policy: Files.WritePolicy(inputs: inputs)) {
        context.fail(e.message)
        return ExitCode.usage
      }
      let n = decision.parts.count
      context.io.err(
        context.t(
          "cli.apply.carried-out-value-value2",
          ["value": "\(n)", "value2": "\(n == 1 ? "onderdeel" : "onderdelen")", "sanitize": "\(TerminalText.sanitize(out))"]))
      return ExitCode.clean
    }
  }

  static func failed(_ count: Int, _ decision: InputFile) -> LocalizedText {
    LocalizedText(
      "cli.apply.failed", ["decision": decision.displayName],
      messages: ["errors": .plural(count, one: "count.error.one", many: "count.error.many")])
  }
}
