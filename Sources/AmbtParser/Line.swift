import AmbtModel

/// What a line is, decided from its first characters alone.
enum LineKind: Equatable {
  case blank
  case comment
  /// `\text`: literal text; the payload starts after the backslash.
  case escaped
  case fence
  case heading1
  case heading2
  case article
  case annotation
  case label(ExplanationKind)
  case listItem(ListMarker)
  case text
}

struct ListMarker: Equatable {
  var marker: String
  var kind: ListMarkerKind
  var label: String?
  /// Length in bytes of the marker and the space after it.
  var length: Int
}

/// One physical line of the source. Lines tile the file: concatenating every `range` gives the
/// source back byte for byte (the lossless property tests check).
struct Line {
  /// The whole line including its line end.
  var range: SourceRange
  /// Byte offset where the content (after indentation) starts.
  var contentStart: Int
  /// Leading white space in columns (a tab counts as 4).
  var indent: Int
  /// Whether the leading white space holds a tab.
  var indentHasTab = false
  /// The content after indentation, without trailing white space or line end.
  var content: Substring
  var kind: LineKind

  /// Byte offset of a position inside `content`.
  func offset(of index: Substring.Index) -> Int {
    contentStart + content.utf8.distance(from: content.startIndex, to: index)
  }

  func range(of sub: Substring) -> SourceRange {
    SourceRange(start: offset(of: sub.startIndex), end: offset(of: sub.endIndex))
  }

  var contentRange: SourceRange {
    SourceRange(start: contentStart, end: contentStart + content.utf8.count)
  }
}

/// The lines of a file for the parser, each split, decoded and classified when it is read.
///
/// A table of every `Line` (its text as a slice of the decoded file, its kind; about 120 bytes
/// a line, and the decoded file beside the bytes) took about three times the file while the
/// model was being built. This keeps only the file's bytes and the line table's starts, which
/// `ParseResult` keeps anyway: a line's text is a `String` of its own, which a one-line
/// paragraph then shares. The parser reads a line several times (its kind, then its text, and
/// list items look ahead), so the last few lines read are kept. `Lexer.lines` in the tests is the
/// whole-file definition this follows; `LinesTests` compares the two.
final class Lines {
  /// The sanitized bytes (valid UTF-8, the file's byte layout).
  let bytes: [UInt8]
  /// Where each line starts (`LineTable.lineStarts` of the same bytes).
  let starts: [Int]
  let count: Int
  private static let slots = 8
  private var cachedIndex = [Int](repeating: -1, count: slots)
  private var cachedLine: [Line?] = Array(repeating: nil, count: slots)

  /// `starts` must be the line starts of `bytes` as `LineTable` finds them: a line table also
  /// counts the empty line after a final line end, which the lexer does not.
  init(bytes: [UInt8], starts: [Int]) {
    self.bytes = bytes
    self.starts = starts
    let n = bytes.count
    count = starts.last == n ? starts.count - 1 : starts.count
  }

  convenience init(bytes: [UInt8]) {
    self.init(bytes: bytes, starts: LineTable(bytes: bytes).lineStarts)
  }

  subscript(_ i: Int) -> Line {
    let slot = i & (Self.slots - 1)
    if cachedIndex[slot] == i, let line = cachedLine[slot] { return line }
    let line = make(i)
    cachedIndex[slot] = i
    cachedLine[slot] = line
    return line
  }

  /// Line `i` as the whole-file `Lexer.lines` of the tests reads it.
  private func make(_ i: Int) -> Line {
    let n = bytes.count
    let start = starts[i]
    let next = i + 1 < starts.count ? starts[i + 1] : n
    return bytes.withUnsafeBufferPointer { b in
      // The line end: a line feed, a carriage return, or both (then one line end).
      var end = next
      if end > start && b[end - 1] == 0x0A {
        end -= 1
        if end > start && b[end - 1] == 0x0D { end -= 1 }
      } else if end > start && b[end - 1] == 0x0D {
        end -= 1
      }
      var c = start
      if i == 0 && n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { c = 3 }
      var indent = 0
      var tab = false
      while c < end && (b[c] == 0x20 || b[c] == 0x09) {
        if b[c] == 0x09 { tab = true }
        indent += b[c] == 0x09 ? 4 : 1
        c += 1
      }
      var trimmedEnd = end
      while trimmedEnd > c && (b[trimmedEnd - 1] == 0x20 || b[trimmedEnd - 1] == 0x09) { trimmedEnd -= 1 }
      let text = String(decoding: UnsafeBufferPointer(rebasing: b[c..<trimmedEnd]), as: UTF8.self)
      let content = text[...]
      return Line(
        range: SourceRange(start: start, end: next), contentStart: c, indent: indent, indentHasTab: tab,
        content: content, kind: Lexer.classify(content))
    }
  }
}

/// Splits a file into lines and classifies each one.
struct Lexer {
  static let labelWords: [String: ExplanationKind] = [
    "uitleg": .uitleg, "toelichting": .toelichting, "voorbeeld": .voorbeelden, "voorbeelden": .voorbeelden,
    "controlevragen": .controlevragen, "noot": .noot, "let op": .noot,
  ]

  static func classify(_ s: Substring) -> LineKind {
    // Most lines start with a few ASCII characters, where a byte is a character: read those on
    // bytes; anything else (a combining mark that may join a marker, a non-ASCII start) goes the
    // character way. `FastPathTests` compares the two on random lines.
    if let kind = s.utf8.withContiguousStorageIfAvailable({ classifyASCII($0) }) ?? nil { return kind }
    return classifyByCharacters(s)
  }

  /// `classifyByCharacters` on bytes, for a line whose first eight bytes (and, for a label, its
  /// last two) are ASCII, or that starts with `§` and an ASCII byte; nil for any other line.
  static func classifyASCII(_ u: UnsafeBufferPointer<UInt8>) -> LineKind? {
    let n = u.count
    if n == 0 { return .blank }
    let head = min(n, 8)
    for k in 0..<head where u[k] >= 0x80 {
      // `§` (C2 A7) followed by an ASCII byte, which cannot join it.
      if k == 0, n >= 2, u[0] == 0xC2, u[1] == 0xA7, n == 2 || u[2] < 0x80 { return .article }
      return nil
    }
    let b0 = u[0]
    let b1: UInt8 = n > 1 ? u[1] : 0
    if b0 == 0x2F && b1 == 0x2F { return .comment }
    if b0 == 0x5C { return .escaped }
    if n == 3 && b0 == 0x2D && b1 == 0x2D && u[2] == 0x2D { return .fence }
    if b0 == 0x23 && b1 == 0x23 { return .heading2 }
    if b0 == 0x23 { return n == 1 || b1 == 0x20 || b1 == 0x09 ? .heading1 : .text }
    if b0 == 0x40, n > 1, (b1 >= 0x61 && b1 <= 0x7A) || (b1 >= 0x41 && b1 <= 0x5A) { return .annotation }
    if n <= 24, u[n - 1] == 0x3A {
      // The last character is the colon only when the byte before it is ASCII.
      if n > 1 && u[n - 2] >= 0x80 { return nil }
      let word = TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: u[0..<(n - 1)]), as: UTF8.self))
      if let kind = labelWords[word] { return .label(kind) }
    }
    if b0 == 0x2D || b0 == 0x2A || b0 == 0x28 || (b0 >= 0x30 && b0 <= 0x39) || (b0 >= 0x61 && b0 <= 0x7A),
      let marker = listMarkerASCII(u)
    {
      return .listItem(marker)
    }
    return .text
  }

  /// `listMarker` on a line whose first eight bytes (or all, if fewer) are ASCII: its first six
  /// characters are its first six bytes.
  static func listMarkerASCII(_ u: UnsafeBufferPointer<UInt8>) -> ListMarker? {
    let count = min(u.count, 6)
    func followedBySpace(_ k: Int) -> Bool { k >= count || u[k] == 0x20 || u[k] == 0x09 }
    func length(_ k: Int) -> Int { min(k, count) + (k < count ? 1 : 0) }
    func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: u[from..<to]), as: UTF8.self) }
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    let c0 = u[0]
    if (c0 == 0x2D || c0 == 0x2A) && followedBySpace(1) {
      return ListMarker(marker: text(0, 1), kind: .bullet, label: nil, length: length(1))
    }
    if isLower(c0), count >= 2, u[1] == 0x2E || u[1] == 0x29, followedBySpace(2) {
      return ListMarker(marker: text(0, 2), kind: .letter, label: text(0, 1), length: length(2))
    }
    if isDigit(c0) {
      var k = 0
      while k < count && k < 3 && isDigit(u[k]) { k += 1 }
      if k < count, u[k] == 0x2E || u[k] == 0x29, followedBySpace(k + 1) {
        return ListMarker(marker: text(0, k + 1), kind: .number, label: text(0, k), length: length(k + 1))
      }
    }
    if c0 == 0x28 {
      var k = 1
      while k < count && k < 4 && (isDigit(u[k]) || isLower(u[k])) { k += 1 }
      if k > 1, k < count, u[k] == 0x29, followedBySpace(k + 1) {
        var isNumber = true
        for j in 1..<k where !isDigit(u[j]) { isNumber = false }
        let isLetter = k == 2 && isLower(u[1])
        if isNumber || isLetter {
          return ListMarker(marker: text(0, k + 1), kind: isNumber ? .number : .letter, label: text(1, k), length: length(k + 1))
        }
      }
    }
    return nil
  }

  /// How a line is classified, character by character (the definition `classify` follows).
  static func classifyByCharacters(_ s: Substring) -> LineKind {
    guard let first = s.first else { return .blank }
    if s.hasPrefix("//") { return .comment }
    if first == "\\" { return .escaped }
    if s == "---" { return .fence }
    if s.hasPrefix("##") { return .heading2 }
    if first == "#" {
      let rest = s.dropFirst()
      if rest.isEmpty || rest.first == " " || rest.first == "\t" { return .heading1 }
      return .text
    }
    if first == "§" { return .article }
    if first == "@", let second = s.dropFirst().first, second.isLetter { return .annotation }
    // Explanation words are short; most lines are not, and skip the folding.
    if s.utf8.count <= 24, s.last == ":" {
      let word = TextFolding.fold(String(s.dropLast()))
      if let kind = labelWords[word] { return .label(kind) }
    }
    // A marker starts with -, *, (, a digit, a lowercase ASCII letter or a multi-byte bullet
    // (•, –); a line starting otherwise (most text) needs no closer look.
    if let b = s.utf8.first,
      b == 0x2D || b == 0x2A || b == 0x28 || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b >= 0x80,
      let marker = listMarker(s)
    {
      return .listItem(marker)
    }
    return .text
  }

  static func listMarker(_ s: Substring) -> ListMarker? {
    let chars = Array(s.prefix(6))
    func followedBySpace(_ k: Int) -> Bool { k >= chars.count || chars[k] == " " || chars[k] == "\t" }
    func bytes(_ k: Int) -> Int { String(chars[0..<min(k, chars.count)]).utf8.count + (k < chars.count ? 1 : 0) }
    guard let c0 = chars.first else { return nil }
    if "-•*–".contains(c0) && followedBySpace(1) {
      return ListMarker(marker: String(c0), kind: .bullet, label: nil, length: bytes(1))
    }
    if c0.isASCII && c0.isLowercase && c0.isLetter, chars.count >= 2, chars[1] == "." || chars[1] == ")",
      followedBySpace(2)
    {
      return ListMarker(marker: String(chars[0...1]), kind: .letter, label: String(c0), length: bytes(2))
    }
    if c0.isASCII && c0.isNumber {
      var k = 0
      while k < chars.count && k < 3 && chars[k].isASCII && chars[k].isNumber { k += 1 }
      if k < chars.count, chars[k] == "." || chars[k] == ")", followedBySpace(k + 1) {
        return ListMarker(
          marker: String(chars[0...k]), kind: .number, label: String(chars[0..<k]), length: bytes(k + 1))
      }
    }
    if c0 == "(" {
      var k = 1
      while k < chars.count && k < 4 && chars[k].isASCII && (chars[k].isNumber || chars[k].isLowercase) { k += 1 }
      if k > 1, k < chars.count, chars[k] == ")", followedBySpace(k + 1) {
        let label = String(chars[1..<k])
        let isNumber = label.allSatisfy(\.isNumber)
        let isLetter = label.count == 1 && label.allSatisfy(\.isLetter)
        if isNumber || isLetter {
          return ListMarker(
            marker: String(chars[0...k]), kind: isNumber ? .number : .letter, label: label, length: bytes(k + 1))
        }
      }
    }
    return nil
  }

  /// Reports invalid UTF-8 sequences and NUL bytes, each at its byte offset.
  /// Returns a copy of `bytes` in which every invalid byte is replaced by `?`, so that decoding
  /// keeps the byte layout (offsets stay valid).
  static func validate(_ bytes: [UInt8], diagnostics: inout [Diagnostic], file: String) -> [UInt8] {
    var sanitized = bytes
    var i = 0
    let n = bytes.count
    var reported = 0
    while i < n {
      // Eight bytes at a time while they are ASCII without NUL (nearly all text).
      i = bytes.withUnsafeBytes { raw in
        var j = i
        while j + 8 <= n {
          let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high
          if word & high != 0 || hasZero != 0 { break }
          j += 8
        }
        return j
      }
      guard i < n else { break }
      let b = bytes[i]
      if b < 0x80 {
        if b == 0 && reported < 20 {
          diagnostics.append(
            Diagnostic(
              id: "nul-byte", severity: .error,
              message: LocalizedText("check.message.nul-character-in-text"),
              hint: LocalizedText("check.hint.ambt-file-plain-text"),
              range: SourceRange(start: i, end: i + 1), file: file))
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
              id: "invalid-utf8", severity: .error,
              message: LocalizedText("check.message.invalid-utf-8-byte", ["byte": String(b, radix: 16, uppercase: true)]),
              hint: LocalizedText("check.hint.save-file-as-utf"),
              range: SourceRange(start: i, end: i + 1), file: file))
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
