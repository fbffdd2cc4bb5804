#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a word is to the analyser, one bit per property: the lexicon's word sets, the kinds of
/// verb form it can be, and a few spellings the rules ask about.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt64

  static let must = WordFlags(rawValue: 1 << 0)
  static let may = WordFlags(rawValue: 1 << 1)
  static let can = WordFlags(rawValue: 1 << 2)
  static let needNot = WordFlags(rawValue: 1 << 3)
  /// must ∪ may ∪ can ∪ needNot.
  static let modal = WordFlags(rawValue: 1 << 4)
  static let forbidden = WordFlags(rawValue: 1 << 5)
  static let abstain = WordFlags(rawValue: 1 << 6)
  static let sanction = WordFlags(rawValue: 1 << 7)
  static let negator = WordFlags(rawValue: 1 << 8)
  static let consentNoun = WordFlags(rawValue: 1 << 9)
  static let reportingNoun = WordFlags(rawValue: 1 << 10)
  static let employee = WordFlags(rawValue: 1 << 11)
  /// Some verb form.
  static let verb = WordFlags(rawValue: 1 << 12)
  static let finite = WordFlags(rawValue: 1 << 13)
  static let infinitive = WordFlags(rawValue: 1 << 14)
  static let participle = WordFlags(rawValue: 1 << 15)
  /// A finite verb or a modal that is finite wherever it stands (`ClauseSplitter.isFinite`
  /// without the plural present, which depends on the word before).
  static let finiteLike = WordFlags(rawValue: 1 << 16)
  /// Ends in `t`.
  static let endsT = WordFlags(rawValue: 1 << 17)
  /// `…plicht`, `…verbod`: a noun that names a norm.
  static let normNoun = WordFlags(rawValue: 1 << 18)
  /// `…verbod`.
  static let banNoun = WordFlags(rawValue: 1 << 19)
  /// `meld…`, `opgave…`, `informatie…`.
  static let reportNounStart = WordFlags(rawValue: 1 << 20)
  /// `dagelijks…`.
  static let dailyStart = WordFlags(rawValue: 1 << 21)
  /// `kwarta…`.
  static let quarterStart = WordFlags(rawValue: 1 << 22)
  /// `16.00`, `9:30`.
  static let clockTime = WordFlags(rawValue: 1 << 23)
  /// A rule or lid number (`TextReferences.isNumber`).
  static let referenceNumber = WordFlags(rawValue: 1 << 24)
  /// Names a law (`wet`, `…wet`, `cao`).
  static let lawWord = WordFlags(rawValue: 1 << 25)
  /// Holds a dot.
  static let dotted = WordFlags(rawValue: 1 << 26)
  /// A figure of 1000 or more.
  static let thousands = WordFlags(rawValue: 1 << 27)
  /// The first word of a phrase of `Lexicon.principle`, `definition`, … (`PhraseSet`).
  static let principleStart = WordFlags(rawValue: 1 << 28)
  static let definitionStart = WordFlags(rawValue: 1 << 29)
  static let powerStart = WordFlags(rawValue: 1 << 30)
  static let violationStart = WordFlags(rawValue: 1 << 31)
  static let frameGebodStart = WordFlags(rawValue: 1 << 32)
  static let frameVerbodStart = WordFlags(rawValue: 1 << 33)
  static let frameToestemmingStart = WordFlags(rawValue: 1 << 34)
  /// The first word of a `Lexicon.notNegating` phrase.
  static let notNegatingStart = WordFlags(rawValue: 1 << 35)
  /// One of `Tokenizer.abbreviations`.
  static let abbreviation = WordFlags(rawValue: 1 << 36)
}

/// A verb form of a word, with its lemma as an id (and its spelling in `WordTable.lemmas`).
struct VerbEntry: Sendable {
  var kind: Lexicon.FormKind
  var lemma: WordID
  /// The lemma as the lexicon spells it: `WordTable.lemmas[lemmaText]`.
  var lemmaText: Int32
  /// The particle of a separable verb's finite form, or `RuleWord.unknown`.
  var particle: WordID
  /// `Lexicon.stemOf(lemma)`.
  var stem: WordID
  var reporting: Bool
  var weakReporting: Bool
  var copula: Bool
  var employerAction: Bool
}

/// The readers' lists of lemmas a verb form's lemma is on, one bit per list: asked per verb form
/// in every clause, where looking the lemma's string up in a `Set<String>` hashes it each time.
struct LemmaClasses: OptionSet, Sendable {
  let rawValue: UInt8
  /// `RolesReader.toldObjectVerbs`.
  static let toldObject = LemmaClasses(rawValue: 1 << 0)
  /// `ClauseReader.recordingVerbs`.
  static let recording = LemmaClasses(rawValue: 1 << 1)
  /// `RolesReader.deciding`.
  static let deciding = LemmaClasses(rawValue: 1 << 2)
  /// `RolesReader.agreeing`.
  static let agreeing = LemmaClasses(rawValue: 1 << 3)
  /// `ClauseSplitter.askingVerbs`.
  static let asking = LemmaClasses(rawValue: 1 << 4)

  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The lists `lemma` is on.
  init(lemma: String) {
    var c: LemmaClasses = []
    if RolesReader.toldObjectVerbs.contains(lemma) { c.insert(.toldObject) }
    if ClauseReader.recordingVerbs.contains(lemma) { c.insert(.recording) }
    if RolesReader.deciding.contains(lemma) { c.insert(.deciding) }
    if RolesReader.agreeing.contains(lemma) { c.insert(.agreeing) }
    if ClauseSplitter.askingVerbs.contains(lemma) { c.insert(.asking) }
    self = c
  }
}

/// A role name as word ids; its last word may carry a plural ending.
struct RoleName: Sendable {
  var id: String
  var words: [WordID]
  /// The last word with `s`, `n`, `en`.
  var lastInflected: (WordID, WordID, WordID)
}

/// A topic term of two or more words: the earlier words exact, the last whole with an
/// inflection (`~`), exact (`=`) or as a word start.
struct TopicTermIDs: Sendable {
  enum Last: Sendable {
    case inflected([WordID])
    case exact(WordID)
    case start(String)
  }
  var topic: Int
  var words: [WordID]
  var last: Last
}

/// What the analyser knows of one word, computed once per distinct word. (The one-byte fields
/// come last: 72 bytes a word, where padding after them made 80.)
struct WordInfo: Sendable {
  var flags: WordFlags = []
  /// The value of a figure (`1.000`) or number word (`vijftig`), else nan.
  var number: Double = .nan
  /// The value of a multiplier (`duizend`, `miljoen`), else nan.
  var multiplier: Double = .nan
  /// The frequency an adverb names (`jaarlijks`: once a year), with `frequencyUnit`.
  var frequency: Double = 0
  /// Verb forms: `WordTable.verbs[verbStart..<verbEnd]`.
  var verbStart: Int32 = 0
  var verbEnd: Int32 = 0
  /// Role names that may start here, in the order they are tried: `WordTable.roleCandidates`.
  var roleStart: Int32 = 0
  var roleEnd: Int32 = 0
  /// Topic terms of several words that start with this word: `WordTable.termStarts`.
  var termStart: Int32 = 0
  var termEnd: Int32 = 0
  /// Topics this word counts for on its own (a one-word term, a compound head), packed six bits
  /// each (topic + 1); `topicCount` of them, or -1 when there are more than ten.
  var topics: UInt64 = 0
  var topicCount: Int8 = 0
  /// The period unit the word names (`QuantityReader.units`), as an index into `PeriodUnit.allCases`.
  var unit: Int8 = -1
  var frequencyUnit: Int8 = -1
  /// The count a `-maal` word names (`driemaal`: 3), else 0.
  var times: Int8 = 0

  /// This info (what a word is by membership) with what the word is by its spelling.
  func adding(spelling s: WordInfo) -> WordInfo {
    var info = self
    info.flags.formUnion(s.flags)
    info.number = s.number
    info.topics = s.topics
    info.topicCount = s.topicCount
    return info
  }

  /// Calls `body` with each topic the word counts for on its own.
  @inline(__always)
  func forEachTopic(_ body: (Int) -> Void) {
    var packed = topics
    for _ in 0..<Int(topicCount) {
      body(Int(packed & 63) - 1)
      packed >>= 6
    }
  }
}

/// An open-addressing hash table from ASCII byte strings to word ids, so a token is looked up
/// without making a String of it.
struct ByteTable: Sendable {
  private var slots: [Int32]
  private var keys: [UInt8] = []
  private var keyStart: [Int32] = []
  private var ids: [WordID] = []

  init(capacity: Int) {
    var n = 16
    while n < capacity * 2 { n <<= 1 }
    slots = [Int32](repeating: 0, count: n)
  }

  var count: Int { ids.count }

  /// Eight bytes at a time, each step a multiplication (a word of a text is one or two steps),
  /// the count mixed in, the high bits folded into the low ones that pick a slot.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: bytes.count)
    guard let base = bytes.baseAddress else { return h }
    let n = bytes.count
    var i = 0
    while i + 8 <= n {
      h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      i += 8
    }
    if i < n {
      // The last one to seven bytes as one little-endian word, read four, two and one at a time.
      let raw = UnsafeRawPointer(base)
      var w: UInt64 = 0
      var shift: UInt64 = 0
      if n - i >= 4 {
        w = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
        shift = 32
        i += 4
      }
      if n - i >= 2 {
        w |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt16.self))) << shift
        shift += 16
        i += 2
      }
      if i < n { w |= UInt64(base[i]) << shift }
      h = (h ^ w) &* 0x94D0_49BB_1331_11EB
    }
    return h ^ (h >> 31)
  }

  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> WordID? {
    let h = Self.hash(bytes)
    // It runs for every word of every sentence: on the tables' buffers, without bounds checks.
    return slots.withUnsafeBufferPointer { slots in
      keyStart.withUnsafeBufferPointer { keyStart in
        keys.withUnsafeBufferPointer { k in
          let mask = slots.count - 1
          var i = Int(truncatingIfNeeded: h) & mask
          let n = bytes.count
          while true {
            let e = Int(slots[i])
            if e == 0 { return nil }
            let start = Int(keyStart[e - 1])
            let end = e < keyStart.count ? Int(keyStart[e]) : k.count
            if end - start == n {
              var j = 0
              if n >= 8, let kp = k.baseAddress, let bp = bytes.baseAddress {
                let a = UnsafeRawPointer(kp + start)
                let b = UnsafeRawPointer(bp)
                while j + 8 <= n
                  && a.loadUnaligned(fromByteOffset: j, as: UInt64.self) == b.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                {
                  j &+= 8
                }
              }
              while j < n && k[start &+ j] == bytes[j] { j &+= 1 }
              if j == n { return ids[e - 1] }
            }
            i = (i &+ 1) & mask
          }
        }
      }
    }
  }

  /// The id of `bytes`, or `id` once they are inserted with it (one look-up for both).
  mutating func findOrInsert(_ bytes: UnsafeBufferPointer<UInt8>, id: WordID) -> WordID {
    if (ids.count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
    let found: WordID? = keys.withUnsafeBufferPointer { k in
      while true {
        let e = Int(slots[i])
        if e == 0 { return nil }
        let start = Int(keyStart[e - 1])
        let end = e < keyStart.count ? Int(keyStart[e]) : k.count
        if end - start == bytes.count && (bytes.isEmpty || memcmp(k.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0) {
          return ids[e - 1]
        }
        i = (i + 1) & mask
      }
    }
    if let found { return found }
    keyStart.append(Int32(keys.count))
    keys.append(contentsOf: bytes)
    ids.append(id)
    slots[i] = Int32(ids.count)
    return id
  }

  /// The key inserted `n`-th (from 0), as text.
  func key(_ n: Int) -> String {
    let start = Int(keyStart[n])
    let end = n + 1 < keyStart.count ? Int(keyStart[n + 1]) : keys.count
    return keys.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
  }

  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, id: WordID) {
    if (ids.count + 1) * 2 > slots.count { grow() }
    keyStart.append(Int32(keys.count))
    keys.append(contentsOf: bytes)
    ids.append(id)
    place(ids.count, hash: Self.hash(bytes))
  }

  private mutating func place(_ entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: hash) & mask
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = Int32(entry)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let starts = keyStart
    let all = keys
    all.withUnsafeBufferPointer { k in
      for e in 0..<starts.count {
        let start = Int(starts[e])
        let end = e + 1 < starts.count ? Int(starts[e + 1]) : k.count
        place(e + 1, hash: Self.hash(UnsafeBufferPointer(rebasing: k[start..<end])))
      }
    }
  }
}

/// A small open-addressing table from non-zero 32-bit keys to values, with a multiplicative hash:
/// cheaper than a `Dictionary`, whose hashing is built to resist chosen keys.
struct KeyTable<Value: Sendable>: Sendable {
  private var keys: [UInt32]
  private var values: [Value?]

  init(_ pairs: [(UInt32, Value)]) {
    var n = 16
    while n < pairs.count * 2 { n <<= 1 }
    keys = [UInt32](repeating: 0, count: n)
    values = [Value?](repeating: nil, count: n)
    for (k, v) in pairs where k != 0 {
      var i = Self.slot(k, n - 1)
      while keys[i] != 0 && keys[i] != k { i = (i + 1) & (n - 1) }
      keys[i] = k
      values[i] = v
    }
  }

  @inline(__always)
  static func slot(_ k: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

  @inline(__always)
  subscript(_ k: UInt32) -> Value? {
    let mask = keys.count - 1
    var i = Self.slot(k, mask)
    while true {
      let found = keys[i]
      if found == k { return values[i] }
      if found == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}

/// Every word the analyser has an id for. The lexicon's words and the rules' words (`RuleWord`)
/// are fixed at load; words first met in text join a shared extension under a lock, with what
/// the analyser needs of them computed once, so each later occurrence costs one look-up.
///
/// A class: every reader of every sentence holds it, and a reference costs one count where a
/// copy of the lexicon costs one for each of its lists.
final class WordTable: Sendable {
  /// What the table holds while it is built.
  struct Builder: VerbFormSink {
    var infos: [WordInfo] = []
    /// The number of ids given (0, no word, is the first).
    var count = 1
    /// Every word by its bytes, the `n`-th word inserted having id `n + 1` (the table's `ascii`).
    var words = ByteTable(capacity: 1 << 14)
    /// The words that are not ASCII.
    var nonASCII: [WordID] = []
    var verbs: [VerbEntry] = []
    var lemmas: [String] = []
    var roleNames: [RoleName] = []
    var roleCandidates: [Int32] = []
    var terms: [TopicTermIDs] = []
    var termStarts: [Int32] = []

    /// The verb forms as they are made: each form's verbs in order, each once, chained through
    /// `next` from `firstMade[form]` to `lastMade[form]` (-1: none).
    struct Made {
      var lemma: WordID
      var particle: WordID
      var kind: Lexicon.FormKind
      var next: Int32 = -1
    }
    var made: [Made] = []
    var firstMade: [Int32] = []
    var lastMade: [Int32] = []
    /// The verb whose forms come now.
    var lemma = WordID(0)
    var particle: String?
    var particleID = RuleWord.unknown.rawValue
    /// What a lemma is: its entry without kind or particle, made once (`lemmaEntry[id]` is its
    /// index in `lemmaEntries`, -1 for none); and a bit for each list of verbs it is on (reporting,
    /// weakly reporting, copula, employer's action).
    var lemmaEntries: [VerbEntry] = []
    var lemmaEntry: [Int32] = []
    var lemmaLists: [UInt8] = []

    /// The id of a word, given one if it has none yet.
    @discardableResult
    mutating func intern(_ s: String) -> WordID {
      var w = s
      return w.withUTF8 { intern($0) }
    }

    @discardableResult
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> WordID {
      let next = WordID(count)
      let id = words.findOrInsert(bytes, id: next)
      if id == next {
        count += 1
        for b in bytes where b >= 0x80 {
          nonASCII.append(id)
          break
        }
      }
      return id
    }

    /// The id of a word the table has (every word a list names).
    func id(_ s: String) -> WordID? {
      var w = s
      return w.withUTF8 { words.find($0) }
    }

    func text(_ id: WordID) -> String { id == 0 ? "" : words.key(Int(id) - 1) }

    mutating func verb(lemma text: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>, particle: String?) {
      lemma = intern(text)
      let l = Int(lemma)
      if l >= lemmaEntry.count || lemmaEntry[l] < 0 {
        makeEntry(lemma, text: String(decoding: text, as: UTF8.self), stem: intern(stem))
      }
      self.particle = particle
      particleID = RuleWord.unknown.rawValue
    }

    mutating func form(_ spelling: UnsafeBufferPointer<UInt8>, kind: Lexicon.FormKind, apart: Bool) {
      let form = intern(spelling)
      var p = RuleWord.unknown.rawValue
      if apart, let particle {
        if particleID == RuleWord.unknown.rawValue { particleID = intern(particle) }
        p = particleID
      }
      record(form, Made(lemma: lemma, particle: p, kind: kind))
    }

    /// A verb of `form`, unless the form has it already.
    mutating func record(_ form: WordID, _ m: Made) {
      let f = Int(form)
      if f >= firstMade.count {
        let n = max(f + 1, firstMade.count * 2, 1 << 13)
        firstMade += repeatElement(-1, count: n - firstMade.count)
        lastMade += repeatElement(-1, count: n - lastMade.count)
      }
      var k = firstMade[f]
      while k >= 0 {
        let e = made[Int(k)]
        if e.lemma == m.lemma && e.kind == m.kind && e.particle == m.particle { return }
        k = e.next
      }
      made.append(m)
      let index = Int32(made.count - 1)
      if firstMade[f] < 0 { firstMade[f] = index } else { made[Int(lastMade[f])].next = index }
      lastMade[f] = index
    }

    /// Notes what a lemma is: its entry without kind or particle.
    mutating func makeEntry(_ lemma: WordID, text: String, stem: WordID) {
      let l = Int(lemma)
      let lists = l < lemmaLists.count ? lemmaLists[l] : 0
      lemmas.append(text)
      let known = VerbEntry(
        kind: .finite, lemma: lemma, lemmaText: Int32(lemmas.count - 1), particle: RuleWord.unknown.rawValue, stem: stem,
        reporting: lists & 1 != 0, weakReporting: lists & 2 != 0, copula: lists & 4 != 0, employerAction: lists & 8 != 0)
      if l >= lemmaEntry.count {
        lemmaEntry += repeatElement(-1, count: max(l + 1, 2 * lemmaEntry.count, 1 << 13) - lemmaEntry.count)
      }
      lemmaEntry[l] = Int32(lemmaEntries.count)
      lemmaEntries.append(known)
    }

    /// The entry of a lemma (kind and particle still to set).
    mutating func entry(_ lemma: WordID) -> VerbEntry {
      let l = Int(lemma)
      if l < lemmaEntry.count, lemmaEntry[l] >= 0 { return lemmaEntries[Int(lemmaEntry[l])] }
      let text = text(lemma)
      makeEntry(lemma, text: text, stem: intern(Lexicon.stemOf(text)))
      return lemmaEntries[lemmaEntries.count - 1]
    }
  }

  /// Indexed by id, for the words fixed at load.
  let infos: [WordInfo]
  /// Every word fixed at load by its bytes (the tokenizer looks up its ASCII words here).
  let ascii: ByteTable
  /// The words fixed at load that are not ASCII (`uit` + thin space), by spelling: with `ascii`,
  /// what `lookup` needs to find any word as a `Dictionary` of every spelling would.
  let nonASCII: [String: WordID]
  /// Those of `nonASCII` that are canonically equal to some ASCII text (none, unless a list names
  /// a word with a Kelvin sign, a Greek question mark or a Greek varia).
  let nonASCIIWithASCIIForm: [String: WordID]
  let verbs: [VerbEntry]
  /// The lemmas of `verbs`, as the lexicon spells them.
  let lemmas: [String]
  /// The lists each of `lemmas` is on, by the same index.
  let lemmaClasses: [LemmaClasses]
  let roleNames: [RoleName]
  let roleCandidates: [Int32]
  let terms: [TopicTermIDs]
  let termStarts: [Int32]
  /// What a word is by its spelling, for words first met in text.
  let spelling: SpellingRules
  /// The lexicon's topic ids, by index.
  let topicIDs: [String]
  let employerActions: Set<String>
  let stativeVerbs: Set<String>
  /// Verbs of abstaining, as lemmas: a separable one is read from its parts ("zie je af").
  let abstainLemmas: Set<String>
  /// `Lexicon.denials`.
  let denials: Set<String>
  /// `Lexicon.unfitting`.
  let unfitting: Set<String>
  /// `Lexicon.preventing`.
  let preventing: Set<String>
  /// The lexicon's phrase sets, with the ids of this table.
  let principle: PhraseSet
  let definition: PhraseSet
  let powerVerbs: PhraseSet
  let violations: PhraseSet
  let frameGebod: PhraseSet
  let frameVerbod: PhraseSet
  let frameToestemming: PhraseSet
  /// `Lexicon.notNegating` as word ids, by first word.
  let notNegatingIDs: [WordID: [[WordID]]]
  let extensionWords = WordExtension()

  /// The number of ids of words fixed at load (0 is none).
  var count: Int { ascii.count + 1 }

  /// The spelling of a word fixed at load.
  func spelling(of id: WordID) -> String { id == 0 ? "" : ascii.key(Int(id) - 1) }

  /// The id of a word fixed at load.
  func id(_ s: String) -> WordID? { lookup(s) }

  /// The id of the word fixed at load that `text` is, comparing as Swift strings do (canonically:
  /// `é` written in one scalar or in two is one word). The table's spellings are canonically
  /// distinct (LexiconTests), so at most one matches: by its bytes, or else a non-ASCII one by
  /// `nonASCII`, or else an ASCII one whose bytes `text` has in normal form C.
  func lookup(_ text: String) -> WordID? {
    var t = text
    let (found, isASCII) = t.withUTF8 { b in (ascii.find(b), b.allSatisfy { $0 < 0x80 }) }
    if let found { return found }
    if isASCII { return nonASCIIWithASCIIForm.isEmpty ? nil : nonASCIIWithASCIIForm[text] }
    if let id = nonASCII[text] { return id }
    guard let form = Self.asciiForm(text) else { return nil }
    return form.withUnsafeBufferPointer { ascii.find($0) }
  }

  /// The ASCII text that `text` (not ASCII) is canonically equal to, if any: only three scalars
  /// outside ASCII decompose to ASCII (U+037E to `;`, U+1FEF to a backtick, U+212A to `K`), and
  /// any other keeps its normal forms outside ASCII.
  static func asciiForm(_ text: String) -> [UInt8]? {
    var out: [UInt8] = []
    for u in text.unicodeScalars {
      switch u.value {
      case 0..<0x80: out.append(UInt8(u.value))
      case 0x37E: out.append(0x3B)
      case 0x1FEF: out.append(0x60)
      case 0x212A: out.append(0x4B)
      default: return nil
      }
    }
    return out
  }

  /// The lemma of a verb form, as the lexicon spells it.
  @inline(__always) func lemma(_ v: VerbEntry) -> String { lemmas[Int(v.lemmaText)] }

  /// Whether a verb form is a finite form (or the infinitive) of `geven`, whose indirect object
  /// receives a noun of reporting ("geef je leidinggevende een seintje").
  @inline(__always) func isGiving(_ v: VerbEntry) -> Bool { v.kind != .participle && lemma(v) == "geven" }

  /// Whether the lemma of a verb form is on one of the readers' lists: `lemma(v)` in that list.
  @inline(__always) func lemma(_ v: VerbEntry, is c: LemmaClasses) -> Bool {
    lemmaClasses[Int(v.lemmaText)].contains(c)
  }

  /// Gives an id to every word of the lexicon and of the rules (`RuleWord`), computes what the analyser
  /// needs of each, and encodes the phrase sets and terms with the ids. The verb forms are made
  /// here, from `verbs` (`Lexicon.makeVerbForms`).
  ///
  /// What a word is by membership (a modal, a verb form, a role name's first word, …) is marked
  /// here, from the lists; what it is by its spelling (`wordInfo`) is computed for each word, the
  /// same way as for words first met in text. Every word a list names is in the table, so a word
  /// outside it belongs to no list.
  init(_ lexicon: Lexicon, verbs verbsFile: Lexicon.VerbsFile) {
    let spelling = SpellingRules(lexicon)
    var t = Builder()
    // The rules' words first, so that each gets its case's raw value.
    for w in RuleWord.allCases where w != .unknown {
      let id = t.intern(w.spelling)
      assert(id == w.rawValue, "RuleWord.\(w) is spelled like another case")
    }
    let sets: [(Set<String>, WordFlags)] = [
      (lexicon.must, .must), (lexicon.may, .may), (lexicon.can, .can), (lexicon.needNot, .needNot), (lexicon.allModals, .modal),
      (lexicon.forbidden, .forbidden),
      (lexicon.abstain, .abstain), (lexicon.sanctions, .sanction), (lexicon.negators, .negator),
      (lexicon.consentNouns, .consentNoun),
      (lexicon.reportingNouns, .reportingNoun), (lexicon.employeeWords, .employee), (Tokenizer.abbreviations, .abbreviation),
    ]
    for (set, _) in sets { for w in set { t.intern(w) } }
    for set in [lexicon.without, lexicon.auxiliaries] { for w in set { t.intern(w) } }
    // What a lemma is: one bit per list, by the lemma's id.
    for (bit, set) in [lexicon.reportingVerbs, lexicon.weakReportingVerbs, lexicon.copulas, lexicon.employerActions].enumerated()
    {
      for w in set {
        let id = Int(t.intern(w))
        if id >= t.lemmaLists.count { t.lemmaLists += repeatElement(0, count: id + 64 - t.lemmaLists.count) }
        t.lemmaLists[id] |= 1 << UInt8(bit)
      }
    }
    let phraseSets = [
      lexicon.principle, lexicon.definition, lexicon.powerVerbs, lexicon.violations, lexicon.frameGebod, lexicon.frameVerbod,
      lexicon.frameToestemming,
    ]
    for p in phraseSets {
      for phrase in p.phrases { for w in phrase { t.intern(w) } }
    }
    for phrase in lexicon.notNegating { for w in phrase { t.intern(w) } }
    // The verb forms, and `uit` + thin space as the verb uiten (as the analyser marks it after a
    // subject pronoun).
    Lexicon.makeVerbForms(verbsFile, into: &t)
    let uiten = t.id("uiten")!
    _ = t.entry(uiten)
    t.record(RuleWord.uitVerb.rawValue, Builder.Made(lemma: uiten, particle: RuleWord.unknown.rawValue, kind: .finite))

    for name in lexicon.roleNames {
      for w in name.words { t.intern(w) }
      if let last = name.words.last {
        for ending in ["s", "n", "en"] { t.intern(last + ending) }
      }
    }
    for topic in lexicon.topicTerms {
      for term in topic.terms {
        for w in term.dropLast() { t.intern(w) }
        guard let last = term.last else { continue }
        if last.hasSuffix("~") {
          let stem = String(last.dropLast())
          for ending in ["", "s", "n", "en", "e", "'s"] { t.intern(stem + ending) }
        } else if last.hasSuffix("=") {
          t.intern(String(last.dropLast()))
        } else {
          t.intern(last)
        }
      }
    }
    for table in [lexicon.numberUnits, lexicon.numberTeens, lexicon.numberTens, lexicon.numberMultipliers, lexicon.fractions] {
      for w in table.keys { t.intern(w) }
    }
    for w in QuantityReader.units.keys { t.intern(w) }
    for w in QuantityReader.frequencyWords.keys { t.intern(w) }
    for w in QuantityReader.timesWords.keys { t.intern(w) }

    // Every word has its id now: the look-ups below read the table, without touching the builder.
    let words = t.words
    func id(_ s: String) -> WordID? {
      var w = s
      return w.withUTF8 { words.find($0) }
    }

    // What each word is by its spelling is computed when the word is first met in text
    // (`WordExtension.resolve`); only `uit` as the verb, which the analyser puts in itself, now.
    t.infos = [WordInfo](repeating: WordInfo(), count: t.count)
    t.infos[Int(RuleWord.uitVerb.rawValue)] = spelling.wordInfo(RuleWord.uitVerb.spelling)
    // What it is by membership.
    for (set, flag) in sets {
      for w in set { t.infos[Int(id(w)!)].flags.insert(flag) }
    }
    for (flag, p) in zip(
      [
        WordFlags.principleStart, .definitionStart, .powerStart, .violationStart, .frameGebodStart, .frameVerbodStart,
        .frameToestemmingStart,
      ], phraseSets)
    {
      for w in p.firstWords { t.infos[Int(id(w)!)].flags.insert(flag) }
    }
    for p in lexicon.notNegating where !p.isEmpty { t.infos[Int(id(p[0])!)].flags.insert(.notNegatingStart) }
    for (w, m) in lexicon.numberMultipliers { t.infos[Int(id(w)!)].multiplier = m }
    for (w, unit) in QuantityReader.units { t.infos[Int(id(w)!)].unit = Int8(PeriodUnit.allCases.firstIndex(of: unit)!) }
    for (w, n) in QuantityReader.timesWords { t.infos[Int(id(w)!)].times = n }
    for (w, (v, unit)) in QuantityReader.frequencyWords {
      let id = Int(id(w)!)
      t.infos[id].frequency = v
      t.infos[id].frequencyUnit = Int8(PeriodUnit.allCases.firstIndex(of: unit)!)
    }
    // The verb forms' lists, one range of `verbs` per form.
    t.verbs.reserveCapacity(t.made.count)
    for form in t.firstMade.indices where t.firstMade[form] >= 0 {
      t.infos[form].verbStart = Int32(t.verbs.count)
      var f: WordFlags = [.verb]
      var k = t.firstMade[form]
      while k >= 0 {
        let m = t.made[Int(k)]
        var e = t.entry(m.lemma)
        e.kind = m.kind
        e.particle = m.particle
        t.verbs.append(e)
        switch m.kind {
        case .finite: f.insert([.finite, .finiteLike])
        case .infinitive: f.insert(.infinitive)
        case .participle: f.insert(.participle)
        }
        k = m.next
      }
      t.infos[form].verbEnd = Int32(t.verbs.count)
      t.infos[form].flags.formUnion(f)
    }
    for w in lexicon.must.union(lexicon.can).union(lexicon.needNot).union(
      lexicon.may.intersection(["mag", "mogen", "mocht", "mochten"]))
    {
      t.infos[Int(id(w)!)].flags.insert(.finiteLike)
    }
    // Role names: by their first word, and one-word names by their plural or inflected forms.
    t.roleNames = lexicon.roleNames.map { name in
      let last = name.words.last ?? ""
      return RoleName(
        id: name.id, words: name.words.map { id($0)! },
        lastInflected: (id(last + "s")!, id(last + "n")!, id(last + "en")!))
    }
    // Only a name's first word, or a one-word name with `s`, `n` or `en`, lexicon.can start a name: the
    // other candidates `roleCandidates` finds never match.
    var starts = Set(lexicon.roleNames.compactMap { $0.words.first })
    for name in lexicon.roleNames where name.words.count == 1 {
      for ending in ["s", "n", "en"] { starts.insert(name.words[0] + ending) }
    }
    for word in starts {
      let id = Int(id(word)!)
      let candidates = lexicon.roleCandidates(word)
      guard !candidates.isEmpty else { continue }
      t.infos[id].roleStart = Int32(t.roleCandidates.count)
      t.roleCandidates += candidates.map(Int32.init)
      t.infos[id].roleEnd = Int32(t.roleCandidates.count)
    }
    // Topic terms of several words, by their first word.
    var termsByFirst: [WordID: [Int32]] = [:]
    for (_, list) in lexicon.topicTermsByStart {
      for entry in list where entry.term.count >= 2 {
        let words = entry.term.dropLast().map { id($0)! }
        let last = entry.term[entry.term.count - 1]
        let kind: TopicTermIDs.Last
        if last.hasSuffix("~") {
          let stem = String(last.dropLast())
          kind = .inflected(["", "s", "n", "en", "e", "'s"].map { id(stem + $0)! })
        } else if last.hasSuffix("=") {
          kind = .exact(id(String(last.dropLast()))!)
        } else {
          kind = .start(last)
        }
        termsByFirst[words[0], default: []].append(Int32(t.terms.count))
        t.terms.append(TopicTermIDs(topic: entry.topic, words: words, last: kind))
      }
    }
    for (id, list) in termsByFirst {
      t.infos[Int(id)].termStart = Int32(t.termStarts.count)
      t.termStarts += list
      t.infos[Int(id)].termEnd = Int32(t.termStarts.count)
    }
    var nonASCII: [String: WordID] = [:]
    var withASCIIForm: [String: WordID] = [:]
    for id in t.nonASCII {
      let word = t.text(id)
      nonASCII[word] = id
      if Self.asciiForm(word) != nil { withASCIIForm[word] = id }
    }
    infos = t.infos
    ascii = t.words
    self.nonASCII = nonASCII
    nonASCIIWithASCIIForm = withASCIIForm
    verbs = t.verbs
    lemmas = t.lemmas
    lemmaClasses = t.lemmas.map(LemmaClasses.init(lemma:))
    roleNames = t.roleNames
    roleCandidates = t.roleCandidates
    terms = t.terms
    termStarts = t.termStarts
    self.spelling = spelling
    topicIDs = lexicon.topicTerms.map(\.id)
    employerActions = lexicon.employerActions
    stativeVerbs = lexicon.stativeVerbs
    abstainLemmas = lexicon.abstain
    denials = lexicon.denials
    unfitting = lexicon.unfitting
    preventing = lexicon.preventing
    principle = lexicon.principle.encoded(id)
    definition = lexicon.definition.encoded(id)
    powerVerbs = lexicon.powerVerbs.encoded(id)
    violations = lexicon.violations.encoded(id)
    frameGebod = lexicon.frameGebod.encoded(id)
    frameVerbod = lexicon.frameVerbod.encoded(id)
    frameToestemming = lexicon.frameToestemming.encoded(id)
    var negating: [WordID: [[WordID]]] = [:]
    for p in lexicon.notNegating where !p.isEmpty { negating[id(p[0])!, default: []].append(p.map { id($0)! }) }
    notNegatingIDs = negating
  }

  /// The verbs a word of the table can be (none for a word outside it), as `Lexicon.verbs` gives them.
  func verbForms(of word: String) -> [Lexicon.VerbForm] {
    guard let id = lookup(word), id != RuleWord.uitVerb.rawValue else { return [] }
    return verbForms(id)
  }

  func verbForms(_ id: WordID) -> [Lexicon.VerbForm] {
    let info = infos[Int(id)]
    return verbs[Int(info.verbStart)..<Int(info.verbEnd)].map { v in
      Lexicon.VerbForm(
        lemma: lemma(v), kind: v.kind, particle: v.particle == RuleWord.unknown.rawValue ? nil : spelling(of: v.particle))
    }
  }

  /// Every verb form of the lists and the verbs it can be (`Lexicon.verbForms`).
  func verbForms() -> [String: [Lexicon.VerbForm]] {
    var out: [String: [Lexicon.VerbForm]] = [:]
    for (id, info) in infos.enumerated() where info.verbStart < info.verbEnd && id != Int(RuleWord.uitVerb.rawValue) {
      out[spelling(of: WordID(id))] = verbForms(WordID(id))
    }
    return out
  }

  /// The verb form of the word `before` + `te` + `after` (`aan te nemen` → `aantenemen`).
  /// A separable verb's participle or infinitive written apart from its particle ("openbaar
  /// gemaakt", "bekend maken"), when the table knows them written together.
  func joined(_ before: String, _ after: String) -> VerbEntry? {
    guard let id = lookup(before + after) else { return nil }
    let info = infos[Int(id)]
    guard info.verbStart < info.verbEnd else { return nil }
    return verbs[Int(info.verbStart)..<Int(info.verbEnd)].first { $0.kind == .participle || $0.kind == .infinitive }
  }

  func joinedTe(_ before: String, _ after: String) -> VerbEntry? {
    guard let id = lookup(before + "te" + after) else { return nil }
    let info = infos[Int(id)]
    return info.verbStart < info.verbEnd ? verbs[Int(info.verbStart)] : nil
  }

  /// The role the words of a sentence start with at `k`, and how many words it takes.
  func role(at k: Int, in words: SentenceWords) -> (id: String, length: Int)? {
    guard k < words.count else { return nil }
    let info = words.infos[k]
    var c = Int(info.roleStart)
    while c < Int(info.roleEnd) {
      let name = roleNames[Int(roleCandidates[c])]
      c += 1
      guard k + name.words.count <= words.count else { continue }
      var ok = true
      let last = name.words.count - 1
      for (n, p) in name.words.enumerated() {
        let w = words.ids[k + n]
        if !(w == p
          || n == last && (w == name.lastInflected.0 || w == name.lastInflected.1 || w == name.lastInflected.2))
        {
          ok = false
          break
        }
      }
      if ok { return (name.id, name.words.count) }
    }
    return nil
  }
}

/// The words met in text, shared by every thread that analyses; memory stays bounded: past
/// `capacity` words, new words are resolved for the one text that has them.
final class WordExtension: @unchecked Sendable {
  static let capacity = 1 << 18
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var ascii = ByteTable(capacity: 1 << 12)
  private var byString: [String: WordID] = [:]
  private var infos: [WordInfo] = []
  private var spellings: [String] = []
  /// What the fixed table's words are by their spelling, computed when first met.
  private var fixedSpelling: [WordInfo?] = []
  /// Numbers the words resolved for one text only, once the extension is full.
  private var localCounter = 0
  /// The one-word role names of nine letters or more, for typing slips in them (made when first
  /// needed).
  private var longRoleWords: [(id: WordID, bytes: [UInt8])]?

  init() {
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Completes the tokens' ids and infos: `pending` holds the tokens the fixed table's ASCII
  /// look-up did not find (token index, byte range, ASCII or not); every word of the fixed table
  /// gets what it is by its spelling added, computed the first time any text has it. Once the
  /// extension is full, a new word gets an id of its own for this text (ids far apart, so the
  /// words of a lead-in and its item never share one).
  func resolve(
    _ tokens: inout [Token], pending: [(index: Int, start: Int, end: Int, ascii: Bool)], bytes: UnsafeBufferPointer<UInt8>,
    table: WordTable, compute: (String) -> WordInfo
  ) {
    var local: [String: (WordID, WordInfo)] = [:]
    let first = WordID(table.count)
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    if fixedSpelling.isEmpty { fixedSpelling = [WordInfo?](repeating: nil, count: table.count) }
    for p in pending {
      let slice = UnsafeBufferPointer(rebasing: bytes[p.start..<p.end])
      if p.ascii, let id = ascii.find(slice) {
        tokens[p.index].id = id
        if id >= first { tokens[p.index].info = infos[Int(id - first)] }
        continue
      }
      let text = String(decoding: slice, as: UTF8.self)
      // A spelling canonically equal to a word of the fixed table or of the extension is that word.
      if let id = table.lookup(text) ?? byString[text] {
        if p.ascii && ascii.count < Self.capacity { ascii.insert(slice, id: id) }
        tokens[p.index].id = id
        if id >= first { tokens[p.index].info = infos[Int(id - first)] }
        continue
      }
      // "je discrimineerd niet", "hij verstuurd het": a d/t slip in a present tense is the verb
      // form spelled right (a word ending in `d` that the table does not know, whose `t` form is a
      // finite verb of the table).
      if p.ascii, let id = Self.dtSlip(slice, table: table) ?? roleSlip(slice, table: table) {
        if ascii.count < Self.capacity { ascii.insert(slice, id: id) }
        tokens[p.index].id = id
        continue
      }
      if infos.count >= Self.capacity {
        let found: (WordID, WordInfo)
        if let known = local[text] {
          found = known
        } else {
          localCounter = (localCounter + 1) & (1 << 29 - 1)
          found = (first + WordID(Self.capacity + localCounter), compute(text))
          local[text] = found
        }
        (tokens[p.index].id, tokens[p.index].info) = found
        continue
      }
      let id = first + WordID(infos.count)
      let info = compute(text)
      infos.append(info)
      spellings.append(text)
      byString[text] = id
      if p.ascii { ascii.insert(slice, id: id) }
      tokens[p.index].id = id
      tokens[p.index].info = info
    }
    // The fixed table's words: what they are by membership, and by spelling.
    for n in tokens.indices where tokens[n].id < first {
      let id = Int(tokens[n].id)
      let byMembership = table.infos[id]
      let bySpelling: WordInfo
      if let known = fixedSpelling[id] {
        bySpelling = known
      } else {
        bySpelling = compute(table.spelling(of: WordID(id)))
        fixedSpelling[id] = bySpelling
      }
      tokens[n].info = byMembership.adding(spelling: bySpelling)
    }
  }

  /// The fixed word a d/t slip stands for: `slice` (a word the table does not know, of five
  /// letters or more) ends in `d`, and the same word ending in `t` is a finite verb form.
  static func dtSlip(_ slice: UnsafeBufferPointer<UInt8>, table: WordTable) -> WordID? {
    guard slice.count >= 5, slice[slice.count - 1] == UInt8(ascii: "d") else { return nil }
    var t = Array(slice)
    t[t.count - 1] = UInt8(ascii: "t")
    guard let id = t.withUnsafeBufferPointer({ table.ascii.find($0) }), table.infos[Int(id)].flags.contains(.finite) else {
      return nil
    }
    return id
  }

  /// The role a typing slip in its one-word name stands for ("leidinggevnde",
  /// "vertrouwenspersson"): a word the table does not know, of nine letters or more, one letter
  /// left out, added, changed or two swapped from a role's name of nine letters or more.
  func roleSlip(_ slice: UnsafeBufferPointer<UInt8>, table: WordTable) -> WordID? {
    guard slice.count >= 9 else { return nil }
    if longRoleWords == nil {
      var seen = Set<WordID>()
      longRoleWords = table.roleNames.compactMap { name in
        guard name.words.count == 1, let id = name.words.first, seen.insert(id).inserted else { return nil }
        let bytes = Array(table.spelling(of: id).utf8)
        return bytes.count >= 9 ? (id, bytes) : nil
      }
    }
    return longRoleWords!.first { Self.oneEditApart(slice, $0.bytes) }?.id
  }

  /// Whether `a` and `b` differ by one letter left out, added or changed, or two neighbours
  /// swapped (and are not equal).
  static func oneEditApart(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
    guard abs(a.count - b.count) <= 1 else { return false }
    var i = 0
    while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
    if i == a.count && i == b.count { return false }
    if a.count == b.count {
      // One changed, or two swapped.
      if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }
      return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...].elementsEqual(b[(i + 2)...])
    }
    // One left out of the longer.
    return a.count > b.count ? a[(i + 1)...].elementsEqual(b[i...]) : a[i...].elementsEqual(b[(i + 1)...])
  }

  /// The spelling of a word of the extension (for debugging output).
  func spelling(_ id: WordID, first: WordID) -> String {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    let i = Int(id - first)
    return i >= 0 && i < spellings.count ? spellings[i] : "?"
  }
}
