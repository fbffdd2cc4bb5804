import AmbtModel

/// A word, number or mark of the folded text.
public struct Token: Hashable, Sendable {
  public enum Kind: Sendable, Hashable {
    case word, number, euro, punctuation
  }

  public var kind: Kind
  /// Folded (`Financiële` → `financiele`).
  public var text: String
  /// Folded byte range.
  public var start: Int
  public var end: Int
  /// Whether the source starts with a capital (sentence starts, names).
  public var capitalized: Bool
}

/// Splits folded text into tokens and sentences.
enum Tokenizer {
  static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// The tokens of `text`. Inside a word, `-`, `'`, `&` and `/` join letters (`e-mail`,
  /// `collega's`, `p&o`, `en/of`); a number keeps its thousands dots and decimal comma
  /// (`1.000`, `50,-`, `2,5`).
  static func tokens(_ text: FoldedText, source: [UInt8]?, base: Int) -> [Token] {
    let b = text.bytes
    var out: [Token] = []
    out.reserveCapacity(b.count / 5)
    func capital(_ start: Int) -> Bool {
      guard let source else { return false }
      let at = text.sourceOffset(start) - base
      guard at >= 0, at < source.count else { return false }
      let c = source[at]
      return (c >= 0x41 && c <= 0x5A) || c == 0xC3 && at + 1 < source.count && source[at + 1] < 0x9F
    }
    var i = 0
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
          out.append(Token(kind: .word, text: string(b, start, i), start: start, end: i, capitalized: false))
        } else {
          out.append(Token(kind: .number, text: string(b, start, i), start: start, end: i, capitalized: false))
        }
        continue
      }
      if isLetter(c) {
        // `€` is E2 82 AC: not a letter.
        if c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x82 && b[i + 2] == 0xAC {
          i += 3
          out.append(Token(kind: .euro, text: "€", start: start, end: i, capitalized: false))
          continue
        }
        if c >= 0x80 && !isWordScalar(b, i) {
          i += scalarLength(c)
          out.append(Token(kind: .punctuation, text: string(b, start, i), start: start, end: i, capitalized: false))
          continue
        }
        i += 1
        while i < b.count {
          let d = b[i]
          if isLetter(d) || isDigit(d) {
            if d >= 0x80 && !isWordScalar(b, i) { break }
            i += d >= 0x80 ? scalarLength(d) : 1
          } else if (d == 0x2D || d == 0x27 || d == 0x26 || d == 0x2F) && i + 1 < b.count
            && (isLetter(b[i + 1]) || isDigit(b[i + 1]))
          {
            i += 1
          } else {
            break
          }
        }
        out.append(Token(kind: .word, text: string(b, start, i), start: start, end: i, capitalized: capital(start)))
        continue
      }
      i += 1
      out.append(Token(kind: .punctuation, text: string(b, start, i), start: start, end: i, capitalized: false))
    }
    return out
  }

  static func scalarLength(_ lead: UInt8) -> Int {
    lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
  }

  /// Whether the non-ASCII scalar at `i` is a letter (not a sign like `€`, `§`, `•`, `’`).
  static func isWordScalar(_ b: [UInt8], _ i: Int) -> Bool {
    let n = scalarLength(b[i])
    guard i + n <= b.count else { return false }
    let s = String(decoding: b[i..<(i + n)], as: UTF8.self)
    return s.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
  }

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

  /// Token ranges of the sentences: a sentence ends at `!`, `?` or `;`, and at `.` unless the
  /// dot ends an abbreviation or the next word starts in lower case.
  static func sentences(_ tokens: [Token]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      if t.kind == .punctuation, t.text == "!" || t.text == "?" || t.text == ";" || t.text == "." {
        var end = k + 1
        // Closing quotes and brackets belong to the sentence.
        while end < tokens.count, [")", "\"", "'"].contains(tokens[end].text) { end += 1 }
        if t.text == "." {
          let previous = k > start ? tokens[k - 1] : nil
          let next = end < tokens.count ? tokens[end] : nil
          if let previous, previous.kind == .word, abbreviations.contains(previous.text), next.map({ !$0.capitalized }) ?? false {
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
