import AmbtLint
import AmbtModel

/// How the server lints one document: the options `ambt lint` would use for it (the day taken
/// as today, the `.ambt-lint` configuration that applies), and the baseline of accepted findings.
///
/// The command line builds it (it owns configuration discovery and baselines, as for
/// `ambt lint`); tests give a fixed one.
public struct LintSetup: Sendable {
  public var options: LintOptions
  /// Drops the findings a baseline knows; identity without a baseline.
  public var baseline: @Sendable (_ result: LintResult) -> [Diagnostic]
  /// Problems with the configuration or the baseline, shown as a diagnostic at the top.
  public var problems: [LocalizedText]

  public init(
    options: LintOptions, baseline: @escaping @Sendable (_ result: LintResult) -> [Diagnostic] = { $0.diagnostics },
    problems: [LocalizedText] = []
  ) {
    self.options = options
    self.baseline = baseline
    self.problems = problems
  }
}

/// The setup for a document, by its file path (nil for an unsaved buffer).
public typealias LintSetupProvider = @Sendable (_ path: String?) -> LintSetup
