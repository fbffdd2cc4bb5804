import AmbtSemantics
import Testing

/// Readings of the eighth session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct EighthSessionReadingTests {
  let analyser = NormAnalyser.shared

  @Test("a negator after a relative clause belongs to the clause the relative clause interrupted")
  func negatorAfterRelativeClause() {
    // A second dat-clause, verb-final: its own negation, not the first's.
    let second = analyser.analyseSentence(
      "De directie verwacht dat je nevenwerk opgeeft bij HR, en dat je opdrachten die je afdeling verstrekt niet aanneemt.")
    #expect(
      second.norms.map(\.modality) == [.meldplicht, .verbod] && !second.norms[0].negated,
      "\(second.norms)")
    // A second main clause joined by `en`: the negation stays in it.
    let coordinate = analyser.analyseSentence(
      "U meldt uw aandelen, en u koopt de effecten die op de lijst staan niet.")
    #expect(
      coordinate.norms.map(\.modality) == [.meldplicht, .verbod] && coordinate.norms[1].action == "kopen",
      "\(coordinate.norms)")
    // One dat-clause interrupted: still one ban.
    let one = analyser.analyseSentence("Wij verwachten dat je de geschenken die leveranciers sturen niet houdt.")
    #expect(one.modality == .verbod, "\(one.norms)")
  }

  @Test("a count written with '-maal' divides the unit: 'driemaal per jaar' is every four months")
  func timesWords() {
    let three = analyser.analyseSentence(
      "Een zakelijke relatie mag je niet vaker dan driemaal per jaar ontmoeten buiten kantoor.")
    #expect(three.periods.map { "\($0.value)/\($0.unit)/\($0.kind)" } == ["4.0/maand/frequentie"], "\(three.periods)")
    let twice = analyser.analyseSentence("Het team bespreekt tweemaal per jaar een dilemma.")
    #expect(twice.periods.map { "\($0.value)/\($0.unit)" } == ["6.0/maand"], "\(twice.periods)")
    // Without a count, once per unit.
    let once = analyser.analyseSentence("Het team bespreekt per jaar een dilemma.")
    #expect(once.periods.map { "\($0.value)/\($0.unit)" } == ["1.0/jaar"], "\(once.periods)")
  }

  @Test("a terse rule: after a label's colon, 'geen' bans what it names; 'geen … nodig' waives")
  func headlineAfterLabel() {
    let ban = analyser.analyseSentence("Nevenfuncties: geen bestuursfunctie bij een leverancier van de dienst.")
    #expect(ban.modality == .verbod && ban.addressee == "medewerker", "\(ban.norms)")
    let waiver = analyser.analyseSentence("Vrijwilligerswerk: geen toestemming vereist.")
    #expect(waiver.modality != .verbod, "\(waiver.norms)")
    let noObjection = analyser.analyseSentence("Lidmaatschap van een vakbond: geen bezwaar.")
    #expect(noObjection.modality != .verbod, "\(noObjection.norms)")
  }

  @Test("a terse rule: 'alleen voor …' after a label allows only that; a label of the employer's act is its task")
  func terseRestrictionAndTask() {
    let only = analyser.analyseSentence("Dienstauto en tankpas: uitsluitend voor ritten die het werk vraagt.")
    #expect(only.modality == .toestemming, "\(only.norms)")
    let task = analyser.analyseSentence("Publicatie: de nevenfuncties van de directie, elk jaar op de website.")
    #expect(task.modality == .gebod && task.addressee == "werkgever", "\(task.norms)")
    // A label with a verb after it is read as usual.
    let verb = analyser.analyseSentence("Publicatie: de directie maakt haar nevenfuncties openbaar.")
    #expect(verb.addressee == "directie", "\(verb.norms)")
  }

  @Test("an infinitive used as a noun names the one told after 'van': 'inlichten van de leidinggevende'")
  func nominalTelling() {
    let s = analyser.analyseSentence("Een belang in een dossier: direct informeren van de teamleider.")
    #expect(s.reportTo == ["leidinggevende"], "\(s.norms) \(s.reportTo)")
  }

  @Test("'als' with its subject, a relative clause between commas and then its verb is a condition")
  func conditionWithRelativeClause() {
    let s = analyser.analyseSentence(
      "Als een reis, die een leverancier je aanbiedt, meer dan € 50 waard is, meld je het bij de integriteitscoördinator.")
    #expect(s.modality == .meldplicht && s.conditional && s.reportTo == ["integriteitscoordinator"], "\(s.norms)")
    // "als" naming a capacity stays one.
    let capacity = analyser.analyseSentence("Als ambtenaar, die het algemeen belang dient, neem je geen geschenken aan.")
    #expect(capacity.modality == .verbod, "\(capacity.norms)")
  }

  @Test("more list items after a verb-final clause's verb stay in that clause")
  func listTailStays() {
    let denied = analyser.analyseSentence(
      "Het is niet zo dat je geen bestuurder mag zijn van een sportclub, een stichting of een vereniging.")
    #expect(denied.modality == .toestemming, "\(denied.norms)")
    let condition = analyser.analyseSentence(
      "Je meldt het als je een bestuursfunctie hebt bij een stichting, een vereniging of een bedrijf.")
    #expect(condition.modality == .meldplicht && condition.conditional, "\(condition.norms)")
  }

  @Test("'ook wanneer het dienstverband is beëindigd' is the time after the employment")
  func alsoAfterEnded() {
    for text in [
      "Je zwijgt over vertrouwelijke zaken, ook als je arbeidsovereenkomst is beëindigd.",
      "Vertrouwelijke stukken blijven geheim, ook wanneer het contract is geëindigd.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.temporal == .tijdensEnNa, "\(text): \(String(describing: s.temporal))")
    }
    // A condition on something else is no time after the employment.
    let other = analyser.analyseSentence("Je zwijgt over vertrouwelijke zaken, ook als een collega erom vraagt.")
    #expect(other.temporal == nil, "\(String(describing: other.temporal))")
  }

  @Test("another role that records what was reported ('gemelde geschenken') reports nothing itself")
  func keeperRecords() {
    let s = analyser.analyseSentence("Team HR registreert de gemelde nevenfuncties in het register.")
    #expect(s.modality == .gebod, "\(s.norms)")
    let reader = analyser.analyseSentence("Je registreert je nevenwerk in het register.")
    #expect(reader.modality == .meldplicht, "\(reader.norms)")
  }

  @Test("advice in the passive ('wordt aanbevolen', 'wordt aangeraden') is no duty")
  func adviceIsNoDuty() {
    for text in [
      "Het wordt aanbevolen om een dilemma met een collega te bespreken.",
      "Het wordt aangeraden om een dilemma met een collega te bespreken.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .uitgangspunt, "\(text): \(s.norms)")
    }
  }
}
