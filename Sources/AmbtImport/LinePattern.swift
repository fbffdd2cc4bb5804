/// The importer's line patterns as matchers on UTF-8 bytes. Each is the exact equivalent of the
/// regular expression in its comment (ICU syntax, as `NSRegularExpression` reads it), which the
/// importer used to compile for every line: `[0-9]` and `[a-z]` are ASCII, `^` is the start of
/// the line, `$` its end or the place before a line terminator that ends it.
enum LinePattern {
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

  /// Where `$` matches: at the end, or before one line terminator (`\n`, `\u{B}`, `\u{C}`, `\r`,
  /// `\r\n`, U+0085, U+2028, U+2029) that ends the text.
  static func atEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let rest = b.count - i
    if rest == 0 { return true }
    switch rest {
    case 1: return b[i] >= 0x0A && b[i] <= 0x0D
    case 2: return b[i] == 0x0D && b[i + 1] == 0x0A || b[i] == 0xC2 && b[i + 1] == 0x85
    case 3: return b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)
    default: return false
    }
  }

  /// ASCII digits from `i`.
  @inline(__always) static func digits(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    var n = 0
    while i + n < b.count && isDigit(b[i + n]) { n += 1 }
    return n
  }

  /// Runs `body` on the UTF-8 of `text`.
  @inline(__always) static func bytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    var t = text
    return t.withUTF8(body)
  }

  /// The range of `text`'s first `n` bytes (`n` ends an ASCII character).
  static func prefix(_ text: String, _ n: Int) -> Range<String.Index> {
    text.startIndex..<text.utf8.index(text.startIndex, offsetBy: n)
  }

  /// `^[0-9]{1,3}[.)](?= |$)`: `3.`, `12)`.
  static func numberMarker(_ text: String) -> Range<String.Index>? {
    let n: Int? = bytes(text) { b in
      let d = digits(b, from: 0)
      guard (1...3).contains(d), d < b.count, b[d] == 0x2E || b[d] == 0x29 else { return nil }
      return d + 1 < b.count && b[d + 1] == 0x20 || atEnd(b, d + 1) ? d + 1 : nil
    }
    return n.map { prefix(text, $0) }
  }

  /// `^[a-z][.)](?= )`: `a.`, `b)`.
  static func letterMarker(_ text: String) -> Range<String.Index>? {
    let ok = bytes(text) { b in b.count >= 3 && isLower(b[0]) && (b[1] == 0x2E || b[1] == 0x29) && b[2] == 0x20 }
    return ok ? prefix(text, 2) : nil
  }

  /// `^\([a-z]\)(?= )`: `(c)`.
  static func parenLetter(_ text: String) -> Range<String.Index>? {
    let ok = bytes(text) { b in b.count >= 4 && b[0] == 0x28 && isLower(b[1]) && b[2] == 0x29 && b[3] == 0x20 }
    return ok ? prefix(text, 3) : nil
  }

  /// `^\([0-9]{1,3}\)(?= )`: `(1)`.
  static func parenNumber(_ text: String) -> Range<String.Index>? {
    let n: Int? = bytes(text) { b in
      guard b.first == 0x28 else { return nil }
      let d = digits(b, from: 1)
      guard (1...3).contains(d), d + 2 < b.count, b[d + 1] == 0x29, b[d + 2] == 0x20 else { return nil }
      return d + 2
    }
    return n.map { prefix(text, $0) }
  }

  /// `^[0-9]{1,3}(\.[0-9]{1,3})+\.?(?= |$)`: `1.1`, `10.2.3.`. The match holds only digits and
  /// dots and must be followed by a space or the end, so it is the run of digits and dots at the
  /// start, when that run reads as two or more groups of one to three digits.
  static func ruleNumber(_ text: String) -> Range<String.Index>? {
    let n: Int? = bytes(text) { b in
      var e = 0
      while e < b.count && (isDigit(b[e]) || b[e] == 0x2E) { e += 1 }
      guard e < b.count && b[e] == 0x20 || atEnd(b, e) else { return nil }
      var groups = 0
      var i = 0
      while i < e {
        let d = digits(b, from: i)
        guard (1...3).contains(d), i + d <= e else { return nil }
        groups += 1
        i += d
        if i == e { break }
        // A dot: another group follows, or it is the optional final dot.
        i += 1
        if i == e { break }
      }
      return groups >= 2 ? e : nil
    }
    return n.map { prefix(text, $0) }
  }

  /// `^([a-z][.)]|[0-9]{1,3}[.)]|\([0-9a-z]{1,3}\))( |$)`: a list marker the `.ambt` reader would take.
  static func listMarkerAtStart(_ text: String) -> Bool {
    bytes(text) { b in
      func followed(_ i: Int) -> Bool { i < b.count && b[i] == 0x20 || atEnd(b, i) }
      if b.count >= 2 && isLower(b[0]) && (b[1] == 0x2E || b[1] == 0x29) && followed(2) { return true }
      let d = digits(b, from: 0)
      if (1...3).contains(d) && d < b.count && (b[d] == 0x2E || b[d] == 0x29) && followed(d + 1) { return true }
      if b.first == 0x28 {
        var k = 1
        while k < b.count && k <= 4 && (isDigit(b[k]) || isLower(b[k])) { k += 1 }
        let inner = k - 1
        if (1...3).contains(inner) && k < b.count && b[k] == 0x29 && followed(k + 1) { return true }
      }
      return false
    }
  }

  /// `^([-•*–]|[a-z][.)]|[0-9]{1,3}[.)]|\([0-9a-z]{1,3}\)) `: a list line as the structurer writes it.
  static func listLine(_ text: String) -> Bool {
    bytes(text) { b in
      func space(_ i: Int) -> Bool { i < b.count && b[i] == 0x20 }
      if let f = b.first, (f == 0x2D || f == 0x2A) && space(1) { return true }
      // `•` E2 80 A2 and `–` E2 80 93.
      if b.count >= 4 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0xA2 || b[2] == 0x93) && space(3) { return true }
      if b.count >= 2 && isLower(b[0]) && (b[1] == 0x2E || b[1] == 0x29) && space(2) { return true }
      let d = digits(b, from: 0)
      if (1...3).contains(d) && d < b.count && (b[d] == 0x2E || b[d] == 0x29) && space(d + 1) { return true }
      if b.first == 0x28 {
        var k = 1
        while k < b.count && k <= 4 && (isDigit(b[k]) || isLower(b[k])) { k += 1 }
        if (1...3).contains(k - 1) && k < b.count && b[k] == 0x29 && space(k + 1) { return true }
      }
      return false
    }
  }

  /// `(^|[,|\- ] )(pagina|blz\.?|page) ?[0-9]+( ?(van|/|of) ?[0-9]+)?$`: `pagina 3 van 12`, and
  /// a footer that ends with it, `gemeente rietmond, pagina 1 van 2`.
  static func pageNumber(_ text: String) -> Bool {
    bytes(text) { b in
      func word(_ w: StaticString, at i: Int) -> Int? {
        let n = w.utf8CodeUnitCount
        guard i + n <= b.count else { return nil }
        return w.withUTF8Buffer { b[i..<(i + n)].elementsEqual($0) } ? i + n : nil
      }
      /// ` ?[0-9]+( ?(van|/|of) ?[0-9]+)?$` from `i`.
      func rest(_ start: Int) -> Bool {
        var i = start
        if i < b.count && b[i] == 0x20 { i += 1 }
        let d = digits(b, from: i)
        guard d > 0 else { return false }
        i += d
        if atEnd(b, i) { return true }
        if i < b.count && b[i] == 0x20 { i += 1 }
        guard let j = word("van", at: i) ?? word("/", at: i) ?? word("of", at: i) else { return false }
        i = j
        if i < b.count && b[i] == 0x20 { i += 1 }
        let e = digits(b, from: i)
        return e > 0 && atEnd(b, i + e)
      }
      for w: StaticString in ["pagina", "blz.", "blz", "page"] {
        if let i = word(w, at: 0), rest(i) { return true }
      }
      // A footer that ends with the page: "gemeente rietmond, pagina 1 van 2", "… - blz. 3".
      var k = 1
      while k < b.count {
        if b[k - 1] == 0x20 && k >= 2 && (b[k - 2] == 0x2C || b[k - 2] == 0x2D || b[k - 2] == 0x7C || b[k - 2] == 0x20) {
          for w: StaticString in ["pagina", "blz.", "blz", "page"] {
            if let i = word(w, at: k), rest(i) { return true }
          }
        }
        k += 1
      }
      return false
    }
  }

  /// `^- ?[0-9]{1,3} ?-$`: `- 3 -`.
  static func dashedNumber(_ text: String) -> Bool {
    bytes(text) { b in
      guard b.first == 0x2D else { return false }
      var i = 1
      if i < b.count && b[i] == 0x20 { i += 1 }
      let d = digits(b, from: i)
      guard (1...3).contains(d) else { return false }
      i += d
      if i < b.count && b[i] == 0x20 { i += 1 }
      return i < b.count && b[i] == 0x2D && atEnd(b, i + 1)
    }
  }

  /// `^[0-9]{1,3} ?/ ?[0-9]{1,3}$`: `3/12`.
  static func pageFraction(_ text: String) -> Bool {
    bytes(text) { b in
      let d = digits(b, from: 0)
      guard (1...3).contains(d) else { return false }
      var i = d
      if i < b.count && b[i] == 0x20 { i += 1 }
      guard i < b.count && b[i] == 0x2F else { return false }
      i += 1
      if i < b.count && b[i] == 0x20 { i += 1 }
      let e = digits(b, from: i)
      return (1...3).contains(e) && atEnd(b, i + e)
    }
  }

  /// `^nr\. ?[0-9]+$`: `nr. 313721`.
  static func gazetteNumber(_ text: String) -> Bool {
    bytes(text) { b in
      guard b.count >= 4, b[0] == 0x6E, b[1] == 0x72, b[2] == 0x2E else { return false }
      var i = 3
      if i < b.count && b[i] == 0x20 { i += 1 }
      let d = digits(b, from: i)
      return d > 0 && atEnd(b, i + d)
    }
  }

  /// `^([0-9]{1,2} [a-z]+ )?[0-9]{4}$`: `2014`, `5 juni 2014`.
  static func yearOrDate(_ text: String) -> Bool {
    bytes(text) { b in
      func year(_ i: Int) -> Bool { digits(b, from: i) >= 4 && atEnd(b, i + 4) }
      if year(0) { return true }
      let d = digits(b, from: 0)
      guard (1...2).contains(d), d < b.count, b[d] == 0x20 else { return false }
      var i = d + 1
      let start = i
      while i < b.count && isLower(b[i]) { i += 1 }
      guard i > start, i < b.count, b[i] == 0x20 else { return false }
      return year(i + 1)
    }
  }

  /// `^[0-9]+(\.[0-9]+)*[.)°]`: the run of digits at the start, then `.`, `)` or `°` (the group
  /// can always give back its dot, so only the first character after the digits counts).
  static func numberedStart(_ text: String) -> Bool {
    guard let c = text.unicodeScalars.first(where: { $0.value < 0x30 || $0.value > 0x39 }),
      let first = text.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39
    else { return false }
    return c == "." || c == ")" || c == "°"
  }

  /// `^[0-9]{1,3}\.[0-9]{1,3}\.?(?=[A-Z(])`: `10.1U gebruikt` (a rule number glued to its text).
  static func gluedNumber(_ text: String) -> Range<String.Index>? {
    let n: Int? = bytes(text) { b in
      func opens(_ i: Int) -> Bool { i < b.count && (b[i] >= 0x41 && b[i] <= 0x5A || b[i] == 0x28) }
      let d = digits(b, from: 0)
      guard (1...3).contains(d), d < b.count, b[d] == 0x2E else { return nil }
      let e = digits(b, from: d + 1)
      guard (1...3).contains(e) else { return nil }
      let i = d + 1 + e
      if i < b.count && b[i] == 0x2E && opens(i + 1) { return i + 1 }
      return opens(i) ? i : nil
    }
    return n.map { prefix(text, $0) }
  }
}

// MARK: The metadata's patterns

/// The patterns `Importer.metadataLines` and `MetadataInference.date` look for, each the exact
/// equivalent of its regular expression (`range(of:options: .regularExpression)`, ICU): the first
/// match, as a range of the text. They work on scalars, as ICU matches code points; each looks for
/// a plain piece the match must hold first, so most texts are passed over on their bytes.
extension LinePattern {
  /// The scalars of `text` and their indices (with the end index after the last).
  struct Scalars {
    let values: [UInt32]
    let indices: [String.Index]

    init(_ text: String) {
      var values: [UInt32] = []
      var indices: [String.Index] = []
      for i in text.unicodeScalars.indices {
        values.append(text.unicodeScalars[i].value)
        indices.append(i)
      }
      indices.append(text.endIndex)
      self.values = values
      self.indices = indices
    }

    var count: Int { values.count }

    /// Whether the ASCII `word` stands at `at`.
    func has(_ word: StaticString, at: Int) -> Bool {
      let n = word.utf8CodeUnitCount
      guard at + n <= values.count else { return false }
      return word.withUTF8Buffer { w in
        for k in 0..<n where values[at + k] != UInt32(w[k]) { return false }
        return true
      }
    }

    func isDigit(_ at: Int) -> Bool { at < values.count && values[at] >= 0x30 && values[at] <= 0x39 }

    /// ASCII digits from `at`.
    func digits(from at: Int) -> Int {
      var n = 0
      while isDigit(at + n) { n += 1 }
      return n
    }
  }

  /// `aangehaald als (de )?[‘'"“]([^’'"”]+)[’'"”]`: a citation title ("kan worden aangehaald als
  /// 'Gedragscode …'").
  static func citedAs(_ text: String) -> Range<String.Index>? {
    guard text.containsBytes("aangehaald als ") else { return nil }
    let s = Scalars(text)
    let openers: [UInt32] = [0x2018, 0x27, 0x22, 0x201C]
    let closers: [UInt32] = [0x2019, 0x27, 0x22, 0x201D]
    for start in 0..<s.count where s.has("aangehaald als ", at: start) {
      // `(de )?` is tried with, then without.
      for de in [true, false] {
        var q = start + 15
        if de {
          guard s.has("de ", at: q) else { continue }
          q += 3
        }
        guard q < s.count, openers.contains(s.values[q]) else { continue }
        q += 1
        let run = q
        while q < s.count && !closers.contains(s.values[q]) { q += 1 }
        // At least one character, then a closing quote (a shorter run ends on no closer).
        guard q > run, q < s.count else { continue }
        return s.indices[start]..<s.indices[q + 1]
      }
    }
    return nil
  }

  /// `^(bijlage|bijlagen) [0-9ivx]+[.:]? `, ignoring case: an annex's number before a title. (In
  /// ICU's matching without case, these letters and digits match only their ASCII selves and
  /// capitals.)
  static func annexNumber(_ text: String) -> Range<String.Index>? {
    let ok: Int? = bytes(text) { b in
      func lower(_ i: Int) -> UInt8? { i < b.count && b[i] < 0x80 ? b[i] | (b[i] >= 0x41 && b[i] <= 0x5A ? 0x20 : 0) : nil }
      func has(_ word: StaticString, at: Int) -> Bool {
        word.withUTF8Buffer { w in
          for k in 0..<w.count where lower(at + k) != w[k] { return false }
          return true
        }
      }
      guard has("bijlage", at: 0) else { return nil }
      // `bijlage ` or `bijlagen `: one or the other, by the eighth letter.
      var i = 7
      if lower(i) == 0x6E { i += 1 }
      guard lower(i) == 0x20 else { return nil }
      i += 1
      let run = i
      while let c = lower(i), (c >= 0x30 && c <= 0x39) || c == 0x69 || c == 0x76 || c == 0x78 { i += 1 }
      guard i > run else { return nil }
      if let c = lower(i), c == 0x2E || c == 0x3A, lower(i + 1) == 0x20 { return i + 2 }
      return lower(i) == 0x20 ? i + 1 : nil
    }
    return ok.map { prefix(text, $0) }
  }

  /// `^([Gg]emeente) `: `Gemeente ` before a municipality's name.
  static func municipalityWord(_ text: String) -> Range<String.Index>? {
    let ok = bytes(text) { b in
      b.count >= 9 && (b[0] == 0x47 || b[0] == 0x67)
        && UnsafeBufferPointer(rebasing: b[1..<9]).elementsEqual("emeente ".utf8)
    }
    return ok ? prefix(text, 9) : nil
  }

  /// `CVDR[0-9]+`: a CVDR number.
  static func cvdrNumber(_ text: String) -> Range<String.Index>? {
    let r: Range<Int>? = bytes(text) { b in
      var i = 0
      while i + 4 < b.count {
        if b[i] == 0x43 && b[i + 1] == 0x56 && b[i + 2] == 0x44 && b[i + 3] == 0x52 {
          let d = digits(b, from: i + 4)
          if d > 0 { return i..<(i + 4 + d) }
        }
        i += 1
      }
      return nil
    }
    return r.map {
      text.utf8.index(text.startIndex, offsetBy: $0.lowerBound)..<text.utf8.index(text.startIndex, offsetBy: $0.upperBound)
    }
  }

  static let monthNames: [StaticString] = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
  ]

  /// `([0-9]{1,2}) (januari|februari|…|december) ([0-9]{4})`: `11 maart 2025`.
  static func writtenDate(_ text: String) -> Range<String.Index>? {
    guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let s = Scalars(text)
    for start in 0..<s.count where s.isDigit(start) {
      // One or two digits (two first), a space, a month, a space, four digits.
      for n in [2, 1] where s.digits(from: start) >= n && start + n < s.count && s.values[start + n] == 0x20 {
        let m = start + n + 1
        for month in monthNames where s.has(month, at: m) {
          let y = m + month.utf8CodeUnitCount
          if y < s.count && s.values[y] == 0x20 && s.digits(from: y + 1) >= 4 { return s.indices[start]..<s.indices[y + 5] }
        }
      }
    }
    return nil
  }

  /// `([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})`: `11-03-2025`.
  static func numericDate(_ text: String) -> Range<String.Index>? {
    guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let s = Scalars(text)
    func separator(_ at: Int) -> Bool { at < s.count && (s.values[at] == 0x2D || s.values[at] == 0x2E || s.values[at] == 0x2F) }
    for start in 0..<s.count where s.isDigit(start) {
      for n in [2, 1] where s.digits(from: start) >= n && separator(start + n) {
        let second = start + n + 1
        for m in [2, 1] where s.digits(from: second) >= m && separator(second + m) {
          let y = second + m + 1
          if s.digits(from: y) >= 4 { return s.indices[start]..<s.indices[y + 4] }
        }
      }
    }
    return nil
  }
}
