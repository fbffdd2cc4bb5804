import AmbtSemantics
import Testing

/// Readings met in the seventy-first to seventy-third batches of whole codes, each in wordings
/// of its own.
@Suite struct FreeRelativeAndWaiverTests {
  let analyser = NormAnalyser.shared

  @Test("a free relative clause before the main clause's verb and subject is not the act; one that is the subject stays")
  func freeRelative() {
    let kept = analyser.analyseSentence("Wat je van een leverancier krijgt, mag je niet houden.")
    #expect(kept.action == "houden" && kept.modality == .verbod, "\(kept.norms)")
    let subject = analyser.analyseSentence("Wat je online zegt, kan de gemeente schaden.")
    #expect(subject.modality != .toestemming, "\(subject.norms)")
  }

  @Test("', die beslist of …' after a role is a relative clause; 'doet of wil doen' closes the relative clause")
  func relativeAfterComma() {
    let s = analyser.analyseSentence(
      "Een uitnodiging wordt gemeld bij de teamleider, die beslist of die mag worden aangenomen.")
    #expect(s.action == "melden" && s.reportTo == ["leidinggevende"], "\(s.norms)")
    let t = analyser.analyseSentence(
      "Een cadeau van een bedrijf dat met de gemeente zaken doet of wil doen, neem je niet aan.")
    #expect(t.action == "aannemen" && t.modality == .verbod, "\(t.norms)")
  }

  @Test("'zonder … te melden' after an affirmative clause waives the report; the clause's own report still counts")
  func withoutTelling() {
    let waived = analyser.analyseSentence("Hou het boek zelf, zonder het te melden.")
    #expect(waived.modality != .meldplicht, "\(waived.norms)")
    let direct = analyser.analyseSentence(
      "Je kunt een vermoeden ook rechtstreeks, zonder eerst intern te melden, melden bij het Huis voor Klokkenluiders.")
    #expect(direct.modality == .toestemming && direct.reportTo == ["huis-voor-klokkenluiders"], "\(direct.norms)")
  }

  @Test("'Doe niet:' bans its items; a later sentence with a label of its own is not read under it")
  func doNotLabel() {
    let items = analyser.analyse(
      "subsidieaanvragen van je buren behandelen. Doe wel: geef ze door aan een collega.", leadIn: "Doe niet:")
    #expect(items.first?.modality == .verbod, "\(items.map(\.norms))")
    #expect(items.count == 2 && items[1].modality != .verbod, "\(items.map(\.norms))")
  }

  @Test("'betaald noch onbetaald' and 'zowel betaald als onbetaald' are no verbs")
  func paidPairs() {
    for text in [
      "Medewerkers verrichten geen nevenwerk, betaald noch onbetaald.",
      "Medewerkers melden al hun nevenwerk, zowel betaald als onbetaald.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.action != "betalen", "\(text): \(s.norms)")
    }
  }
}
