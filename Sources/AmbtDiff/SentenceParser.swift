import AmbtModel

/// The grammar of one instruction (docs/diff.md lists it): the targets (`artikel 3.1`,
/// `artikel 3 van hoofdstuk 2`, `artikel 3.1, tweede lid, onderdeel b`, `hoofdstuk 3`,
/// `bijlage 1`, `de preambule`, `het slot`, `de gegevens van de gedragscode`) and the verbs of the
/// Aanwijzingen voor de regelgeving (`vervalt`, `komt te luiden:`, `wordt … vervangen door …`,
/// `wordt vernummerd tot`, `wordt … ingevoegd, luidende:`, `wordt … toegevoegd, luidende:`).
struct SentenceParser {
  var scanner: SentenceScanner

  var range: SourceRange { scanner.range(0, scanner.chars.count) }

  // MARK: Targets

  mutating func target() -> AmendmentTarget? {
    let s = scanner.pos
    if scanner.words("artikel"), let r = rule() { return .article(r) }
    scanner.pos = s
    if scanner.words("de artikelen"), let a = scanner.number(), scanner.words("tot en met"), let b = scanner.number() {
      return .articles(first: RuleReference(number: a), last: RuleReference(number: b))
    }
    scanner.pos = s
    for (word, kind) in [("de hoofdstukken", ChapterKind.chapter), ("de bijlagen", .annex)] where scanner.words(word) {
      if let a = scanner.number(roman: true), scanner.words("tot en met"), let b = scanner.number(roman: true) {
        return .chapters(first: ChapterReference(kind: kind, key: a), last: ChapterReference(kind: kind, key: b))
      }
      scanner.pos = s
    }
    if let c = chapter() { return .chapter(c) }
    if scanner.words("de preambule") { return .preamble }
    if scanner.words("het slot") { return .closing }
    if scanner.words("de tekst van de gedragscode|de tekst van de regeling") { return .document }
    if scanner.words("de gegevens") {
      // `van de gedragscode`, `van de regeling`, …: any words up to the verb.
      while let w = scanner.peekWord(), !["wordt", "worden", "komen", "komt"].contains(TextFolding.fold(w)) { scanner.words(w) }
      return .metadata
    }
    scanner.pos = s
    return nil
  }

  /// After `artikel`: the number, `van hoofdstuk …`, and a lid and onderdeel.
  mutating func rule() -> RuleReference? {
    guard let n = scanner.number() else { return nil }
    var r = RuleReference(number: n)
    let s = scanner.pos
    if scanner.words("van", record: false), let c = chapter() { r.chapter = c } else { scanner.pos = s }
    scanner.optional(",")
    if let w = scanner.peekWord(), let o = AmendmentWording.ordinal(of: w) {
      scanner.words(w)
      if scanner.words("lid") { r.lid = String(o) } else { return nil }
    } else if scanner.words("lid", record: false), let l = scanner.number() {
      r.lid = l
    }
    scanner.optional(",")
    if scanner.words("onderdeel|onder", record: false), let w = scanner.peekWord(), w.count <= 3 {
      scanner.words(w)
      r.onderdeel = w.lowercased()
    }
    scanner.optional(",")
    return r
  }

  mutating func chapter() -> ChapterReference? {
    let s = scanner.pos
    for (word, kind) in [("hoofdstuk", ChapterKind.chapter), ("bijlage", .annex)] where scanner.words(word) {
      if let n = scanner.number(roman: true) { return ChapterReference(kind: kind, key: n) }
      if let (t, _) = scanner.quoted(then: "wordt|worden|vervalt|vervallen|komt|,") {
        return ChapterReference(kind: kind, title: t)
      }
      scanner.pos = s
    }
    if scanner.words("de bijlage") { return ChapterReference(kind: .annex) }
    scanner.pos = s
    return nil
  }

  /// `Artikel 3.1 wordt als volgt gewijzigd:` → the target.
  mutating func asFollows() -> AmendmentTarget? {
    let s = scanner.pos
    if let t = target(), scanner.words("wordt|worden"), scanner.words("als volgt gewijzigd"), finish() { return t }
    scanner.pos = s
    return nil
  }

  /// The end of a sentence: only `:` or `.` left.
  mutating func finish() -> Bool {
    scanner.skipSpace()
    if scanner.pos < scanner.chars.count, ".:".contains(scanner.chars[scanner.pos]) { scanner.pos += 1 }
    scanner.skipSpace()
    if scanner.pos == scanner.chars.count { return true }
    scanner.fail("het einde van de zin")
    return false
  }

  /// `een artikel`, `twee hoofdstukken`: the count and the kind.
  mutating func countAndKind() -> (Int, String)? {
    guard let w = scanner.peekWord(), let n = AmendmentWording.count(of: w) else {
      scanner.fail("een aantal ('een', 'twee', …)")
      return nil
    }
    scanner.words(w)
    for kind in ["artikel", "artikelen", "hoofdstuk", "hoofdstukken", "bijlage", "bijlagen", "slot", "preambule"]
    where scanner.words(kind) {
      return (
        n,
        kind.hasPrefix("artikel")
          ? "artikel" : kind.hasPrefix("hoofdstuk") ? "hoofdstuk" : kind.hasPrefix("bijlage") ? "bijlage" : kind
      )
    }
    scanner.fail("artikel")
    return nil
  }

  static func inserted(_ kind: String) -> InsertedKind? {
    ["artikel": .article, "hoofdstuk": .chapter, "bijlage": .annex][kind]
  }

  // MARK: Sentences with new text

  mutating func blockInstruction(_ text: QuotedText) -> AmendmentInstruction? {
    let r = range
    func make(_ t: AmendmentTarget, _ a: AmendmentAction, chapter: ChapterReference? = nil) -> AmendmentInstruction {
      AmendmentInstruction(t, a, range: r, chapter: chapter)
    }
    let s = scanner.pos
    // Na / Vóór … wordt een artikel ingevoegd, luidende:
    for (word, place) in [("na", InsertionPlace.after), ("voor", .before)] where scanner.words(word) {
      if let t = target(), scanner.words("wordt|worden"), let (n, kind) = countAndKind(), let k = Self.inserted(kind),
        scanner.words("ingevoegd"), tail()
      {
        return make(t, .insert(k, count: n, place: place, text))
      }
      scanner.pos = s
    }
    // In hoofdstuk 3 wordt vóór artikel 3.1 een artikel ingevoegd, luidende:
    if scanner.words("in"), let c = chapter(), scanner.words("wordt|worden"), scanner.words("voor"), scanner.words("artikel"),
      var a = rule(), let (n, kind) = countAndKind(), let k = Self.inserted(kind), scanner.words("ingevoegd"), tail()
    {
      // The rule is numbered within the chapter just named (`artikel 1` in a code numbered per chapter).
      if a.chapter == nil { a.chapter = c }
      return make(.article(a), .insert(k, count: n, place: .before, text), chapter: c)
    }
    scanner.pos = s
    // Aan hoofdstuk 3 wordt een artikel toegevoegd, luidende:
    if scanner.words("aan"), let t = target(), scanner.words("wordt|worden"), let (n, kind) = countAndKind(),
      let k = Self.inserted(kind), scanner.words("toegevoegd"), tail()
    {
      return make(t, .insert(k, count: n, place: .end, text))
    }
    scanner.pos = s
    // Er wordt een hoofdstuk toegevoegd, luidende:
    if scanner.words("er"), scanner.words("wordt|worden"), let (n, kind) = countAndKind(), scanner.words("toegevoegd|ingevoegd"),
      tail()
    {
      if kind == "slot" { return make(.document, .insert(.closing, count: 1, place: .end, text)) }
      if kind == "preambule" { return make(.document, .insert(.preamble, count: 1, place: .end, text)) }
      if let k = Self.inserted(kind), k != .article { return make(.document, .insert(k, count: n, place: .end, text)) }
    }
    scanner.pos = s
    if scanner.words("het opschrift van"), let t = target(), scanner.words("komt te luiden"), finish() {
      return make(t, .retitle(text))
    }
    scanner.pos = s
    if let t = target() {
      if scanner.words("komt te luiden|komen te luiden"), finish() { return make(t, .rewrite(text, renumberTo: nil)) }
      if scanner.words("wordt vernummerd tot"), kindWord(), let n = scanner.number(roman: true),
        scanner.words("en komt te luiden"),
        finish()
      {
        return make(t, .rewrite(text, renumberTo: n))
      }
    }
    return nil
  }

  /// `, luidende:` or `:` at the end of an insertion.
  mutating func tail() -> Bool {
    scanner.optional(",")
    _ = scanner.words("luidende", record: false)
    return finish()
  }

  /// An optional `artikel`, `hoofdstuk` or `bijlage` after `vernummerd tot`.
  mutating func kindWord() -> Bool {
    _ = scanner.words("artikel|artikelen|hoofdstuk|hoofdstukken|bijlage|bijlagen", record: false)
    return true
  }
}
