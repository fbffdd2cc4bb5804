import AmbtModel

/// The next review is not due within 90 days.
///
/// A warning ahead of `review-overdue`, so the review can be planned (the code's own interval,
/// default 24 months; see the caveat: no statute sets one). The basis date is the same as for
/// `review-overdue`: `laatste herziening`, else `in werking`, else `vastgesteld op`.
public struct ReviewNotDueSoon: LintRule {
  public init() {}
  static let windowDays = 90

  public let descriptor = RuleDescriptor(
    id: "review-due-soon", family: .review,
    title: LocalizedText(nl: "Herziening binnenkort nodig", en: "Review due soon"),
    summary: LocalizedText(
      nl: "De herzieningstermijn verloopt binnen 90 dagen.", en: "The review interval ends within 90 days."),
    rationale: LocalizedText(
      nl: "Een herziening kost tijd (overleg met de ondernemingsraad, vaststelling); plan haar voor de termijn verloopt.",
      en: "A review takes time (works council, adoption); plan it before the interval ends."),
    defaultSeverity: .warning, citation: ReviewSchedule.citation,
    triggering: [RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nlaatste herziening: 2025-01-10\n---\n")],
    nonTriggering: [
      RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nlaatste herziening: 2026-01-15\n---\n"),
      RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nlaatste herziening: 2020-01-15\n---\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    guard !context.lapsed, let s = ReviewSchedule(context) else { return [] }
    let left = s.due.number - context.today.number
    guard left >= 0, left <= ReviewNotDueSoon.windowDays else { return [] }
    return [
      context.finding(
        descriptor,
        LocalizedText(
          nl: "herziening nodig op \(s.due) (over \(left) dagen): \(s.basis.nl) \(s.date) plus \(s.intervalText.nl)",
          en: "review due on \(s.due) (in \(left) days): \(s.basis.en) \(s.date) plus \(s.intervalText.en)"),
        hint: LocalizedText(nl: "plan de herziening", en: "plan the review"), at: s.range)
    ]
  }
}
