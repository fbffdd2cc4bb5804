import AmbtModel

/// The last review is not older than the code's own review interval.
///
/// The interval is `herzieningstermijn`, else the code's own promise in its text ("minimaal elke
/// 2 jaar"), else 24 months. No statute requires a periodic review (law-notes §4): the rule holds
/// the code to its own promise, so an overdue review is a warning, not an error (a project that
/// treats its promise as binding raises it in its configuration). The message says which date
/// and which interval it used; `--today` overrides the clock.
public struct ReviewNotOverdue: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "review-overdue", family: .review,
    title: LocalizedText("lint.review-overdue.title"),
    summary: LocalizedText("lint.review-overdue.summary"),
    rationale: LocalizedText("lint.review-overdue.rationale"),
    defaultSeverity: .warning, citation: ReviewSchedule.citation,
    triggering: [RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nvastgesteld op: 2014-05-01\n---\n")],
    nonTriggering: [
      RuleExample(
        "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nvastgesteld op: 2014-05-01\nlaatste herziening: 2026-01-15\n---\n"),
      RuleExample(""),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    guard !context.lapsed, let s = ReviewSchedule(context), context.today > s.due else { return [] }
    return [
      context.finding(
        descriptor,
        LocalizedText(
          "lint.review-overdue.message", ["date": "\(s.date)", "due": "\(s.due)", "today": "\(context.today)"],
          messages: ["basis": s.basis, "interval": s.intervalText]),
        hint: LocalizedText("lint.review-overdue.hint"),
        at: s.range)
    ]
  }
}
