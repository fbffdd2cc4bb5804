import AmbtModel

/// Phrase tests on folded text (lowercase, no diacritics), the vocabulary of the conflict rules.
enum TextSearch {
  /// Whether `text` (folded) contains any of the phrases (folded on the fly).
  static func containsAny(_ text: String, _ phrases: [String]) -> Bool {
    phrases.contains { text.contains(TextFolding.fold($0)) }
  }

  /// The first of the phrases `text` contains.
  static func firstOf(_ text: String, _ phrases: [String]) -> String? {
    phrases.first { text.contains(TextFolding.fold($0)) }
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
