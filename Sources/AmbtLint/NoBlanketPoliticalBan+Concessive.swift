import AmbtSemantics

extension NoBlanketPoliticalBan {
  /// Words by which a free relative clause names every employee.
  static let employedAnywhere = PhraseList([
    "in dienst", "werkzaam", "bij de gemeente", "voor de gemeente", "bij ons", "voor ons", "ambtenaar is", "medewerker is",
  ])
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
  static func namesQualifier<S: StringProtocol>(_ text: S, _ words: [String] = qualifierWords) -> Bool {
    words.contains { text.byteRange(of: " " + $0) != nil }
  }
  /// The qualifiers that are functions: they tie what one says in that function, never a
  /// membership ("Woordvoerders en bodes zijn geen lid van een politieke partij" bans it outright).
  static let functionNouns: Set<String> = ["woordvoerder", "voorlichter"]
  static let qualifiersButFunctions = qualifierWords.filter { !functionNouns.contains($0) }

  /// Whether a qualifier ties the restriction to the function, in `text` (the sentence's words
  /// without its purpose) before any widening words: after "ongeacht of …", a mention of the
  /// function widens the ban rather than bounding it.
  static func qualifies(_ s: SentenceAnalysis, _ text: String) -> Bool {
    let membership = s.mentions(memberships) && s.mentions(["partij"])
    let words = membership ? qualifiersButFunctions : qualifierWords
    if let cut = WhyAndHowFar.widened(text) { return namesQualifier(text[..<cut] + " ", words) }
    // The whole sentence: its prepared phrase search.
    return text == s.wordText && !membership ? s.mentions(qualifiers) : namesQualifier(text, words)
  }

  /// Whether a condition, a qualifier or the functioning test bounds the restriction. An
  /// exception that only leaves out what one says for the employer ("behoudens voor zover dat
  /// tot zijn functie behoort") bounds nothing of one's own expression: what stands after it
  /// counts only when it is the functioning test.
  static func bounded(_ s: SentenceAnalysis) -> Bool {
    // The Act's own test anywhere in the sentence ("… van uitingen waardoor de goede vervulling
    // van je functie … niet meer in redelijkheid verzekerd is"), after an aside that widens where
    // ("ook buiten je dienst") as well.
    if s.mentions(["in redelijkheid"]) && s.mentions(["vervulling", "functioneren"]) { return true }
    // "Wie een raadsvoorstel voorbereidt, spreekt zich niet in het openbaar uit over dat
    // voorstel": a free relative clause first names whom the restriction binds, those in a
    // situation of their work (not "Wie bij de gemeente werkt, …": everyone).
    if s.wordText.hasPrefix(" wie ") && !s.question && !s.mentions(employedAnywhere) { return true }
    // (So does a subject with a relative clause: "Een adviseur die een raadsvoorstel voorbereidt,
    // voert daar geen campagne tegen", "De inspecteur die de zaak behandelt, …".)
    // (And after a word of restriction, with or without an article: "Alleen medewerkers die het
    // college rechtstreeks adviseren, zijn … terughoudend …".)
    let w = s.wordText.split(separator: " ", maxSplits: 5)
    let only = w.first.map { ["alleen", "uitsluitend", "slechts"].contains($0) } == true ? 1 : 0
    let noun = only + (w.count > only && ["een", "de"].contains(w[only]) ? 1 : 0)
    if w.count > noun + 2, !s.question, !s.mentions(employedAnywhere), noun > 0, w[noun + 1] == "die" {
      return true
    }
    // ("Wanneer je voor de gemeente werkt, onthoud je je …": a condition that only says one works
    // for the employer bounds nothing; the rest of the sentence is read as if it stood alone.)
    if let rest = afterEmployment(s.wordText) {
      return functioningTest.contains(where: { rest.byteRange(of: $0) != nil }) || qualifies(s, rest)
    }
    // ("iemand in dienst van de provincie" names who, not when: no qualifier "in dienst".)
    var text = WhyAndHowFar.withoutWhy(s.wordText)
    // ("Het lidmaatschap van een politieke partij … verdraagt zich niet met de onafhankelijke
    // positie van het waterschap": what a denying main predicate says its subject does not fit
    // is why it is banned, no bound on it; unless it names the function or the Act's test.)
    if let cut = denyingComplement(text) { text = String(text[..<cut]) + " " }
    for employed in [" in dienst van ", " in dienst bij "] where text.byteRange(of: employed) != nil {
      text = text.replacingOccurrences(of: employed, with: " van ")
    }
    let widened = WhyAndHowFar.widened(text)
    // (After a ground put first, a condition only where its word is left once the ground is cut:
    // "Omdat de dienst als onpartijdig bekend moet staan, is het … niet toegestaan …" has none.)
    let groundOnly =
      WhyAndHowFar.groundOpenings.contains(where: s.wordText.hasPrefix) && !conditions.contains { text.byteRange(of: $0) != nil }
    guard let e = exceptions.compactMap({ text.byteRange(of: $0)?.lowerBound }).min(), widened.map({ e < $0 }) ?? true else {
      return s.conditional && !groundOnly || qualifies(s, text)
    }
    if functioningTest.contains(where: { text[e...].byteRange(of: $0) != nil }) { return true }
    let head = text[..<e] + " "
    return s.conditional && conditions.contains { head.byteRange(of: $0) != nil }
      || namesQualifier(head)
  }

  /// Whether a sentence asks to end or give up a political membership ("beëindigt hij dat
  /// lidmaatschap", "zeg je je lidmaatschap van een partij op").
  static func endsMembership(_ s: SentenceAnalysis) -> Bool {
    s.modality == .gebod && !s.negated && s.action.map(endingActs.contains) == true && s.mentions(memberships)
      && s.mentions(political)
  }
  static let endingActs: Set<String> = ["beeindigen", "opzeggen", "stoppen", "neerleggen", "opgeven"]
  static let memberships = PhraseList(["lidmaatschap", "lid van", "lid bent", "lid is", "lid zijn"])
  /// Words that tie the end of a membership to the function ("… als dat je functie raakt").
  static let functionTied = PhraseList(["functie", "functioneren", "dossier", "betrokken", "in redelijkheid"])

  /// The words after an opening condition that only says one works for the employer ("wanneer je
  /// voor de gemeente werkt", "zolang u bij de provincie in dienst bent", or verb first: "Werk je
  /// bij de dienst, dan …"); nil for any other.
  static func afterEmployment(_ words: String) -> String? {
    let w = words.split(separator: " ")
    guard w.count > 6 else { return nil }
    let verbFirst = ["werk", "werkt", "ben", "bent"].contains(w[0])
    guard verbFirst || ["wanneer", "als", "zolang", "nu"].contains(w[0]), ["je", "jij", "u", "we", "wij"].contains(w[1]),
      ["voor", "bij"].contains(w[2]), ["de", "het", "ons", "onze"].contains(w[3])
    else { return nil }
    var k = w[3] == "ons" ? 4 : 5
    if k < w.count, w[k] == "in" && k + 1 < w.count && w[k + 1] == "dienst" { k += 2 }
    if verbFirst {
      // (Verb first, the condition ends with its phrase, `werkzaam` perhaps, and `dan`.)
      guard w[0].hasPrefix("werk") || k > 5 else { return nil }
      if k < w.count, w[k] == "werkzaam" { k += 1 }
      if k < w.count, w[k] == "dan" { k += 1 }
      return k < w.count ? " " + w[k...].joined(separator: " ") + " " : nil
    }
    guard k < w.count, ["werkt", "werken", "bent", "is", "zijn", "werkzaam"].contains(w[k]) else { return nil }
    k += 1
    if k < w.count, w[k - 1] == "werkzaam", ["bent", "is", "zijn"].contains(w[k]) { k += 1 }
    return " " + w[k...].joined(separator: " ") + " "
  }

  /// Words that make a ban on membership or office political, not a ban on side activities
  /// ("bestuursfuncties in verenigingen" is a side activity).
  /// Predicates that deny what their subject names ("is voor jou niet weggelegd", "past niet",
  /// "verdraagt zich niet met", "strookt niet met").
  static let denying: Set<String> = [
    "wegleggen", "passen", "horen", "thuishoren", "verdragen", "stroken", "rijmen", "verenigen",
  ]
  /// Denying predicates with the word that opens what their subject does not fit.
  static let denyingPredicates = [
    " verdraagt zich niet met ", " verdragen zich niet met ", " strookt niet met ", " stroken niet met ",
    " rijmt niet met ", " rijmen niet met ", " past niet bij ", " passen niet bij ", " is onverenigbaar met ",
    " zijn onverenigbaar met ", " is niet verenigbaar met ", " zijn niet verenigbaar met ",
  ]
  /// Where the complement of a denying main predicate starts in `text` (folded words), when it
  /// names neither the function nor the Act's test; nil when there is none, or when the
  /// predicate stands in a relative or conditional clause ("partijwerk dat niet strookt met …").
  static func denyingComplement(_ text: String) -> String.Index? {
    guard let r = denyingPredicates.compactMap({ text.byteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
    else { return nil }
    let head = text[..<r.lowerBound]
    let rest = text[r.lowerBound...]
    guard ![" die ", " dat ", " wat "].contains(where: { head.byteRange(of: $0) != nil }),
      !conditions.contains(where: { head.byteRange(of: $0) != nil }),
      !([" functie", " ambt "] + functioningTest).contains(where: { rest.byteRange(of: $0) != nil })
    else { return nil }
    return r.upperBound
  }
  static let denyingWords = PhraseList(["hoort niet", "horen niet", "past niet", "passen niet", "strookt niet", "stroken niet"])
  static let political = PhraseList([
    "politiek", "politieke", "partij", "vakbond", "vakvereniging", "demonstr", "betoging", "mening", "uiting", "standpunt",
    "gemeenteraad", "kandida", "campagne",
  ])
}
