import AmbtSemantics
import Testing

/// Readings of the sixth session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct SixthSessionReadingTests {
  let analyser = NormAnalyser.shared

  @Test("'zie je ervan af' is a verb with its inverted subject; 'Zie artikel 3' points")
  func seeWithSubject() {
    let s = analyser.analyseSentence(
      "Als een bericht op sociale media je onpartijdigheid aantast, zie je ervan af.")
    #expect(s.modality == .verbod && s.action == "afzien" && s.conditional, "\(s.norms)")
    let pointer = analyser.analyseSentence("Zie artikel 3 voor de regels over geschenken.")
    #expect(pointer.modality == .geen, "\(pointer.norms)")
  }

  @Test("'Wat doe je:' before an answer is a question's label: the answer is read alone")
  func whatDoYouDo() {
    let nothing = analyser.analyse("Wat doe je: niets.", base: 0, context: .rule)
    #expect(nothing.count == 1 && nothing[0].modality == .geen, "\(nothing.map(\.norms))")
    let report = analyser.analyse("Wat doet u: u meldt de uitnodiging bij de secretaris.", base: 0, context: .rule)
    #expect(
      report.count == 1 && report[0].modality == .meldplicht && report[0].reportTo == ["gemeentesecretaris"],
      "\(report.map(\.norms))")
  }
}
