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
    title: LocalizedText(nl: "Geen datum van herziening", en: "No review date"),
    summary: LocalizedText(
      nl: "De code noemt geen 'laatste herziening', 'in werking' of 'vastgesteld op'.",
      en: "The code gives no 'laatste herziening', 'in werking' or 'vastgesteld op'."),
    rationale: LocalizedText(
      nl: "Zonder datum is niet na te gaan of de code actueel is of herzien moet worden.",
      en: "Without a date nobody can tell whether the code is current or due for review."),
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
        LocalizedText(
          nl: "de code noemt geen datum van herziening, inwerkingtreding of vaststelling",
          en: "the code gives no date of review, entry into force or adoption"),
        hint: LocalizedText(
          nl: "zet 'laatste herziening', 'in werking' of 'vastgesteld op' in het metadatablok",
          en: "add 'laatste herziening', 'in werking' or 'vastgesteld op' to the metadata block"),
        at: context.documentRange)
    ]
  }
}
