import AmbtSemantics

extension NoBlanketPoliticalBan {
  /// Words that widen a restriction instead of limiting it: what follows them names cases the
  /// restriction also covers ("ongeacht of deze verband houden met zijn functie").
  static let widening = [" ongeacht ", " los van ", " zelfs als ", " zelfs wanneer ", " ook als ", " ook wanneer "]

  /// Whether a qualifier ties the restriction to the function, before any widening words: after
  /// "ongeacht of …", a mention of the function widens the ban rather than bounding it.
  static func qualifies(_ s: SentenceAnalysis) -> Bool {
    let text = s.wordText
    guard let cut = widening.compactMap({ text.range(of: $0)?.lowerBound }).min() else { return s.mentions(qualifiers) }
    let head = text[..<cut] + " "
    return RuleWords.list("NoBlanketPoliticalBan", "qualifiers").contains { head.contains(" " + $0) }
  }
}
