import AmbtModel
import AmbtSemantics

/// A rule that lets employees accept gifts has a consent mechanism.
///
/// Art. 8 lid 1 onder e Ambtenarenwet 2017: the ambtenaar may not, *without the employer's
/// consent*, accept or ask for gifts, rewards or promises from a third party, *if he deals with
/// that third party as an ambtenaar*. A rule permitting gifts (up to € 50, say) without any
/// consent or report arguably conflicts with that; a rule that asks only a report (melding) is
/// weaker than the consent the Act names, which the finding says at a lower level. A gift from
/// someone the employee has no official dealings with (a colleague, a private occasion) is outside
/// the article. Thresholds are policy, not law. From 1 January 2020 (before that the gift rules
/// were in the CAR/UWO and local regulations, not in the Act).
public struct GiftRequiresConsent: LintRule {
  public init() {}

  /// Verbs of accepting or keeping something given.
  static let accepting = RuleWords.set("GiftRequiresConsent", "accepting")
  /// Words of a report or consent that a sentence may waive ("een melding is niet nodig").
  static let safeguardWords = PhraseList(RuleWords.list("GiftRequiresConsent", "safeguardWords"))
  /// Givers or occasions outside official dealings (a colleague's farewell, the employer's own
  /// Christmas parcel): the article's condition is not met.
  static let outsideDealings = PhraseList(RuleWords.list("GiftRequiresConsent", "outsideDealings"))
  /// Private occasions (a jubilee, a farewell): outside official dealings unless the rule names a
  /// third party who gives ("een officieel bezoek, een jubileum of een ontvangst van een delegatie").
  static let privateOccasions = PhraseList(RuleWords.list("GiftRequiresConsent", "privateOccasions"))
  static let thirdParties = PhraseList(RuleWords.list("GiftRequiresConsent", "thirdParties"))
  /// Comparatives of value: a sentence with one and no amount is about dearer gifts only.
  static let aboveWords = PhraseList(RuleWords.list("GiftRequiresConsent", "aboveWords"))
  static let belowWords = PhraseList(RuleWords.list("GiftRequiresConsent", "belowWords"))
  /// Concessive words: what follows holds whatever the rest of the code says.
  static let regardless = PhraseList([
    "ook als", "ook wanneer", "ook indien", "zelfs als", "zelfs wanneer", "zelfs indien", "ongeacht",
  ])
  static let value = PhraseList(["waarde", "hoogte", "bedrag", "prijs"])
  /// Words of consent, as opposed to a mere report.
  static let consentWords = PhraseList(RuleWords.list("GiftRequiresConsent", "consentWords"))

  public let descriptor = RuleDescriptor(
    id: "gift-requires-consent", family: .conflict,
    title: LocalizedText("lint.gift-requires-consent.title"),
    summary: LocalizedText("lint.gift-requires-consent.summary"),
    rationale: LocalizedText("lint.gift-requires-consent.rationale"),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "1", onderdeel: "e",
      url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=8",
      caveat: LocalizedText("lint.gift-requires-consent.caveat")),
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
    ], lawInForceFrom: "2020-01-01")

  public func check(_ context: LintContext) -> [Diagnostic] {
    let gifts = context.meanings.filter { m in m.isAbout("geschenken") }
    var out: [Diagnostic] = []
    let general = GeneralSafeguards(gifts)
    // Each rule's permissions, read once (the check below asks whether any rule has one).
    let permissions = gifts.map(Self.permissions(in:))
    let anyPermission = permissions.contains { !$0.isEmpty }
    for (m, permitted) in zip(gifts, permissions) {
      guard let (first, inferred) = permitted.first else {
        // A report asked only above an amount, and nothing said of the gifts below it.
        if !anyPermission, let s = Self.onlyAboveWithoutPermission(m, general: general, gifts: gifts) {
          out.append(
            context.finding(
              descriptor, LocalizedText("lint.gift-requires-consent.message.only-above", ["label": m.article.label]),
              hint: LocalizedText("lint.gift-requires-consent.hint"), at: s.range, article: m.article, inferred: true))
        }
        continue
      }
      // "… de werkgever verleent die toestemming met deze regeling": the code is the consent.
      if m.allSentences.contains(where: Self.givesStandingConsent) { continue }
      let waived = Self.waives(m)
      // "…, ook als de waarde hoger is dan € 50", "ongeacht de waarde": a permission that holds
      // whatever the value and the code say elsewhere; only its own rule's safeguard reaches it.
      // (In a list, the item that says so: "mag … worden behouden …, indien: … ongeacht de waarde".)
      let regardless = m.sentences.contains { s in
        s.modality == .toestemming && !s.negated && s.mentions(Self.regardless)
          && (s.mentions(Self.value) || s.amounts.contains { $0.boundary == .gt || $0.boundary == .ge })
      }
      // The first permission no report or consent reaches.
      let ruleLimit = m.sentences.compactMap(Self.onlyBelow).max()
      let open = permitted.first { p in
        !(Self.safeguards(m, sameRule: true, permitted: p.0) || !regardless && general.reach(p.0, ruleLimit: ruleLimit))
      }
      var sentence = open?.0 ?? first
      if !waived && open == nil {
        // "Dit geldt niet voor een bedankje …: dat mag je gewoon houden": some gifts taken out
        // of the safeguards, and permitted without one of their own.
        guard inferred, let exempt = Self.exemptPermission(in: m) else { continue }
        sentence = exempt
      }
      let a = m.article
      out.append(
        context.finding(
          descriptor,
          LocalizedText(
            waived ? "lint.gift-requires-consent.message.waived" : "lint.gift-requires-consent.message", ["label": a.label]),
          hint: LocalizedText("lint.gift-requires-consent.hint"),
          at: inferred && sentence.range != SourceRange.empty ? sentence.range : a.headerRange, article: a, inferred: inferred))
    }
    return out
  }
}
