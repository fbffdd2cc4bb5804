import AmbtDiff
import AmbtModel

/// `ambt diff --format wijzigingsbesluit`.
extension DiffCommand {
  /// Writes the amendment decision; with `-o` exactly as generated (so `ambt apply` reproduces
  /// every character), on standard output made safe for a terminal. Exit code 1 when it has
  /// onderdelen, 0 when there is nothing to amend.
  static func decision(_ inputs: [InputFile], _ diff: DocumentDiff, _ args: ParsedArguments, _ context: Context) -> Int32 {
    let text = inputs.map { String(decoding: $0.bytes, as: UTF8.self) }
    guard
      let d = AmendmentGenerator().decision(
        old: text[0], oldFile: inputs[0].displayName, new: text[1], newFile: inputs[1].displayName, diff: diff)
    else {
      context.fail(
        LocalizedText("cli.diff.decision.cannot-make"))
      return ExitCode.usage
    }
    let rendered = AmendmentRenderer().render(d)
    if let out = args.value("--output") {
      if let e = Files.writeAtomically(rendered, to: out, policy: Files.WritePolicy(inputs: inputs)) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(TerminalText.sanitize(rendered, keepingLineBreaks: true))
    }
    return d.parts.isEmpty ? ExitCode.clean : ExitCode.findings
  }
}
