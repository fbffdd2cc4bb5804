import AmbtModel

/// A duty to report says to whom.
///
/// A meldplicht without an addressee cannot be complied with: the employee does not know where
/// to go, and the employer cannot show a report was made. The rule looks for `@melden bij` and,
/// failing that, for a role named in the text (`leidinggevende`, `P&O`, …).
public struct ReportingDutyHasAddressee: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "report-without-addressee", family: .consistency,
    title: LocalizedText(nl: "Meldplicht zonder ontvanger", en: "Duty to report without addressee"),
    summary: LocalizedText(
      nl: "Een regel met '@norm meldplicht' zegt niet bij wie je meldt.",
      en: "A rule with '@norm meldplicht' does not say to whom one reports."),
    rationale: LocalizedText(
      nl: "Zonder ontvanger is een meldplicht niet na te leven en niet te controleren.",
      en: "Without an addressee a duty to report cannot be complied with or checked."),
    defaultSeverity: .warning, citation: nil,
    triggering: [RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk.\n@onderwerp geschenken\n@norm meldplicht\n")],
    nonTriggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk.\n@norm meldplicht\n@melden bij leidinggevende\n"),
      RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@norm meldplicht\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    let roles = context.vocabulary.roles.terms.filter { $0.id != "medewerker" }.flatMap { [$0.nl] + $0.synonyms }.map(
      TextFolding.fold)
    return context.articles.compactMap { a in
      guard a.annotations.normKinds.contains(.meldplicht), a.annotations.reportTo.isEmpty else { return nil }
      // The rule it refers to may name the addressee ("meld wijzigingen", @zie the application rule).
      let referred = a.annotations.references.compactMap { context.document.article(withKey: $0.key) }
      if referred.contains(where: { !$0.annotations.reportTo.isEmpty }) { return nil }
      let text = " " + TextFolding.fold(a.normativeText) + " "
      if roles.contains(where: { text.contains(" \($0)") }) { return nil }
      let norm = a.annotations.norms.first { $0.value == NormKind.meldplicht.rawValue }
      return context.finding(
        descriptor,
        LocalizedText(
          nl: "regel '\(a.label)' legt een meldplicht op maar zegt niet bij wie",
          en: "rule '\(a.label)' imposes a duty to report but does not say to whom"),
        hint: LocalizedText(
          nl: "noem de ontvanger in de tekst en in '@melden bij'", en: "name the addressee in the text and in '@melden bij'"),
        at: norm?.range ?? a.headerRange, article: a)
    }
  }
}
