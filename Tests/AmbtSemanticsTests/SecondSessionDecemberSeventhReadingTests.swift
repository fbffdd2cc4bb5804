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

  @Test("'als' after a verb of designating names what something is made; the relative clause ends before the main verb")
  func designatedAs() {
    let s = analyser.analyseSentence(
      "Ambtenaren in een functie die door de directie is aangewezen als functie met een verhoogd risico van misbruik van voorkennis geven hun effecten op aan de secretaris."
    )
    #expect(s.modality == .meldplicht && !s.conditional && s.action == "opgeven", "\(s.norms)")
    // A condition after a verb that designates nothing stays one.
    let condition = analyser.analyseSentence("Je meldt het aan je leidinggevende als je twijfelt.")
    #expect(condition.conditional, "\(condition.norms)")
  }

  @Test("supplying the employer, whatever it is called, is about contracts and supplies")
  func supplyingTheEmployer() {
    for text in [
      "Medewerkers mogen niet leveren aan het waterschap.", "Je mag niet meedingen naar een opdracht van de dienst.",
    ] {
      #expect(analyser.analyseSentence(text).topics.contains("aannemingen-en-leveringen"), "\(text)")
    }
  }

  @Test("'als vrijwilliger' names a capacity, not a condition")
  func asVolunteer() {
    let s = analyser.analyseSentence("Als vrijwilliger meehelpen bij een collecte is toegestaan.")
    #expect(s.modality == .toestemming && !s.conditional, "\(s.norms)")
    let condition = analyser.analyseSentence("Als een vrijwilliger je om hulp vraagt, meld je dat bij je leidinggevende.")
    #expect(condition.conditional, "\(condition.norms)")
  }

  @Test("'heeft bepaald dat' frames its dat-clause as a decision of policy")
  func decidedThat() {
    let s = analyser.analyseSentence("De directie heeft bepaald dat declaraties van teamleiders niet worden vergoed zonder bon.")
    #expect(s.modality == .verbod && s.negated && s.action == "vergoeden", "\(s.norms)")
    let decides = analyser.analyseSentence("De teamleider bepaalt of je het cadeau mag houden.")
    #expect(decides.modality == .bevoegdheid, "\(decides.norms)")
  }
}
