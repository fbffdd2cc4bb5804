import AmbtSemantics
import Testing

/// Readings of the second session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct AssumedDutyTests {
  let analyser = NormAnalyser.shared

  @Test("'er wordt (er)van uitgegaan dat' frames its clause as the passive of 'wij gaan ervan uit dat'")
  func assumedInThePassive() {
    let ban = analyser.analyseSentence("Er wordt van uitgegaan dat je geen relatiegeschenken aanneemt van leveranciers.")
    #expect(ban.modality == .verbod && ban.negated && ban.action == "aannemen", "\(ban.norms)")
    let duty = analyser.analyseSentence(
      "Bij de gemeente wordt ervan uitgegaan dat medewerkers hun nevenwerkzaamheden vooraf melden.")
    #expect(duty.modality == .meldplicht, "\(duty.norms)")
    let leave = analyser.analyseSentence(
      "Er wordt van uitgegaan dat de laptop van de zaak ook thuis mag worden gebruikt.")
    #expect(leave.modality == .toestemming && !leave.negated, "\(leave.norms)")
  }

  @Test("'ja zeggen' after a role is consent; 'nee zeggen' is not")
  func yesIsConsent() {
    for text in [
      "Je mag het cadeau houden, maar alleen als je teamleider ja zegt.",
      "Zegt de gemeentesecretaris ja, dan mag je de uitnodiging aannemen.",
      "Een etentje met een leverancier mag alleen als je leidinggevende daar vooraf ja op zegt.",
    ] {
      #expect(!analyser.analyseSentence(text).consentBy.isEmpty, "\(text)")
    }
    #expect(analyser.analyseSentence("Zegt je teamleider nee, dan geef je het cadeau terug.").consentBy.isEmpty)
  }

  @Test("the reporter told in the passive is told by the employer")
  func reporterTold() {
    let s = analyser.analyseSentence("Na afloop van het onderzoek wordt de melder ingelicht over de uitkomst.")
    #expect(s.addressee == "werkgever", "\(s.norms)")
    let t = analyser.analyseSentence("De betrokkene wordt binnen een week geïnformeerd over het besluit.")
    #expect(t.addressee == "werkgever", "\(t.norms)")
  }

  @Test("'er is een verbod op …' says that a ban exists; 'er is geen verbod op …' that none does")
  func existentialBan() {
    let ban = analyser.analyseSentence("Voor inkopers is er een verbod op het aannemen van cadeaus van leveranciers.")
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    let duty = analyser.analyseSentence("Er is een meldplicht voor elke nevenfunctie.")
    #expect(duty.modality == .meldplicht, "\(duty.norms)")
    let none = analyser.analyseSentence("Er is geen verbod op vrijwilligerswerk in je vrije tijd.")
    #expect(none.modality == .toestemming, "\(none.norms)")
  }

  @Test("a word with an alternative after a slash is two words")
  func slashAlternatives() {
    let s = analyser.analyseSentence("Een cadeau van een aannemer meld je bij je teamleider/afdelingshoofd.")
    #expect(s.reportTo == ["leidinggevende"], "\(s.reportTo)")
    let t = analyser.analyseSentence("Je houdt geheim wat je weet, tijdens je aanstelling/detachering.")
    #expect(t.modality == .gebod, "\(t.norms)")
  }

  @Test("a request denied before its participle asks nothing; a request of a ban still bans")
  func requestDenied() {
    for text in [
      "Niemand wordt verzocht zijn lidmaatschap van een vakbond op te geven.",
      "Je wordt niet gevraagd je stemgedrag bekend te maken.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .toestemming, "\(text): \(s.norms)")
    }
    let ban = analyser.analyseSentence("Je wordt verzocht geen cadeaus van leveranciers aan te nemen.")
    #expect(ban.modality == .verbod, "\(ban.norms)")
  }

  @Test("after a modal and a full verb closing a relative clause, a third infinitive is the main clause's")
  func thirdInfinitive() {
    let s = analyser.analyseSentence(
      "Collega's moeten uitnodigingen die zij willen aannemen vooraf melden bij de gemeentesecretaris.")
    #expect(s.modality == .meldplicht && s.action == "melden", "\(s.norms)")
    let three = analyser.analyseSentence("Nevenwerk dat je wilt gaan doen, meld je vooraf bij je leidinggevende.")
    #expect(three.modality == .meldplicht && three.reportTo == ["leidinggevende"], "\(three.norms)")
  }

  @Test("the one told between 'breng'/'stel' and 'op de hoogte'/'in kennis'; compound titles of those who lead")
  func toldBetweenAndTitles() {
    for text in [
      "Na afloop breng je de teamleider van dienst op de hoogte.",
      "Je stelt je afdelingshoofd direct in kennis van het aanbod.",
      "Een aanbod van een aannemer meld je bij de projectleider.",
      "Een relatie met een leverancier meld je aan de contractmanager.",
      "Informeer direct de dienstcoördinator.",
    ] {
      #expect(analyser.analyseSentence(text).reportTo == ["leidinggevende"], "\(text)")
    }
    // (A guide is no one who leads.)
    #expect(analyser.analyseSentence("Een cadeau meld je aan je begeleider.").reportTo.isEmpty)
  }
}
