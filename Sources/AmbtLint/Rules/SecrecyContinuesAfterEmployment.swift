import AmbtModel

/// Confidentiality is not limited to the period of employment.
///
/// Art. 9 Ambtenarenwet 2017: "De ambtenaar en de gewezen ambtenaar zijn verplicht tot
/// geheimhouding …" The duty continues after employment ends; a code that limits it to
/// "tijdens het dienstverband" without saying it continues afterwards misstates the law.
public struct SecrecyContinuesAfterEmployment: LintRule {
  public init() {}

  static let limited = [
    "tijdens je dienstverband", "tijdens uw dienstverband", "tijdens zijn dienstverband", "tijdens het dienstverband",
    "gedurende je dienstverband", "gedurende uw dienstverband", "gedurende zijn dienstverband", "gedurende het dienstverband",
    "zolang je in dienst", "zolang u in dienst", "zolang hij in dienst", "zolang de ambtenaar in dienst",
    "zolang je bij de gemeente werkt", "zolang u bij de gemeente werkt", "tot het einde van het dienstverband",
    "tot het einde van je dienstverband", "tot het einde van uw dienstverband", "tot de beeindiging van",
  ]
  static let continues = [
    "ook na", "na afloop", "na beeindiging", "na het einde", "na einde", "na uitdiensttreding", "na vertrek",
    "gewezen", "oud-medewerker", "voortduren", "blijft gelden", "blijft bestaan", "na het verlaten", "na je vertrek",
  ]

  public let descriptor = RuleDescriptor(
    id: "secrecy-limited-to-employment", family: .conflict,
    title: LocalizedText(nl: "Geheimhouding alleen tijdens het dienstverband", en: "Confidentiality limited to employment"),
    summary: LocalizedText(
      nl: "De code beperkt de geheimhoudingsplicht tot de duur van het dienstverband.",
      en: "The code limits the duty of confidentiality to the period of employment."),
    rationale: LocalizedText(
      nl: "Art. 9: ook de gewezen ambtenaar is tot geheimhouding verplicht.",
      en: "Art. 9: former civil servants are bound to confidentiality too."),
    defaultSeverity: .error,
    citation: Citation(law: "Ambtenarenwet 2017", article: "9", url: "https://wetten.lawreader.nl/bwb/BWBR0001947?artikel=125"),
    triggering: [
      RuleExample(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband houd je vertrouwelijke informatie geheim.\n@onderwerp geheimhouding\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband en ook na het einde daarvan houd je vertrouwelijke informatie geheim.\n@onderwerp geheimhouding\n"
      ),
      RuleExample(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband gebruik je de bedrijfsmiddelen zorgvuldig.\n@onderwerp bedrijfsmiddelen\n"
      ),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    // Folded once per document and shared by the rules (issue 7).
    let rules = context.articlesWithTopics
    let fullTexts = context.foldedArticleTexts
    return rules.indices.compactMap { k in
      let topics = rules[k].topics
      let onSecrecy = { (s: String) in s.contains("geheim") || s.contains("vertrouwelijk") }
      // The full text (already folded) contains the normative text: a cheap first test.
      guard topics.contains("geheimhouding") || onSecrecy(fullTexts[k]) else { return nil }
      let text = TextFolding.fold(rules[k].article.normativeText)
      guard topics.contains("geheimhouding") || onSecrecy(text) else { return nil }
      guard !TextSearch.containsAny(fullTexts[k], Self.continues) else { return nil }
      guard let s = TextSearch.sentences(text).first(where: { onSecrecy($0) && TextSearch.containsAny($0, Self.limited) }),
        let phrase = TextSearch.firstOf(s, Self.limited)
      else { return nil }
      return context.finding(
        descriptor,
        LocalizedText(
          nl:
            "regel '\(rules[k].article.label)' beperkt de geheimhouding tot het dienstverband ('\(phrase)'); art. 9 geldt ook voor de gewezen ambtenaar",
          en:
            "rule '\(rules[k].article.label)' limits confidentiality to the employment ('\(phrase)'); art. 9 also binds former civil servants"
        ),
        hint: LocalizedText(
          nl: "zeg dat de geheimhouding ook na het einde van het dienstverband blijft gelden",
          en: "say that confidentiality continues after the employment ends"),
        at: rules[k].article.headerRange, article: rules[k].article)
    }
  }
}
