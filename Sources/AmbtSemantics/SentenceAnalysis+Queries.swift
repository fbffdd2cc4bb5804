import AmbtModel

/// Questions the linter, the importer and the differ ask of an analysed sentence.
extension SentenceAnalysis {
  /// Whether the sentence's words contain one of the phrases, starting at a word (`geheim`
  /// finds `geheimhouding`; `niet openbaar` finds the two words in a row). The phrases must be
  /// folded already (lowercase, no diacritics), as the lexicons and rule word lists are.
  public func mentions(_ phrases: [String]) -> Bool {
    var text = wordText
    return text.withUTF8 { hay in
      phrases.contains { phrase in
        // The filter first, on the phrase's first two bytes, without a pointer to its storage.
        var bytes = phrase.utf8.makeIterator()
        guard let first = bytes.next(), mayStart(first, bytes.next()) else { return false }
        var p = phrase
        return p.withUTF8 { needle in wordStart(needle, in: hay) }
      }
    }
  }

  /// `mentions(_:)` for phrases prepared once (a rule's word list): the filter's bits are known,
  /// and no phrase is copied to be compared.
  public func mentions(_ list: PhraseList) -> Bool {
    var text = wordText
    return text.withUTF8 { hay in
      list.bytes.withUnsafeBufferPointer { all in
        for p in list.phrases {
          switch p.filter {
          case .always: break
          case .first(let bit): guard wordStarts.firsts & bit != 0 else { continue }
          case .pair(let bit):
            guard (bit < 64 ? wordStarts.pairs.0 >> UInt64(bit) : wordStarts.pairs.1 >> UInt64(bit - 64)) & 1 != 0 else {
              continue
            }
          }
          if wordStart(UnsafeBufferPointer(rebasing: all[p.start..<p.end]), in: hay) { return true }
        }
        return false
      }
    }
  }

  /// The indices (in `list`'s phrases as given) of the phrases the sentence mentions, in order:
  /// `mentions` asked of each phrase alone, in one pass.
  public func mentionedPhrases(_ list: PhraseList) -> [Int] {
    var text = wordText
    return text.withUTF8 { hay in
      list.bytes.withUnsafeBufferPointer { all in
        var found: [Int] = []
        for p in list.phrases {
          switch p.filter {
          case .always: break
          case .first(let bit): guard wordStarts.firsts & bit != 0 else { continue }
          case .pair(let bit):
            guard (bit < 64 ? wordStarts.pairs.0 >> UInt64(bit) : wordStarts.pairs.1 >> UInt64(bit - 64)) & 1 != 0 else {
              continue
            }
          }
          if wordStart(UnsafeBufferPointer(rebasing: all[p.start..<p.end]), in: hay) { found.append(p.index) }
        }
        return found
      }
    }
  }

  /// Whether some word starts with `first` and then `second` (false: a phrase starting so occurs
  /// at no word start; true for a phrase starting with a space, which the filter does not know).
  @inline(__always)
  func mayStart(_ first: UInt8, _ second: UInt8?) -> Bool {
    guard first != 0x20 else { return true }
    guard let second else { return wordStarts.firsts & (1 << UInt64(first & 63)) != 0 }
    let bit = Self.pairBit(first, second)
    return (bit < 64 ? wordStarts.pairs.0 >> UInt64(bit) : wordStarts.pairs.1 >> UInt64(bit - 64)) & 1 != 0
  }

  @inline(__always)
  static func pairBit(_ a: UInt8, _ b: UInt8) -> Int { Int((UInt32(a) &* 31 &+ UInt32(b)) & 127) }

  /// The word starts of `text` (see `wordStarts` and `wordOffsets`).
  static func starts(of text: String) -> ((pairs: (UInt64, UInt64), firsts: UInt64), [UInt16]) {
    var t = text
    return t.withUTF8 { hay in
      var pairs: (UInt64, UInt64) = (0, 0)
      var firsts: UInt64 = 0
      let short = hay.count <= Int(UInt16.max)
      // The offsets counted first, so their array is made once at its size.
      var starts = 0
      if short && hay.count > 1 {
        for i in 1..<hay.count where hay[i - 1] == 0x20 { starts += 1 }
      }
      // Made from `repeatElement`, which allocates through code specialized for the element type
      // (`init(unsafeUninitializedCapacity:)` looked the storage type up in the runtime), then filled.
      var offsets = Array(repeatElement(UInt16(0), count: starts))
      offsets.withUnsafeMutableBufferPointer { buffer in
        var n = 0
        var i = 1
        while i < hay.count {
          if hay[i - 1] == 0x20 {
            if short {
              buffer[n] = UInt16(i)
              n += 1
            }
            firsts |= 1 << UInt64(hay[i] & 63)
            if i + 1 < hay.count {
              let bit = pairBit(hay[i], hay[i + 1])
              if bit < 64 { pairs.0 |= 1 << UInt64(bit) } else { pairs.1 |= 1 << UInt64(bit - 64) }
            }
          }
          i += 1
        }
      }
      return ((pairs, firsts), offsets)
    }
  }

  /// Whether `needle` occurs in `hay` right after a space.
  static func wordStart(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first, needle.count < hay.count else { return false }
    var i = 1
    let last = hay.count - needle.count
    while i <= last {
      if hay[i] == first && hay[i - 1] == 0x20 {
        var k = 1
        while k < needle.count && hay[i + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }

  /// `wordStart`, trying only the offsets where words start.
  func wordStart(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !wordOffsets.isEmpty || hay.count <= 1 else { return Self.wordStart(needle, in: hay) }
    guard let first = needle.first, needle.count < hay.count else { return false }
    let last = hay.count - needle.count
    for o in wordOffsets {
      let i = Int(o)
      if i > last { break }
      if hay[i] == first {
        var k = 1
        while k < needle.count && hay[i + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
    }
    return false
  }

  /// Whether the sentence *affirms* one of the phrases: it mentions it (as `mentions`) with no
  /// negator (`niet`, `geen`, `nooit`, … from negators.json) in the three words before that
  /// mention or the two after it (a verb-second clause: "publicatie vindt niet plaats"). "Dit
  /// register is niet openbaar" and "er wordt geen jaarverslag gemaakt" mention what they deny.
  /// In a prohibition the negator is the norm ("je doet geen uitlatingen die …" bans those
  /// statements), and so it is in a sentence that calls something a violation (modals.json's
  /// `violations`: "het niet bespreekbaar maken … geldt als een schending" asks to discuss):
  /// there every mention counts.
  public func affirms(_ phrases: [String]) -> Bool {
    // A separable verb is one phrase only as its lemma: "HRM legt het nevenwerk vast" affirms
    // `vastleggen` through the action of a norm that is not negated, or that bans it ("Je doet
    // niet mee aan …" names `meedoen` as the act it forbids). (The space is looked for as a byte:
    // `String.contains(" ")` goes through Foundation's locale-aware search, and the phrases are
    // folded, without combining marks a space could carry.)
    if norms.contains(where: { n in
      (!n.negated || n.modality == .verbod)
        && n.action.map { a in
          // (The first byte first: most phrases start otherwise.)
          phrases.contains { $0.utf8.first == a.utf8.first && !$0.utf8.contains(0x20) && a.hasPrefix($0) }
        } ?? false
    }) {
      return true
    }
    guard mentions(phrases) else { return false }
    if modality == .verbod || mentions(Self.violationPhrases) { return true }
    return affirmsOnBytes(phrases) ?? affirmsByStrings(phrases)
  }

  /// `affirms` after its first tests, on the words as strings (the definition `affirmsOnBytes`
  /// follows).
  func affirmsByStrings(_ phrases: [String]) -> Bool {
    let words = foldedWords
    let negators = NormAnalyser.shared.lexicon.negators
    // Each phrase at each word it can start at: its earlier words exactly, its last as a start.
    for phrase in phrases {
      let parts = phrase.split(separator: " ").map(String.init)
      guard let last = parts.last, !parts.isEmpty, parts.count <= words.count else { continue }
      for i in 0...(words.count - parts.count) {
        var match = true
        for (k, part) in parts.enumerated() {
          let w = words[i + k]
          if k == parts.count - 1 ? !w.hasPrefix(last) : w != part {
            match = false
            break
          }
        }
        guard match else { continue }
        let after = i + parts.count
        let negated =
          words[max(0, i - 3)..<i].contains { negators.contains($0) }
          || words[after..<min(words.count, after + 2)].contains { negators.contains($0) }
        if !negated { return true }
      }
    }
    return false
  }

  /// The violation phrases of the lexicon, joined by spaces as `mentions` takes them.
  static let violationWords = NormAnalyser.shared.lexicon.violations.phrases.map { $0.joined(separator: " ") }
  static let violationPhrases = PhraseList(violationWords)
  /// The negators as bytes, when all are ASCII (else nil: `affirms` compares strings).
  static let asciiNegators: [[UInt8]]? = {
    let list = NormAnalyser.shared.lexicon.negators.map { Array($0.utf8) }
    return list.allSatisfy { $0.allSatisfy { $0 < 0x80 } } ? list : nil
  }()

  /// The spans of the space-separated words in `bytes`, as byte offsets.
  static func wordSpans(_ bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int)] {
    var spans: [(start: Int, end: Int)] = []
    var k = 0
    while k < bytes.count {
      if bytes[k] == 0x20 {
        k += 1
        continue
      }
      let start = k
      while k < bytes.count && bytes[k] != 0x20 { k += 1 }
      spans.append((start, k))
    }
    return spans
  }

  /// `affirms` after its first tests, on the bytes of `wordText` without splitting it into
  /// strings, when the words, the phrases and the negators are ASCII (where a byte is a
  /// character and equal bytes are equal strings); nil otherwise, and the strings decide.
  func affirmsOnBytes(_ phrases: [String]) -> Bool? {
    guard let negators = Self.asciiNegators else { return nil }
    var text = wordText
    return text.withUTF8 { hay -> Bool? in
      if hay.contains(where: { $0 >= 0x80 }) { return nil }
      let words = Self.wordSpans(hay)
      func isNegator(_ w: (start: Int, end: Int)) -> Bool {
        negators.contains { n in
          n.count == w.end - w.start
            && n.withUnsafeBufferPointer { nb in (0..<nb.count).allSatisfy { hay[w.start + $0] == nb[$0] } }
        }
      }
      for phrase in phrases {
        var phrase = phrase
        let result = phrase.withUTF8 { p -> Bool?? in
          if p.contains(where: { $0 >= 0x80 }) { return .some(nil) }
          let parts = Self.wordSpans(p)
          guard let last = parts.last, parts.count <= words.count else { return .some(false) }
          for i in 0...(words.count - parts.count) {
            var match = true
            for (n, part) in parts.enumerated() {
              let w = words[i + n]
              let length = part.end - part.start
              if n == parts.count - 1 {
                // `w.hasPrefix(last)`.
                if w.end - w.start < length {
                  match = false
                } else {
                  for q in 0..<length where hay[w.start + q] != p[last.start + q] {
                    match = false
                    break
                  }
                }
              } else if w.end - w.start != length {
                match = false
              } else {
                for q in 0..<length where hay[w.start + q] != p[part.start + q] {
                  match = false
                  break
                }
              }
              if !match { break }
            }
            guard match else { continue }
            let after = i + parts.count
            let negated =
              words[max(0, i - 3)..<i].contains(where: isNegator)
              || words[after..<min(words.count, after + 2)].contains(where: isNegator)
            if !negated { return .some(true) }
          }
          return .some(false)
        }
        switch result {
        case .some(.some(true)): return true
        case .some(.some(false)): continue
        default: return nil
        }
      }
      return false
    }
  }

  /// The folded words of the sentence.
  public var foldedWords: [String] { wordText.split(separator: " ").map(String.init) }

  /// Whether a word starting with one of `first` is followed within `window` words by a word
  /// starting with one of `then` ("of … extern"). A phrase of several words in `then` starts
  /// there: its earlier words whole, its last as a start ("met toestemming van de werkgever").
  public func mentions(_ first: [String], within window: Int, _ then: [String]) -> Bool {
    // The phrase search first (a word that starts with one of `first`): most sentences have none,
    // and the words are split only for those that do.
    guard mentions(first) else { return false }
    let w = foldedWords
    let phrases = then.map { $0.split(separator: " ") }
    func starts(_ p: [Substring], at j: Int) -> Bool {
      guard let last = p.last, j + p.count <= w.count else { return false }
      for (k, part) in p.dropLast().enumerated() where w[j + k] != part { return false }
      return w[j + p.count - 1].hasPrefix(last)
    }
    for (i, x) in w.enumerated() where first.contains(where: { x == $0 }) {
      for j in (i + 1)..<max(i + 1, min(w.count, i + 1 + window)) where phrases.contains(where: { starts($0, at: j) }) {
        return true
      }
    }
    return false
  }

  /// Whether some norm of the sentence, outside exceptions, reports or asks consent (not negated),
  /// or a ban names whose consent lifts it.
  public var requiresReportOrConsent: Bool {
    norms.contains { n in
      n.role != .exception && !n.negated && (n.modality == .meldplicht || !n.consentBy.isEmpty && n.modality != .toestemming)
    } || (!consentBy.isEmpty && !negated && modality != .geen && modality != .bevoegdheid)
      // "… neemt u alleen aan met toestemming van uw leidinggevende": a ban lifted by consent.
      || (!consentBy.isEmpty && modality == .verbod)
  }
}

/// Phrases for `SentenceAnalysis.mentions(_:)`, prepared once: their bytes side by side and, for
/// each, the word-start bit the filter tests (`mayStart`). Empty phrases are left out (they never
/// match).
public struct PhraseList: Sendable {
  enum Filter: Sendable {
    /// A phrase that starts with a space: always tried.
    case always
    /// A one-byte phrase: the bit of its byte among the words' first bytes.
    case first(UInt64)
    /// The bit of its first two bytes among the words' first pairs.
    case pair(Int)
  }

  let bytes: [UInt8]
  /// Each non-empty phrase: its bytes in `bytes`, its filter and its index in `strings`.
  let phrases: [(start: Int, end: Int, filter: Filter, index: Int)]
  /// The phrases as given.
  public let strings: [String]

  public init(_ phrases: [String]) {
    strings = phrases
    var bytes: [UInt8] = []
    var list: [(start: Int, end: Int, filter: Filter, index: Int)] = []
    for (index, phrase) in phrases.enumerated() {
      let utf8 = Array(phrase.utf8)
      guard let first = utf8.first else { continue }
      let filter: Filter =
        first == 0x20
        ? .always
        : utf8.count == 1 ? .first(1 << UInt64(first & 63)) : .pair(SentenceAnalysis.pairBit(first, utf8[1]))
      list.append((bytes.count, bytes.count + utf8.count, filter, index))
      bytes += utf8
    }
    self.bytes = bytes
    self.phrases = list
  }
}
