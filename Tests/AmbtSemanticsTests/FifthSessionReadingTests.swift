import AmbtSemantics
import Testing

/// Readings of the fifth session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct FifthSessionReadingTests {
  let analyser = NormAnalyser.shared

  @Test("'en' after the comma that closes a condition opens a second condition with its own subject")
  func coordinatedCondition() {
    let s = analyser.analyseSentence(
      "Als je in een aangewezen functie werkt, en je aandelen de gemeente kunnen raken, meld je die bij de secretaris.")
    #expect(s.modality == .meldplicht && s.conditional && s.reportTo == ["gemeentesecretaris"], "\(s.norms)")
    let relative = analyser.analyseSentence(
      "Wanneer je een functie hebt die in de bijlage staat, en je leningen de gemeente kunnen raken, geef je die op aan de secretaris."
    )
    #expect(relative.modality == .meldplicht && relative.conditional, "\(relative.norms)")
  }

  @Test("told not to believe what a dat-clause says, one is told it is not so")
  func believingDenied() {
    let s = analyser.analyseSentence("Denk niet dat je zwijgplicht eindigt op de dag dat je vertrekt.")
    #expect(s.modality != .verbod || s.action != "denken", "\(s.norms)")
    #expect(s.negated, "\(s.norms)")
  }

  @Test("'meld je dat' before a preposition takes 'dat' for the object")
  func objectDat() {
    let s = analyser.analyseSentence("Dan meld je dat bij de teamleider en neemt een collega het over.")
    #expect(s.modality == .meldplicht && s.reportTo == ["leidinggevende"], "\(s.norms)")
    // (A dat-clause with its own subject still opens one: the report is what it says.)
    let complement = analyser.analyseSentence("Je meldt de teamleider dat je een nevenfunctie hebt.")
    #expect(complement.modality == .meldplicht, "\(complement.norms)")
  }

  @Test("under 'Dat betekent:' an item with a norm of its own is read alone")
  func unfoldingLeadIn() {
    let item = analyser.analyseSentence(
      "ben je zelf betrokken bij een besluit, dan uit je je er in het openbaar niet over;",
      leadIn: "Je mag je mening geven, ook over de gemeente. Dat betekent:")
    #expect(item.modality == .verbod, "\(item.norms)")
    let found = analyser.analyse(
      "ben je zelf betrokken, dan uit je je er niet over; voor wie er niet bij betrokken is, geldt dit niet;",
      leadIn: "Je mag je mening geven. Dat betekent:")
    #expect(found.count == 2 && found[1].modality != .verbod, "\(found.map(\.norms))")
  }
}
