import AmbtSemantics
import Testing

/// Readings met in the hundred-and-twentieth batch of whole codes and after (session of 5
/// December 2026, fifth), each in wordings of its own.
@Suite struct QuestionsAndLeavingTests {
  let analyser = NormAnalyser.shared

  @Test("'blijft gelden als je … bent vertrokken' is the time during and after the employment")
  func goesOnAfterLeaving() {
    for text in [
      "Deze plicht tot zwijgen blijft gelden als je bij het waterschap bent weggegaan.",
      "Je zwijgplicht blijft van kracht wanneer je de provincie hebt verlaten.",
      "De geheimhouding blijft bestaan als je uit dienst gaat.",
    ] {
      #expect(analyser.analyseSentence(text).temporal == .tijdensEnNa, "\(text)")
    }
    // (A case that is not leaving bounds nothing in time.)
    #expect(analyser.analyseSentence("Deze plicht blijft gelden als je met vakantie bent.").temporal == nil)
  }

  @Test("a sentence that answers a yes-or-no question with 'dan' holds only in the case it put")
  func answerWithDan() {
    let read = analyser.analyse("Werk je bij de inkoop? Geef dan je beleggingen op aan de controller.")
    #expect(read.count == 2)
    #expect(read.last?.conditional == true && read.last?.modality == .meldplicht, "\(String(describing: read.last?.norms))")
    // (Not without the question, nor with `dan` in a comparison.)
    let plain = analyser.analyse("Je werkt bij de inkoop. Geef dan je beleggingen op aan de controller.")
    #expect(plain.last?.conditional == false)
    let compared = analyser.analyse("Werk je bij de inkoop? Je geeft meer dan je beleggingen op aan de controller.")
    #expect(compared.last?.conditional == false)
  }

  @Test("a dat-clause with no verb yet, interrupted by relative clauses, takes the verb after the comma")
  func datClauseTakesVerbAfterComma() {
    let s = analyser.analyseSentence(
      "De directie verwacht dat je elke nevenfunctie die je hebt en die de organisatie kan raken, opgeeft bij de afdeling HR via het formulier."
    )
    #expect(s.modality == .meldplicht && s.action == "opgeven", "\(s.norms)")
    #expect(s.reportTo == ["personeelszaken"], "\(s.reportTo)")
  }

  @Test("'worden opgenomen in het register' without an agent is the employer's act")
  func registerEntry() {
    let s = analyser.analyseSentence("Alle opgaven worden opgenomen in het register nevenwerkzaamheden.")
    #expect(s.addressee == "werkgever", "\(String(describing: s.addressee))")
    // (Taking contact up stays the reader's: "Neem contact op met …" is no passive.)
    let contact = analyser.analyseSentence("Neem bij twijfel contact op met de vertrouwenspersoon.")
    #expect(contact.addressee == "medewerker", "\(String(describing: contact.addressee))")
  }

  @Test("the reader as the agent of a passive ('door de medewerker', 'door jou') is the one addressed")
  func readerAsAgent() {
    let s = analyser.analyseSentence("De opgaven worden door de ambtenaar zelf in het register bijgehouden.")
    #expect(s.addressee == "medewerker", "\(String(describing: s.addressee))")
    let you = analyser.analyseSentence("Een ongevraagd geschenk wordt door jou teruggestuurd.")
    #expect(you.addressee == "medewerker", "\(String(describing: you.addressee))")
    // (Another role as agent stays that role.)
    let other = analyser.analyseSentence("De opgaven worden door de secretaris in het register bijgehouden.")
    #expect(other.addressee == "gemeentesecretaris", "\(String(describing: other.addressee))")
  }

  @Test("a colon after a clause of manner opens the next main clause; a fronted object after ', en' keeps its topic")
  func colonAfterMannerAndFrontedObject() {
    let s = analyser.analyseSentence(
      "Je handelt zoals van een ambtenaar mag worden verwacht: je bent eerlijk en open, en de macht die je als ambtenaar hebt zet je voor niets anders in dan voor je taak."
    )
    #expect(s.norms.contains { $0.role == .coordinate }, "\(s.norms)")
    #expect(s.topics.contains("misbruik-van-bevoegdheden"), "\(s.topics)")
  }

  @Test("'beslist namens het college of je het mag houden' decides; the permission asked is no norm of its own")
  func decidesOnBehalf() {
    let s = analyser.analyseSentence(
      "Die beslist namens het college of je het geschenk mag houden, of dat het wordt teruggestuurd.")
    #expect(!s.norms.contains { $0.modality == .toestemming }, "\(s.norms)")
  }

  @Test("a decision reported as policy ('heeft besloten dat …') frames its dat-clause as a duty")
  func decisionAsPolicy() {
    let s = analyser.analyseSentence("De directie heeft besloten dat iedere medewerker zijn nevenwerk vooraf opgeeft aan HR.")
    #expect(s.modality == .meldplicht && s.addressee == "medewerker", "\(s.norms) \(String(describing: s.addressee))")
  }

  @Test("'eindigt de plicht niet' with the subject between verb and negator goes on after the employment")
  func endsNotAfterSubject() {
    let s = analyser.analyseSentence("Met de beëindiging van je aanstelling eindigt deze zwijgplicht niet.")
    #expect(s.temporal == .tijdensEnNa, "\(String(describing: s.temporal))")
    let ends = analyser.analyseSentence("Met de beëindiging van je aanstelling eindigt deze zwijgplicht.")
    #expect(ends.temporal == .tijdens, "\(String(describing: ends.temporal))")
  }

  @Test("'maakt niet uit' binds no one")
  func doesNotMatter() {
    let s = analyser.analyseSentence("Of de nevenfunctie betaald wordt, maakt voor de melding niet uit.")
    #expect(s.modality == .geen, "\(s.norms)")
  }

  @Test("a ban in a second clause keeps its verb's topic ('… en je discrimineert niet')")
  func coordinateBanTopic() {
    let s = analyser.analyseSentence("Je gaat met iedereen respectvol om en je discrimineert niet, ook niet in grappen.")
    #expect(s.topics.contains("discriminatie"), "\(s.topics)")
  }
}
