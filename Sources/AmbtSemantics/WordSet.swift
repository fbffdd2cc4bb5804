/// A word's id in the lexicon's word table (`WordTable`): the rules' own words (`RuleWord`) first,
/// then every other word of the lexicon, then the words met in text, each once.
typealias WordID = Int32

/// A set of the rules' words (`RuleWord`), one bit per word: membership is a shift and a mask, where a
/// `Set<String>` hashes the whole word.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
  private var bits = SIMD16<UInt64>()

  init(arrayLiteral words: RuleWord...) {
    for w in words { bits[Int(w.rawValue) >> 6] |= 1 << UInt64(w.rawValue & 63) }
  }

  @inline(__always)
  func contains(_ id: WordID) -> Bool {
    let i = Int(UInt32(bitPattern: id))
    return i < 1024 && bits[i >> 6] & (1 << UInt64(i & 63)) != 0
  }
}

@inline(__always)
func == (id: WordID, w: RuleWord) -> Bool { id == w.rawValue }

@inline(__always)
func != (id: WordID, w: RuleWord) -> Bool { id != w.rawValue }
