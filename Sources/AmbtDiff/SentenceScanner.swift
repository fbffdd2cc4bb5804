import AmbtModel

/// Reads one sentence of a decision word by word: case-insensitive, accents ignored
/// (`vóór` = `voor`), any run of white space between words, quotation marks of every kind.
/// Every character keeps its byte offset in the decision, so a problem points at its column.
/// The scanner remembers the furthest place a reading failed and what it expected there.
struct SentenceScanner {
  let chars: [Character]
  let offsets: [Int]
  let endOffset: Int
  var pos = 0
  /// The furthest failure: where, and the words that would have fitted.
  var furthest = 0
  var expected: [String] = []

  init(_ pieces: [(text: Substring, offset: Int)]) {
    var chars: [Character] = []
    var offsets: [Int] = []
    var end = 0
    for (k, piece) in pieces.enumerated() {
      if k > 0 {
        chars.append(" ")
        offsets.append(end)
      }
      var o = piece.offset
      for c in piece.text {
        chars.append(c)
        offsets.append(o)
        o += c.utf8.count
      }
      end = o
    }
    self.chars = chars
    self.offsets = offsets
    self.endOffset = end
  }

  func offset(_ p: Int) -> Int { p < offsets.count ? offsets[p] : endOffset }
  func range(_ a: Int, _ b: Int) -> SourceRange {
    SourceRange(start: offset(a), end: b > a ? offset(b - 1) + chars[b - 1].utf8.count : offset(a))
  }

  mutating func skipSpace() { while pos < chars.count, chars[pos].isWhitespace { pos += 1 } }

  mutating func fail(_ what: String) {
    var at = pos
    while at < chars.count, chars[at].isWhitespace { at += 1 }
    if at > furthest {
      furthest = at
      expected = []
    }
    if at == furthest, !expected.contains(what) { expected.append(what) }
  }

  /// The next word (letters, digits and hyphens) without moving.
  func peekWord() -> String? {
    var p = pos
    while p < chars.count, chars[p].isWhitespace { p += 1 }
    var e = p
    while e < chars.count, chars[e].isLetter || chars[e].isNumber || chars[e] == "-" { e += 1 }
    return e > p ? String(chars[p..<e]) : nil
  }

  /// Reads the words of `phrase` (one of `alternatives` when given with `|`); false, without
  /// moving, when they are not there.
  @discardableResult
  mutating func words(_ phrase: String, record: Bool = true) -> Bool {
    let start = pos
    for option in phrase.split(separator: "|") {
      pos = start
      var ok = true
      for w in option.split(separator: " ") {
        skipSpace()
        if w.count == 1, !w.first!.isLetter {
          if pos < chars.count, chars[pos] == w.first! {
            pos += 1
            continue
          }
          ok = false
          break
        }
        guard let got = peekWord(), TextFolding.fold(got) == TextFolding.fold(String(w)) else {
          ok = false
          break
        }
        pos += got.count
      }
      if ok { return true }
    }
    pos = start
    if record { fail(String(phrase.split(separator: "|").first ?? "")) }
    return false
  }

  /// An optional punctuation mark.
  mutating func optional(_ c: Character) {
    let start = pos
    skipSpace()
    if pos < chars.count, chars[pos] == c { pos += 1 } else { pos = start }
  }

  /// A number as codes write them (`3.1`, `10`, `3a`, `IV`), without a final dot.
  mutating func number(roman: Bool = false) -> String? {
    skipSpace()
    var e = pos
    while e < chars.count, chars[e].isLetter || chars[e].isNumber || chars[e] == "." { e += 1 }
    var token = String(chars[pos..<e])
    while token.hasSuffix(".") { token.removeLast() }
    let ok = token.contains { $0.isNumber } ? token.first!.isNumber : (roman && AmendmentWording.isRoman(token.uppercased()))
    guard !token.isEmpty, ok else {
      fail("een nummer")
      return nil
    }
    pos += token.count
    return token
  }

  /// Whether only a final dot and white space are left.
  func atEnd() -> Bool { chars[pos...].allSatisfy { $0.isWhitespace || $0 == "." } }

  /// Text between quotation marks. It ends at a closing mark followed by one of `then` (word
  /// phrases, `|`-separated), or, when `then` is nil, at the last closing mark of the sentence.
  mutating func quoted(then: String?) -> (String, SourceRange)? {
    skipSpace()
    guard pos < chars.count, let closers = AmendmentWording.closers(for: chars[pos]) else {
      fail("tekst tussen aanhalingstekens")
      return nil
    }
    let open = pos + 1
    var candidates = (open..<chars.count).filter { closers.contains(chars[$0]) }
    if then == nil { candidates.reverse() }
    for c in candidates {
      var probe = self
      probe.pos = c + 1
      let fits: Bool
      if let then { fits = probe.words(then) } else { fits = probe.atEnd() }
      if fits {
        pos = c + 1
        return (String(chars[open..<c]), range(open, c))
      }
    }
    fail(
      then.map { "een sluitend aanhalingsteken gevolgd door '\($0.split(separator: "|")[0])'" } ?? "een sluitend aanhalingsteken")
    return nil
  }
}
