import AmbtSemantics
import Testing

/// Readings of the session of 7 December 2026, each in wordings of its own, not the sentences of
/// the batches that showed the need.
@Suite struct SeventhDecemberReadingTests {
  let analyser = NormAnalyser.shared

  @Test("listed functions whose 'of' joins a second verb-first clause form one condition before 'dan'")
  func listBeforeSecondVerbFirst() {
    let s = analyser.analyseSentence(
      "Ben je controller, jurist, projectleider of werk je bij het team Vergunningen, dan geef je je aandelen op aan de secretaris."
    )
    #expect(s.modality == .meldplicht && s.conditional && s.action == "opgeven", "\(s.norms)")
    // Listed words alone, without a second verb, as before.
    let plain = analyser.analyseSentence(
      "Ben je controller, jurist of projectleider, dan geef je je aandelen op aan de secretaris.")
    #expect(plain.modality == .meldplicht && plain.conditional, "\(plain.norms)")
  }

  @Test("'en' and a finite verb after 'heeft' or 'is' used as a full verb coordinate a second predicate")
  func auxiliaryAsFullVerb() {
    let s = analyser.analyseSentence(
      "De controller heeft geen aandelen in de leveranciers van de provincie en meldt zijn andere beleggingen aan de secretaris.")
    #expect(s.norms.map(\.modality) == [.verbod, .meldplicht], "\(s.norms)")
    // An auxiliary with its participle stays one predicate.
    let perfect = analyser.analyseSentence("Wie een geschenk heeft ontvangen en het teruggeeft, hoeft niets te doen.")
    #expect(!perfect.norms.contains { $0.modality == .meldplicht }, "\(perfect.norms)")
  }

  @Test("a plural noun that is also an infinitive, first before 'van', is no verb")
  func nounBeforeVan() {
    let s = analyser.analyseSentence("Verzoeken van de pers stuur je door naar de woordvoerder.")
    #expect(s.action == "doorsturen", "\(s.norms)")
    let labelled = analyser.analyseSentence("Regel: Verzoeken van de pers stuur je door naar de woordvoerder.")
    #expect(labelled.action == "doorsturen", "\(labelled.norms)")
    // "Vragen over … kun je stellen aan …": questions put to someone, a route as before.
    let put = analyser.analyseSentence("Vragen over deze regeling kun je stellen aan de vertrouwenspersoon.")
    #expect(put.reportTo == ["vertrouwenspersoon"], "\(put.reportTo)")
  }

  @Test("'door te sturen' is a weak verb of reporting as 'stuur … door' is")
  func joinedWeakReporting() {
    // (Questions of the press passed on: weak reporting where the topic makes it one.)
    let split = analyser.analyseSentence("Persvragen over de begroting stuur je door naar de woordvoerder.")
    let joined = analyser.analyseSentence("Persvragen over de begroting dien je door te sturen naar de woordvoerder.")
    #expect(split.modality == .meldplicht && joined.modality == .meldplicht, "\(split.norms) / \(joined.norms)")
  }

  @Test("a period restated in brackets after its unit is one period")
  func restatedPeriod() {
    let s = analyser.analyseSentence("Een verloren pas meld je binnen achtenveertig uur (48 uur) bij de beveiliging.")
    #expect(s.periods.count == 1 && s.periods.first?.value == 48, "\(s.periods)")
    // Two different periods stay two.
    let two = analyser.analyseSentence("Je meldt het binnen twee dagen (en uiterlijk binnen 5 dagen) bij de beveiliging.")
    #expect(two.periods.count == 2, "\(two.periods)")
  }

  @Test("'blijft … nadat je … bent weggegaan' is the time after the employment")
  func leftAfter() {
    let s = analyser.analyseSentence("Die plicht blijft bestaan nadat je bij de provincie bent weggegaan.")
    #expect(s.temporal == .tijdensEnNa, "\(String(describing: s.temporal))")
    let during = analyser.analyseSentence("Die plicht blijft bestaan nadat je een melding hebt gedaan.")
    #expect(during.temporal != .tijdensEnNa, "\(String(describing: during.temporal))")
  }

  @Test("a role right after a separable verb of reporting, its particle later, is the one told")
  func dativeRecipient() {
    let told = analyser.analyseSentence("Ik geef mijn teamleider via de app op welke geschenken ik heb gekregen.")
    #expect(told.reportTo == ["leidinggevende"], "\(told.reportTo)")
    let inverted = analyser.analyseSentence("Daarna geef je je teamleider door wat je hebt gekregen.")
    #expect(inverted.reportTo == ["leidinggevende"], "\(inverted.reportTo)")
    // The thing reported after the verb is no one told.
    let object = analyser.analyseSentence("Ik geef mijn nevenfuncties op via de app.")
    #expect(object.reportTo.isEmpty, "\(object.reportTo)")
  }

  @Test("'kan erop rekenen dat' frames the employer's duty in its dat-clause")
  func countOn() {
    let s = analyser.analyseSentence("Je kunt erop rekenen dat de secretaris je melding vertrouwelijk behandelt.")
    #expect(s.modality == .gebod && s.addressee == "gemeentesecretaris", "\(s.norms) \(String(describing: s.addressee))")
  }
}
