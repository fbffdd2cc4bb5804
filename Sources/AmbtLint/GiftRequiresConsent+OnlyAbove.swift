import AmbtModel
import AmbtSemantics

extension GiftRequiresConsent {
  /// A gift rule that permits nothing in so many words but asks a report or consent only for
  /// gifts above an amount ("Is het meer dan vijftig euro waard, dan meld je het bij je
  /// leidinggevende"), in a code where nothing reaches the gifts below it: those may be kept
  /// without either. The sentence that asks, or nil. (Not when the code bans accepting gifts
  /// outright: then the ones below are not allowed at all; nor when a rule permits gifts in so
  /// many words, which the permission check reads.)
  static func onlyAboveWithoutPermission(
    _ m: RuleMeaning, general: GeneralSafeguards, gifts: [RuleMeaning]
  ) -> SentenceAnalysis? {
    // (A permission in so many words elsewhere is reported where it stands: the caller asks this
    // only when no rule has one.)
    guard !general.everyGift, general.below < 0 else { return nil }
    let sentences = m.allSentences
    for i in sentences.indices {
      let s = sentences[i]
      // (The employee's report: not "Je leidinggevende geeft elk gemeld geschenk boven € 50 door".)
      guard s.requiresReportOrConsent, s.addressee == nil || s.addressee == "medewerker",
        // (A sentence on another topic in a gift rule, "een uitnodiging …, net als bij een
        // geschenk boven € 50", is not about gifts.)
        s.topics.contains("geschenken") || s.topics.isEmpty && m.topics.contains("geschenken"),
        let above = onlyAbove(sentences, i), above < .infinity, general.above >= above
      else { continue }
      // (Nor when a rule gives the employer's standing consent for the gifts below: "Voor een
      // attentie tot vijfentwintig euro geven we met deze regel vooraf toestemming, mits …".)
      return bansEveryGift(gifts) || gifts.contains(where: { $0.allSentences.contains(where: givesStandingConsent) })
        ? nil : s
    }
    return nil
  }

  /// Whether some rule bans accepting gifts with no amount and no condition ("Geschenken neem je
  /// niet aan"), naming gifts themselves (not "Geld en geschenken die op het huisadres worden
  /// bezorgd, worden niet aangenomen": kinds of their own; nor one a relative clause or condition
  /// limits, "… noch van een relatie die op dat moment deelneemt aan een aanbesteding").
  static func bansEveryGift(_ gifts: [RuleMeaning]) -> Bool {
    gifts.contains { m in
      m.allSentences.contains { s in
        s.modality == .verbod && s.amounts.isEmpty && !s.conditional && !s.qualified && s.topics.contains("geschenken")
          && s.action.map(accepting.contains) == true && s.consentBy.isEmpty
          && ProhibitionPermissionLinked.namesTopic(s, "geschenken", vocabulary: .shared)
      }
    }
  }
}
