import AmbtSemantics
import Testing

/// Readings met in the hundred-and-fourth batch of whole codes and after, each in wordings of its
/// own.
@Suite struct PromisesAndTimeClausesTests {
  let analyser = NormAnalyser.shared

  @Test("a verb's infinitive after a relative clause's cluster completes a future 'zult' or 'zal'")
  func futureAfterRelative() {
    let future = analyser.analyseSentence(
      "Bij uw benoeming zult u de aandelen die de belangen van het schap kunnen raken opgeven bij de compliance officer.")
    #expect(future.modality == .meldplicht && future.action == "opgeven", "\(future.norms)")
    #expect(future.reportTo == ["integriteitscoordinator"], "\(future.reportTo)")
    let third = analyser.analyseSentence(
      "De ambtenaar zal zijn nevenwerk dat de dienst kan schaden vooraf melden aan zijn leidinggevende.")
    #expect(third.modality == .meldplicht && third.action == "melden", "\(third.norms)")
  }

  @Test("'belooft', 'verbindt zich' and 'tracht' take a te-infinitive after a relative clause")
  func promisesAfterRelative() {
    let promise = analyser.analyseSentence(
      "Ieder van ons belooft de belangen die het werk kunnen raken binnen twee weken te melden bij de leidinggevende.")
    #expect(promise.modality == .meldplicht && promise.action == "melden", "\(promise.norms)")
    #expect(promise.reportTo == ["leidinggevende"], "\(promise.reportTo)")
    let binds = analyser.analyseSentence(
      "De medewerker verbindt zich de effecten die zijn taak kunnen raken jaarlijks op te geven aan P&O.")
    #expect(binds.modality == .meldplicht && binds.action == "opgeven", "\(binds.norms)")
  }

  @Test("the last finite verb after 'en' in a clause of time belongs to the dat-clause it interrupted")
  func timeClauseInComplement() {
    let s = analyser.analyseSentence(
      "Wij verwachten dat u uw aandelen binnen zes weken nadat u bent benoemd en later bij elke verandering opgeeft aan de secretaris."
    )
    #expect(s.modality == .meldplicht && s.action == "opgeven", "\(s.norms)")
    #expect(s.reportTo == ["gemeentesecretaris"], "\(s.reportTo)")
    // (A clause of time with two verbs of its own keeps them: the dat-clause has its verb.)
    let own = analyser.analyseSentence(
      "Wij verwachten dat u de gift meldt nadat u bent benoemd en uw aanstelling hebt ontvangen.")
    #expect(own.modality == .meldplicht && own.action == "melden", "\(own.norms)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("an evaluative predicate with 'het' frames its dat- or als-clause; a permission's 'als' stays a condition")
  func evaluativeFrames() {
    let wrong = analyser.analyseSentence("Het zou niet gepast zijn als u cadeaus van klanten aanneemt.")
    #expect(wrong.modality == .verbod && wrong.negated && wrong.action == "aannemen", "\(wrong.norms)")
    let goesWithout = analyser.analyseSentence("Het spreekt voor zich dat je je onthoudt van uitingen over lopende dossiers.")
    #expect(goesWithout.modality == .verbod && goesWithout.action == "onthouden", "\(goesWithout.norms)")
    let valued = analyser.analyseSentence("Wij stellen het op prijs als u uw nevenfuncties meldt bij de secretaris.")
    #expect(valued.modality == .meldplicht && valued.reportTo == ["gemeentesecretaris"], "\(valued.norms)")
    let allowed = analyser.analyseSentence("Het is toegestaan als je leidinggevende akkoord is.")
    #expect(allowed.modality == .toestemming && allowed.conditional, "\(allowed.norms)")
  }

  @Test("a recipient stays named before 'en daarna' and a second main clause")
  func recipientBeforeOrder() {
    let s = analyser.analyseSentence(
      "Krijg je een fles wijn, dan meld je dat bij je teamleider en vervolgens beslist de teamleider wat ermee gebeurt.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.reportTo)")
  }

  @Test("an aside between commas followed by a few words keeps a dat-clause open to its verb")
  func asideThenWords() {
    let s = analyser.analyseSentence(
      "Wij verwachten dat je naast je werk geen opdrachten, groot of klein, voor klanten van de dienst aanneemt.")
    #expect(s.modality == .verbod && s.negated && s.action == "aannemen", "\(s.norms)")
    // (Not across a clause of its own: the recipients after "of, als …," stay the report's.)
    let report = analyser.analyseSentence(
      "Dan meldt u dat bij uw teamleider of, als die zelf betrokken is, bij de secretaris.")
    #expect(report.modality == .meldplicht && report.reportTo.contains("leidinggevende"), "\(report.reportTo)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("'als (hier) bedoeld' refers and defines nothing; a te-infinitive after a relative clause's phrase completes 'dient'")
  func meantAndTeAfterPhrase() {
    let meant = analyser.analyseSentence(
      "Van overleg als hier bedoeld wordt een kort verslag opgesteld, waarin de afspraken worden vastgelegd.")
    #expect(meant.modality == .gebod && meant.action == "opstellen", "\(meant.norms)")
    let dient = analyser.analyseSentence(
      "Het bezit van aandelen dient door de ambtenaar die werkzaam is in een functie als bedoeld in bijlage 2 binnen een maand te worden gemeld."
    )
    #expect(dient.modality == .meldplicht && dient.action == "melden", "\(dient.norms)")
    // (A relative clause's own `te` right after its verb stays its own.)
    let own = analyser.analyseSentence("Nevenwerk dat je van plan bent te gaan doen, meld je vooraf bij je teamleider.")
    #expect(own.modality == .meldplicht && own.reportTo == ["leidinggevende"], "\(own.norms)")
  }

  @Test("after a comma, 'terwijl' contrasts a second norm with the first")
  func whereas() {
    let s = analyser.analyseSentence(
      "Duurdere geschenken meld je bij je leidinggevende, terwijl je een kleine attentie gewoon mag houden.")
    #expect(s.modality == .meldplicht, "\(s.norms)")
    #expect(s.norms.contains { $0.role == .coordinate && $0.modality == .toestemming && $0.action == "houden" }, "\(s.norms)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("a compound noun of staff after an inverted verb is the employee")
  func staffCompound() {
    let s = analyser.analyseSentence("Van nevenactiviteiten doet de reddingsvrijwilliger opgave aan de secretaris.")
    #expect(s.modality == .meldplicht && s.addressee == "medewerker", "\(s.norms)")
  }

  @Test("'bijvoorbeeld' after a comma opens an aside, not an example sentence")
  func exampleAside() {
    let s = analyser.analyseSentence(
      "Nevenfuncties, bijvoorbeeld in raden van toezicht, worden elk jaar op de website bekendgemaakt.")
    #expect(s.modality != .geen && s.addressee == "werkgever", "\(s.norms)")
    let example = analyser.analyseSentence("Bijvoorbeeld een lidmaatschap van een raad van toezicht wordt bekendgemaakt.")
    #expect(example.modality == .geen, "\(example.norms)")
  }

  @Test("an agentless passive of keeping a register or stating in it is the employer's act")
  func registerPassives() {
    let kept = analyser.analyseSentence("Van die opgaven wordt een overzicht bijgehouden.")
    #expect(kept.modality == .gebod && kept.addressee == "werkgever", "\(kept.norms)")
    let stated = analyser.analyseSentence("Bij elke functie wordt vermeld of zij bezoldigd is.")
    #expect(stated.addressee == "werkgever", "\(stated.norms)")
    // (Under a modal of duty, the reader's: "dient te worden vermeld".)
    let duty = analyser.analyseSentence("Op het formulier dient te worden vermeld of het werk bezoldigd is.")
    #expect(duty.modality == .meldplicht, "\(duty.norms)")
  }

  @Test("', maar' and a subject with its own verb open a second main clause")
  func butSecondClause() {
    let s = analyser.analyseSentence("Je mag lid zijn van een partij, maar een functie in het partijbestuur is niet toegestaan.")
    #expect(s.modality == .toestemming, "\(s.norms)")
    #expect(s.norms.contains { $0.role == .coordinate && $0.modality == .verbod }, "\(s.norms)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("'meer waard is dan' bounds an amount from below, and the verb after the comparison is the outer clause's")
  func comparisonInRelative() {
    let s = analyser.analyseSentence(
      "Wij beloven dat wij elke attentie die meer waard is dan dertig euro opgeven bij de secretaris.")
    #expect(s.amounts.first?.boundary == .gt, "\(s.amounts)")
    #expect(s.modality == .meldplicht && s.action == "opgeven", "\(s.norms)")
    let less = analyser.analyseSentence("Een attentie die niet meer waard is dan tien euro mag u houden.")
    #expect(less.amounts.first?.boundary == .le, "\(less.amounts)")
  }

  @Test("a modal and its infinitive after a comma go on listing in the indirect question that has one")
  func listedModals() {
    let s = analyser.analyseSentence(
      "Wij beloven dat wij zo'n geschenk melden bij de secretaris, die bepaalt of wij het mogen behouden, moeten terugsturen of aan de kerstpot geven."
    )
    #expect(s.modality == .meldplicht && s.action == "melden", "\(s.norms)")
  }

  @Test("putting off is not doing, unless it is permitted")
  func postponing() {
    let s = analyser.analyseSentence("Stel een bestuursfunctie in een partij uit zolang je bij de dienst werkt.")
    #expect(s.modality == .verbod && s.action == "uitstellen", "\(s.norms)")
    let may = analyser.analyseSentence("Je mag de melding uitstellen tot je terug bent van verlof.")
    #expect(may.modality == .toestemming && !may.negated, "\(may.norms)")
  }

  @Test("what a thing is to be regarded as ('beschouw … als iets wat je mag houden') states a norm")
  func regardedAs() {
    let s = analyser.analyseSentence("Beschouw een kleine fooi als iets wat je zonder overleg mag houden.")
    #expect(s.norms.contains { $0.modality == .toestemming && $0.action == "houden" }, "\(s.norms)")
    #expect(!s.conditional, "\(s.norms)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("a particle before a comma stands, whatever the clause goes on with")
  func particleBeforeComma() {
    let s = analyser.analyseSentence("Dan sta je geen enkele bijbaan toe, groot of klein.")
    #expect(s.action == "toestaan", "\(s.norms)")
    let mee = analyser.analyseSentence("Je doet niet mee, ook niet via een ander, aan leveringen aan de dienst.")
    #expect(mee.negated && mee.action == "meedoen", "\(mee.norms)")
  }

  @Test("'het is de regel dat' and 'de afspraak is dat' frame their dat-clause")
  func ruleAndAgreement() {
    let rule = analyser.analyseSentence("Het is de regel dat je dienstauto's alleen voor ritten van het werk gebruikt.")
    #expect(rule.modality != .geen && rule.action == "gebruiken", "\(rule.norms)")
    let agreed = analyser.analyseSentence("De afspraak is dat je elke gift bij de teamleider meldt.")
    #expect(agreed.modality == .meldplicht && agreed.reportTo == ["leidinggevende"], "\(agreed.norms)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("a noun phrase before a colon, before a clause with its own subject and verb, is no part of it")
  func nounLabelBeforeColon() {
    let s = analyser.analyseSentence("De bewaring van de formulieren: team HR legt ze vast in een afgeschermd register.")
    #expect(s.addressee == "personeelszaken", "\(s.norms)")
    // (A sentence that ends at such a colon is read without a crash.)
    let label = analyser.analyseSentence("De bewaring van de formulieren:")
    #expect(label.modality == .geen, "\(label.norms)")
  }

  @Test("'met' after a noun with adjectives names the relation, not a recipient")
  func relationWithColleague() {
    let s = analyser.analyseSentence("Van een ander nauw persoonlijk verband met een collega doet u melding.")
    #expect(s.reportTo.isEmpty, "\(s.reportTo)")
  }
}

extension PromisesAndTimeClausesTests {
  @Test("', niet' and an infinitive after an instruction in the infinitive is a second instruction, the one not to do")
  func doNotAfterDo() {
    let s = analyser.analyseSentence(
      "Wel bij de secretaris opgeven welke bijbanen je hebt die de dienst kunnen raken, niet afwachten tot iemand ernaar vraagt.")
    #expect(s.modality == .meldplicht && s.action == "opgeven" && !s.negated, "\(s.norms)")
    #expect(s.norms.contains { $0.role == .coordinate && $0.negated }, "\(s.norms)")
  }
}
