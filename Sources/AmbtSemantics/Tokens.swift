import AmbtModel

/// A word, number or mark of the folded text, with its id in the lexicon's word table and what
/// the analyser knows of it.
struct Token: Sendable {
  enum Kind: Sendable, Hashable {
    case word, number, euro, punctuation
  }

  var kind: Kind
  /// Folded byte range.
  var start: Int
  var end: Int
  /// Whether the source starts with a capital (sentence starts, names).
  var capitalized: Bool
  var id: WordID = RuleWord.unknown.rawValue
  var info = WordInfo()
}

/// The words of a sentence (and its lead-in) as the readers see them: ids, what each word is,
/// and where its spelling is, for the few rules that read letters.
struct SentenceWords {
  var ids: [WordID] = []
  var infos: [WordInfo] = []
  var kinds: [Token.Kind] = []
  /// Folded byte ranges, in `lead` for the lead-in's words and in `text` for the others.
  var spans: [(start: Int32, end: Int32, inLead: Bool)] = []
  var lead: [UInt8] = []
  var text: [UInt8] = []

  init(lead: [Token] = [], leadBytes: [UInt8] = [], _ tokens: [Token], bytes: [UInt8]) {
    self.lead = leadBytes
    self.text = bytes
    // Each column made by `map` or `reserveCapacity`, which allocate through code specialized
    // for the element type: `init(unsafeUninitializedCapacity:)` looked the array's type up in the
    // runtime on every call, about 900 instructions for each column of each sentence.
    let n = lead.count + tokens.count
    func column<T>(_ value: (Token) -> T) -> [T] {
      if lead.isEmpty { return tokens.map(value) }
      var out: [T] = []
      out.reserveCapacity(n)
      for t in lead { out.append(value(t)) }
      for t in tokens { out.append(value(t)) }
      return out
    }
    ids = column { $0.id }
    infos = column { $0.info }
    kinds = column { $0.kind }
    spans.reserveCapacity(n)
    for t in lead { spans.append((Int32(t.start), Int32(t.end), true)) }
    for t in tokens { spans.append((Int32(t.start), Int32(t.end), false)) }
  }

  var count: Int { ids.count }
  var indices: Range<Int> { 0..<ids.count }

  /// The folded spelling of word `k`.
  func spelling(_ k: Int) -> String {
    if ids[k] == .uitVerb { return RuleWord.uitVerb.spelling }
    let s = spans[k]
    return (s.inLead ? lead : text).withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[Int(s.start)..<Int(s.end)]), as: UTF8.self)
    }
  }

  @inline(__always) func flags(_ k: Int) -> WordFlags { infos[k].flags }

  /// Whether word `k` is spelled as one of `candidates` (folded bytes), without making a string.
  func spelled(_ k: Int, oneOf candidates: [[UInt8]]) -> Bool {
    let s = spans[k]
    let n = Int(s.end) - Int(s.start)
    return (s.inLead ? lead : text).withUnsafeBufferPointer { b in
      candidates.contains { c in
        guard c.count == n else { return false }
        var j = Int(s.start)
        for x in c {
          if b[j] != x { return false }
          j += 1
        }
        return true
      }
    }
  }
}

/// Splits folded text into tokens and sentences.
enum Tokenizer {
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// The tokens of `text`. Inside a word, `-`, `'`, `&` and `/` join letters (`e-mail`,
  /// `collega's`, `p&o`, `en/of`); a number keeps its thousands dots and decimal comma
  /// (`1.000`, `50,-`, `2,5`). Each token gets its id and word info from `lexicon`.
  static func tokens(_ text: FoldedText, source: [UInt8]?, base: Int, lexicon: Lexicon) -> [Token] {
    text.bytes.withUnsafeBufferPointer { b in
      var out = scan(b, text: text, source: source, base: base)
      resolve(&out, bytes: b, lexicon: lexicon)
      return out
    }
  }

  /// Words written with an alternative after a slash that read as themselves (`hij/zij`).
  static let alternatives: Set<[UInt8]> = Set(
    [
      "hij", "zij", "ze", "hem", "haar", "zijn", "hun", "hen", "en", "of", "je", "u", "jouw", "uw", "de", "het", "die", "dat",
      "deze",
    ]
    .map { Array($0.utf8) })

  static func scan(_ b: UnsafeBufferPointer<UInt8>, text: FoldedText, source: [UInt8]?, base: Int) -> [Token] {
    var out: [Token] = []
    out.reserveCapacity(b.count / 5)
    // Words come in order: their source offsets are found walking the anchors forward.
    var anchor = 0
    func capital(_ start: Int) -> Bool {
      guard let source else { return false }
      let at = text.sourceOffset(start, hint: &anchor) - base
      guard at >= 0, at < source.count else { return false }
      let c = source[at]
      return (c >= 0x41 && c <= 0x5A) || c == 0xC3 && at + 1 < source.count && source[at + 1] < 0x9F
    }
    var i = 0
    var alternated = false
    while i < b.count {
      let c = b[i]
      if c == 0x20 {
        i += 1
        continue
      }
      let start = i
      if isDigit(c) {
        i += 1
        while i < b.count {
          if isDigit(b[i]) {
            i += 1
          } else if (b[i] == 0x2E || b[i] == 0x2C) && i + 1 < b.count && isDigit(b[i + 1]) {
            i += 1
          } else if b[i] == 0x2C && i + 1 < b.count && b[i + 1] == 0x2D {
            // `50,-`
            i += 2
          } else {
            break
          }
        }
        // A number glued to letters (`125ter`, `2e`) is a word.
        if i < b.count && isLetter(b[i]) {
          while i < b.count && (isLetter(b[i]) || isDigit(b[i])) { i += 1 }
          out.append(Token(kind: .word, start: start, end: i, capitalized: false))
        } else {
          out.append(Token(kind: .number, start: start, end: i, capitalized: false))
        }
        continue
      }
      if isLetter(c) {
        // `€` is E2 82 AC: not a letter.
        if c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x82 && b[i + 2] == 0xAC {
          i += 3
          out.append(Token(kind: .euro, start: start, end: i, capitalized: false))
          continue
        }
        if c >= 0x80 && !isWordScalar(b, i) {
          i += scalarLength(c)
          out.append(Token(kind: .punctuation, start: start, end: i, capitalized: false))
          continue
        }
        i += 1
        while i < b.count {
          let d = b[i]
          // Lowercase ASCII letters and digits (most of a word) continue it at once.
          if (d >= 0x61 && d <= 0x7A) || (d >= 0x30 && d <= 0x39) {
            i += 1
            continue
          }
          if isLetter(d) || isDigit(d) {
            if d >= 0x80 && !isWordScalar(b, i) { break }
            i += d >= 0x80 ? scalarLength(d) : 1
          } else if (d == 0x2D || d == 0x27 || d == 0x26 || d == 0x2F) && i + 1 < b.count
            && (isLetter(b[i + 1]) || isDigit(b[i + 1]))
          {
            // `hij/zij`, `zijn/haar`, `en/of`: a pronoun, possessive or conjunction with its
            // alternative reads as the first; the alternative is passed over.
            if d == 0x2F && alternatives.contains(Array(b[start..<i])) {
              let end = i
              i += 1
              while i < b.count && isLetter(b[i]) { i += 1 }
              out.append(Token(kind: .word, start: start, end: end, capitalized: capital(start)))
              alternated = true
              break
            }
            // Other words with an alternative after a slash are two words ("je
            // leidinggevende/teamleider", "je dienstverband/inhuur"): each reads as itself, the
            // slash passed over. (Not numbers, "24/7", nor abbreviations of single letters, "t/m".)
            if d == 0x2F && i - start > 1 && isLetter(b[start]) && i + 2 < b.count && isLetter(b[i + 1])
              && isLetter(b[i + 2])
            {
              out.append(Token(kind: .word, start: start, end: i, capitalized: capital(start)))
              i += 1
              alternated = true
              break
            }
            i += 1
          } else {
            break
          }
        }
        if alternated {
          alternated = false
          continue
        }
        out.append(Token(kind: .word, start: start, end: i, capitalized: capital(start)))
        continue
      }
      // The hyphen of a compound whose common part is left out ("effectenbezit en
      // -transacties", "in- en verkoop") belongs to its word, not a dash between clauses.
      if c == 0x2D && elidedCompound(b, at: i) {
        i += 1
        continue
      }
      i += 1
      out.append(Token(kind: .punctuation, start: start, end: i, capitalized: false))
    }
    return out
  }

  /// Whether the hyphen at `i` joins a part of a compound to `en` or `of` beside it: a word
  /// right after it with `en`/`of` before ("… en -transacties"), or a word right before it with
  /// `en`/`of` after ("in- en verkoop").
  static func elidedCompound(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    func conjunction(_ from: Int) -> Bool {
      guard from >= 0, from + 2 <= b.count else { return false }
      let pair = (b[from], b[from + 1])
      return pair == (0x65, 0x6E) || pair == (0x6F, 0x66)
    }
    func boundary(_ k: Int) -> Bool { k < 0 || k >= b.count || b[k] == 0x20 }
    if i + 1 < b.count, isLetter(b[i + 1]), i >= 4, b[i - 1] == 0x20, conjunction(i - 3), boundary(i - 4) {
      return true
    }
    if i >= 1, isLetter(b[i - 1]), i + 4 < b.count, b[i + 1] == 0x20, conjunction(i + 2), boundary(i + 4) {
      return true
    }
    return false
  }

  /// Gives every token its id and info: ASCII words from the fixed table without a lock, the
  /// rest from the table's extension, all in one locked pass.
  static func resolve(_ tokens: inout [Token], bytes b: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
    let table: WordTable = lexicon.table
    var pending: [(index: Int, start: Int, end: Int, ascii: Bool)] = []
    // Most texts have a few such words: room for all at once rather than growing step by step.
    pending.reserveCapacity(min(tokens.count, 256))
    for n in tokens.indices {
      let t = tokens[n]
      let slice = UnsafeBufferPointer(rebasing: b[t.start..<t.end])
      var ascii = true
      for byte in slice where byte >= 0x80 {
        ascii = false
        break
      }
      if ascii, let id = table.ascii.find(slice) {
        tokens[n].id = id
      } else {
        pending.append((n, t.start, t.end, ascii))
      }
    }
    table.extensionWords.resolve(&tokens, pending: pending, bytes: b, table: table, compute: table.spelling.wordInfo)
  }

  static func scalarLength(_ lead: UInt8) -> Int {
    lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
  }

  /// Whether the non-ASCII scalar at `i` is a letter (not a sign like `€`, `§`, `•`, `’`).
  static func isWordScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let n = scalarLength(b[i])
    guard i + n <= b.count else { return false }
    let s = String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)
    return s.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
  }

  /// The folded spelling of bytes `start..<end`.
  static func string(_ b: [UInt8], _ start: Int, _ end: Int) -> String {
    String(decoding: b[start..<end], as: UTF8.self)
  }

  /// Abbreviations whose dot does not end a sentence.
  static let abbreviations: Set<String> = [
    "art", "artt", "bijv", "bv", "enz", "etc", "nr", "nrs", "jo", "mr", "dhr", "mevr", "resp", "incl", "excl", "evt", "ca",
    "vs", "lid", "sub", "p", "pag", "zgn", "o", "a", "e", "d", "c", "q", "m", "b", "t", "v", "i", "z", "s", "n", "g", "w",
    "ivm", "mbt", "tav", "dwz", "oa", "ed", "cq", "tbv", "ipv", "mbv", "nav", "obv", "zsm", "aug", "sept", "okt", "nov",
    "dec", "jan", "feb", "apr", "jr", "st", "min", "max", "vgl", "zie",
  ]

  /// Marks that close a sentence's quote or bracket.
  static let closers: WordSet = [.closeParen, .quote, .apostrophe]

  /// Token ranges of the sentences: a sentence ends at `!`, `?` or `;`, and at `.` unless the
  /// dot ends an abbreviation or the next word starts in lower case.
  static func sentences(_ tokens: [Token]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      if t.kind == .punctuation, t.id == .exclamationMark || t.id == .questionMark || t.id == .semicolon || t.id == .period {
        var end = k + 1
        // Closing quotes and brackets belong to the sentence.
        while end < tokens.count, closers.contains(tokens[end].id) { end += 1 }
        if t.id == .period {
          let previous = k > start ? tokens[k - 1] : nil
          let next = end < tokens.count ? tokens[end] : nil
          if let previous, previous.kind == .word, previous.info.flags.contains(.abbreviation),
            next.map({ !$0.capitalized }) ?? false
          {
            k += 1
            continue
          }
          if let next, next.kind == .word, !next.capitalized {
            k += 1
            continue
          }
        }
        if end > start { out.append(start..<end) }
        start = end
        k = end
        continue
      }
      k += 1
    }
    if start < tokens.count { out.append(start..<tokens.count) }
    return out
  }
}
