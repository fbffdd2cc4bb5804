import AmbtModel

/// A suppression must suppress something.
///
/// `@negeer rule-id: reason` silences a finding the authors judged wrong. When the finding is
/// gone (the text changed, the rule got better) the suppression is dead weight that would hide
/// a future, real finding; when the id is misspelt it never worked. Both are reported. The
/// linter itself emits these findings after applying suppressions; `check` does nothing.
public struct UnusedSuppression: LintRule {
  public static let id = "unused-suppression"
  public init() {}

  public let descriptor = RuleDescriptor(
    id: UnusedSuppression.id, family: .workflow,
    title: LocalizedText("lint.unused-suppression.title"),
    summary: LocalizedText("lint.unused-suppression.summary"),
    rationale: LocalizedText("lint.unused-suppression.rationale"),
    defaultSeverity: .warning, citation: nil,
    triggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@onderwerp geschenken\n@norm meldplicht\n@melden bij leidinggevende\n@negeer report-without-addressee: staat in de regeling\n"
      ),
      RuleExample(
        "@negeer geen-bestaande-regel: typfout\n\n# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@onderwerp geschenken\n@norm meldplicht\n@melden bij leidinggevende\n"
      ),
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk.\n@onderwerp geschenken\n@norm meldplicht\n@negeer report-without-addressee: de giftenregeling noemt de ontvanger\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] { [] }

  func finding(for s: Suppression, known: Bool, context: LintContext, suggestions: [String]) -> Diagnostic {
    let sug = known ? nil : TextFolding.suggestion(for: s.rule, among: suggestions)
    return context.finding(
      descriptor,
      known
        ? LocalizedText("lint.unused-suppression.message.negeer-rule-suppresses-nothing", ["rule": "\(s.rule)"])
        : LocalizedText("lint.unused-suppression.message.negeer-rule-names-unknown", ["rule": "\(s.rule)"]),
      hint: known
        ? LocalizedText("lint.unused-suppression.hint.remove")
        : (sug.map { LocalizedText("lint.unused-suppression.hint.did-you-mean", ["suggestion": $0]) }
          ?? LocalizedText("lint.unused-suppression.hint.rules")),
      at: s.range)
  }
}
