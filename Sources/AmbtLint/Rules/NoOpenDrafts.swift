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
    title: LocalizedText("lint.draft-rule.title"),
    summary: LocalizedText("lint.draft-rule.summary"),
    rationale: LocalizedText("lint.draft-rule.rationale"),
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
        LocalizedText("lint.draft-rule.message", ["label": "\(a.label)", "why": "\(why)"]),
        hint: LocalizedText("lint.draft-rule.hint"),
        at: draft.range, article: a)
    }
  }
}
