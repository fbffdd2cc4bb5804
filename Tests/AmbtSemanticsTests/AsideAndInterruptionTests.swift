import AmbtSemantics
import Testing

/// Clauses that an aside or a condition between commas interrupts, met in the sixtieth to
/// sixty-second batches of whole codes, each in wordings of its own.
@Suite struct AsideAndInterruptionTests {
  let analyser = NormAnalyser.shared

  @Test("a verb-first condition runs over an aside with a clause of its own; 'meld dat dan' has `dat` as its object")
  func conditionOverAside() {
    let s = analyser.analyseSentence(
      "Heb je een belang bij een aanvraag, bijvoorbeeld omdat je buurman de aanvrager is, meld dat dan vooraf bij je teamleider en draag de aanvraag over aan een collega."
    )
    #expect(s.conditional && s.modality == .meldplicht && s.action == "melden", "\(s.norms)")
    #expect(s.reportTo.first == "leidinggevende")
  }

  @Test("a condition between commas before a verb-final clause's verb interrupts it; 'voor zover dat' has `dat` as subject")
  func interruptedCondition() {
    for text in [
      "Het staat je vrij je mening te uiten, behalve wanneer daardoor het goed functioneren van de dienst, voor zover dat met je functie samenhangt, niet meer is gewaarborgd.",
      "Het staat u vrij uw mening te uiten, behalve wanneer daardoor de vervulling van uw functie, voor zover deze met de dienst samenhangt, niet in redelijkheid is verzekerd.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .toestemming && !s.negated && s.conditional, "\(text): \(s.norms)")
    }
  }

  @Test("'laat … na' and 'laat … achterwege' refrain: a ban, also with its limit after it")
  func refrain() {
    for text in [
      "U laat dat na als uw functie daardoor schade lijdt.",
      "Wij laten een uiting achterwege wanneer die onze functie schaadt.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .verbod && s.negated, "\(text): \(s.norms)")
    }
  }
}
