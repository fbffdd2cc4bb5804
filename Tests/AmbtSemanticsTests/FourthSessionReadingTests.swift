import AmbtSemantics
import Testing

/// Readings of the fourth session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct FourthSessionReadingTests {
  let analyser = NormAnalyser.shared

  @Test("'dat' right after 'zal' or a modal is a pronoun, not a dat-clause: the future's duty is read")
  func pronounAfterFuture() {
    let later = analyser.analyseSentence("Stop je met je bijbaan, dan zal dat binnen een week moeten worden opgegeven.")
    #expect(later.modality == .meldplicht && later.conditional, "\(later.norms)")
    let modal = analyser.analyseSentence("Krijg je een fooi, dan moet dat altijd worden doorgegeven aan de teamleider.")
    #expect(modal.modality == .meldplicht && modal.reportTo == ["leidinggevende"], "\(modal.norms)")
    // (A dat-clause with its own subject after `zullen`'s verb still opens one: "Je zult merken dat je …".)
    let complement = analyser.analyseSentence("Je zult merken dat je collega's je melding serieus nemen.")
    #expect(complement.modality != .meldplicht, "\(complement.norms)")
  }

  @Test("items under a lead-in that announces cases or conditions are cases of its norm, not norms of their own")
  func announcedCases() {
    let report = analyser.analyseSentence(
      "je meldt het vooraf bij je leidinggevende;",
      leadIn: "Dossiers neem je alleen mee naar huis in een van de volgende gevallen:")
    #expect(report.modality == .verbod && report.action == "meenemen", "\(report.norms)")
    let permit = analyser.analyseSentence(
      "de vereniging vraagt een vergunning aan bij de gemeente;",
      leadIn: "Een bestuursfunctie geef je op bij je leidinggevende in de volgende situaties:")
    #expect(permit.modality == .meldplicht && permit.action == "opgeven", "\(permit.norms)")
    let condition = analyser.analyseSentence(
      "je hebt de informatie nodig voor je eigen dossier;",
      leadIn: "Je raadpleegt het zaaksysteem alleen als aan alle onderstaande voorwaarden wordt voldaan:")
    #expect(condition.action == "raadplegen", "\(condition.norms)")
    // (A lead-in that asks what its items say keeps doing so: "Je meldt bij je leidinggevende:".)
    let plain = analyser.analyseSentence("elke nevenfunctie.", leadIn: "Je meldt bij je teamcoach:")
    #expect(plain.modality == .meldplicht && plain.reportTo == ["leidinggevende"], "\(plain.norms)")
  }

  @Test("a teamcoach is a leidinggevende; an HR-team is personeelszaken")
  func newRoleNames() {
    let coach = analyser.analyseSentence("Een agressieve klant meld je dezelfde dag bij je teamcoach.")
    #expect(coach.reportTo == ["leidinggevende"], "\(coach.norms)")
    let hr = analyser.analyseSentence("Je wijziging geef je door aan het P&O-team.")
    #expect(hr.reportTo == ["personeelszaken"], "\(hr.norms)")
  }

  @Test("`niet` right before a word of refraining asks the act; a refraining in another clause stays a ban")
  func notRefraining() {
    let duty = analyser.analyseSentence("Je laat de registratie van een cadeau niet achterwege, ook niet bij drukte.")
    #expect(duty.modality == .gebod && !duty.negated, "\(duty.norms)")
    let report = analyser.analyseSentence("Je laat niet na om een datalek te melden bij de privacy officer.")
    #expect(report.modality == .meldplicht, "\(report.norms)")
    let ban = analyser.analyseSentence("Je doet niet mee aan een campagne en van politieke uitspraken onthoud je je.")
    #expect(ban.modality == .verbod, "\(ban.norms)")
  }

  @Test("the employer's name joined to a unit or role inside a phrase stays in it: the subject is still the reader")
  func employerNameInPhrase() {
    let unit = analyser.analyseSentence("Wie een aangewezen functie bekleedt, meldt zijn aandelen bij Personeel en Organisatie.")
    #expect(unit.addressee == "medewerker" && unit.modality == .meldplicht, "\(unit.norms)")
    let joined = analyser.analyseSentence("Wie een nevenfunctie krijgt, meldt die bij de teamleider en de organisatie.")
    #expect(joined.addressee == "medewerker", "\(joined.norms)")
  }

  @Test("'geenszins zo dat', 'niet zo dat' deny their dat-clause, whatever verb closes it")
  func deniedStatement() {
    let free = analyser.analyseSentence("Het is geenszins zo dat je elke bijbaan moet opgeven.")
    #expect(free.modality == .toestemming && free.negated, "\(free.norms)")
    let attitude = analyser.analyseSentence("Het is niet zo dat de directie vrijwilligerswerk afkeurt.")
    #expect(attitude.modality != .verbod, "\(attitude.norms)")
  }

  @Test("a second main clause after a modal's infinitive, with its own subject, keeps its own negation")
  func secondClauseAfterModal() {
    let s = analyser.analyseSentence("Ken je de aanvrager, dan moet je dat doorgeven en beoordeel je het dossier niet zelf.")
    #expect(s.modality == .meldplicht && !s.negated, "\(s.norms)")
  }

  @Test("a question on what one does, answered by a phrase; 'wel' against a negated question")
  func whatAndWelAnswers() {
    let read = analyser.readingAnswers(
      analyser.analyse("Wat geef je op bij je leidinggevende? Elke nevenfunctie die de gemeente kan raken."))
    #expect(read.last?.modality == .meldplicht && read.last?.reportTo == ["leidinggevende"], "\(read.map(\.norms))")
    let wel = analyser.readingAnswers(analyser.analyse("Mag je in je vrije tijd geen politiek werk doen? Jawel."))
    #expect(wel.last?.modality == .toestemming && wel.last?.negated == false, "\(wel.map(\.norms))")
  }

  @Test("new words: access as misuse of powers, a side job, a seintje or heads-up given, 'aangeduid als'")
  func newWords() {
    let access = analyser.analyseSentence("Je toegang tot de basisregistratie gebruik je alleen voor je eigen taken.")
    #expect(access.topics.contains("misbruik-van-bevoegdheden"), "\(access.topics)")
    let job = analyser.analyseSentence("Een side job naast je werk is in principe geen probleem.")
    #expect(job.topics == ["nevenwerkzaamheden"], "\(job.topics)")
    let told = analyser.analyseSentence("Van elke uitnodiging geef je je teamhoofd vooraf een seintje.")
    #expect(told.modality == .meldplicht && told.reportTo == ["leidinggevende"], "\(told.norms)")
    let named = analyser.analyseSentence("In deze regeling worden stagiairs en uitzendkrachten aangeduid als medewerker.")
    #expect(named.modality == .definitie, "\(named.norms)")
    // ("een geraamde waarde vanaf …" is a contract's value, not a gift's.)
    let value = analyser.analyseSentence("Bij een opdracht met een geraamde waarde vanaf € 30.000 vraag je drie offertes.")
    #expect(!value.topics.contains("geschenken"), "\(value.topics)")
  }

  @Test("'Bij wie …? Bij …' answers to whom; 'mnd', 'wd', 'wk' are units of time; LG, IC and VPI are roles")
  func whomAndAbbreviations() {
    let whom = analyser.readingAnswers(analyser.analyse("Aan wie geef je een datalek door? Aan de privacy officer."))
    #expect(
      whom.last?.modality == .meldplicht && whom.last?.reportTo == ["functionaris-gegevensbescherming"], "\(whom.map(\.norms))")
    let months = analyser.analyseSentence("Opgave doen binnen 2 mnd. na de benoeming.")
    #expect(months.periods.map { "\($0.value) \($0.unit)" } == ["2.0 maand"], "\(months.periods)")
    let days = analyser.analyseSentence("Melden bij de LG uiterlijk 3 wd na ontvangst.")
    #expect(days.periods.first?.unit == .werkdag && days.reportTo == ["leidinggevende"], "\(days.periods) \(days.norms)")
    let coordinator = analyser.analyseSentence("Een vermoeden meld je bij de IC of de VPI.")
    #expect(coordinator.reportTo == ["integriteitscoordinator"], "\(coordinator.norms)")
  }
}
