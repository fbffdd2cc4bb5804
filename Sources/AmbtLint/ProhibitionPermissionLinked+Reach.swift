import AmbtModel
import AmbtSemantics

/// Whether a ban reaches the case a permission allows. A ban contradicts a permission only when
/// the permitted case falls under it: "Je neemt geen geschenken aan" reaches "je mag een bos
/// bloemen houden", but "Geld neem je nooit aan" or "Tijdens een aanbesteding neem je niets aan"
/// names cases of its own and leaves "een attentie tot € 50 mag je houden" alone; nor does a ban
/// on asking ("Je vraagt nooit om geschenken") reach a permission to accept.
extension ProhibitionPermissionLinked {
  /// Verbs of asking for something (not of accepting it).
  static let soliciting = RuleWords.set("ProhibitionPermissionLinked", "soliciting")
  /// Words that many sentences of a code share without naming what a norm is about.
  static let frameWords = RuleWords.set("ProhibitionPermissionLinked", "frameWords")
  /// Words after a noun that narrow it: a relative pronoun or a preposition of a qualifier.
  static let narrowing = RuleWords.set("ProhibitionPermissionLinked", "narrowing")
  /// Derivational endings that two words share without sharing a head (`attentie`, `informatie`).
  static let endings = ["tie", "sie", "ing", "heid", "teit", "lijk", "isch", "baar", "ers", "aar", "ster", "ijn", "ief"]

  /// Whether `ban` reaches `permission` on `topic`: the ban names the topic itself (its label or
  /// a synonym, as the vocabulary has them), or the two share a word of what they are about.
  static func reaches(_ ban: SentenceAnalysis, _ permission: SentenceAnalysis, topic: String, vocabulary: Vocabulary)
    -> Bool
  {
    if let a = ban.action, let p = permission.action, soliciting.contains(a) != soliciting.contains(p) { return false }
    // A permission bounded by the functioning test ("… mag je hebben, mits de goede vervulling van
    // je functie … verzekerd blijft") leaves room for a narrower ban ("Financiële belangen die in
    // bijlage 1 … als verboden zijn aangemerkt, bezit je niet"): no contradiction.
    if permission.conditional && permission.mentions(harmWords) && ban.qualified { return false }
    // A ban on dearer gifts than a permission's limit ("Geschenken met een hogere waarde … worden
    // niet aangenomen" beside "… van niet meer dan vijfentwintig euro … behouden") meets none of
    // what it permits.
    if ban.amounts.isEmpty && ban.mentions(GiftRequiresConsent.aboveWords),
      permission.amounts.contains(where: { $0.boundary == .lt || $0.boundary == .le })
    {
      return false
    }
    // A ban bound to a situation ("Loopt er een aanbesteding, dan neem je ook geen attentie aan")
    // is the exception to a permission that is not, or that is bound only to a value ("Blijft de
    // waarde onder die vijfentwintig euro, dan mag je haar houden").
    if ban.conditional && (!permission.conditional || !permission.amounts.isEmpty && ban.amounts.isEmpty) { return false }
    // So is a ban that a relative clause narrows to some givers ("… geen geschenk van een partij
    // waarmee een aanbesteding loopt") beside a permission bound to a value.
    if ban.qualified && !ban.conditional && ban.amounts.isEmpty && !permission.amounts.isEmpty {
      return false
    }
    // So is one that says it holds in every case ("U neemt een geschenk in geen geval aan wanneer
    // het uit geld bestaat"): the relation is stated.
    if ban.conditional && ban.mentions(Self.everyCase) { return false }
    if namesTopic(ban, topic, vocabulary: vocabulary) { return true }
    let banWords = contentWords(ban)
    let permissionWords = contentWords(permission)
    return banWords.contains { b in permissionWords.contains { sameHead(b, $0) } }
  }

  /// Whether the sentence names the topic itself (its label or a synonym, as the vocabulary has
  /// them), unless a relative clause or a phrase right after it narrows it ("geschenken die bij
  /// je thuis worden bezorgd", "geschenken met een waarde boven € 50").
  static func namesTopic(_ s: SentenceAnalysis, _ topic: String, vocabulary: Vocabulary) -> Bool {
    guard let (general, phrases) = generalTerms(topic, vocabulary), mayName(s, general, phrases) else { return false }
    let words = s.wordText.split(separator: " ")
    for (i, w) in words.enumerated() where w.utf8.count >= 4 && general.contains(stem(String(w))) {
      if i + 1 == words.count || !narrowing.contains(String(words[i + 1])) { return true }
      // ("ieder geschenk dat hem wordt aangeboden", "geschenken die je krijgt": every one.)
      if i > 0 && quantifiers.contains(String(words[i - 1])) { return true }
      if words[(i + 1)..<min(words.count, i + 9)].contains(where: { getting.contains(String($0)) }) { return true }
    }
    // A phrase of several words ("sociale media"): its words in a row.
    return phrases.contains { s.wordText.byteRange(of: $0) != nil }
  }

  /// A topic's own words (its label and synonyms) as stems, and its phrases of several words
  /// (" sociale media "), made once per topic of the shared vocabulary.
  static func generalTerms(_ topic: String, _ vocabulary: Vocabulary) -> (Set<String>, [String])? {
    if let known = sharedTerms[topic] { return known }
    guard let term = vocabulary.topics.term(topic) else { return nil }
    return terms(of: term)
  }

  static func terms(of term: VocabularyTerm) -> (Set<String>, [String]) {
    let all = [term.nl] + term.synonyms
    return (
      Set(all.map { stem(TextFold.fold($0)) }), all.filter { $0.contains(" ") }.map { " \(TextFold.fold($0)) " }
    )
  }

  static let sharedTerms: [String: (Set<String>, [String])] = Dictionary(
    Vocabulary.shared.topics.terms.map { ($0.id, terms(of: $0)) }, uniquingKeysWith: { a, _ in a })

  /// Whether a word of the sentence may start one of the topic's stems (a quick test before the
  /// words are split and stemmed).
  static func mayName(_ s: SentenceAnalysis, _ general: Set<String>, _ phrases: [String]) -> Bool {
    general.contains { s.wordText.byteRange(of: " " + String($0.prefix(4))) != nil } || !phrases.isEmpty
  }

  /// Words by which a ban says it holds whatever else allows.
  static let everyCase = PhraseList(["in geen geval", "in geen enkel geval", "onder geen beding", "nooit"])

  static let quantifiers: Set<String> = ["elk", "elke", "ieder", "iedere", "alle", "al"]
  /// Verbs of being given something: a relative clause of only these narrows nothing.
  static let getting: Set<String> = [
    "krijgt", "krijg", "krijgen", "ontvangt", "ontvang", "ontvangen", "aangeboden", "aanbiedt", "gegeven", "geeft",
  ]

  /// Whether the sentence names the topic only narrowed ("Een geschenk dat op uw huisadres wordt
  /// bezorgd, meldt u …"): about some of it, not all.
  static func namesTopicOnlyNarrowed(_ s: SentenceAnalysis, _ topic: String, vocabulary: Vocabulary) -> Bool {
    guard let (general, phrases) = generalTerms(topic, vocabulary), mayName(s, general, phrases) else { return false }
    let named = s.wordText.split(separator: " ").contains { $0.utf8.count >= 4 && general.contains(stem(String($0))) }
    return named && !namesTopic(s, topic, vocabulary: vocabulary)
  }

  /// The stems of the sentence's words of five letters or more that are not frame words.
  static func contentWords(_ s: SentenceAnalysis) -> Set<String> {
    var out: Set<String> = []
    let words = s.wordText.split(separator: " ")
    for (i, w) in words.enumerated() where w.utf8.count >= 5 {
      let word = String(w)
      if frameWords.contains(word) { continue }
      // (An adjective before its noun names no matter of its own: "politieke" in "een politieke
      // partij" and in "politieke standpunten" is not what both are about.)
      if i + 1 < words.count, words[i + 1].utf8.count >= 4, adjectiveEndings.contains(where: word.hasSuffix) { continue }
      out.insert(stem(word))
    }
    return out
  }
  static let adjectiveEndings = ["ieke", "ische", "lijke", "ige", "ele", "ale", "ieve", "aire"]

  /// A plural or inflected word's stem, near enough to compare: `waardebonnen` → `waardebon`,
  /// `reizen` → `reis`, `cadeaus` → `cadeau`, `politieke` → `politiek`, `attenties` and
  /// `attentie` → `attenti`.
  static func stem(_ word: String) -> String {
    var w = Array(word.utf8)
    if w.count > 5, w.suffix(2) == Array("en".utf8) {
      w.removeLast(2)
      if w.count > 3, w[w.count - 1] == w[w.count - 2], w[w.count - 1] != UInt8(ascii: "e") { w.removeLast() }
      if w.last == UInt8(ascii: "z") { w[w.count - 1] = UInt8(ascii: "s") }
      if w.last == UInt8(ascii: "v") { w[w.count - 1] = UInt8(ascii: "f") }
    } else if w.count > 5, w.last == UInt8(ascii: "s"), w[w.count - 2] != UInt8(ascii: "s") {
      w.removeLast()
      if w.last == UInt8(ascii: "'") { w.removeLast() }
    }
    if w.count > 5, w.last == UInt8(ascii: "e") { w.removeLast() }
    return String(decoding: w, as: UTF8.self)
  }

  /// Whether two stems name the same thing: equal, one the head of the other's compound
  /// (`geschenk`, `relatiegeschenk`), or two compounds with one head (`waardebon`, `cadeaubon`).
  static func sameHead(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
    if short.utf8.count >= 4 && long.hasSuffix(short) { return true }
    var common = 0
    for (x, y) in zip(a.utf8.reversed(), b.utf8.reversed()) {
      guard x == y else { break }
      common += 1
    }
    guard common >= 3, a.utf8.count - common >= 4, b.utf8.count - common >= 4 else { return false }
    let head = String(a.suffix(common))
    return !endings.contains { head.hasSuffix($0) || $0.hasSuffix(head) }
  }
}
