import AmbtModel

/// The code does not require reporting suspected wrongdoing internally first.
///
/// Under the Wet bescherming klokkenluiders (in force 18 February 2023) the duty to report
/// internally first was abolished: a reporter may go straight to an external authority or the
/// Huis voor Klokkenluiders. A code that still says one must report internally (or to one's
/// manager) first conflicts with the Act. Sentences that deny the duty ("hoeft niet eerst") are
/// not findings.
public struct NoInternalReportingFirst: LintRule {
  public init() {}

  static let firstInternal = [
    "eerst intern", "eerst binnen de organisatie", "eerst binnen de gemeente", "eerst bij je leidinggevende",
    "eerst bij uw leidinggevende", "eerst bij zijn leidinggevende", "eerst bij de leidinggevende",
    "eerst aan je leidinggevende", "eerst aan de leidinggevende", "eerst de interne", "eerst via de interne",
    "pas extern", "pas daarna extern", "alvorens extern", "voordat je extern", "voordat u extern",
    "niet direct extern", "niet rechtstreeks extern", "niet direct naar buiten", "niet naar buiten voordat",
  ]
  static let negations = [
    "niet eerst", "hoeft niet", "hoef je niet", "hoeft u niet", "niet verplicht", "mag ook direct", "kan ook direct",
    "rechtstreeks",
  ]

  public let descriptor = RuleDescriptor(
    id: "internal-reporting-first", family: .conflict,
    title: LocalizedText(nl: "Eerst intern melden verplicht", en: "Internal reporting required first"),
    summary: LocalizedText(
      nl: "De code eist dat een vermoeden van een misstand eerst intern wordt gemeld.",
      en: "The code requires suspected wrongdoing to be reported internally first."),
    rationale: LocalizedText(
      nl:
        "Sinds de Wet bescherming klokkenluiders (18 februari 2023) mag een melder direct extern melden; de plicht om eerst intern te melden is vervallen.",
      en:
        "Since the Wet bescherming klokkenluiders (18 February 2023) a reporter may report externally straight away; the duty to report internally first was abolished."
    ),
    defaultSeverity: .error,
    citation: Citation(
      law: "Wet bescherming klokkenluiders", article: "2",
      url: "https://www.vandoorne.com/artikelen/wet-bescherming-klokkenluiders-grotendeels-in-werking-getreden/",
      caveat: LocalizedText(
        nl:
          "De wettekst van de Wbk is niet ingezien; de afschaffing van 'eerst intern melden' staat in secundaire samenvattingen (Holla, Van Doorne).",
        en:
          "The Wbk's wording was not seen; the abolition of internal-first reporting is taken from secondary summaries (Holla, Van Doorne)."
      )),
    triggering: [
      RuleExample(
        "# 1. Misstanden\n\n§ 1.1. Een vermoeden van een misstand meld je eerst intern bij je leidinggevende.\n@onderwerp melden-van-misstanden\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Misstanden\n\n§ 1.1. Een vermoeden van een misstand meld je intern of rechtstreeks bij het Huis voor Klokkenluiders. Je hoeft niet eerst intern te melden.\n@onderwerp melden-van-misstanden\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    // Folded once per document and shared by the rules (issue 7).
    let rules = context.articlesWithTopics
    let fullTexts = context.foldedArticleTexts
    return rules.indices.compactMap { k in
      let topics = rules[k].topics
      let relevant = { (t: String) in t.contains("misstand") || t.contains("klokkenlu") }
      // The full text (already folded) contains the normative text: a cheap first test.
      guard topics.contains("melden-van-misstanden") || relevant(fullTexts[k]) else { return nil }
      let text = TextFolding.fold(rules[k].article.normativeText)
      guard topics.contains("melden-van-misstanden") || relevant(text) else { return nil }
      guard
        let s = TextSearch.sentences(text).first(where: {
          TextSearch.containsAny($0, Self.firstInternal) && !TextSearch.containsAny($0, Self.negations)
        }),
        let phrase = TextSearch.firstOf(s, Self.firstInternal)
      else { return nil }
      return context.finding(
        descriptor,
        LocalizedText(
          nl:
            "regel '\(rules[k].article.label)' eist eerst intern melden ('\(phrase)'); onder de Wet bescherming klokkenluiders mag een melder direct extern melden",
          en:
            "rule '\(rules[k].article.label)' requires internal reporting first ('\(phrase)'); under the Wet bescherming klokkenluiders a reporter may go external directly"
        ),
        hint: LocalizedText(
          nl: "noem intern melden als mogelijkheid, niet als voorwaarde, en verwijs naar de meldregeling",
          en: "present internal reporting as an option, not a condition, and refer to the reporting procedure"),
        at: rules[k].article.headerRange, article: rules[k].article)
    }
  }
}
