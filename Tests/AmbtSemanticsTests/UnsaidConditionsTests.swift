import AmbtSemantics
import Testing

/// Readings of the session of 6 December 2026, each in wordings of its own, not the sentences of
/// the batches that showed the need.
@Suite struct UnsaidConditionsTests {
  let analyser = NormAnalyser.shared

  @Test("'niet zomaar', 'niet klakkeloos', 'niet zonder meer' negate, and narrow the norm to conditions left unsaid")
  func notWithoutFurtherAdo() {
    for text in [
      "Je mag niet zomaar een betaalde nevenfunctie aannemen.",
      "U kunt niet klakkeloos ingaan op een uitnodiging van een leverancier.",
      "Medewerkers mogen niet zonder meer optreden als adviseur van een aanvrager.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .verbod && s.negated && s.qualified, "\(text): \(s.norms) qualified \(s.qualified)")
    }
    // Not forbidden without further ado: a permission, itself bounded.
    let lifted = analyser.analyseSentence("Een bestuursfunctie bij een sportclub is niet zomaar verboden.")
    #expect(lifted.modality == .toestemming, "\(lifted.norms)")
    // A plain ban stays blanket.
    let plain = analyser.analyseSentence("Je mag geen betaalde nevenfunctie aannemen.")
    #expect(plain.modality == .verbod && !plain.qualified, "\(plain.norms)")
  }
}

/// `horen` as a verb of norms ("hoort … te", "het hoort erbij dat", "dat hoort niet"), and a
/// demonstrative `dat` that takes up what stands before a comma.
@Suite struct BelongingAndDislocationTests {
  let analyser = NormAnalyser.shared

  @Test("'het hoort erbij dat …' frames its dat-clause; 'dat hoort niet' rejects; 'hoort … te' is a duty")
  func belonging() {
    let framed = analyser.analyseSentence(
      "Heb je een vertrouwensfunctie, dan hoort het erbij dat je je aandelen in bouwbedrijven opgeeft aan de compliance officer.")
    #expect(framed.modality == .meldplicht && framed.action == "opgeven" && framed.conditional, "\(framed.norms)")
    let plain = analyser.analyseSentence("Het hoort er ook bij dat u nevenfuncties tijdig doorgeeft aan P&O.")
    #expect(plain.modality == .meldplicht && plain.reportTo == ["personeelszaken"], "\(plain.norms) \(plain.reportTo)")
    let banned = analyser.analyseSentence("Het hoort er gewoon bij dat je geen fooien van bezoekers aanneemt.")
    #expect(banned.modality == .verbod && banned.action == "aannemen", "\(banned.norms)")
    for text in ["Schelden tegen bezoekers hoort hier niet.", "Vriendjespolitiek bij vergunningen hoort niet."] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .verbod && s.negated, "\(text): \(s.norms)")
    }
    let duty = analyser.analyseSentence("U hoort een uitnodiging voor een buitenlandse reis voor te leggen aan de directeur.")
    #expect(duty.modality == .gebod || duty.modality == .meldplicht, "\(duty.norms)")
  }

  @Test("after a comma, 'dat' right before a finite verb takes up what came before; before a subject it opens a clause")
  func dislocatedThat() {
    let rejected = analyser.analyseSentence(
      "Een collega van de eigen afdeling een bouwvergunning laten voortrekken, dat hoort niet.")
    #expect(rejected.modality == .verbod && rejected.negated, "\(rejected.norms)")
    let forbidden = analyser.analyseSentence("Zakelijke gesprekken opnemen zonder dat de ander het weet, dat mag niet.")
    #expect(forbidden.modality == .verbod, "\(forbidden.norms)")
    let cannot = analyser.analyseSentence("Boodschappen doen onder werktijd, dat kan niet.")
    #expect(cannot.modality == .verbod && cannot.negated, "\(cannot.norms)")
    let bounded = analyser.analyseSentence("Een kop koffie met een aannemer, dat kan, als je teamleider ervan weet.")
    #expect(bounded.modality == .toestemming && bounded.conditional, "\(bounded.norms)")
    // ("…, dat je …": a dat-clause after a comma still opens with its subject.)
    let clause = analyser.analyseSentence(
      "Wij verwachten van alle medewerkers, dat zij nevenwerk vooraf melden bij hun teamleider.")
    #expect(clause.modality == .meldplicht && clause.reportTo == ["leidinggevende"], "\(clause.norms) \(clause.reportTo)")
  }
}

/// Telegram rules, "uit jezelf" after a relative clause, and consent given by not objecting.
@Suite struct TelegramAndOwnAccordTests {
  let analyser = NormAnalyser.shared

  @Test("'X: nooit.' bans and 'X: altijd.' requires, in a rule; a participle after a preposition is an adjective")
  func telegram() {
    let banned = analyser.analyseSentence("Vriendjespolitiek bij subsidies: nooit.", context: .rule)
    #expect(banned.modality == .verbod && banned.negated, "\(banned.norms)")
    let required = analyser.analyseSentence("Een VOG bij indiensttreding: altijd.", context: .rule)
    #expect(required.modality == .gebod, "\(required.norms)")
    let task = analyser.analyseSentence("Archivering van gemelde geschenken door team HR.", context: .rule)
    #expect(task.modality == .gebod && task.addressee == "personeelszaken", "\(task.norms) \(task.addressee ?? "-")")
  }

  @Test("'uit jezelf' between a relative clause's verbs and the resumed clause's verb")
  func ownAccord() {
    let s = analyser.analyseSentence(
      "Het is de bedoeling dat je relaties die je onafhankelijkheid kunnen raken uit jezelf meldt bij je teamleider.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms) \(s.reportTo)")
  }

  @Test("consent unless a role objects, and a role that decides on the consent, name who consents")
  func consentGivers() {
    let objection = analyser.analyseSentence("Je mag het boek houden, tenzij de directeur binnen tien dagen bezwaar maakt.")
    #expect(objection.consentBy == ["directie"], "\(objection.consentBy)")
    let decides = analyser.analyseSentence(
      "Het afdelingshoofd ontvangt je verzoek via het portaal en beslist daarna over de toestemming.")
    #expect(decides.consentBy == ["leidinggevende"], "\(decides.consentBy)")
  }

  @Test("'voegen' and 'bijsluiten' are verbs: a passive with them is a duty")
  func attaching() {
    let passive = analyser.analyseSentence("Aan elke declaratie worden de originele bonnen gevoegd.")
    #expect(passive.modality == .gebod && passive.action == "voegen", "\(passive.norms)")
    let separable = analyser.analyseSentence("Een kopie van de uitnodiging sluit u bij.")
    #expect(separable.modality == .gebod && separable.action == "bijsluiten", "\(separable.norms)")
  }

  @Test("a consent with its verbs before 'van' names who gives it")
  func consentAfterVerbs() {
    let s = analyser.analyseSentence("Ja, als je vooraf toestemming hebt gekregen van de gemeentesecretaris.")
    #expect(s.consentBy == ["gemeentesecretaris"], "\(s.consentBy)")
  }

  @Test("'is het zaak dat' frames its clause; 'geen' after a relative clause's finite verb is the main clause's")
  func frameAndResumedNegation() {
    let framed = analyser.analyseSentence(
      "Heb je een aangewezen functie, dan is het zaak dat je je aandelen binnen een maand meldt bij de compliance officer.")
    #expect(framed.modality == .meldplicht && framed.reportTo == ["integriteitscoordinator"], "\(framed.norms)")
    let resumed = analyser.analyseSentence("Je neemt van iemand met wie je zaken doet geen cadeau aan zonder overleg.")
    #expect(resumed.modality == .verbod && resumed.action == "aannemen", "\(resumed.norms)")
  }

  @Test("a duty's object and infinitive after two clauses of time belong to the main clause")
  func dutyAfterTimeClauses() {
    let s = analyser.analyseSentence(
      "De medewerker in een aangewezen functie is verplicht binnen vier weken nadat hij is aangesteld en daarna telkens wanneer er iets verandert opgave te doen van zijn aandelen."
    )
    #expect(s.modality == .meldplicht, "\(s.norms)")
    // (Not an infinitive joined to a `zonder dat` clause's own: "… zonder dat je het hoeft voor te
    // leggen of te melden".)
    let waived = analyser.analyseSentence(
      "Een boek mag je houden zonder dat je het aan iemand hoeft voor te leggen of te melden.")
    #expect(waived.modality == .toestemming, "\(waived.norms)")
  }
}
