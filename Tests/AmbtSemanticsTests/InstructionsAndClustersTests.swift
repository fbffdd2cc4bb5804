import AmbtSemantics
import Testing

/// Readings met in the ninety-second to ninety-fifth batches of whole codes, each in wordings of
/// its own.
@Suite struct InstructionsAndClustersTests {
  let analyser = NormAnalyser.shared

  @Test("an instruction with an infinitive and no finite verb directs the reader; a stem before it is a noun")
  func instructions() {
    let oath = analyser.analyseSentence("De ambtseed afleggen bij de directeur, in de eerste week.")
    #expect(oath.modality == .gebod && oath.action == "afleggen" && oath.addressee == "medewerker", "\(oath.norms)")
    let never = analyser.analyseSentence("Nooit contant geld of waardebonnen aannemen.")
    #expect(never.modality == .verbod && never.negated && never.action == "aannemen", "\(never.norms)")
    // (A plural verb of holding is no instruction.)
    let holds = analyser.analyseSentence("Als richtlijnen voor die afweging gelden:")
    #expect(holds.modality != .gebod, "\(holds.norms)")
  }

  @Test("items under a lead-in that only announces examples bind no one")
  func exampleLeadIn() {
    let item = analyser.analyse(
      "bouwbedrijven adviseren over een vergunning die zij bij ons aanvragen;",
      leadIn: "Dat is onder meer bijvoorbeeld zo bij:")
    #expect(item.first?.modality == .geen, "\(item.first?.norms ?? [])")
  }

  @Test("a relative clause closes at 'zijn' before a full verb's infinitive, and at its infinitive before 'worden'")
  func clusters() {
    let know = analyser.analyseSentence("De regels die op deze code gebaseerd zijn kennen en toepassen.")
    #expect(know.modality == .gebod && know.action == "kennen", "\(know.norms)")
    let given = analyser.analyseSentence(
      "Elk jaar moeten je aandelen en opties die het werk van de dienst kunnen raken worden opgegeven.")
    #expect(given.modality == .meldplicht && given.action == "opgeven", "\(given.norms)")
  }

  @Test("'deze' before a plural form is a determiner, before a form in -t a pronoun")
  func demonstrativeOrPronoun() {
    let noun = analyser.analyseSentence("Bewaring van deze opgaven: apart van het personeelsdossier.")
    #expect(noun.modality != .meldplicht, "\(noun.norms)")
    let pronoun = analyser.analyseSentence("Een duurder geschenk mag de medewerker houden, mits hij deze meldt.")
    #expect(pronoun.norms.contains { $0.modality == .meldplicht }, "\(pronoun.norms)")
  }

  @Test("a particle's word inside a phrase before 'of' is a preposition")
  func particleInPhrase() {
    let s = analyser.analyseSentence("Kleine attenties: aannemen en zelf houden, zonder melding aan of overleg met iemand.")
    #expect(s.action == "aannemen", "\(s.norms)")
  }

  @Test("'kan … worden verboden' is a power; 'bent vrij … te' permits; 'is niet van toepassing' bans nothing")
  func powersAndFreedoms() {
    let power = analyser.analyseSentence("Alleen in zo'n geval kan het nevenwerk worden verboden.")
    #expect(power.modality == .bevoegdheid && !power.negated, "\(power.norms)")
    #expect(power.conditional, "\(power.norms)")
    let free = analyser.analyseSentence("Je bent vrij je mening te geven over het beleid van de provincie.")
    #expect(free.modality == .toestemming && !free.negated, "\(free.norms)")
    let reach = analyser.analyseSentence("Het derde lid is niet van toepassing op vrijwilligerswerk.")
    #expect(reach.modality == .geen, "\(reach.norms)")
  }

  @Test("a past form after 'noch' or 'geen' before its noun is an adjective; so is a participle before its noun")
  func adjectives() {
    let s = analyser.analyseSentence("Noch betaald noch vrijwillig werk mag door de boa worden gedaan zolang hij in dienst is.")
    #expect(s.modality == .verbod && s.action == "doen", "\(s.norms)")
    let t = analyser.analyseSentence("Naast de baan bij de dienst is betaald werk als zzp'er evenmin toegestaan.")
    #expect(t.modality == .verbod && t.action != "betalen", "\(t.norms)")
  }

  @Test("a person told in the passive is told by the employer; one asked to report is not")
  func toldInPassive() {
    let told = analyser.analyseSentence("Binnen zes weken wordt u geïnformeerd over de uitkomst van het onderzoek.")
    #expect(told.addressee == "werkgever", "\(told.norms)")
    let asked = analyser.analyseSentence("U wordt gevraagd het geschenk te melden bij uw leidinggevende.")
    #expect(asked.modality == .meldplicht && asked.addressee == "medewerker", "\(asked.norms)")
  }

  @Test("'volgt daaruit dat …' frames its dat-clause; the one told stands before a verb-final 'inlicht'")
  func followsAndTold() {
    let s = analyser.analyseSentence("Speelt een eigen belang, dan volgt hieruit dat je het afdelingshoofd meteen inlicht.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms) \(s.reportTo)")
  }

  @Test("a separable verb's particle after a clause of time; 'het is aan jou of …' leaves the choice to the reader")
  func particleAndChoice() {
    let s = analyser.analyseSentence("Krijg je een aanmaning, dan geef je die binnen een week nadat je haar hebt gekregen door.")
    #expect(s.modality == .meldplicht && s.action == "doorgeven", "\(s.norms)")
    let t = analyser.analyseSentence("Kost het minder dan twintig euro, dan is het aan jou of je het houdt.")
    #expect(t.modality == .toestemming && !t.negated, "\(t.norms)")
  }

  @Test("'Vrij van melding is …' waives the report; 'Uitgesloten is iedere vorm van …' bans")
  func frontedPredicates() {
    let free = analyser.analyseSentence("Vrij van melding is de aanname van een attentie van ten hoogste tien euro.")
    #expect(free.modality == .toestemming && free.negated, "\(free.norms)")
    let out = analyser.analyseSentence("Uitgesloten is iedere vorm van pesten jegens collega's.")
    #expect(out.modality == .verbod && out.negated, "\(out.norms)")
  }

  @Test("a second main clause with a role or a fronted object as its start; 'in die functie' is no relative clause")
  func secondClauses() {
    let role = analyser.analyseSentence(
      "Wie een risicofunctie vervult, heeft zijn aandelen te melden bij de compliance officer, en de compliance officer bewaart deze meldingen."
    )
    #expect(role.modality == .meldplicht && role.addressee == "medewerker", "\(role.norms)")
    let fronted = analyser.analyseSentence(
      "Toestemming is niet nodig, maar nevenwerk dat de dienst kan raken, melden wij vooraf bij onze teamleider.")
    #expect(fronted.norms.contains { $0.modality == .meldplicht && $0.role == .coordinate }, "\(fronted.norms)")
    let demonstrative = analyser.analyseSentence("Je meldt het binnen een week nadat je in die functie bent begonnen bij P&O.")
    #expect(demonstrative.modality == .meldplicht, "\(demonstrative.norms)")
  }

  @Test("a clause of time inside a dat-clause before its verb; 'je bezit van' in a list of nouns")
  func timeInsideDatClause() {
    let s = analyser.analyseSentence(
      "Wij verwachten dat je je opties en je bezit van obligaties, uiterlijk een week nadat je bent aangesteld, opgeeft bij de controller."
    )
    #expect(s.modality == .meldplicht && s.action == "opgeven", "\(s.norms)")
    let t = analyser.analyseSentence(
      "Wij rekenen erop dat je je opties die de dienst kunnen raken, uiterlijk een week nadat je bent aangesteld meldt bij de compliance officer."
    )
    #expect(
      t.modality == .meldplicht && t.action == "melden" && t.reportTo == ["integriteitscoordinator"], "\(t.norms) \(t.reportTo)")
  }

  @Test("telegram style: 'goed functioneren van X' is a noun; 'Geen misbruik van …' bans; 'n.v.t.' waives")
  func telegramStyle() {
    let ban = analyser.analyseSentence(
      "Verboden: nevenwerk waardoor goed functioneren van de GGD (o.a. i.v.m. roosters) niet in redelijkheid verzekerd is.")
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    let headline = analyser.analyseSentence("Geen misbruik van je toegang tot systemen voor privédoeleinden.")
    #expect(headline.modality == .verbod && headline.negated, "\(headline.norms)")
    let waived = analyser.analyseSentence("Melden of toestemming vragen n.v.t.")
    #expect(waived.modality == .toestemming && waived.negated, "\(waived.norms)")
  }

  @Test("'t/m je laatste werkdag' bounds a duty to the employment")
  func throughLastDay() {
    let s = analyser.analyseSentence("Geheimhouding over wat je in je werk hoort: geldt t/m je laatste werkdag bij de dienst.")
    #expect(s.temporal == .tijdens, "\(s.temporal)")
  }

  @Test("a verb coordinated inside a relative clause stays there; 'die' right after 'voor zover' is the subject")
  func insideSubordinates() {
    let s = analyser.analyseSentence(
      "Meld je aandelen bij de controller, zodat de dienst die meldingen kan bewaren en zo nodig kan ingrijpen.")
    #expect(s.modality == .meldplicht, "\(s.norms)")
    let t = analyser.analyseSentence(
      "De medewerker meldt zijn aandelen, voor zover die de belangen van de dienst kunnen raken, binnen een maand bij de controller."
    )
    #expect(t.modality == .meldplicht && !t.reportTo.isEmpty, "\(t.norms) \(t.reportTo)")
  }

  @Test("'wij beloven dat …' frames its dat-clause; 'belooft' is no oath")
  func promises() {
    let s = analyser.analyseSentence("Wij beloven dat wij geen geschenken van leveranciers aannemen.")
    #expect(s.modality == .verbod && s.action == "aannemen", "\(s.norms)")
    let t = analyser.analyseSentence("Wie een risicofunctie heeft, belooft zijn aandelen jaarlijks te melden bij de controller.")
    #expect(!t.topics.contains("eed-of-belofte"), "\(t.topics)")
  }

  @Test("a clause of time in a dat-clause up to a comma; 'je werk' with a verb in -t later is a noun")
  func timeAndNoun() {
    let s = analyser.analyseSentence(
      "Wij beloven dat wij, zolang wij bij de dienst werken, naast ons werk geen nevenwerkzaamheden verrichten.")
    #expect(s.modality == .verbod && s.action == "verrichten", "\(s.norms)")
    // (A guard: "je werk" before a verb in -t stays a noun.)
    let t = analyser.analyseSentence(
      "Naast je baan mag je andere klussen doen, zolang je werk voor het waterschap daar niet onder lijdt.")
    #expect(t.modality == .toestemming && !t.negated, "\(t.norms)")
  }

  @Test("'te worden verricht' acts 'verrichten'; 'staat het de medewerker vrij' permits")
  func passiveInfinitiveAndFreedom() {
    let s = analyser.analyseSentence("Naast de baan behoren door de boa geen betaalde klussen te worden verricht.")
    #expect(s.modality == .verbod && s.action == "verrichten", "\(s.norms)")
    let t = analyser.analyseSentence("Het staat de medewerker vrij een kleine attentie te aanvaarden.")
    #expect(t.modality == .toestemming && !t.negated, "\(t.norms)")
  }

  @Test("a verb-first situation before a colon is a condition; '…: die is voor jou' permits keeping it")
  func situationBeforeColon() {
    let s = analyser.analyseSentence(
      "Gaat het om een kleine attentie van een leverancier, met een waarde van hooguit twintig euro: die is voor jou.")
    #expect(s.modality == .toestemming && s.action == "houden" && s.conditional, "\(s.norms)")
  }

  @Test("'Dat klopt:' before a clause of its own, and 'Dat klopt, tenzij …' as the answer to a question")
  func agreeingAnswers() {
    let s = analyser.analyse(
      "Hoeft u een bos bloemen niet te melden? Dat klopt: blijft de waarde onder de twintig euro, dan mag u haar houden.")
    #expect(s.last?.modality == .toestemming && s.last?.action == "houden", "\(s.map(\.norms))")
  }

  @Test("the 'niet' of 'of … of niet' stays in its clause")
  func whetherOrNot() {
    let s = analyser.analyseSentence(
      "Wij beloven dat wij geen nevenwerk aannemen, van welke soort ook en of daar nu een beloning tegenover staat of niet.")
    #expect(s.modality == .verbod && s.negated && s.action == "aannemen", "\(s.norms)")
  }
}
