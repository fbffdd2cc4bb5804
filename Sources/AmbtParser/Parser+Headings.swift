import AmbtModel

/// What a `#` heading starts.
enum HeadingRole {
  case chapter, annex, closing
}

struct ParsedHeading1 {
  var role: HeadingRole
  var chapter: Chapter
  var canonical: String
}

struct ParsedHeading2 {
  var heading: Heading
  var explanationKind: ExplanationKind?
  var canonical: String
}

/// Number tokens as codes write them: `1`, `1.`, `3a`, `2.1.`, `10.1`.
enum NumberToken {
  /// Length in characters of a number token at the start of `s`, or nil.
  static func length(in s: Substring) -> Int? {
    // Fast path: nearly every line starts with ASCII, where a byte is a character.
    let fast = s.utf8.withContiguousStorageIfAvailable { u -> Int?? in
      let n = min(u.count, 24)
      for k in 0..<n where u[k] >= 0x80 { return .none }
      return .some(asciiLength(UnsafeBufferPointer(rebasing: u[0..<n])))
    }
    if let fast, let length = fast { return length }
    let bytes = s.utf8.prefix(24)
    if bytes.allSatisfy({ $0 < 0x80 }), bytes.count == 24 || bytes.count == s.utf8.count {
      return asciiLength(Array(bytes))
    }
    return characterLength(in: s)
  }

  /// `length(in:)` on ASCII bytes; the same rules as `characterLength`.
  static func asciiLength(_ chars: [UInt8]) -> Int? {
    chars.withUnsafeBufferPointer { asciiLength($0) }
  }

  static func asciiLength(_ chars: UnsafeBufferPointer<UInt8>) -> Int? {
    func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
    var k = 0
    var sawDigit = false
    while k < chars.count {
      let c = chars[k]
      if c >= 0x30 && c <= 0x39 {
        sawDigit = true
        k += 1
      } else if sawDigit && c >= 0x61 && c <= 0x7A && (k + 1 == chars.count || !isLetter(chars[k + 1])) {
        k += 1
      } else if c == 0x2E && sawDigit {
        k += 1
      } else {
        break
      }
    }
    guard sawDigit else { return nil }
    if k < chars.count, !(chars[k] == 0x20 || chars[k] == 0x09 || chars[k] == 0x5B || chars[k] == 0x3A) { return nil }
    return k
  }

  static func characterLength(in s: Substring) -> Int? {
    var k = 0
    var sawDigit = false
    let chars = Array(s.prefix(24))
    while k < chars.count {
      let c = chars[k]
      if c.isASCII && c.isNumber {
        sawDigit = true
        k += 1
      } else if sawDigit && c.isASCII && c.isLowercase && c.isLetter && (k + 1 == chars.count || !chars[k + 1].isLetter) {
        k += 1
      } else if c == "." && sawDigit {
        k += 1
      } else {
        break
      }
    }
    guard sawDigit else { return nil }
    if k < chars.count, !(chars[k] == " " || chars[k] == "\t" || chars[k] == "[" || chars[k] == ":") { return nil }
    return k
  }

  static func isRoman(_ s: Substring) -> Bool {
    let t = s.hasSuffix(".") ? s.dropLast() : s
    return !t.isEmpty && t.allSatisfy { "IVXLC".contains($0) }
  }

  /// `1.1.` → `1.1`; `3A` → `3a`.
  static func normalize(_ s: String) -> String {
    // ASCII (nearly always): on bytes.
    var s = s
    // nil: not ASCII; .some(nil): nothing to change.
    let ascii = s.withUTF8 { u -> String?? in
      var end = u.count
      var upper = false
      for b in u {
        if b >= 0x80 { return nil }
        if b >= 0x41 && b <= 0x5A { upper = true }
      }
      while end > 0 && u[end - 1] == 0x2E { end -= 1 }
      if end == u.count && !upper { return .some(nil) }
      return String(unsafeUninitializedCapacity: end) { out in
        for k in 0..<end { out[k] = u[k] >= 0x41 && u[k] <= 0x5A ? u[k] + 32 : u[k] }
        return end
      }
    }
    if let ascii { return ascii ?? s }
    var t = s
    while t.hasSuffix(".") { t.removeLast() }
    return t.lowercased()
  }
}

extension DocumentParser {
  static let chapterWords = ["hoofdstuk", "artikel", "thema", "paragraaf", "deel", "afdeling"]

  func splitFirstWord(_ s: Substring) -> (Substring, Substring) {
    // On bytes when the blanks, the first word and the byte after the blanks that follow it are
    // ASCII (a space is then a character of its own); otherwise by characters.
    let cut = s.utf8.withContiguousStorageIfAvailable { u -> (Int, Int, Int)? in
      let n = u.count
      var i = 0
      while i < n && (u[i] == 0x20 || u[i] == 0x09) { i += 1 }
      let start = i
      while i < n && u[i] != 0x20 && u[i] != 0x09 {
        if u[i] >= 0x80 { return nil }
        i += 1
      }
      let end = i
      while i < n && (u[i] == 0x20 || u[i] == 0x09) { i += 1 }
      if i < n && u[i] >= 0x80 { return nil }
      return (start, end, i)
    }
    if let cut, let (start, end, rest) = cut {
      let u = s.utf8
      let a = u.index(u.startIndex, offsetBy: start)
      let b = u.index(a, offsetBy: end - start)
      let c = u.index(b, offsetBy: rest - end)
      return (s[a..<b], s[c...])
    }
    return splitFirstWordByCharacters(s)
  }

  func splitFirstWordByCharacters(_ s: Substring) -> (Substring, Substring) {
    let trimmed = s.drop { $0 == " " || $0 == "\t" }
    guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      return (trimmed, trimmed[trimmed.endIndex...])
    }
    return (trimmed[..<space], trimmed[space...].drop { $0 == " " || $0 == "\t" })
  }

  mutating func parseHeading1(_ line: Line) -> ParsedHeading1 {
    let body = line.content.dropFirst().drop { $0 == " " || $0 == "\t" }
    let (first, afterFirst) = splitFirstWord(body)
    let firstFolded = TextFolding.fold(String(first))
    var role = HeadingRole.chapter
    var word: String?
    var rest = body
    if firstFolded == "bijlage" {
      role = .annex
      word = String(first)
      rest = afterFirst
    } else if DocumentParser.chapterWords.contains(firstFolded) {
      word = String(first)
      rest = afterFirst
    } else if TextFolding.fold(String(body)) == "slot" {
      let canonical = "# " + String(body)
      return ParsedHeading1(role: .closing, chapter: Chapter(title: String(body)), canonical: canonical)
    }
    var number: String?
    if let len = NumberToken.length(in: rest) {
      let idx = rest.index(rest.startIndex, offsetBy: len)
      number = String(rest[..<idx])
      rest = rest[idx...].drop { $0 == " " || $0 == "\t" }
    } else if word != nil {
      let (tok, after) = splitFirstWord(rest)
      if NumberToken.isRoman(tok) {
        number = String(tok)
        rest = after
      }
    }
    let title = collapse(String(rest))
    if body.isEmpty {
      error(
        "empty-heading", LocalizedText("check.empty-heading.empty-heading-expected-title"),
        at: line.contentRange, hint: LocalizedText("check.empty-heading.hint"))
    }
    let chapter = Chapter(
      kind: role == .annex ? .annex : .chapter, word: word, number: number, key: number.map(NumberToken.normalize),
      title: title, headingRange: line.contentRange)
    let canonical = "# " + [word, number, title.isEmpty ? nil : title].compactMap { $0 }.joined(separator: " ")
    return ParsedHeading1(role: role, chapter: chapter, canonical: canonical)
  }

  mutating func parseHeading2(_ line: Line) -> ParsedHeading2 {
    var hashes = 0
    var body = line.content
    while body.first == "#" {
      hashes += 1
      body = body.dropFirst()
    }
    body = body.drop { $0 == " " || $0 == "\t" }
    if hashes > 2 {
      error(
        "deep-heading", LocalizedText("check.deep-heading", ["hashes": String(repeating: "#", count: hashes)]),
        at: line.contentRange, hint: LocalizedText("check.deep-heading.hint"), severity: .warning)
    }
    var number: String?
    var rest = body
    if let len = NumberToken.length(in: rest) {
      let idx = rest.index(rest.startIndex, offsetBy: len)
      number = String(rest[..<idx])
      rest = rest[idx...].drop { $0 == " " || $0 == "\t" }
    }
    let title = collapse(String(rest))
    if title.isEmpty && number == nil {
      error(
        "empty-heading", LocalizedText("check.empty-heading.empty-heading-expected-title-2"),
        at: line.contentRange)
    }
    var kind: ExplanationKind?
    if number == nil { kind = Lexer.labelWords[TextFolding.fold(title)] }
    let heading = Heading(number: number, key: number.map(NumberToken.normalize), title: title, range: line.contentRange)
    let canonical = "## " + [number, title.isEmpty ? nil : title].compactMap { $0 }.joined(separator: " ")
    return ParsedHeading2(heading: heading, explanationKind: kind, canonical: canonical)
  }

  /// Parses a `§` rule and its body.
  mutating func parseArticle(context: BodyContext) -> Article? {
    let line = lines[i]
    var rest = line.content.dropFirst().drop { $0 == " " || $0 == "\t" }
    var word: Substring?
    let (first, afterFirst) = splitFirstWord(rest)
    if let c = first.first, c.isLetter, NumberToken.length(in: afterFirst) != nil {
      word = first
      rest = afterFirst
    }
    guard let len = NumberToken.length(in: rest) else {
      error(
        "missing-article-number", LocalizedText("check.missing-article-number"),
        at: line.contentRange,
        hint: LocalizedText("check.missing-article-number.hint"))
      roles[i] = .invalid
      i += 1
      // Skip the body so its lines are not read as loose text of the chapter.
      var dummy = Annotations()
      _ = parseBody(.article, annotations: &dummy)
      return nil
    }
    let numIdx = rest.index(rest.startIndex, offsetBy: len)
    let numberWritten = String(rest[..<numIdx])
    rest = rest[numIdx...].drop { $0 == " " || $0 == "\t" }
    var title: String?
    if rest.first == "[" {
      if let close = rest.firstIndex(of: "]") {
        title = collapse(String(rest[rest.index(after: rest.startIndex)..<close]))
        rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\t" }
      } else {
        error(
          "unclosed-title", LocalizedText("check.unclosed-title"), at: line.range(of: rest),
          hint: LocalizedText("check.unclosed-title.hint"))
      }
    }
    let label = (word.map { String($0) + " " } ?? "") + numberWritten
    let number = NumberToken.normalize(numberWritten)
    var key = number
    if numbering == .perHoofdstuk, !number.contains("."), let chapterKey = currentChapterKey {
      key = chapterKey + "." + number
    }
    let headerRange = line.contentRange
    let prefix = "§ " + label + (title.map { " [\($0)]" } ?? "")
    if roles.recording { roles[i] = .articleHeader(prefix: prefix, text: String(rest)) }
    i += 1
    var items: [Item] = []
    if !rest.isEmpty {
      let outer = place
      place = .article
      defer { place = outer }
      let p = parseParagraph(firstText: (String(rest), line.range(of: rest)))
      items.append(.paragraph(p))
    }
    var annotations = Annotations()
    items += parseBody(.article, annotations: &annotations)
    let end = max(items.last?.range.end ?? headerRange.end, annotations.lastEnd ?? 0, headerRange.end)
    return Article(
      label: label, number: number, key: key, title: title, headerRange: headerRange,
      range: SourceRange(start: headerRange.start, end: end), annotations: annotations, items: items)
  }

  /// Runs of spaces and tabs as one space, none at the ends. On bytes: it runs for every
  /// annotation, and splitting into characters cost a tenth of all parse time.
  func collapse(_ s: String) -> String {
    var s = s
    let collapsed = s.withUTF8 { u -> String? in
      // Mostly there is nothing to collapse: no tab, and no space at an end or beside another.
      var previousBlank = true
      var clean = true
      for b in u {
        let blank = b == 0x20 || b == 0x09
        if blank && (previousBlank || b == 0x09) {
          clean = false
          break
        }
        previousBlank = blank
      }
      if clean && (!previousBlank || u.isEmpty) { return nil }
      return String(unsafeUninitializedCapacity: u.count) { out in
        var n = 0
        var pendingSpace = false
        for b in u {
          if b == 0x20 || b == 0x09 {
            pendingSpace = n > 0
          } else {
            if pendingSpace {
              out[n] = 0x20
              n += 1
            }
            pendingSpace = false
            out[n] = b
            n += 1
          }
        }
        return n
      }
    }
    return collapsed ?? s
  }
}

extension Annotations {
  /// End offset of the last annotation, so a rule's range covers its annotation lines.
  var lastEnd: Int? {
    // Without building arrays: this runs for every rule (issue 7).
    var best: Int?
    func see(_ end: Int) { if best == nil || end > best! { best = end } }
    for list in [topics, norms, reportTo, actors, regulations, covers] { for t in list { see(t.range.end) } }
    for q in quantities { see(q.range.end) }
    for r in exceptionTo { see(r.range.end) }
    for r in references { see(r.range.end) }
    for l in laws { see(l.range.end) }
    for x in suppressions { see(x.range.end) }
    if let d = draft { see(d.range.end) }
    return best
  }
}
