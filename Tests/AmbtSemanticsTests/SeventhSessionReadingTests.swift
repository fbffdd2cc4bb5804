import AmbtSemantics
import Testing

/// Readings of the seventh session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct SeventhSessionReadingTests {
  let analyser = NormAnalyser.shared

  @Test("subordinate clauses put first without a comma end where a second finite verb and its subject follow")
  func twoFiniteVerbsMeet() {
    for text in [
      "Omdat de raad op ons moet kunnen rekenen is het de medewerker niet toegestaan geschenken aan te nemen.",
      "Zolang het onderzoek loopt mag de medewerker het dossier niet inzien.",
      "Als de waarde niet bekend is neemt de medewerker het geschenk niet aan.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .verbod && s.addressee == "medewerker", "\(text): \(s.norms)")
    }
    // One finite verb after the clause's own cluster, no subject after it: still one clause.
    let one = analyser.analyseSentence("Als je twijfelt of een geschenk mag, vraag je het je leidinggevende.")
    #expect(one.conditional && one.addressee == "medewerker", "\(one.norms)")
  }

  @Test("a clause with 'evenmin' and no verb of its own repeats the predicate before it")
  func evenminRepeats() {
    let allowed = analyser.analyse(
      "Een bijbaan in de horeca is niet verboden, en vrijwilligerswerk evenmin.", base: 0, context: .rule)
    #expect(
      allowed.count == 1 && !allowed[0].norms.contains { $0.modality == .verbod }, "\(allowed.map(\.norms))")
    let banned = analyser.analyse(
      "Contant geld aannemen is niet toegestaan, en cadeaubonnen evenmin.", base: 0, context: .rule)
    #expect(
      banned.count == 1 && banned[0].norms.allSatisfy { $0.modality == .verbod }, "\(banned.map(\.norms))")
  }

  @Test("'ik' is the reader as subject, as 'je' is")
  func firstPerson() {
    let ban = analyser.analyseSentence("Ik ben geen bestuurder van een bedrijf dat zaken doet met de gemeente.")
    #expect(ban.modality == .verbod && ban.addressee == "medewerker", "\(ban.norms)")
    let report = analyser.analyseSentence("Een aanbod van een leverancier meld ik bij mijn teamleider.")
    #expect(report.modality == .meldplicht && report.reportTo == ["leidinggevende"], "\(report.norms)")
  }

  @Test("'zien op' with a provision as subject says what it concerns; it binds no one")
  func zienOpConcerns() {
    for text in ["Artikel 4 ziet niet op vrijwilligerswerk.", "Deze regeling ziet op alle medewerkers."] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .geen, "\(text): \(s.norms)")
    }
    // A person who sees to it still acts.
    let duty = analyser.analyseSentence("De leidinggevende ziet erop toe dat geschenken worden gemeld.")
    #expect(duty.modality != .geen, "\(duty.norms)")
  }

  @Test("a comma after a compound's first part ('een familie-, vriendschaps- of …') stays inside the clause")
  func commaAfterCompoundPart() {
    let s = analyser.analyseSentence(
      "Als een zakelijke-, familie- of vriendschapsband bestaat en de een de ander beoordeelt, moet dit worden gemeld.")
    #expect(s.modality == .meldplicht && s.conditional, "\(s.norms)")
  }

  @Test("'Zonder … te melden' first in a sentence is an infinitive clause; the act is the main clause's")
  func frontedWithout() {
    let s = analyser.analyseSentence("Zonder het te melden mag je een boek van een uitgever houden.")
    #expect(s.modality == .toestemming && s.action == "houden", "\(s.norms)")
  }

  @Test("a particle after the phrase that ends a relative clause belongs to the main verb ('Geef … op aan')")
  func particleAfterPhrase() {
    let s = analyser.analyseSentence("Geef je belangen in bedrijven die werken voor de gemeente op aan de secretaris.")
    #expect(s.modality == .meldplicht && s.action == "opgeven" && s.reportTo == ["gemeentesecretaris"], "\(s.norms)")
  }

  @Test("a keeper who records the reports, active or passive, makes no report and receives none from the reader")
  func keeperRecords() {
    let active = analyser.analyseSentence("De vertrouwenspersoon registreert elke melding in een register.")
    #expect(active.modality == .gebod && active.reportTo.isEmpty, "\(active.norms)")
    let passive = analyser.analyseSentence("Elke melding wordt door de vertrouwenspersoon geregistreerd.")
    #expect(passive.reportTo.isEmpty, "\(passive.norms) \(passive.reportTo)")
    // The reader who has a gift recorded reports it to the keeper.
    let reader = analyser.analyseSentence("Laat het geschenk in het register opnemen door de secretaris.")
    #expect(reader.modality == .meldplicht && reader.reportTo == ["gemeentesecretaris"], "\(reader.norms)")
  }

  @Test("every item of a listed object keeps its topic beside the beneficiaries after it")
  func listedObject() {
    let s = analyser.analyseSentence(
      "Je gebruikt je functie, je bevoegdheden en je netwerk niet voor je partner, je kinderen of je vrienden.")
    #expect(s.topics.contains("misbruik-van-bevoegdheden"), "\(s.topics)")
  }

  @Test("'een etmaal' is a day")
  func etmaal() {
    let s = analyser.analyseSentence("Een datalek meld je binnen een etmaal bij de servicedesk.")
    #expect(s.periods.map(\.days) == [1], "\(s.periods)")
  }
}
