import AmbtModel

/// The code says when it was adopted, came into force or was last reviewed.
///
/// Without any of `laatste herziening`, `in werking` or `vastgesteld op` nobody can tell whether
/// the code is current; the review-cycle rules cannot run. Codes copied from a PDF often lack
/// these dates (the decision that adopted them was a separate document); the finding asks the
/// editor to look them up, for example on lokaleregelgeving.overheid.nl.
public struct ReviewDateKnown: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "review-date-missing", family: .review,
    title: LocalizedText("lint.review-date-missing.title"),
    summary: LocalizedText("lint.review-date-missing.summary"),
    rationale: LocalizedText("lint.review-date-missing.rationale"),
    defaultSeverity: .warning, citation: ReviewSchedule.citation,
    triggering: [RuleExample("")],
    nonTriggering: [
      RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nin werking: 2026-01-01\n---\n"),
      RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nvastgesteld op: maart 2025\n---\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    guard ReviewSchedule(context) == nil else { return [] }
    return [
      context.finding(
        descriptor,
        LocalizedText("lint.review-date-missing.message"),
        hint: LocalizedText("lint.review-date-missing.hint"),
        at: context.documentRange)
    ]
  }
}
