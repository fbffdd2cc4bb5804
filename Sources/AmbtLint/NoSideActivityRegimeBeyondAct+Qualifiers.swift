import AmbtSemantics

extension NoSideActivityRegimeBeyondAct {
  /// Whether the clause that seemed to narrow the ban comes after words that widen it ("geen
  /// nevenwerkzaamheden, ook niet als die onbetaald zijn"): then it names more cases, not fewer.
  static func widened(_ s: SentenceAnalysis) -> Bool {
    WhyAndHowFar.widened(s.wordText) != nil
  }
  static let qualifierWords = RuleWords.list("NoSideActivityRegimeBeyondAct", "qualifiers")

  /// Whether a qualifier limits the ban: in the sentence's words before any widening words,
  /// without what says why the ban holds (`WhyAndHowFar.withoutWhy`: "Om elke schijn van
  /// belangenverstrengeling te voorkomen, verricht de medewerker geen nevenwerkzaamheden").
  static func namesQualifier(_ s: SentenceAnalysis) -> Bool {
    var text = WhyAndHowFar.withoutWhy(s.wordText)
    if let cut = WhyAndHowFar.widened(text) { text = String(text[..<cut]) + " " }
    if text == s.wordText { return s.mentions(qualifiers) }
    return qualifierWords.contains { text.byteRange(of: " " + $0) != nil }
  }
}
