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

/// A verb form of a word, with its lemma as an id.
struct VerbEntry: Sendable {
  var form: Lexicon.VerbForm
  var lemma: WordID
  /// The particle of a separable verb's finite form, or `RuleWord.unknown`.
  var particle: WordID
  /// `Lexicon.stemOf(lemma)`.
  var stem: WordID
  var reporting: Bool
  var weakReporting: Bool
  var copula: Bool
  var employerAction: Bool
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

/// What the analyser knows of one word, computed once per distinct word.
struct WordInfo: Sendable {
  var flags: WordFlags = []
  /// The value of a figure (`1.000`) or number word (`vijftig`), else nan.
  var number: Double = .nan
  /// The value of a multiplier (`duizend`, `miljoen`), else nan.
  var multiplier: Double = .nan
  /// The period unit the word names (`QuantityReader.units`), as an index into `PeriodUnit.allCases`.
  var unit: Int8 = -1
  /// The frequency an adverb names (`jaarlijks`: once a year).
  var frequencyUnit: Int8 = -1
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

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h ^ (h >> 29)
  }

  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> WordID? {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
    return keys.withUnsafeBufferPointer { k in
      while true {
        let e = Int(slots[i])
        if e == 0 { return nil }
        let start = Int(keyStart[e - 1])
        let end = e < keyStart.count ? Int(keyStart[e]) : k.count
        if end - start == bytes.count {
          var same = true
          var j = 0
          while j < bytes.count {
            if k[start + j] != bytes[j] {
              same = false
              break
            }
            j += 1
          }
          if same { return ids[e - 1] }
        }
        i = (i + 1) & mask
      }
    }
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

/// Every word the analyser has an id for. The lexicon's words and the rules' words (`RuleWord`) are
/// fixed at load; words first met in text join a shared extension under a lock, with what the
/// analyser needs of them computed once, so each later occurrence costs one look-up.
struct WordTable: Sendable {
  /// Indexed by id, for the words fixed at load.
  var infos: [WordInfo] = []
  var spellings: [String] = []
  var ascii = ByteTable(capacity: 1 << 14)
  /// Every spelling fixed at load (String keys compare as Swift strings do, canonically).
  var byString: [String: WordID] = [:]
  var verbs: [VerbEntry] = []
  var roleNames: [RoleName] = []
  var roleCandidates: [Int32] = []
  var terms: [TopicTermIDs] = []
  var termStarts: [Int32] = []
  let extensionWords = WordExtension()

  var count: Int { spellings.count }

  /// The id of a word fixed at load.
  func id(_ s: String) -> WordID? { byString[s] }
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
  /// Numbers the words resolved for one text only, once the extension is full.
  private var localCounter = 0

  init() {
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Resolves the words the fixed table lacks: `pending` holds (token index, byte range,
  /// ASCII or not); returns their ids and infos in the same order. Once the extension is full, a
  /// new word gets an id of its own for this text (ids far apart, so the words of a lead-in and
  /// its item never share one).
  func resolve(
    _ pending: [(index: Int, start: Int, end: Int, ascii: Bool)], bytes: UnsafeBufferPointer<UInt8>, table: WordTable,
    compute: (String) -> WordInfo
  ) -> [(id: WordID, info: WordInfo)] {
    var out: [(id: WordID, info: WordInfo)] = []
    out.reserveCapacity(pending.count)
    var local: [String: (WordID, WordInfo)] = [:]
    let first = WordID(table.count)
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    for p in pending {
      let slice = UnsafeBufferPointer(rebasing: bytes[p.start..<p.end])
      if p.ascii, let id = ascii.find(slice) {
        out.append((id, id < first ? table.infos[Int(id)] : infos[Int(id - first)]))
        continue
      }
      let text = String(decoding: slice, as: UTF8.self)
      // A spelling canonically equal to a word of the fixed table or of the extension is that word.
      if let id = table.byString[text] ?? byString[text] {
        if p.ascii && ascii.count < Self.capacity { ascii.insert(slice, id: id) }
        out.append((id, id < first ? table.infos[Int(id)] : infos[Int(id - first)]))
        continue
      }
      if infos.count >= Self.capacity {
        if let found = local[text] {
          out.append(found)
          continue
        }
        localCounter = (localCounter + 1) & (1 << 29 - 1)
        let found = (first + WordID(Self.capacity + localCounter), compute(text))
        local[text] = found
        out.append(found)
        continue
      }
      let id = first + WordID(infos.count)
      let info = compute(text)
      infos.append(info)
      spellings.append(text)
      byString[text] = id
      if p.ascii { ascii.insert(slice, id: id) }
      out.append((id, info))
    }
    return out
  }

  /// The spelling of a word of the extension (for debugging output).
  func spelling(_ id: WordID, first: WordID) -> String {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    let i = Int(id - first)
    return i >= 0 && i < spellings.count ? spellings[i] : "?"
  }
}
