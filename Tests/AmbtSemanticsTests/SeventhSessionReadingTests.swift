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
}
