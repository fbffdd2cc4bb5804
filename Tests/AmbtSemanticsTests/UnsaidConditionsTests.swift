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
