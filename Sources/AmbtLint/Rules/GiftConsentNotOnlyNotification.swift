import AmbtModel
import AmbtSemantics

/// Where a code lets employees keep gifts after a report, it also asks the employer's consent.
///
/// Art. 8 lid 1 onder e Ambtenarenwet 2017 names consent (toestemming), not a report: a code
/// whose only safeguard for permitted gifts is a melding falls short of the wording of the Act.
/// Many codes treat a report as tacit consent, which may be defensible; the finding is info and
/// says what the Act names. Nothing when any rule on gifts asks for consent, and nothing when a
/// permitted gift has no safeguard at all (that is `gift-requires-consent`).
public struct GiftConsentNotOnlyNotification: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "gift-notification-only", family: .conflict,
    title: LocalizedText(nl: "Geschenken alleen gemeld, niet goedgekeurd", en: "Gifts only reported, not approved"),
    summary: LocalizedText(
      nl: "Toegestane geschenken hoeven alleen gemeld te worden; de wet noemt toestemming van de werkgever.",
      en: "Permitted gifts need only be reported; the Act names the employer's consent."),
    rationale: LocalizedText(
      nl:
        "Art. 8 lid 1 onder e verbiedt giften van derden met wie je als ambtenaar te maken hebt aan te nemen zonder toestemming van de werkgever. Een melding is minder dan toestemming, tenzij de code zegt wat er met de melding gebeurt (zoals een goedkeuring achteraf).",
      en:
        "Art. 8 lid 1 e forbids accepting gifts from third parties you deal with as a civil servant without the employer's consent. A report is less than consent, unless the code says what happens with the report (such as approval afterwards)."
    ),
    defaultSeverity: .info,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "1", onderdeel: "e",
      url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=8",
      caveat: LocalizedText(
        nl: "Tekst van art. 8 uit het Wnra-wetsvoorstel (publiekarbeidsrecht.nl); de geldende tekst is niet ingezien.",
        en: "Wording of art. 8 from the Wnra bill (publiekarbeidsrecht.nl); the in-force text was not seen.")),
    triggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Geschenken tot € 50 mag je houden. Je meldt ze bij je leidinggevende.\n")
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Geschenken tot € 50 mag je houden als je leidinggevende toestemming geeft. Je meldt ze bij je leidinggevende.\n"
      ),
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Een afscheidscadeau van collega's mag je houden. Je meldt het bij je leidinggevende.\n"),
    ], lawInForceFrom: "2020-01-01")

  public func check(_ context: LintContext) -> [Diagnostic] {
    let gifts = context.meanings.filter { $0.isAbout("geschenken") }
    guard !gifts.contains(where: GiftRequiresConsent.asksConsent) else { return [] }
    let general = gifts.contains { GiftRequiresConsent.safeguards($0, sameRule: false) && !GiftRequiresConsent.waives($0) }
    for m in gifts {
      guard let (sentence, inferred) = GiftRequiresConsent.permission(in: m), !GiftRequiresConsent.waives(m),
        GiftRequiresConsent.safeguards(m, sameRule: true) || general
      else { continue }
      let a = m.article
      return [
        context.finding(
          descriptor,
          LocalizedText(
            nl:
              "regel '\(a.label)' staat geschenken toe na een melding; nergens vraagt de code toestemming, terwijl art. 8 lid 1 onder e toestemming van de werkgever noemt",
            en:
              "rule '\(a.label)' allows gifts after a report; the code nowhere asks consent, while art. 8 lid 1 e names the employer's consent"
          ),
          hint: LocalizedText(
            nl: "zeg wie toestemming geeft (bijvoorbeeld de leidinggevende) of wat er met de melding gebeurt",
            en: "say who gives consent (the manager, say) or what happens with the report"),
          at: sentence.range != SourceRange.empty ? sentence.range : a.headerRange, article: a, inferred: inferred)
      ]
    }
    return []
  }
}
