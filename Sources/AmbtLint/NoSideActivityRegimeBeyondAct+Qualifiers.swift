import AmbtSemantics

extension NoSideActivityRegimeBeyondAct {
  /// Words that widen a ban instead of limiting it: what follows them names cases it also covers
  /// ("ongeacht of zij verband houden met de functie").
  static let widening = [
    " ongeacht ", " los van ", " zelfs als ", " zelfs wanneer ", " ook als ", " ook wanneer ", " ook niet als ",
    " ook niet wanneer ",
  ]

  /// Whether the clause that seemed to narrow the ban comes after words that widen it ("geen
  /// nevenwerkzaamheden, ook niet als die onbetaald zijn"): then it names more cases, not fewer.
  static func widened(_ s: SentenceAnalysis) -> Bool {
    widening.contains { s.wordText.contains($0) }
  }
  /// Openings of a purpose put before the norm ("Ter waarborging van de onafhankelijkheid … is het
  /// de ambtenaar niet toegestaan …"): it says why, it does not limit.
  static let purposeOpenings = [" ter waarborging ", " ter bescherming ", " teneinde ", " met het oog op ", " gelet op "]
  /// Where the norm starts after such a purpose.
  static let normStarts = [" is het ", " is ", " mag ", " mogen ", " zijn ", " geldt "]
  static let qualifierWords = RuleWords.list("NoSideActivityRegimeBeyondAct", "qualifiers")

  /// Whether a qualifier limits the ban: in the sentence's words before any widening words and
  /// after a purpose that opens it.
  static func namesQualifier(_ s: SentenceAnalysis) -> Bool {
    var text = s.wordText
    if let cut = widening.compactMap({ text.range(of: $0)?.lowerBound }).min() { text = String(text[..<cut]) + " " }
    if purposeOpenings.contains(where: { text.hasPrefix($0) }),
      let start = normStarts.compactMap({ text.range(of: $0)?.lowerBound }).min()
    {
      text = String(text[start...])
    }
    if text == s.wordText { return s.mentions(qualifiers) }
    return qualifierWords.contains { text.contains(" " + $0) }
  }
}
