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
    title: LocalizedText("lint.gift-notification-only.title"),
    summary: LocalizedText("lint.gift-notification-only.summary"),
    rationale: LocalizedText("lint.gift-notification-only.rationale"),
    defaultSeverity: .info,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "1", onderdeel: "e",
      url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=8",
      caveat: LocalizedText("lint.gift-notification-only.caveat")),
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
          LocalizedText("lint.gift-notification-only.message", ["label": "\(a.label)"]),
          hint: LocalizedText("lint.gift-notification-only.hint"),
          at: sentence.range != SourceRange.empty ? sentence.range : a.headerRange, article: a, inferred: inferred)
      ]
    }
    return []
  }
}
