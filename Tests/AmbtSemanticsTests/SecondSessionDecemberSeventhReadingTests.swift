import AmbtSemantics
import Testing

/// Readings of the second session of 7 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct SecondSessionDecemberSeventhReadingTests {
  let analyser = NormAnalyser.shared

  @Test("'als' before a noun phrase whose first finite verb follows 'en' compares; no condition")
  func comparativeAls() {
    let s = analyser.analyseSentence("Je gedraagt je als een betrouwbare collega en meldt misstanden bij je teamleider.")
    #expect(!s.conditional && s.norms.count == 2 && s.norms[1].modality == .meldplicht, "\(s.norms)")
    // A condition whose verb follows its own subject stays one.
    let condition = analyser.analyseSentence("Als een leverancier belt en om informatie vraagt, verwijs je hem naar Inkoop.")
    #expect(condition.conditional, "\(condition.norms)")
  }

  @Test("'eens in de drie jaar' is a frequency, not a period that lasts")
  func onceInEvery() {
    let s = analyser.analyseSentence("De directie laat de code eens in de drie jaar toetsen.")
    #expect(s.periods.map { "\($0.value) \($0.unit.rawValue) \($0.kind.rawValue)" } == ["3.0 jaar frequentie"], "\(s.periods)")
    let k = analyser.analyseSentence("Je volgt een keer in de twee jaar een training.")
    #expect(k.periods.first?.kind == .frequentie, "\(k.periods)")
    let lasting = analyser.analyseSentence("De afkoelperiode duurt twee jaar.")
    #expect(lasting.periods.first?.kind == .termijn, "\(lasting.periods)")
  }

  @Test("'niet gehouden' with its object before 'te' denies the duty")
  func notBoundAcrossObject() {
    let s = analyser.analyseSentence(
      "Een medewerker is niet gehouden een vermoeden van fraude eerst bij de eigen afdeling te melden.")
    #expect(s.modality == .toestemming && s.negated, "\(s.norms)")
    // Bound, with its object between: a duty.
    let bound = analyser.analyseSentence("Een medewerker is gehouden een vermoeden van fraude direct te melden.")
    #expect(bound.modality != .toestemming && !bound.negated, "\(bound.norms)")
  }
}
