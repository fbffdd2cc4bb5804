import AmbtModel

/// A code in force has no rules still marked as drafts.
///
/// `@concept` marks a rule whose text still has to be written or checked (issue 6 relies on this
/// finding to list open work). It is a warning, not an error: a draft is work in progress.
/// The message repeats the reason written after `@concept`, so the list of findings doubles as
/// the list of open points for the next meeting.
public struct NoOpenDrafts: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "draft-rule", family: .workflow,
    title: LocalizedText(nl: "Regel is nog een concept", en: "Rule is still a draft"),
    summary: LocalizedText(nl: "Een regel met '@concept' is nog niet af.", en: "A rule marked '@concept' is not finished."),
    rationale: LocalizedText(
      nl: "Een vastgestelde gedragscode hoort geen onafgemaakte regels te bevatten; zo blijven open punten zichtbaar.",
      en: "An adopted code should not contain unfinished rules; this keeps open work visible."),
    defaultSeverity: .warning, citation: nil,
    triggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Je meldt een geschenk binnen ... dagen.\n@onderwerp geschenken\n@concept termijn nog invullen\n"
      ),
      RuleExample("# 1. Reizen\n\n§ 1.1. Nog te schrijven.\n@concept\n"),
    ],
    nonTriggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt een geschenk binnen 7 dagen.\n@onderwerp geschenken\n@binnen 7 dagen\n")
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    context.articles.compactMap { a in
      guard let draft = a.annotations.draft else { return nil }
      let why = draft.value.isEmpty ? "" : ": \(draft.value)"
      return context.finding(
        descriptor,
        LocalizedText(nl: "regel '\(a.label)' is nog een concept\(why)", en: "rule '\(a.label)' is still a draft\(why)"),
        hint: LocalizedText(
          nl: "maak de regel af en verwijder '@concept'", en: "finish the rule and remove '@concept'"),
        at: draft.range, article: a)
    }
  }
}
