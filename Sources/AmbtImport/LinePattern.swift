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

  /// `^(pagina|blz\.?|page) ?[0-9]+( ?(van|/|of) ?[0-9]+)?$`: `pagina 3 van 12`.
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
