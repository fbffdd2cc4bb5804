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
    title: LocalizedText(nl: "Herziening is te laat", en: "Review is overdue"),
    summary: LocalizedText(
      nl: "De laatste herziening is ouder dan de herzieningstermijn van de code.",
      en: "The last review is older than the code's review interval."),
    rationale: LocalizedText(
      nl:
        "Een code die niet tijdig wordt herzien, verwijst al snel naar vervallen regels en praktijk. Geen wet schrijft een herziening voor: de termijn is de eigen toezegging van de code, daarom een waarschuwing en geen fout.",
      en:
        "A code that is not reviewed in time soon refers to lapsed rules and practice. No law requires a review: the interval is the code's own promise, hence a warning, not an error."
    ),
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
          nl: "herziening te laat: \(s.basis.nl) \(s.date) plus \(s.intervalText.nl) was \(s.due); vandaag is \(context.today)",
          en: "review overdue: \(s.basis.en) \(s.date) plus \(s.intervalText.en) was \(s.due); today is \(context.today)"),
        hint: LocalizedText(
          nl: "herzie de code en zet de datum in 'laatste herziening'",
          en: "review the code and record the date in 'laatste herziening'"),
        at: s.range)
    ]
  }
}
