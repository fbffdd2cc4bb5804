import AmbtLint
import AmbtModel
import AmbtReporters

extension LintCommand {
  /// `--write-baseline`: every finding of the run into `path`; returns an exit code on failure.
  static func writeBaseline(
    _ report: LintReport, to path: String, inputs: [InputSource], _ context: Context
  ) -> Int32? {
    let baseline = Baseline(report: report, baselinePath: path)
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

  /// `--baseline`: drops the known findings from `report`; returns the entries that matched
  /// nothing, or nil (exit 2) when the baseline cannot be read.
  static func applyBaseline(
    _ path: String, to report: inout LintReport, _ context: Context
  ) -> [Baseline.Entry]? {
    let baseline: Baseline
    switch Files.read(path).flatMap({ Baseline.parse($0, path: path) }) {
    case .failure(let e):
      context.fail(e.message)
      return nil
    case .success(let b): baseline = b
    }
    let (known, stale) = baseline.match(Baseline(report: report, baselinePath: path))
    var index = 0
    for r in report.results.indices {
      report.results[r].diagnostics = report.results[r].diagnostics.filter { _ in
        defer { index += 1 }
        return !known.contains(index)
      }
    }
    if !known.isEmpty {
      context.io.err(
        context.t(
          "\(known.count) bekende \(known.count == 1 ? "bevinding" : "bevindingen") uit de basislijn niet getoond\n",
          "\(known.count) known \(known.count == 1 ? "finding" : "findings") from the baseline not shown\n"))
    }
    return stale
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
