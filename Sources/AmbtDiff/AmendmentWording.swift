import AmbtModel

/// The words a decision is written in, shared by the renderer and the parser so that what one
/// writes the other reads.
///
/// The phrases follow the Aanwijzingen voor de regelgeving, chapter 6 (wijziging van regelingen):
/// 6.9 (`wordt vervangen door`, `komt te luiden:`, quotation marks around replaced words, the new
/// text of an article begins with its designation), 6.11 (`invoegen` and `toevoegen`, name the
/// chapter when an article goes to its start), 6.15 (one ARTIKEL per regulation, onderdelen
/// lettered A, B, … and then AA, BB, …; items within an onderdeel numbered 1, 2, …), 6.18 and
/// 3.29 (`vervalt`, `onder vernummering van … tot …`, `lid`, `onderdeel`), 6.6 (articles of an
/// amending regulation in Roman numerals) and 4.21 (`treedt in werking met ingang van`).
enum AmendmentWording {
  /// `een`, `twee`, … for counts in `worden twee artikelen ingevoegd`.
  static let numberWords = [
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
  ]

  /// The count as a word up to twelve, in digits above.
  static func count(_ n: Int) -> String { n >= 1 && n <= numberWords.count ? numberWords[n - 1] : String(n) }

  /// The count a word or digits stand for (`één` and `een` are one).
  static func count(of word: String) -> Int? {
    let w = TextFolding.fold(word)
    if let k = numberWords.firstIndex(of: w) { return k + 1 }
    if let n = Int(w), n >= 1, n <= 10_000 { return n }
    return nil
  }

  /// `eerste` … `twintigste` for `tweede lid`.
  static let ordinals = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
    "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende",
    "twintigste",
  ]

  static func ordinal(of word: String) -> Int? { ordinals.firstIndex(of: TextFolding.fold(word)).map { $0 + 1 } }

  /// The letter of the `k`-th onderdeel (0-based): A … Z, then AA, BB, … (Aanwijzing 6.15).
  static func letter(_ k: Int) -> String {
    let scalar = Unicode.Scalar(UInt8(65 + k % 26))
    return String(repeating: Character(scalar), count: k / 26 + 1)
  }

  /// Whether a trimmed line is an onderdeel letter: `A`, `BB`, `Ab` (an onderdeel inserted in a
  /// decision, Aanwijzing 6.32), optionally with a dot.
  static func isLetterLine(_ s: Substring) -> Bool {
    var t = s
    if t.hasSuffix(".") { t = t.dropLast() }
    guard let first = t.first, first.isASCII, first.isUppercase, t.count <= 4 else { return false }
    let rest = t.dropFirst()
    let upper = rest.prefix { $0 == first }
    let tail = rest.dropFirst(upper.count)
    return tail.isEmpty || (tail.count == 1 && tail.first!.isASCII && tail.first!.isLowercase)
  }

  /// Quotation marks: an opening mark and the marks that close it.
  static let quotePairs: [(open: Character, close: Set<Character>)] = [
    ("\"", ["\"", "”", "“"]), ("“", ["”", "\"", "“"]), ("„", ["”", "\"", "“"]), ("'", ["'", "’"]), ("‘", ["’", "'"]),
    ("’", ["’", "'"]),
  ]

  static func closers(for open: Character) -> Set<Character>? { quotePairs.first { $0.open == open }?.close }

  /// The marks the renderer may use, best first: straight double quotes as in the Aanwijzingen,
  /// else typographic ones, whichever none of the texts contains.
  static func quoteStyle(for texts: [String]) -> (Character, Character)? {
    let styles: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("‘", "’")]
    for (open, close) in styles {
      let marks = closers(for: open)!.union([open])
      if !texts.contains(where: { $0.contains { marks.contains($0) } }) { return (open, close) }
    }
    return nil
  }

  /// Metadata keys in the order of the language reference; a new key goes to its place in it.
  static let metadataKeys = [
    "titel", "organisatie", "cbs-code", "vastgesteld door", "vastgesteld op", "in werking", "vervangt", "grondslag",
    "geldt voor", "laatste herziening", "herzien door", "herzieningstermijn", "geldig tot", "vervallen per", "bron",
    "cvdr", "nummering",
  ]

  /// The canonical spelling of a metadata key (`Vastgesteld-op` → `vastgesteld op`), or nil.
  static func metadataKey(_ raw: String) -> String? {
    let f = TextFolding.foldHyphensAsSpaces(raw)
    return metadataKeys.first { TextFolding.foldHyphensAsSpaces($0) == f }
  }

  static let months = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december",
  ]

  /// `14 januari 2020`; nil unless the date has a day.
  static func longDate(_ d: PartialDate) -> String? {
    guard let m = d.month, let day = d.day, (1...12).contains(m) else { return nil }
    return "\(day) \(months[m - 1]) \(d.year)"
  }

  /// A number as a key: without trailing dots, lower case (`1.1.` → `1.1`, `3A` → `3a`), as the
  /// parser makes rule and chapter keys.
  static func normalizedNumber(_ s: String) -> String {
    var t = s
    while t.hasSuffix(".") { t.removeLast() }
    return t.lowercased()
  }

  /// Whether a token is a Roman numeral (`IV`, `XII.`).
  static func isRoman(_ s: String) -> Bool {
    let t = s.hasSuffix(".") ? String(s.dropLast()) : s
    return !t.isEmpty && t.allSatisfy { "IVXLC".contains($0) }
  }

  /// The noun for a chapter reference: `hoofdstuk` or `bijlage`.
  /// A count in a message: Dutch spells one to twenty in words as decisions do (`drie`),
  /// English writes digits.
  static func countText(_ n: Int) -> LocalizedText { LocalizedText("amend.count", ["word": count(n), "digits": "\(n)"]) }

  /// The noun of an inserted element in a message (`hoofdstukken` / `chapters`).
  static func nounText(_ kind: InsertedKind, plural: Bool) -> LocalizedText {
    LocalizedText("amend.noun.\(kind.rawValue)" + (plural ? ".many" : ".one"))
  }

  /// The noun of a chapter or annex in a message.
  static func nounText(_ kind: ChapterKind) -> LocalizedText {
    nounText(kind == .annex ? .annex : .chapter, plural: false)
  }

  /// A chapter or annex as a message names it: `hoofdstuk 3`, `bijlage 'Formulier'`, `de bijlage`.
  static func nameText(_ kind: ChapterKind, key: String?, title: String?) -> LocalizedText {
    let noun = ["noun": nounText(kind)]
    if let key { return LocalizedText("amend.name.key", ["key": key], messages: noun) }
    if let title { return LocalizedText("amend.name.title", ["title": title], messages: noun) }
    return LocalizedText("amend.name.bare", messages: noun)
  }

  static func noun(_ kind: ChapterKind, plural: Bool = false) -> String {
    switch kind {
    case .chapter: return plural ? "hoofdstukken" : "hoofdstuk"
    case .annex: return plural ? "bijlagen" : "bijlage"
    }
  }

  static func noun(_ kind: InsertedKind, plural: Bool) -> String {
    switch kind {
    case .article: return plural ? "artikelen" : "artikel"
    case .chapter: return plural ? "hoofdstukken" : "hoofdstuk"
    case .annex: return plural ? "bijlagen" : "bijlage"
    case .closing: return "slot"
    case .preamble: return "preambule"
    }
  }
}

extension String {
  /// The string with its first character upper-cased (`artikel 3.1` → `Artikel 3.1`).
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
