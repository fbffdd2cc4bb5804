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
    title: LocalizedText("lint.review-due-soon.title"),
    summary: LocalizedText("lint.review-due-soon.summary"),
    rationale: LocalizedText("lint.review-due-soon.rationale"),
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
          "lint.review-due-soon.message", ["due": "\(s.due)", "left": "\(left)", "date": "\(s.date)"],
          messages: ["basis": s.basis, "interval": s.intervalText]),
        hint: LocalizedText("lint.review-due-soon.hint"), at: s.range)
    ]
  }
}
