import AmbtSemantics

extension NoBlanketPoliticalBan {
  /// Words that widen a restriction instead of limiting it: what follows them names cases the
  /// restriction also covers ("ongeacht of deze verband houden met zijn functie").
  static let widening = [
    " ongeacht ", " los van ", " zelfs als ", " zelfs wanneer ", " ook als ", " ook wanneer ", " ook buiten ", " ook niet ",
  ]
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

  /// The qualifiers as folded words (`qualifiers` is the same list prepared for a whole sentence).
  static let qualifierWords = RuleWords.list("NoBlanketPoliticalBan", "qualifiers")

  /// Whether one of the qualifiers starts a word of `text` (folded words, a space before each).
  static func namesQualifier<S: StringProtocol>(_ text: S) -> Bool { qualifierWords.contains { text.contains(" " + $0) } }

  /// "Teneinde de onpartijdigheid van de dienst te waarborgen onthoudt de ambtenaar zich van …":
  /// a purpose says why, it does not bound; its words are left out (up to the word after `te`).
  /// So is a result clause at the end ("…, zodat bij inwoners geen twijfel ontstaat over uw
  /// onpartijdigheid"): from `zodat` on.
  /// And so is a ground put first ("Gelet op zijn positie als ambtenaar … bekleedt de ambtenaar geen
  /// …"): up to the finite verb before the subject.
  static func withoutPurpose(_ text: String) -> String {
    if let result = text.range(of: " zodat ") { return withoutPurpose(String(text[..<result.lowerBound]) + " ") }
    if [" gelet op ", " ter waarborging ", " met het oog op ", " vanwege "].contains(where: { text.hasPrefix($0) }),
      let subject = [" de ambtenaar ", " de medewerker ", " de medewerkers ", " je ", " u ", " hij ", " wij ", " we "]
        .compactMap({ text.range(of: $0)?.lowerBound }).min(),
      let verb = text[..<subject].lastIndex(of: " ")
    {
      return withoutPurpose(String(text[verb...]))
    }
    // ("Om je onpartijdigheid niet in de waagschaal te stellen, doe je …": `om … te` first.)
    let opening = text.hasPrefix(" om ") ? text.range(of: " om ") : text.range(of: " teneinde ")
    guard let start = opening, let te = text.range(of: " te ", range: start.upperBound..<text.endIndex)
    else { return text }
    let rest = text[te.upperBound...]
    let end = rest.firstIndex(of: " ") ?? rest.endIndex
    return String(text[..<start.lowerBound]) + String(rest[end...])
  }

  /// Whether a qualifier ties the restriction to the function, in `text` (the sentence's words
  /// without its purpose) before any widening words: after "ongeacht of …", a mention of the
  /// function widens the ban rather than bounding it.
  static func qualifies(_ s: SentenceAnalysis, _ text: String) -> Bool {
    if let cut = widening.compactMap({ text.range(of: $0)?.lowerBound }).min() { return namesQualifier(text[..<cut] + " ") }
    // The whole sentence: its prepared phrase search.
    return text == s.wordText ? s.mentions(qualifiers) : namesQualifier(text)
  }

  /// Whether a condition, a qualifier or the functioning test bounds the restriction. An
  /// exception that only leaves out what one says for the employer ("behoudens voor zover dat
  /// tot zijn functie behoort") bounds nothing of one's own expression: what stands after it
  /// counts only when it is the functioning test.
  static func bounded(_ s: SentenceAnalysis) -> Bool {
    let text = withoutPurpose(s.wordText)
    let widened = widening.compactMap { text.range(of: $0)?.lowerBound }.min()
    guard let e = exceptions.compactMap({ text.range(of: $0)?.lowerBound }).min(), widened.map({ e < $0 }) ?? true else {
      return s.conditional || qualifies(s, text)
    }
    if functioningTest.contains(where: { text[e...].contains($0) }) { return true }
    let head = text[..<e] + " "
    return s.conditional && conditions.contains { head.contains($0) }
      || namesQualifier(head)
  }

  /// Words of a legal basis ("op grond van de Gemeentewet", "krachtens de Kieswet").
  static let basis = [" op grond van ", " krachtens ", " ingevolge ", " volgens "]

  /// Whether the sentence restates what a law says ("Op grond van de Gemeentewet kunt u niet
  /// tegelijk medewerker en raadslid zijn"): a statute's own incompatibility is no ban of the code.
  /// A word of basis with a law's name (a word ending in `wet` or `wetboek`) within four words.
  static func restatesLaw(_ s: SentenceAnalysis) -> Bool {
    let text = s.wordText
    for b in basis {
      var from = text.startIndex
      while let r = text.range(of: b, range: from..<text.endIndex) {
        let next = text[r.upperBound...].split(separator: " ", maxSplits: 4).prefix(4)
        if next.contains(where: { $0.hasSuffix("wet") || $0.hasSuffix("wetboek") }) { return true }
        from = text.index(before: r.upperBound)
      }
    }
    return false
  }

  /// Words that make a ban on membership or office political, not a ban on side activities
  /// ("bestuursfuncties in verenigingen" is a side activity).
  static let political = PhraseList([
    "politiek", "politieke", "partij", "vakbond", "vakvereniging", "demonstr", "betoging", "mening", "uiting", "standpunt",
    "gemeenteraad", "kandida", "campagne",
  ])
}
