import AmbtSemantics

extension NoBlanketPoliticalBan {
  /// Words that widen a restriction instead of limiting it: what follows them names cases the
  /// restriction also covers ("ongeacht of deze verband houden met zijn functie").
  static let widening = [" ongeacht ", " los van ", " zelfs als ", " zelfs wanneer ", " ook als ", " ook wanneer "]
  /// Words that open an exception: what follows them is what the restriction leaves out.
  static let exceptions = [" tenzij ", " behoudens ", " behalve ", " uitgezonderd "]
  /// Words of a condition that bounds a restriction.
  static let conditions = [
    " als ", " indien ", " wanneer ", " mits ", " voor zover ", " voorzover ", " zolang ", " waardoor ", " op voorwaarde ",
  ]
  /// The functioning test of art. 10 in other words than the qualifiers' ("tenzij de goede
  /// vervulling van je functie daardoor niet in gevaar komt").
  static let functioningTest = [
    " vervulling", " functioneren", " functionering", " in redelijkheid", " schaadt", " schaden", " schade", " in gevaar",
  ]

  /// Whether a qualifier ties the restriction to the function, before any widening words: after
  /// "ongeacht of …", a mention of the function widens the ban rather than bounding it.
  static func qualifies(_ s: SentenceAnalysis) -> Bool {
    let text = withoutPurpose(s.wordText)
    guard text != s.wordText else { return qualifiesText(text, s) }
    return qualifiesText(text, nil)
  }

  /// "Teneinde de onpartijdigheid van de dienst te waarborgen onthoudt de ambtenaar zich van …":
  /// a purpose says why, it does not bound; its words are left out (up to the word after `te`).
  static func withoutPurpose(_ text: String) -> String {
    guard let start = text.range(of: " teneinde "), let te = text.range(of: " te ", range: start.upperBound..<text.endIndex)
    else { return text }
    let rest = text[te.upperBound...]
    let end = rest.firstIndex(of: " ") ?? rest.endIndex
    return String(text[..<start.lowerBound]) + String(rest[end...])
  }

  /// `qualifies` on `text`; with the analysis given, its prepared phrase search where no
  /// widening word cuts the text.
  static func qualifiesText(_ text: String, _ s: SentenceAnalysis?) -> Bool {
    guard let cut = widening.compactMap({ text.range(of: $0)?.lowerBound }).min() else {
      if let s { return s.mentions(qualifiers) }
      return RuleWords.list("NoBlanketPoliticalBan", "qualifiers").contains { text.contains(" " + $0) }
    }
    let head = text[..<cut] + " "
    return RuleWords.list("NoBlanketPoliticalBan", "qualifiers").contains { head.contains(" " + $0) }
  }

  /// Whether a condition, a qualifier or the functioning test bounds the restriction. An
  /// exception that only leaves out what one says for the employer ("behoudens voor zover dat
  /// tot zijn functie behoort") bounds nothing of one's own expression: what stands after it
  /// counts only when it is the functioning test.
  static func bounded(_ s: SentenceAnalysis) -> Bool {
    let text = withoutPurpose(s.wordText)
    let widened = widening.compactMap { text.range(of: $0)?.lowerBound }.min()
    guard let e = exceptions.compactMap({ text.range(of: $0)?.lowerBound }).min(), widened.map({ e < $0 }) ?? true else {
      return s.conditional || qualifies(s)
    }
    if functioningTest.contains(where: { text[e...].contains($0) }) { return true }
    let head = text[..<e] + " "
    return s.conditional && conditions.contains { head.contains($0) }
      || RuleWords.list("NoBlanketPoliticalBan", "qualifiers").contains { head.contains(" " + $0) }
  }
}
