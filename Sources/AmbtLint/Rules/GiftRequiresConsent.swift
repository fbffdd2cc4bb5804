import AmbtModel
import AmbtSemantics

/// A rule that lets employees accept gifts has a consent or notification mechanism.
///
/// Art. 8 lid 1 onder e Ambtenarenwet 2017: the ambtenaar may not, *without the employer's
/// consent*, accept or ask for gifts, rewards or promises from a third party he deals with in his
/// function. A rule permitting gifts (up to € 50, say) without any consent, report or
/// registration arguably conflicts with that. Thresholds themselves are policy, not law.
public struct GiftRequiresConsent: LintRule {
  public init() {}

  /// Verbs of accepting or keeping something given.
  static let accepting = RuleWords.set("GiftRequiresConsent", "accepting")
  /// Words of a report or consent that a sentence may waive ("een melding is niet nodig").
  static let safeguardWords = RuleWords.list("GiftRequiresConsent", "safeguardWords")

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
    let meanings = context.meanings
    let gifts = meanings.filter { m in m.isAbout("geschenken") }
    // A duty anywhere in the code to report gifts, or to ask consent for them, covers a permission.
    // In the rule itself any duty to report counts ("Je meldt ze bij …"); elsewhere only one on gifts.
    func safeguards(_ m: RuleMeaning, sameRule: Bool) -> Bool {
      if m.normsConfirmed && m.norms.contains(.meldplicht) && !m.reportTo.isEmpty { return true }
      return m.allSentences.contains { s in
        s.requiresReportOrConsent && (sameRule || s.topics.contains("geschenken") || m.topicsConfirmed)
      }
    }
    func waives(_ m: RuleMeaning) -> Bool {
      m.allSentences.contains { s in s.modality == .toestemming && s.negated && s.mentions(Self.safeguardWords) }
    }
    let general = gifts.contains { safeguards($0, sameRule: false) && !waives($0) }
    var out: [Diagnostic] = []
    for m in gifts {
      let a = m.article
      var inferred = true
      var permits: SentenceAnalysis?
      if m.normsConfirmed {
        // Confirmed annotations: a permission without a duty to report, and no mechanism in the text.
        guard m.norms.contains(.toestemming), !m.norms.contains(.verbod), !m.norms.contains(.meldplicht), !m.reportToConfirmed
        else { continue }
        inferred = !m.topicsConfirmed
        permits = m.sentences.first
      } else {
        // A permission to accept or keep gifts, or a waiver of the report or consent for them
        // ("je hoeft geen toestemming te vragen voor het aannemen van een geschenk").
        permits = m.sentences.first { s in
          let onGifts = s.topics.contains("geschenken") || m.topicsConfirmed && m.topics.contains("geschenken")
          let accepting = s.action.map { Self.accepting.contains($0) } ?? !s.amounts.isEmpty
          let permission = s.modality == .toestemming && !s.negated && accepting
          let waiver = s.modality == .toestemming && s.negated && s.mentions(Self.safeguardWords)
          return onGifts && (permission || waiver)
        }
      }
      guard let sentence = permits else { continue }
      let waived = waives(m)
      if !waived && (safeguards(m, sameRule: true) || general) { continue }
      out.append(
        context.finding(
          descriptor,
          LocalizedText(
            nl: "regel '\(a.label)' staat geschenken toe zonder toestemming of melding bij de werkgever"
              + (waived ? "; de regel zegt uitdrukkelijk dat melden niet nodig is" : ""),
            en: "rule '\(a.label)' allows gifts without the employer's consent or a notification"
              + (waived ? "; the rule says explicitly that no notification is needed" : "")),
          hint: LocalizedText(
            nl: "laat geschenken melden of registreren (en zeg bij wie), of vraag toestemming; art. 8 lid 1 onder e",
            en: "have gifts reported or registered (and say to whom), or require consent; art. 8 lid 1 e"),
          at: inferred && sentence.range != SourceRange.empty ? sentence.range : a.headerRange, article: a, inferred: inferred))
    }
    return out
  }
}
