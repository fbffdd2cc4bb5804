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
    title: LocalizedText(nl: "Onderdrukking zonder effect", en: "Suppression without effect"),
    summary: LocalizedText(
      nl: "Een '@negeer' die geen bevinding onderdrukt, of een regel-id noemt die niet bestaat.",
      en: "An '@negeer' that suppresses no finding, or names a rule id that does not exist."),
    rationale: LocalizedText(
      nl: "Een overbodige onderdrukking verbergt later een echte bevinding; een verkeerd gespelde werkt nooit.",
      en: "A superfluous suppression later hides a real finding; a misspelt one never works."),
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
        ? LocalizedText(
          nl: "'@negeer \(s.rule)' onderdrukt niets: de regel geeft hier geen bevinding",
          en: "'@negeer \(s.rule)' suppresses nothing: the rule reports nothing here")
        : LocalizedText(nl: "'@negeer \(s.rule)' noemt een onbekende regel", en: "'@negeer \(s.rule)' names an unknown rule"),
      hint: known
        ? LocalizedText(nl: "verwijder de onderdrukking", en: "remove the suppression")
        : LocalizedText(
          nl: sug.map { "bedoelde je '\($0)'? 'ambt rules' toont alle regels" } ?? "'ambt rules' toont alle regels",
          en: sug.map { "did you mean '\($0)'? 'ambt rules' lists every rule" } ?? "'ambt rules' lists every rule"),
      at: s.range)
  }
}
