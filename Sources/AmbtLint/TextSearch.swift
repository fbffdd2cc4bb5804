import AmbtModel

/// Phrase tests on folded text (lowercase, no diacritics), the vocabulary of the conflict rules.
enum TextSearch {
  /// Whether `text` (folded) contains any of the phrases (folded on the fly).
  static func containsAny(_ text: String, _ phrases: [String]) -> Bool {
    phrases.contains { contains(text, folded($0)) }
  }

  /// `text.contains(phrase)`, which resolves to the search of Foundation (`range(of:)`, through
  /// NSString): on bytes (memchr and memcmp) when both are ASCII and the phrase holds no line end,
  /// where the two find the same; through Foundation otherwise.
  static func contains(_ text: String, _ phrase: String) -> Bool {
    var text = text
    var phrase = phrase
    let found = phrase.withUTF8 { n -> Bool? in
      guard !n.isEmpty, n.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
      return text.withUTF8 { h -> Bool? in
        for b in h where b >= 0x80 { return nil }
        return ByteSearch.firstIndex(of: n, in: h) != nil
      }
    }
    return found ?? text.contains(phrase)
  }

  /// The phrase folded; the phrases in the rules are mostly folded already, which is checked
  /// without allocating.
  @inline(__always) static func folded(_ phrase: String) -> String {
    var plain = true
    for b in phrase.utf8 where b >= 0x80 || (b >= 0x41 && b <= 0x5A) || b == 0x09 || b == 0x0A || b == 0x0D {
      plain = false
      break
    }
    return plain ? phrase : TextFolding.fold(phrase)
  }

  /// The first of the phrases `text` contains.
  static func firstOf(_ text: String, _ phrases: [String]) -> String? {
    phrases.first { contains(text, folded($0)) }
  }

  /// Whether `a` and `b` occur within `window` characters of each other.
  static func near(_ text: String, _ a: [String], _ b: [String], window: Int = 120) -> Bool {
    let chars = Array(text)
    func positions(_ p: String) -> [Int] {
      let pc = Array(TextFolding.fold(p))
      guard !pc.isEmpty, pc.count <= chars.count else { return [] }
      var out: [Int] = []
      var i = 0
      while i + pc.count <= chars.count {
        if chars[i] == pc[0] && Array(chars[i..<(i + pc.count)]) == pc { out.append(i) }
        i += 1
      }
      return out
    }
    let pa = a.flatMap(positions)
    let pb = b.flatMap(positions)
    return pa.contains { x in pb.contains { abs($0 - x) <= window } }
  }

  /// The sentences of the folded `text` (as `sentences` splits them) that contain one of the phrases,
  /// found from the phrases' occurrences instead of by splitting the whole text.
  static func sentences(containingAny phrases: [String], in text: String) -> [String] {
    let bytes = Array(text.utf8)
    var starts: Set<Int> = []
    var out: [String] = []
    @inline(__always) func isStop(_ b: UInt8) -> Bool { b == 0x2E || b == 0x3B || b == 0x21 || b == 0x3F }
    func isBoundary(_ i: Int) -> Bool {
      // A sentence starts after ". ", "; ", "! " or "? " (the separators `sentences` uses).
      i >= 2 && bytes[i - 1] == 0x20 && isStop(bytes[i - 2])
    }
    for phrase in phrases {
      let f = folded(phrase)
      // The fast memchr-based test first: most phrases do not occur at all.
      guard contains(text, f) else { continue }
      let p = Array(f.utf8)
      guard !p.isEmpty, p.count <= bytes.count else { continue }
      var i = 0
      // Each occurrence from `i` on (memchr and memcmp), as the byte-by-byte scan found them.
      while let at = ByteSearch.firstIndex(of: p, in: bytes, from: i) {
        var start = at
        while start > 0 && !isBoundary(start) { start -= 1 }
        var end = at + p.count
        while end < bytes.count && !(bytes[end] == 0x20 && end > 0 && isStop(bytes[end - 1])) { end += 1 }
        if starts.insert(start).inserted {
          out.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        i = end
      }
    }
    return out
  }

  /// The folded sentences of a text (split at `.`, `;`, `:`, `!` and `?` followed by a space).
  static func sentences(_ folded: String) -> [String] {
    // On bytes: the separators are ASCII, and walking Characters cost a sixth of lint time.
    var out: [String] = []
    var start = 0
    var prev: UInt8 = 0x20
    let bytes = Array(folded.utf8)
    for (i, b) in bytes.enumerated() {
      if b == 0x20 && (prev == 0x2E || prev == 0x3B || prev == 0x21 || prev == 0x3F) {
        out.append(String(decoding: bytes[start..<i], as: UTF8.self))
        start = i + 1
      }
      prev = b
    }
    if start < bytes.count { out.append(String(decoding: bytes[start...], as: UTF8.self)) }
    return out
  }
}
