import AmbtSemantics

/// What a sentence says about why its norm holds, and words that widen it, and whether it only
/// restates a statute: shared by the rules that ask whether a ban is bounded the way the Act
/// bounds it (art. 8 for side activities, art. 10 for expression). Both work on a sentence's folded words (`SentenceAnalysis.wordText`,
/// a space before and after each word).
enum WhyAndHowFar {
  /// Words that widen a restriction instead of limiting it: what follows them names cases the
  /// restriction also covers ("ongeacht of deze verband houden met zijn functie", "ook niet als
  /// die onbetaald zijn", "ook buiten werktijd").
  /// (And a place named with everywhere else: "op het werk en daarbuiten", "binnen en buiten
  /// werktijd": no qualifier; and a concessive "whatever": "van welke aard of omvang ook".)
  static let widening = [
    " ongeacht ", " los van ", " zelfs als ", " zelfs wanneer ", " ook als ", " ook wanneer ", " ook buiten ", " ook niet ",
    " ook geen ",
    " op het werk en daarbuiten ", " op het werk en erbuiten ", " binnen en buiten ", " in en buiten ", " op en buiten ",
    " tijdens en buiten ", " zowel binnen als buiten ",
    // "zowel tijdens je werk als daarbuiten", "in je werk en daarbuiten", "ook in je vrije tijd".
    " zowel tijdens ", " en daarbuiten ", " als daarbuiten ", " en erbuiten ", " als erbuiten ", " ook in je vrije tijd ",
    " ook in uw vrije tijd ",
    // "helemaal geen", "in het geheel geen": none at all.
    " helemaal geen ", " in het geheel geen ",
    // "van welke aard of omvang ook", "in welke vorm ook": whatever it is.
    " van welke aard ", " van welke omvang ", " in welke vorm ", " in welke hoedanigheid ",
  ]

  /// Where the first widening words start, if any.
  static func widened(_ text: String) -> String.Index? {
    widening.compactMap { text.byteRange(of: $0)?.lowerBound }.min()
  }

  /// Openings of a ground or purpose put before the norm ("Gelet op zijn positie …", "Ter
  /// waarborging van de onafhankelijkheid …", "Omdat inwoners … moeten kunnen vertrouwen, …",
  /// "Om elke schijn van belangenverstrengeling te voorkomen en …, verricht de medewerker …").
  static let groundOpenings = [
    " gelet op ", " ter waarborging ", " ter bescherming ", " met het oog op ", " vanwege ", " omdat ", " aangezien ",
    " doordat ",
    " teneinde ", " om ",
  ]
  /// Openings of a condition before the norm, and the words of wishing that make it its occasion.
  static let occasionOpenings = [" indien ", " als ", " wanneer "]
  static let wishing = [" wil ", " wilt ", " willen "]
  /// Subjects after which a fronted ground has ended (the finite verb stands before them).
  static let subjects = [
    " de ambtenaar ", " de medewerker ", " de medewerkers ", " de werknemer ", " de werknemers ", " je ", " u ", " hij ",
    " medewerkers ", " ambtenaren ", " werknemers ",
    " zij ", " wij ", " we ",
  ]
  /// Frames that open the norm after a fronted ground ("… is het de ambtenaar niet toegestaan").
  static let frames = [" is het ", " mag ", " mogen ", " geldt "]

  /// The sentence's words without what says why: a ground or purpose put first (up to the word
  /// before the subject: its finite verb), a result clause at the end ("…, zodat bij inwoners
  /// geen twijfel ontstaat over uw onpartijdigheid", from `zodat` on) and an `om … te` purpose
  /// inside it (up to the word after `te`).
  static func withoutWhy(_ text: String) -> String {
    if let result = text.byteRange(of: " zodat ") { return withoutWhy(String(text[..<result.lowerBound]) + " ") }
    // "…, omdat de dienst onpartijdig moet blijven": a ground after the norm, no bound on it.
    // (Unless the ground is the Act's own test: "…, omdat de goede vervulling van hun functie dan
    // niet in redelijkheid is verzekerd".)
    for because in [" omdat ", " aangezien "] {
      if let ground = text.byteRange(of: because), ground.lowerBound > text.startIndex,
        !actsTest.contains(where: { text[ground.lowerBound...].byteRange(of: $0) != nil })
      {
        return withoutWhy(String(text[..<ground.lowerBound]) + " ")
      }
    }
    // "Indien u zich … over politieke kwesties zou willen uitspreken, dan ziet u daarvan af": a
    // condition that names the wish to act is the occasion of the norm, no bound on it.
    if occasionOpenings.contains(where: { text.hasPrefix($0) }), let then = text.byteRange(of: " dan "),
      wishing.contains(where: { text[..<then.upperBound].byteRange(of: $0) != nil })
    {
      return withoutWhy(String(text[text.index(before: then.upperBound)...]))
    }
    if let opening = groundOpenings.first(where: { text.hasPrefix($0) }) {
      let after = text.index(text.startIndex, offsetBy: opening.count - 1)
      let subject = subjects.compactMap { text.byteRange(of: $0, in: after..<text.endIndex)?.lowerBound }.min()
      let frame = frames.compactMap { text.byteRange(of: $0, in: after..<text.endIndex)?.lowerBound }.min()
      // The finite verb before an inverted subject, or the frame itself, whichever comes first.
      let verb = subject.flatMap { text[..<$0].lastIndex(of: " ") }
      if let cut = [verb, frame].compactMap({ $0 }).min(), cut > text.startIndex {
        return withoutWhy(String(text[cut...]))
      }
    }
    // (`te` may follow `om` at once: the search starts at the space they share.)
    guard let start = text.byteRange(of: " om "),
      let te = text.byteRange(of: " te ", in: text.index(before: start.upperBound)..<text.endIndex)
    else { return text }
    let rest = text[te.upperBound...]
    let end = rest.firstIndex(of: " ") ?? rest.endIndex
    // ("…, om te voorkomen dat inwoners aan je onpartijdigheid twijfelen": the purpose with its
    // dat-clause is all ground, unless it names the Act's own test.)
    if purposeVerbs.contains(String(rest[..<end])), rest[end...].hasPrefix(" dat "),
      !actsTest.contains(where: { text[start.lowerBound...].byteRange(of: $0) != nil })
    {
      return String(text[..<start.lowerBound]) + " "
    }
    return String(text[..<start.lowerBound]) + String(rest[end...])
  }

  /// Verbs of a purpose ("om te voorkomen dat …").
  static let purposeVerbs: Set<String> = ["voorkomen", "vermijden", "waarborgen", "garanderen", "zorgen", "bewaken"]

  /// Words of the Act's test for a restriction (art. 8 lid 1 a, art. 10 lid 1).
  static let actsTest = [" in redelijkheid ", " vervulling ", " functioneren "]
  static let lawForbids = PhraseList([
    "verbiedt", "niet toe", "sluit dat uit", "sluit het uit", "onverenigbaar", "dat uitsluit", "dit uitsluit", "het uitsluit",
  ])

  /// Words of a legal basis ("op grond van de Gemeentewet", "krachtens de Kieswet").
  /// (Or the law as the source put after it: "…; dat volgt uit de Gemeentewet".)
  static let basis = [" op grond van ", " krachtens ", " ingevolge ", " volgens ", " volgt uit ", " vloeit voort uit "]

  /// Whether the sentence restates what a law says ("Op grond van de Gemeentewet kunt u niet
  /// tegelijk medewerker en raadslid zijn"): a statute's own incompatibility is no ban of the code.
  /// A word of basis with a law's name (a word ending in `wet` or `wetboek`) within six words.
  static func restatesLaw(_ s: SentenceAnalysis) -> Bool {
    let text = s.wordText
    // ("…: de Waterschapswet staat dat voor medewerkers niet toe", "de Gemeentewet verbiedt het":
    // a law's name as the subject of forbidding.)
    // ("…; dat sluit de Gemeentewet uit": the law between the verb and its particle.)
    if (s.mentions(lawForbids) || s.mentions(["sluit", "sluiten"], within: 8, ["uit"]))
      && text.split(separator: " ").contains(where: { $0.count > 4 && $0.hasSuffix("wet") })
    {
      return true
    }
    for b in basis {
      var from = text.startIndex
      while let r = text.byteRange(of: b, in: from..<text.endIndex) {
        // (Within six words: "volgt uit artikel 13 van de Provinciewet".)
        let next = text[r.upperBound...].split(separator: " ", maxSplits: 6).prefix(6)
        if next.contains(where: { $0.hasSuffix("wet") || $0.hasSuffix("wetboek") }) { return true }
        from = text.index(before: r.upperBound)
      }
    }
    return false
  }

  /// Whether the sentence after `s` says the law it restates ("…; dat volgt uit de Gemeentewet").
  static func lawAfter(_ s: SentenceAnalysis, in m: RuleMeaning) -> Bool {
    guard let i = m.sentences.firstIndex(where: { $0.range == s.range }), i + 1 < m.sentences.count else { return false }
    let next = m.sentences[i + 1]
    // ("…; die onverenigbaarheid volgt uit artikel 13 van de Provinciewet".)
    return ["dat", "dit", "die", "deze"].contains { next.wordText.hasPrefix(" \($0) ") } && restatesLaw(next)
  }
}
