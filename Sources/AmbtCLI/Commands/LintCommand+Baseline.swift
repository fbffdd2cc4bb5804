import AmbtLint
import AmbtModel
import AmbtReporters

extension LintCommand {
  /// `--write-baseline`: every finding of the run into `path`; returns an exit code on failure.
  static func writeBaseline(_ baseline: Baseline, to path: String, inputs: [InputSource], _ context: Context) -> Int32? {
    let read = inputs.map { InputFile(path: $0.path, displayName: $0.displayName, bytes: [], stamp: FileStamp.of($0.path)) }
    if let e = Files.writeAtomically(
      baseline.json(toolVersion: CLI.version), to: path, policy: Files.WritePolicy(inputs: read))
    {
      context.fail(e.message)
      return ExitCode.usage
    }
    let n = baseline.entries.count
    context.io.err(
      context.t(
        "\(n) \(n == 1 ? "bevinding" : "bevindingen") vastgelegd in \(TerminalText.sanitize(path))\n",
        "\(n) \(n == 1 ? "finding" : "findings") recorded in \(TerminalText.sanitize(path))\n"))
    return nil
  }

  /// `--baseline`: the baseline at `path`, or nil (exit 2) when it cannot be read.
  static func readBaseline(_ path: String, _ context: Context) -> Baseline? {
    switch Files.read(path).flatMap({ Baseline.parse($0, path: path) }) {
    case .failure(let e):
      context.fail(e.message)
      return nil
    case .success(let b): return b
    }
  }

  /// Says which baseline entries no longer occur; returns whether that fails the run.
  static func reportStale(_ stale: [Baseline.Entry], strict: Bool, _ context: Context) -> Bool {
    guard !stale.isEmpty else { return false }
    if !strict {
      context.io.err(
        context.t(
          "\(stale.count) \(stale.count == 1 ? "bevinding" : "bevindingen") uit de basislijn \(stale.count == 1 ? "komt" : "komen") niet meer voor; werk de basislijn bij met --write-baseline\n",
          "\(stale.count) \(stale.count == 1 ? "finding" : "findings") of the baseline no longer \(stale.count == 1 ? "occurs" : "occur"); update the baseline with --write-baseline\n"
        ))
      return false
    }
    for entry in stale {
      context.fail(
        LocalizedText(
          nl: "\(entry.file):\(entry.line): [\(entry.rule)] staat in de basislijn maar komt niet meer voor: \(entry.message)",
          en: "\(entry.file):\(entry.line): [\(entry.rule)] is in the baseline but no longer occurs: \(entry.message)"))
    }
    context.io.err(
      context.t(
        "Tip: werk de basislijn bij met 'ambt lint --write-baseline BESTAND'.\n",
        "Hint: update the baseline with 'ambt lint --write-baseline FILE'.\n"))
    return true
  }
}
