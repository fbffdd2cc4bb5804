import AmbtSemantics
import Testing

/// Readings of the sixth session of 5 December 2026, found on the tuned-on part of the sentence
/// corpus and in the batches of whole codes after it, each in wordings of its own.
@Suite struct CapacitiesAndDescriptionsTests {
  let analyser = NormAnalyser.shared

  @Test("'als' before a noun and a verb with an article after it names a capacity, not a condition")
  func asCapacity() {
    let fine = analyser.analyseSentence("Als ordemaatregel kan een schriftelijke berisping worden gegeven.")
    #expect(fine.conditional == false && fine.modality == .bevoegdheid, "\(fine.norms)")
    let boss = analyser.analyseSentence("Als uiterste middel kan het college een medewerker schorsen.")
    #expect(boss.conditional == false && boss.modality == .bevoegdheid, "\(boss.norms)")
    // (A verb-final condition keeps its reading: its verb is followed by the main clause's verb or
    // by a `te`-infinitive of its own.)
    let condition = analyser.analyseSentence("Als de waarde hoger is, meld je het geschenk bij de secretaris.")
    #expect(condition.conditional == true && condition.modality == .meldplicht, "\(condition.norms)")
    let infinitive = analyser.analyseSentence(
      "Als bezoekers weigeren de ruimte te verlaten, waarschuw je de beveiliging."
    )
    #expect(infinitive.conditional == true, "\(infinitive.norms)")
  }

  @Test("what something is meant as, and examples, define no word")
  func purposeAndExamples() {
    let meant = analyser.analyseSentence("Zo'n attentie is meestal bedoeld als dank voor een prettige samenwerking.")
    #expect(meant.modality != .definitie, "\(meant.norms)")
    let examples = analyser.analyseSentence(
      "Voorbeelden van belangenverstrengeling zijn het gunnen van een opdracht aan je zwager.")
    #expect(examples.modality == .geen, "\(examples.norms)")
    // (A definition stays one: "X is een Y".)
    let defined = analyser.analyseSentence("Een nevenfunctie is een functie die je naast je werk vervult.")
    #expect(defined.modality == .definitie, "\(defined.norms)")
  }

  @Test("'per maand' after an amount is its rate, however the amount is written")
  func rateAfterAmount() {
    for text in [
      "Privégebruik boven € 20,- per maand wordt verrekend.",
      "Privégebruik boven twintig euro per maand wordt verrekend.",
      "Privégebruik boven 20 euro per maand wordt verrekend.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.periods.isEmpty && s.amounts.map(\.value) == [20], "\(text): \(s.periods) \(s.amounts)")
    }
    // (Without an amount before it, "per jaar" is how often.)
    let yearly = analyser.analyseSentence("Per jaar bespreek je de gedragscode in het teamoverleg.")
    #expect(yearly.periods.map(\.kind) == [.frequentie])
  }

  @Test("a dat-clause its subject opens, interrupted by a condition, goes on with a demonstrative")
  func datClauseAfterCondition() {
    let s = analyser.analyseSentence(
      "Het ligt voor de hand dat je, als een bijbaan niets met je werk te maken heeft, die bijbaan niet bij HR hoeft op te geven."
    )
    #expect(s.modality == .toestemming && s.negated && s.action == "opgeven", "\(s.norms)")
    let duty = analyser.analyseSentence(
      "Het spreekt vanzelf dat u, wanneer een bijbaan uw werk raakt, die bijbaan ook aan uw leidinggevende meldt."
    )
    #expect(duty.modality == .meldplicht && duty.reportTo == ["leidinggevende"], "\(duty.norms)")
  }

  @Test("'Het is duidelijk dat …' frames the clause after it")
  func clearFrame() {
    let ban = analyser.analyseSentence("Het is duidelijk dat je tijdens een vergadering geen privéberichten verstuurt.")
    #expect(ban.modality == .verbod && ban.clause == .sub, "\(ban.norms)")
    let may = analyser.analyseSentence("Het is duidelijk dat je tijdens de pauze privéberichten mag versturen.")
    #expect(may.modality == .toestemming, "\(may.norms)")
  }

  @Test("what nothing and no one prevents is allowed; the reader who does not prevent is bound")
  func nothingPrevents() {
    for text in [
      "Niets belet u om lid te worden van een vakbond.",
      "Niets staat je in de weg om mee te lopen in een betoging.",
      "Niemand houdt je tegen als je in je vrije tijd een petitie tekent.",
      "Geen enkele bepaling weerhoudt je ervan lid te zijn van een partij.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .toestemming && !s.negated, "\(text): \(s.norms)")
    }
    let bound = analyser.analyseSentence("Je belet een collega niet om een vermoeden te melden.")
    #expect(bound.modality == .verbod, "\(bound.norms)")
    // (A plain "houden" is no "tegenhouden".)
    let keep = analyser.analyseSentence("Een cadeau houden zonder het te melden is geen optie.")
    #expect(keep.modality == .verbod, "\(keep.norms)")
  }

  @Test("a clause of time without commas inside a main clause ends at its verb; the rest is the main clause's")
  func timeClauseWithoutCommas() {
    let passive = analyser.analyseSentence(
      "Vertrouwelijke stukken zullen door de medewerker zolang de opdracht loopt veilig worden opgeborgen.")
    #expect(passive.modality == .gebod && passive.temporal == .tijdens, "\(passive.norms)")
    let ban = analyser.analyseSentence("Je zult zolang je bij ons werkt geen opdrachten van oud-collega's aannemen.")
    #expect(ban.modality == .verbod && ban.action == "aannemen", "\(ban.norms)")
    // (The clause's own verb cluster stays in it: "als het college toestemming heeft gegeven".)
    let consent = analyser.analyseSentence(
      "Meedoen aan een levering kan alleen als het college daar vooraf toestemming voor heeft gegeven.")
    #expect(consent.conditional && consent.consentBy == ["college"], "\(consent.norms) \(consent.consentBy)")
  }

  @Test("a range of amounts in words is read as in figures")
  func rangeInWords() {
    for text in [
      "Een cadeau met een waarde tussen twintig en veertig euro meld je.",
      "Een cadeau met een waarde tussen € 20 en € 40 meld je.",
      "Een cadeau met een waarde tussen 20 en 40 euro meld je.",
    ] {
      #expect(analyser.analyseSentence(text).amounts.map(\.value) == [20, 40], "\(text)")
    }
  }

  @Test("'Wie …, riskeert ontslag': a consequence forbids what the free relative clause names; denied, it allows")
  func consequences() {
    let ban = analyser.analyseSentence("Wie zonder toestemming voor een leverancier van de provincie werkt, riskeert ontslag.")
    #expect(ban.modality == .verbod && ban.action == "werken", "\(ban.norms)")
    let called = analyser.analyseSentence("Wie een collega uitscheldt, wordt daarop aangesproken.")
    #expect(called.modality == .verbod, "\(called.norms)")
    let allowed = analyser.analyseSentence("Wie meteen extern meldt, krijgt daar nooit een verwijt over.")
    #expect(allowed.modality == .toestemming && allowed.action == "melden", "\(allowed.norms)")
    let duty = analyser.analyseSentence("Wie zich niet aan deze afspraken houdt, riskeert een berisping.")
    #expect(duty.modality == .gebod, "\(duty.norms)")
    // (A consequence another role brings about stays its act.)
    let other = analyser.analyseSentence("Wie zich niet aan artikel 4 houdt, wordt daarop aangesproken door de directeur.")
    #expect(other.addressee == "directie", "\(other.norms) \(String(describing: other.addressee))")
  }

  @Test("'meldt dat binnen een week bij …': `dat` before a deadline is the object, and the recipient is read")
  func objectBeforeDeadline() {
    let s = analyser.analyseSentence(
      "Wie een cadeau krijgt, meldt dat binnen vijf dagen bij zijn teamleider en houdt het alleen als die instemt.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms) \(s.reportTo)")
    // (A dat-clause that opens with `binnen` and no period stays one.)
    let clause = analyser.analyseSentence("Je meldt dat binnen je team iemand fraudeert.")
    #expect(clause.clause == .main && clause.reportTo.isEmpty)
  }

  @Test("a list inside a condition before its verb keeps the condition whole; 'zijn besluit' is a noun")
  func listInConditionAndDecisionNoun() {
    let s = analyser.analyseSentence(
      "Als er geen inwoners, vertrouwelijke stukken of beveiligde ruimtes op staan, mag je de foto plaatsen.")
    #expect(s.modality == .toestemming && s.conditional && s.action == "plaatsen", "\(s.norms)")
    let record = analyser.analyseSentence("De teamleider legt zijn besluit schriftelijk vast.")
    #expect(record.modality == .gebod && record.addressee == "leidinggevende", "\(record.norms)")
    let decides = analyser.analyseSentence("Het college neemt een besluit over de aanvraag.")
    #expect(decides.modality == .bevoegdheid, "\(decides.norms)")
  }

  @Test("'Dan moet je dat … melden': after a modal and its subject `dat` is the object; a verb-first condition ends at 'dan'")
  func modalObjectAndConditionWithoutComma() {
    let s = analyser.analyseSentence("Dan moet je dat binnen een dag melden bij de teamleider.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms) \(s.reportTo)")
    let noComma = analyser.analyseSentence("Twijfel je over een cadeau dan vraag je het je teamleider.")
    let comma = analyser.analyseSentence("Twijfel je over een cadeau, dan vraag je het je teamleider.")
    #expect(noComma.conditional && noComma.modality == comma.modality && noComma.reportTo == comma.reportTo, "\(noComma.norms)")
  }

  @Test("the chair of the governing board and a confidential officer are roles")
  func boardAndOfficer() {
    let chair = analyser.analyseSentence("Een vermoeden over de directeur meld je aan de voorzitter van het dagelijks bestuur.")
    #expect(chair.reportTo == ["college"], "\(chair.reportTo)")
    let officer = analyser.analyseSentence("Een vermoeden van een misstand meld je aan de vertrouwensfunctionaris.")
    #expect(officer.reportTo == ["integriteitscoordinator"], "\(officer.reportTo)")
  }

  @Test("a topic term with whose it is after 'van' keeps its topic beside the family words of that list")
  func whoseInterest() {
    let s = analyser.analyseSentence(
      "Heb je bij een besluit een persoonlijk belang van jezelf, je partner, je broer of een goede vriend?")
    #expect(s.topics.contains("belangenverstrengeling") && s.topics.contains("familie-en-relaties"), "\(s.topics)")
    // (Not a term followed by what it is about: "melden van ongewenst gedrag".)
    let about = analyser.analyseSentence("Extern melden van ongewenst gedrag kan bij de landelijke commissie.")
    #expect(about.topics.first == "ongewenst-gedrag", "\(about.topics)")
  }

  @Test("a relative clause of result broken by an aside keeps its negation; 'en onbeperkt daarna' is after the employment")
  func resultAndAfter() {
    let ban = analyser.analyseSentence(
      "Het verbod geldt alleen voor nevenfuncties waardoor het goed functioneren van de dienst, voor zover dat met je functie samenhangt, niet in redelijkheid is verzekerd."
    )
    #expect(ban.modality == .verbod, "\(ban.norms)")
    let secrecy = analyser.analyseSentence("Je houdt geheim wat je vertrouwelijk weet (tijdens je dienstverband en ruim daarna).")
    #expect(secrecy.temporal == .tijdensEnNa, "\(String(describing: secrecy.temporal))")
    let privacy = analyser.analyseSentence("Een datalek meld je direct aan het privacyteam.")
    #expect(privacy.reportTo == ["functionaris-gegevensbescherming"], "\(privacy.reportTo)")
  }

  @Test("a verb-first condition of two words before an imperative and its 'dan' is read as with its comma")
  func twoWordCondition() {
    let bare = analyser.analyseSentence("Twijfel je overleg dan met de vertrouwenspersoon.")
    let comma = analyser.analyseSentence("Twijfel je, overleg dan met de vertrouwenspersoon.")
    #expect(bare.conditional && bare.modality == comma.modality && bare.reportTo == comma.reportTo, "\(bare.norms)")
  }
}
