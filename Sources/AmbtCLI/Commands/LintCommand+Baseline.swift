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
      LocalizedText(
        "cli.lint.baseline-written", ["path": TerminalText.sanitize(path)],
        messages: ["findings": .plural(n, one: "count.finding.one", many: "count.finding.many")]
      ).text(context.language))
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
        context.language.text(
          stale.count == 1 ? "cli.lint.baseline-stale.one" : "cli.lint.baseline-stale.many", ["count": "\(stale.count)"]))
      return false
    }
    for entry in stale {
      context.fail(
        LocalizedText(
          "cli.lint.baseline.stale-entry",
          ["file": "\(entry.file)", "line": "\(entry.line)", "rule": "\(entry.rule)", "message": "\(entry.message)"]))
    }
    context.io.err(
      context.t("cli.lint.baseline.hint-update"))
    return true
  }
}
