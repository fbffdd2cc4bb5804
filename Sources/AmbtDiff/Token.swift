import AmbtModel

/// One unit of a word diff: a Dutch word, a number, an amount (`€ 50`) or a punctuation mark.
public struct Token: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case word, number, amount, punctuation
  }

  /// The token as written.
  public var text: String
  public var kind: Kind
  /// Whether white space stood before it in the source; rendering puts it back.
  public var spaceBefore: Bool
  /// Set on the first token of a title, paragraph or list item, so the views can keep the
  /// layout of the text (`TextBlocks`); the word diff compares `text` only.
  public var line: LineStart?

  public init(text: String, kind: Kind, spaceBefore: Bool, line: LineStart? = nil) {
    self.text = text
    self.kind = kind
    self.spaceBefore = spaceBefore
    self.line = line
  }
}

/// Splits text into diff tokens.
///
/// A word is a run of letters and digits that may contain an inner hyphen, apostrophe or
/// slash (`e-mail`, `risico’s`, `t/m`, `-werkzaamheden`); a number keeps inner dots and commas
/// (`1.000`, `2,5`, `10.1`) and a trailing `,-`; a euro sign followed by a number is one amount
/// token (`€ 50`), so a changed limit reads as one replaced value, not as two edits.
public enum Tokenizer {
  public static func tokenize(_ text: String) -> [Token] {
    let chars = Array(text.unicodeScalars)
    var tokens: [Token] = []
    var i = 0
    var space = false
    func isAlnum(_ u: Unicode.Scalar) -> Bool { isLetter(u) || ("0"..."9").contains(u) }
    func isDigit(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) }
    while i < chars.count {
      let c = chars[i]
      if isSpace(c) {
        space = true
        i += 1
        continue
      }
      let start = i
      var kind: Token.Kind
      if isDigit(c) {
        i = scanNumber(chars, from: i)
        kind = .number
        // A number glued to letters (`3a`, `2e`) is a word.
        if i < chars.count, isLetter(chars[i]) {
          while i < chars.count, isAlnum(chars[i]) { i += 1 }
          kind = .word
        }
      } else if c == "€" {
        var j = i + 1
        while j < chars.count, chars[j] == " " || chars[j] == "\u{A0}" { j += 1 }
        if j < chars.count, isDigit(chars[j]) {
          i = scanNumber(chars, from: j)
          kind = .amount
        } else {
          i += 1
          kind = .punctuation
        }
      } else if isLetter(c) {
        i += 1
        while i < chars.count {
          if isAlnum(chars[i]) {
            i += 1
          } else if "-'’/".unicodeScalars.contains(chars[i]), i + 1 < chars.count, isAlnum(chars[i + 1]) {
            i += 2
          } else {
            break
          }
        }
        kind = .word
      } else if c == "-", i + 1 < chars.count, isLetter(chars[i + 1]), space || i == 0 {
        // A leading hyphen that stands for an elided word part: `-werkzaamheden`.
        i += 1
        while i < chars.count, isAlnum(chars[i]) || (chars[i] == "-" && i + 1 < chars.count && isAlnum(chars[i + 1])) { i += 1 }
        kind = .word
      } else {
        i += 1
        kind = .punctuation
      }
      var s = String.UnicodeScalarView()
      s.append(contentsOf: chars[start..<i])
      tokens.append(Token(text: String(s), kind: kind, spaceBefore: space && !tokens.isEmpty))
      space = false
    }
    return tokens
  }

  /// Unicode property look-ups are slow; most text is ASCII, so answer that directly.
  @inline(__always) static func isLetter(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x80 { return (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
    return u.properties.isAlphabetic
  }

  @inline(__always) static func isSpace(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x80 { return u == " " || u == "\n" || u == "\t" || u == "\r" || u.value == 0x0B || u.value == 0x0C }
    return u.properties.isWhitespace
  }

  /// Digits with inner `.` or `,` between digits, and an optional `,-` (`€ 1.000,-`).
  static func scanNumber(_ chars: [Unicode.Scalar], from start: Int) -> Int {
    func isDigit(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) }
    var i = start
    while i < chars.count {
      if isDigit(chars[i]) {
        i += 1
      } else if chars[i] == "." || chars[i] == ",", i + 1 < chars.count, isDigit(chars[i + 1]) {
        i += 2
      } else {
        break
      }
    }
    if i + 1 < chars.count, chars[i] == ",", chars[i + 1] == "-" { i += 2 }
    return i
  }

  /// Renders tokens back into text with the spacing they had.
  public static func join<S: Sequence>(_ tokens: S) -> String where S.Element == Token {
    var out = ""
    for t in tokens {
      if t.spaceBefore && !out.isEmpty { out += " " }
      out += t.text
    }
    return out
  }

  /// Folded word tokens for similarity: words and numbers only, punctuation dropped.
  /// Folding is done per word, with a fast path for plain ASCII words.
  public static func contentWords(_ text: String) -> [String] {
    tokenize(text).compactMap { t in
      guard t.kind != .punctuation else { return nil }
      if t.text.utf8.allSatisfy({ $0 < 0x80 }) { return t.text.lowercased() }
      return TextFolding.fold(t.text)
    }
  }
}
