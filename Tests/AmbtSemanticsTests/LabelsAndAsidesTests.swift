import AmbtSemantics
import Testing

/// Readings met in the eightieth to eighty-second batches of whole codes, each in wordings of its
/// own.
@Suite struct LabelsAndAsidesTests {
  let analyser = NormAnalyser.shared

  @Test("an item that opens with its own label ('Niet:', 'Wat:') is read under that label, and keeps it in its text")
  func ownLabels() throws {
    let ban = try #require(
      analyser.analyse("Niet: deelname aan aanbestedingen van de gemeente zonder toestemming van de directeur").first)
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    #expect(ban.text.hasPrefix("Niet:"))
    let report = try #require(analyser.analyse("Wat: melden dat je de aanvrager persoonlijk kent.").first)
    #expect(report.modality == .meldplicht, "\(report.norms)")
    let noun = try #require(analyser.analyse("Wat: opgave van je nevenwerk en van elke wijziging daarin.").first)
    #expect(noun.modality == .meldplicht, "\(noun.norms)")
  }

  @Test("'ongeacht of …' is a clause of its own; a bare stem in a fronted object is a noun")
  func concessiveAndFronted() {
    let s = analyser.analyseSentence("Je verricht geen nevenwerk, ongeacht of het iets met je taken te maken heeft.")
    #expect(s.modality == .verbod && s.action == "verrichten", "\(s.norms)")
    let t = analyser.analyseSentence("Ander werk naast je baan neem je niet aan.")
    #expect(t.modality == .verbod && t.action == "aannemen", "\(t.norms)")
  }

  @Test("of two particles that may stand, the later; a role joined by 'of' to one in a phrase is in the phrase")
  func particleAndPhrase() {
    let s = analyser.analyseSentence(
      "Wie in dienst komt, legt bij zijn aanstelling de eed of de belofte af ten overstaan van de gemeentesecretaris of de directeur."
    )
    #expect(s.action == "afleggen" && s.addressee == "medewerker", "\(s.norms)")
  }

  @Test("'die' right after a verb, before 'te' and an infinitive, is a demonstrative, not a relative pronoun")
  func demonstrativeAfterVerb() {
    let s = analyser.analyseSentence(
      "Wie een uitnodiging krijgt, is verplicht die uitnodiging te melden voordat hij ze aanneemt.")
    #expect(s.modality == .meldplicht && s.action == "melden", "\(s.norms)")
  }

  @Test("consent asked later in the sentence names who consents; 'gaat' without 'akkoord' agrees to nothing")
  func consentGivers() {
    let s = analyser.analyseSentence(
      "Voor deelname aan leveringen heb je toestemming nodig, die je aanvraagt bij de gemeentesecretaris.")
    #expect(s.consentBy == ["gemeentesecretaris"], "\(s.consentBy)")
    let t = analyser.analyseSentence("Je meldt het, zodat de zaak naar een collega gaat.")
    #expect(t.consentBy.isEmpty, "\(t.consentBy)")
  }

  @Test("'Er geldt een plicht om … te melden' reports; an infinitive after another noun is not the duty's")
  func dutyNoun() {
    let s = analyser.analyseSentence("Er geldt een plicht om je financiële belangen te melden bij de integriteitscoördinator.")
    #expect(s.modality == .meldplicht && s.reportTo == ["integriteitscoordinator"], "\(s.norms)")
    let t = analyser.analyseSentence("Deze bescherming geldt ook, zolang je goede redenen had om het te melden.")
    #expect(t.modality != .meldplicht, "\(t.norms)")
  }

  @Test("'zolang je werkzaamheden voor de gemeente duren' is the time of the employment")
  func workForEmployer() {
    let s = analyser.analyseSentence("Zolang je werkzaamheden voor de gemeente duren, houd je geheim wat je in je werk hoort.")
    #expect(s.temporal == .tijdens, "\(String(describing: s.temporal))")
  }

  @Test("a clause of result goes on after a condition between commas; an aside 'waaronder begrepen …' keeps a dat-clause open")
  func interruptedClauses() {
    let s = analyser.analyseSentence(
      "Het is de medewerker verboden ander werk te doen waardoor de goede vervulling van zijn taken of het goed functioneren van de dienst, voor zover dat met zijn taken samenhangt, niet in redelijkheid zou zijn verzekerd."
    )
    #expect(s.modality == .verbod && s.negated, "\(s.norms)")
    let t = analyser.analyseSentence(
      "Van de medewerker wordt verwacht dat hij zich in het openbaar, waaronder begrepen markten, ingezonden brieven en optochten, onthoudt van politieke campagnes."
    )
    #expect(t.modality == .verbod && t.action == "onthouden", "\(t.norms)")
  }
}

/// Readings met in the eighty-third to eighty-fifth batches of whole codes, each in wordings of
/// its own.
@Suite struct MarkersAndAdverbsTests {
  let analyser = NormAnalyser.shared

  @Test("a list marker after 'bij:' does not hide the recipient")
  func listMarker() {
    let s = analyser.analyseSentence("Een vermoeden meld je bij: a. je teamleider; b. de vertrouwenspersoon.")
    #expect(s.reportTo.contains("leidinggevende"), "\(s.reportTo)")
  }

  @Test("'in en buiten werktijd' holds no particle; 'zich verre houden van' abstains")
  func keepingAway() {
    let s = analyser.analyseSentence("Houd je, in en buiten werktijd, verre van elke politieke uiting.")
    #expect(s.modality == .verbod && s.negated && s.action != "inhouden", "\(s.norms)")
  }

  @Test("'zolang ik voor de gemeente werk' is the time of the employment")
  func whileIWork() {
    let s = analyser.analyseSentence("Zolang ik voor de gemeente werk, zie ik af van een politiek ambt.")
    #expect(s.temporal == .tijdens, "\(String(describing: s.temporal))")
  }

  @Test("after a relative clause's verbs and an adverb, the finite verb goes back to the dat-clause it interrupted")
  func adverbBeforeVerb() {
    let s = analyser.analyseSentence(
      "Wij verwachten dat u de geschenken die uw werk kunnen raken direct meldt bij uw teamleider.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms)")
  }

  @Test("a thing as the subject of a verb of telling is no one's duty to report; a person is")
  func thingAsSubject() throws {
    let thing = try #require(analyser.analyse("Heeft u er geen, dan vermeldt de lijst dat.").last)
    #expect(thing.modality != .meldplicht, "\(thing.norms)")
    let person = try #require(analyser.analyse("Heeft u er een, dan meldt de medewerker dat.").last)
    #expect(person.modality == .meldplicht, "\(person.norms)")
  }

  @Test("'blijft gelden nadat het is geëindigd' goes on after the employment it names")
  func afterItEnded() {
    let s = analyser.analyseSentence("Deze plicht geldt tijdens je dienstverband en blijft gelden nadat het is beëindigd.")
    #expect(s.temporal == .tijdensEnNa, "\(String(describing: s.temporal))")
  }

  @Test("', waaronder hier worden verstaan …,' is a relative clause, not the sentence's definition")
  func definingAside() {
    let s = analyser.analyseSentence(
      "Kleine attenties, waaronder hier worden verstaan cadeaus van niet meer dan twintig euro, kunnen door de ontvanger zonder verdere formaliteiten worden behouden."
    )
    #expect(s.modality == .toestemming, "\(s.norms)")
  }

  @Test("'dan wordt de medewerker meegedeeld dat …' is the employer's act; 'staat … open' permits")
  func toldAndOpen() throws {
    let told = try #require(analyser.analyse("Is dat zo, dan wordt de medewerker schriftelijk meegedeeld dat het niet kan.").last)
    #expect(told.addressee == "werkgever", "\(told.norms)")
    let open = analyser.analyseSentence("Een melding bij de Inspectie staat de medewerker altijd open.")
    #expect(open.modality == .toestemming, "\(open.norms)")
  }

  @Test("'Je mag niet: cadeaus van meer dan € 50' bans; 'mag niet meer bedragen dan' is a boundary")
  func negationBeforeComparative() throws {
    let ban = try #require(analyser.analyse("cadeaus van meer dan veertig euro", leadIn: "Wat mag niet:").first)
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    let limit = analyser.analyseSentence("De waarde mag niet hoger zijn dan veertig euro.")
    #expect(!limit.negated, "\(limit.norms)")
  }

  @Test("a second main clause's object keeps its topic; a regulation's name 'Regeling melden …' reports nothing")
  func coordinateObjectAndName() throws {
    let s = analyser.analyseSentence(
      "Je werkt zorgvuldig, eerlijk en betrouwbaar, en je gebruikt je bevoegdheden niet voor je eigen voordeel.")
    #expect(s.topics.contains("misbruik-van-bevoegdheden"), "\(s.topics)")
    let name = try #require(analyser.analyse("meldregeling: de Regeling melden vermoeden van een misstand Proefstad.").first)
    #expect(name.modality != .meldplicht, "\(name.norms)")
  }
}

/// Readings met in the eighty-sixth to eighty-eighth batches of whole codes, each in wordings of
/// its own.
@Suite struct NounsOfDutyTests {
  let analyser = NormAnalyser.shared

  @Test("'een meldingsplicht jegens zijn teamleider' names the recipient; 'toestemming vereist van' the consent giver")
  func jegensAndVereist() {
    let s = analyser.analyseSentence("Op de medewerker rust een meldingsplicht jegens zijn teamleider.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms) \(s.reportTo)")
    let t = analyser.analyseSentence(
      "Voor een reis op kosten van een leverancier is vooraf toestemming vereist van de directeur.")
    #expect(t.consentBy == ["directie"], "\(t.consentBy)")
  }

  @Test("'geldt een verbod op het verrichten van …' acts 'verrichten'; 'lid zijn van een partij kan niet' bans")
  func banNounAndCannot() {
    let s = analyser.analyseSentence("Voor handhavers geldt een verbod op het verrichten van iedere nevenwerkzaamheid.")
    #expect(s.modality == .verbod && s.action == "verrichten", "\(s.norms)")
    let t = analyser.analyseSentence(
      "Lid zijn van een politieke partij, of daar een functie in hebben, kan niet zolang je hier werkt.")
    #expect(t.modality == .verbod && t.negated, "\(t.norms)")
  }

  @Test("an aside in brackets does not keep the infinitive of a duty in the relative clause before it")
  func bracketsBeforeInfinitive() {
    let s = analyser.analyseSentence(
      "Wie zo'n functie heeft, is verplicht zijn belangen die de dienst kunnen raken (aandelen, grond) binnen een maand op te geven."
    )
    #expect(s.modality == .meldplicht && s.action == "opgeven", "\(s.norms)")
  }

  @Test("a plural present before 'medewerkers' is finite; 'zegt u toe dat' and 'spreken met u af dat' frame a duty")
  func pluralStaffAndPromises() {
    let s = analyser.analyseSentence("Zonder toestemming van de directeur aanvaarden medewerkers geen enkele nevenfunctie.")
    #expect(s.modality == .verbod && s.action == "aanvaarden", "\(s.norms)")
    let t = analyser.analyseSentence(
      "Bent u aangewezen, dan zegt u toe dat u uw aandelen binnen een maand meldt bij de compliance officer.")
    #expect(t.modality == .meldplicht, "\(t.norms)")
    let u = analyser.analyseSentence("Wij spreken met u af dat u een baanaanbod meldt voordat u verder werkt aan de zaak.")
    #expect(u.modality == .meldplicht, "\(u.norms)")
  }

  @Test("'Antwoord:' says nothing of what follows; '… is van jou' permits keeping")
  func dialogueAndYours() throws {
    let s = try #require(analyser.analyse("Antwoord: Ja, wat minder dan twintig euro kost, mag je houden.").first)
    #expect(s.modality == .toestemming && s.action == "houden", "\(s.norms)")
    let t = analyser.analyseSentence("Een attentie die minder dan twintig euro waard is, is van jou.")
    #expect(t.modality == .toestemming, "\(t.norms)")
  }
}
