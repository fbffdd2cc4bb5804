import AmbtTestSupport
import Testing

@testable import AmbtModel
@testable import AmbtParser

/// The byte-level fast paths of the lint-speed work give what the character rules (kept beside
/// them, or copied here as they were) give, on random lines mixing ASCII with the characters that
/// make bytes and characters part: combining marks, a prepend mark, joiners, non-ASCII letters,
/// dashes, bullets, spaces and `§`.
@Suite struct FastPathEquivalenceTests {
  typealias Random = SeededRandom

  static let pieces: [String] = [
    "a", "b", "z", "A", "Q", "1", "2", "0", "9", " ", " ", " ", "\t", ".", ")", "(", ":", "-", "*", "#", "@", "/", "\\",
    "§", "e\u{301}", "\u{301}", "é", "É", "•", "–", "\u{A0}", "\u{600}", "\u{200D}", "😀", "ĳ", "ﬁ", "`", "?", ",", ";",
    "€", "'", "\u{AD}", "\u{2009}", "ß", "İ", "uitleg", "Noot", "voorbeelden", "onderwerp", "melden bij", "norm",
    "hoofdstuk", "Artikel", "1.1.", "12a", "III", "---", "##", "//",
  ]

  static func line(_ r: inout Random, maxPieces: Int = 12) -> String {
    var s = ""
    for _ in 0..<r.below(maxPieces + 1) { s += pieces[r.below(pieces.count)] }
    return s
  }

  static func lines(count: Int, seed: UInt64) -> [String] {
    var r = Random(state: seed)
    return (0..<count).map { _ in line(&r) }
  }

  @Test("line classification: bytes and characters agree")
  func classification() {
    for s in Self.lines(count: 40_000, seed: 0x9E37_79B9_7F4A_7C15) + ["§", "§ 1", "§\u{301} 1", "a.", "a. b", "(1) x", "(a)"] {
      // As the lexer gives them: trimmed of spaces and tabs, with no line end.
      let content = Substring(s.drop { $0 == " " || $0 == "\t" })
      #expect(Lexer.classify(content) == Lexer.classifyByCharacters(content), "\(s.unicodeScalars.map(\.value))")
    }
  }

  @Test("first word: bytes and characters agree")
  func firstWord() {
    let parser = DocumentParser(lines: Lines(bytes: []), file: "x", vocabulary: .shared, byteCount: 0)
    for s in Self.lines(count: 20_000, seed: 42) {
      let a = parser.splitFirstWord(Substring(s))
      let b = parser.splitFirstWordByCharacters(Substring(s))
      #expect(a.0 == b.0 && a.1 == b.1 && a.0.startIndex == b.0.startIndex && a.1.startIndex == b.1.startIndex, "\(s)")
    }
  }

  @Test("collapse, normalize and trimming agree with their character definitions")
  func strings() {
    let parser = DocumentParser(lines: Lines(bytes: []), file: "x", vocabulary: .shared, byteCount: 0)
    func collapse(_ s: String) -> String {
      var out: [UInt8] = []
      var pendingSpace = false
      for b in s.utf8 {
        if b == 0x20 || b == 0x09 {
          pendingSpace = !out.isEmpty
        } else {
          if pendingSpace { out.append(0x20) }
          pendingSpace = false
          out.append(b)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    func normalize(_ s: String) -> String {
      var t = s
      while t.hasSuffix(".") { t.removeLast() }
      return t.lowercased()
    }
    func trimmed(_ s: String) -> String {
      String(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
    for s in Self.lines(count: 20_000, seed: 7) + ["1.1.", "3A", "IV..", "", "  ", " \t x \t "] {
      #expect(parser.collapse(s) == collapse(s), "\(s)")
      #expect(NumberToken.normalize(s) == normalize(s), "\(s)")
      #expect(s.trimmingSpaces == trimmed(s), "\(s.unicodeScalars.map(\.value))")
    }
  }

  @Test("annotation keys: read as they are or folded, the same key and end")
  func annotationKeys() {
    for s in Self.lines(count: 20_000, seed: 99) + ["onderwerp x", "Melden  bij x", "melden-bij x", "norm?", "wie"] {
      let body = Substring(s)
      let head = FoldedText(String(body.prefix(24)))
      let (key, length) = head.bytes.withUnsafeBufferPointer { DocumentParser.matchKey($0) }
      let expected = (key, key == nil ? 0 : head.sourceOffset(length))
      let got = DocumentParser.annotationKey(body)
      #expect(got.0 == expected.0 && got.1 == expected.1, "\(s)")
    }
  }

  /// The fold as it was written before its ASCII runs were copied in one go: byte by byte.
  static func referenceFold(_ source: String, base: Int) -> (bytes: [UInt8], anchors: [(Int, Int)]) {
    var bytes: [UInt8] = []
    var anchors: [(Int, Int)] = [(0, base)]
    var shift = base
    func emit(_ byte: UInt8, _ at: Int) {
      let want = base + at - bytes.count
      if want != shift {
        anchors.append((bytes.count, base + at))
        shift = want
      }
      bytes.append(byte)
    }
    var pendingSpace = -1
    var wroteAny = false
    func put(_ b: UInt8, _ at: Int) {
      if b == 0x20 {
        if wroteAny && pendingSpace < 0 { pendingSpace = at }
        return
      }
      if pendingSpace >= 0 {
        emit(0x20, pendingSpace)
        pendingSpace = -1
      }
      emit(b, at)
      wroteAny = true
    }
    var i = 0
    for u in source.unicodeScalars {
      let length = String(u).utf8.count
      if u.value < 0x80 {
        put(TextFold.asciiTable[Int(u.value)], i)
      } else if u.value >= 0xC0 && u.value <= 0xFF && TextFold.latin1Table[Int(u.value & 0x3F)] != 0 {
        put(TextFold.latin1Table[Int(u.value & 0x3F)], i)
      } else {
        for r in TextFold.foldScalar(u).utf8 { put(r, i) }
      }
      i += length
    }
    return (bytes, anchors)
  }

  @Test("folded text: bytes and anchors as folding byte by byte gives them")
  func foldedText() {
    var r = Random(state: 2024)
    var samples = Self.lines(count: 20_000, seed: 5)
    // Long texts, and texts that fold longer than they are (İ folds to two scalars).
    for _ in 0..<200 { samples.append((0..<40).map { _ in Self.line(&r) }.joined(separator: "\n")) }
    samples.append(String(repeating: "İ", count: 100))
    samples.append(String(repeating: "ﬃ", count: 50) + " A  B ")
    for (k, s) in samples.enumerated() {
      let base = k % 3 == 0 ? 0 : k
      let f = FoldedText(s, base: base)
      let expected = Self.referenceFold(s, base: base)
      #expect(f.bytes == expected.bytes, "\(s)")
      #expect(
        f.anchors.map(\.folded) == expected.anchors.map(\.0) && f.anchors.map(\.source) == expected.anchors.map(\.1), "\(s)")
      #expect(TextFold.fold(s) == String(decoding: expected.bytes, as: UTF8.self), "\(s)")
    }
  }

  @Test("source offsets walked forward with a hint agree with the binary search")
  func offsetsWithHint() {
    var r = Random(state: 808)
    for k in 0..<2_000 {
      let s = (0..<r.below(12)).map { _ in Self.line(&r) }.joined(separator: r.below(2) == 0 ? "\n" : "  ")
      let f = FoldedText(s, base: k)
      var hint = 0
      var index = 0
      while index <= f.bytes.count + 1 {
        #expect(f.sourceOffset(index, hint: &hint) == f.sourceOffset(index), "\(s) \(index)")
        index += 1 + r.below(4)
      }
    }
  }

  @Test("line table and validation: line starts and invalid bytes as before")
  func lineTableAndValidation() {
    var r = Random(state: 77)
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<r.below(200) {
        switch r.below(10) {
        case 0: bytes.append(0x0A)
        case 1: bytes.append(r.below(4) == 0 ? 0x0D : 0x61)
        case 2: bytes.append(UInt8(r.below(256)))
        case 3: bytes.append(0)
        default: bytes.append(UInt8(0x20 + r.below(0x5F)))
        }
      }
      var starts = [0]
      var i = 0
      while i < bytes.count {
        if bytes[i] == 0x0A {
          starts.append(i + 1)
        } else if bytes[i] == 0x0D {
          if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        }
        i += 1
      }
      #expect(LineTable(bytes: bytes).lineStarts == starts)
      var diagnostics: [Diagnostic] = []
      let sanitized = Lexer.validate(bytes, diagnostics: &diagnostics, file: "x")
      var expected: [Diagnostic] = []
      let reference = Self.referenceValidate(bytes, diagnostics: &expected)
      #expect(sanitized == reference)
      #expect(diagnostics.map(\.id) == expected.map(\.id) && diagnostics.map(\.range) == expected.map(\.range))
    }
  }

  /// `Lexer.validate` as it was before it skipped ASCII eight bytes at a time.
  static func referenceValidate(_ bytes: [UInt8], diagnostics: inout [Diagnostic]) -> [UInt8] {
    var sanitized = bytes
    var i = 0
    let n = bytes.count
    var reported = 0
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0 && reported < 20 {
          diagnostics.append(
            Diagnostic(
              id: "nul-byte", severity: .error, message: LocalizedText("x"), range: SourceRange(start: i, end: i + 1), file: "x"))
          reported += 1
        }
        i += 1
        continue
      }
      var len = 0
      if b & 0xE0 == 0xC0 && b >= 0xC2 {
        len = 2
      } else if b & 0xF0 == 0xE0 {
        len = 3
      } else if b & 0xF8 == 0xF0 && b <= 0xF4 {
        len = 4
      }
      var ok = len > 0 && i + len <= n
      if ok {
        for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { ok = false }
      }
      if ok && len == 3 {
        let cp = (Int(b & 0x0F) << 12) | (Int(bytes[i + 1] & 0x3F) << 6)
        if cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) { ok = false }
      }
      if ok && len == 4 {
        let cp = (Int(b & 0x07) << 18) | (Int(bytes[i + 1] & 0x3F) << 12)
        if cp < 0x10000 || cp > 0x10FFFF { ok = false }
      }
      if !ok {
        sanitized[i] = 0x3F
        if reported < 20 {
          diagnostics.append(
            Diagnostic(
              id: "invalid-utf8", severity: .error, message: LocalizedText("x"), range: SourceRange(start: i, end: i + 1),
              file: "x"))
        }
        reported += 1
        i += 1
        continue
      }
      i += len
    }
    return sanitized
  }
}
