import AmbtSemantics
import Testing

/// Readings of the seventh session of 5 December 2026, each in wordings of its own.
@Suite struct CountsAndFrequenciesTests {
  let analyser = NormAnalyser.shared

  @Test("'N keer per jaar' is every 12/N months, not once a year")
  func timesPerUnit() {
    let cases: [(String, Double, String)] = [
      ("Je bespreekt twee keer per jaar je nevenwerkzaamheden met je leidinggevende.", 6, "maand"),
      ("Het team evalueert de afspraken vier maal per jaar.", 3, "maand"),
      ("De vertrouwenspersoon brengt drie keer per jaar verslag uit aan het college.", 4, "maand"),
      ("De code wordt één keer per jaar besproken in het MT.", 1, "jaar"),
      ("Je meldt eenmaal per jaar je financiële belangen.", 1, "jaar"),
      ("De integriteitscoördinator overlegt twee keer per week met de secretaris.", 0.5, "week"),
      ("Jaarlijks bespreek je de gedragscode in het teamoverleg.", 1, "jaar"),
    ]
    for (text, value, unit) in cases {
      let s = analyser.analyseSentence(text)
      let f = s.periods.filter { $0.kind == .frequentie }
      #expect(f.count == 1 && f.first?.value == value && f.first?.unit.rawValue == unit, "\(text): \(s.periods)")
    }
    // (A deadline stays a deadline, and an amount's rate no frequency.)
    let deadline = analyser.analyseSentence("Je meldt een nevenfunctie binnen twee weken bij P&O.")
    #expect(deadline.periods.map(\.kind) == [.binnen], "\(deadline.periods)")
  }
}
