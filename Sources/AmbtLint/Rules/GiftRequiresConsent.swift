import AmbtModel

/// A rule that lets employees accept gifts has a consent or notification mechanism.
///
/// Art. 8 lid 1 onder e Ambtenarenwet 2017: the ambtenaar may not, *without the employer's
/// consent*, accept or ask for gifts, rewards or promises from a third party he deals with in his
/// function. A rule permitting gifts (up to € 50, say) without any consent, report or
/// registration arguably conflicts with that. Thresholds themselves are policy, not law.
public struct GiftRequiresConsent: LintRule {
  public init() {}

  static let mechanism = [
    "meld", "toestemming", "goedkeuring", "overleg", "instemming", "registr", "akkoord", "bespreek", "voorleg",
    "aangeven", "kenbaar", "vraag je", "vraagt",
  ]
  static let everyGift = [
    "elk geschenk", "ieder geschenk", "alle geschenken", "elke gift", "iedere gift", "alle giften", "alle relatiegeschenken",
  ]

  public let descriptor = RuleDescriptor(
    id: "gift-requires-consent", family: .conflict,
    title: LocalizedText(nl: "Geschenken zonder toestemming of melding", en: "Gifts without consent or notification"),
    summary: LocalizedText(
      nl: "Een regel staat het aannemen van geschenken toe zonder toestemming, melding of registratie.",
      en: "A rule allows accepting gifts without consent, notification or registration."),
    rationale: LocalizedText(
      nl:
        "Art. 8 lid 1 onder e: zonder toestemming van de werkgever geen giften, vergoedingen, beloningen of beloften aannemen of vragen. Een drempel (zoals € 50) is beleid; het ontbreken van elke toestemming of melding is in strijd met de wet.",
      en:
        "Art. 8 lid 1 e: no accepting or asking for gifts, rewards or promises without the employer's consent. A threshold (such as € 50) is policy; the absence of any consent or notification conflicts with the Act."
    ),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "1", onderdeel: "e",
      url: "https://publiekarbeidsrecht.nl/artikel-8-ambtenarenwet/"),
    triggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Geschenken met een waarde tot € 50 mag je houden.\n@onderwerp geschenken\n@norm toestemming\n@drempel € 50\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Geschenken tot € 50 mag je houden; je meldt ze bij je leidinggevende.\n@onderwerp geschenken\n@norm toestemming, meldplicht\n@melden bij leidinggevende\n"
      ),
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@onderwerp geschenken\n@norm meldplicht\n@melden bij leidinggevende\n\n§ 1.2. Geschenken tot € 50 mag je houden.\n@onderwerp geschenken\n@norm toestemming\n"
      ),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    let gifts = context.articlesWithTopics.filter { $0.topics.contains("geschenken") }.map(\.article)
    // A duty elsewhere in the code to report gifts to someone covers the permissions too.
    let general = gifts.contains { a in
      a.annotations.normKinds.contains(.meldplicht) && !a.annotations.reportTo.isEmpty
    }
    if general { return [] }
    return gifts.compactMap { a in
      let n = a.annotations
      // A rule that is also a prohibition ("geen geschenken, wel een werklunch") is not a permission to accept gifts.
      guard n.normKinds.contains(.toestemming), !n.normKinds.contains(.verbod), !n.normKinds.contains(.meldplicht),
        n.reportTo.isEmpty
      else { return nil }
      if TextSearch.containsAny(TextFolding.fold(a.normativeText), Self.mechanism) { return nil }
      return context.finding(
        descriptor,
        LocalizedText(
          nl: "regel '\(a.label)' staat geschenken toe zonder toestemming of melding bij de werkgever",
          en: "rule '\(a.label)' allows gifts without the employer's consent or a notification"),
        hint: LocalizedText(
          nl: "laat geschenken melden of registreren (en zeg bij wie), of vraag toestemming; art. 8 lid 1 onder e",
          en: "have gifts reported or registered (and say to whom), or require consent; art. 8 lid 1 e"),
        at: a.headerRange, article: a)
    }
  }
}
