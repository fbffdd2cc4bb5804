import AmbtModel

/// The code does not ban political expression or membership outright.
///
/// Art. 10 lid 1 Ambtenarenwet 2017 restricts expressing opinions and the rights of association,
/// assembly and demonstration only where the proper performance of the function or of the public
/// service is not reasonably assured (the *functioneringsnorm*). A blanket ban on political
/// statements, on demonstrating, or on political or union membership goes beyond that.
public struct NoBlanketPoliticalBan: LintRule {
  public init() {}

  static let blanket = [
    "geen lid van een politieke", "geen lid zijn van een politieke", "niet lid zijn van een politieke", "geen lid worden van",
    "geen lidmaatschap van", "niet toegestaan lid te zijn", "geen lid van een vakbond", "geen politieke uitlatingen",
    "geen politieke uitspraken", "geen politieke standpunten", "geen politieke activiteiten", "geen politieke mening",
    "onthoud je van politieke", "onthoudt zich van politieke", "onthoudt zich van iedere politieke",
    "onthoudt zich van elke politieke",
    "onthoud je van iedere politieke", "onthoud je van elke politieke", "niet deelnemen aan demonstraties",
    "niet deel aan demonstraties",
    "niet politiek actief", "uiten geen politieke", "uit je geen politieke", "uit geen politieke",
  ]
  static let qualifiers = [
    "functie", "functioneren", "openbare dienst", "waardoor", "als daardoor", "indien", "wanneer", "tenzij",
    "in verband met", "namens", "als ambtenaar", "in je werk", "in uw werk", "werktijd", "uit hoofde", "in dienst",
  ]

  public let descriptor = RuleDescriptor(
    id: "blanket-political-ban", family: .conflict,
    title: LocalizedText(
      nl: "Algemeen verbod op politieke uitingen of lidmaatschap", en: "Blanket ban on political expression or membership"),
    summary: LocalizedText(
      nl: "De code verbiedt politieke uitingen, betogen of lidmaatschap zonder de functioneringsnorm van art. 10.",
      en: "The code bans political expression, demonstrating or membership without art. 10's performance standard."),
    rationale: LocalizedText(
      nl:
        "Art. 10 lid 1 beperkt grondrechten alleen waar de goede functievervulling of de goede functionering van de openbare dienst niet in redelijkheid is verzekerd.",
      en:
        "Art. 10 lid 1 restricts fundamental rights only where the proper performance of the function or of the public service is not reasonably assured."
    ),
    defaultSeverity: .error,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "10", lid: "1",
      url: "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2024D06709&id=2024D06709",
      caveat: LocalizedText(
        nl:
          "Lid 1 is geverifieerd via een antwoord op Kamervragen; of lid 2 (lidmaatschap van politieke groeperingen en vakbonden) gelijk luidt aan het oude art. 125a lid 2 is niet geverifieerd.",
        en:
          "Lid 1 is verified through an answer to parliamentary questions; whether lid 2 (membership of political groups and unions) reads like old art. 125a lid 2 is not verified."
      )),
    triggering: [
      RuleExample("# 1. Meningsuiting\n\n§ 1.1. Je bent geen lid van een politieke partij.\n@onderwerp meningsuiting\n")
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Meningsuiting\n\n§ 1.1. Je onthoudt je van politieke uitlatingen als daardoor de goede vervulling van je functie niet is verzekerd.\n@onderwerp meningsuiting\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    // Folded once per document and shared by the rules (issue 7).
    let rules = context.articlesWithTopics
    let fullTexts = context.foldedArticleTexts
    return rules.indices.compactMap { k in
      let topics = rules[k].topics
      let relevant = { (t: String) in t.contains("politie") || t.contains("vakbond") || t.contains("demonstr") }
      // The full text (already folded) contains the normative text: a cheap first test.
      guard topics.contains("meningsuiting") || relevant(fullTexts[k]) else { return nil }
      let text = TextFolding.fold(rules[k].article.normativeText)
      guard topics.contains("meningsuiting") || relevant(text) else { return nil }
      guard
        let s = TextSearch.sentences(text).first(where: {
          TextSearch.containsAny($0, Self.blanket) && !TextSearch.containsAny($0, Self.qualifiers)
        }),
        let phrase = TextSearch.firstOf(s, Self.blanket)
      else { return nil }
      return context.finding(
        descriptor,
        LocalizedText(
          nl:
            "regel '\(rules[k].article.label)' bevat een algemeen verbod ('\(phrase)'); art. 10 lid 1 staat alleen beperkingen toe waar de functievervulling in het geding is",
          en:
            "rule '\(rules[k].article.label)' contains a blanket ban ('\(phrase)'); art. 10 lid 1 only allows restrictions where the performance of duties is at stake"
        ),
        hint: LocalizedText(
          nl:
            "beperk het verbod tot uitingen waardoor de goede vervulling van de functie of de goede functionering van de openbare dienst niet in redelijkheid is verzekerd",
          en:
            "limit the ban to expressions that do not reasonably assure the proper performance of the function or the public service"
        ),
        at: rules[k].article.headerRange, article: rules[k].article)
    }
  }
}
