import AmbtModel
import Foundation

/// What a word is by its spelling: its endings, its value as a number, the topics it counts for
/// on its own. Computed once per distinct word, for the table's words at load and for words first
/// met in text.
final class SpellingRules: Sendable {
  let numberUnits: [String: Double]
  let numberTens: [String: Double]
  /// `numberUnits`, `numberTeens`, `numberTens`, `fractions` and `numberMultipliers` in one
  /// table, the first of them that has a word giving its value.
  let numberValues: [String: Double]
  /// The ASCII words of `numberValues`, for `numberList`.
  let numberKeys: ByteTable
  let numberList: [(String, Double)]
  /// The multipliers, largest first.
  let multipliersByValue: [(String, Double)]
  /// The one-word topic terms of `Lexicon.topicTermsByStart`, prepared for matching, by the same key.
  let oneWordTerms: [String: [OneWordTerm]]
  /// The same for keys of ASCII letters, as ranges of `asciiTerms` by `SpellingRules.key` of the
  /// key's bytes: plain values, so matching a word retains nothing.
  let oneWordTermsASCII: KeyTable<Range<Int32>>
  let asciiTerms: [ASCIITerm]
  let topicTermsByEnd: [String: [(topic: Int, term: String)]]
  /// `topicTermsByEnd` for keys of ASCII letters, as ranges of `asciiHeads` by `SpellingRules.key`.
  let topicTermsByEndASCII: KeyTable<Range<Int32>>
  let asciiHeads: [ASCIITerm]
  /// The bytes of `asciiTerms` and `asciiHeads`.
  let termBytes: [UInt8]

  /// A topic term's word as bytes of `termBytes`.
  struct ASCIITerm: Sendable {
    var topic: Int32
    var kind: OneWordTerm.Kind
    /// The word is ASCII (else it is matched as a String, by `term`).
    var ascii: Bool
    var start: Int32
    var count: Int32
    /// For a word that is not ASCII, its place in `oneWordTermList`.
    var term: Int32
  }
  /// The one-word terms as written, for words that are not ASCII.
  let oneWordTermList: [OneWordTerm]
  /// The number of topics.
  let topicCount: Int

  init(_ lexicon: Lexicon) {
    numberUnits = lexicon.numberUnits
    numberTens = lexicon.numberTens
    var values: [String: Double] = [:]
    for table in [lexicon.numberUnits, lexicon.numberTeens, lexicon.numberTens, lexicon.fractions, lexicon.numberMultipliers] {
      for (w, v) in table where values[w] == nil { values[w] = v }
    }
    numberValues = values
    multipliersByValue = lexicon.numberMultipliers.sorted(by: { $0.value > $1.value }).map { ($0.key, $0.value) }
    var terms: [String: [OneWordTerm]] = [:]
    for (key, list) in lexicon.topicTermsByStart {
      for (topic, term) in list where term.count == 1 { terms[key, default: []].append(OneWordTerm(topic, term[0])) }
    }
    oneWordTerms = terms
    var bytes: [UInt8] = []
    var list: [OneWordTerm] = []
    var ascii: [ASCIITerm] = []
    var starts: [(UInt32, Range<Int32>)] = []
    for (key, entries) in terms where key.utf8.allSatisfy({ $0 < 0x80 }) {
      let from = Int32(ascii.count)
      for t in entries {
        ascii.append(
          ASCIITerm(
            topic: Int32(t.topic), kind: t.kind, ascii: t.ascii, start: Int32(bytes.count), count: Int32(t.bytes.count),
            term: Int32(list.count)))
        bytes += t.bytes
        list.append(t)
      }
      starts.append((Self.key(Array(key.utf8)), from..<Int32(ascii.count)))
    }
    var heads: [ASCIITerm] = []
    var ends: [(UInt32, Range<Int32>)] = []
    for (key, entries) in lexicon.topicTermsByEnd where key.utf8.allSatisfy({ $0 < 0x80 }) {
      let from = Int32(heads.count)
      for (topic, term) in entries {
        heads.append(
          ASCIITerm(
            topic: Int32(topic), kind: .start, ascii: true, start: Int32(bytes.count), count: Int32(term.utf8.count), term: -1))
        bytes += Array(term.utf8)
      }
      ends.append((Self.key(Array(key.utf8)), from..<Int32(heads.count)))
    }
    oneWordTermsASCII = KeyTable(starts)
    asciiTerms = ascii
    oneWordTermList = list
    topicTermsByEnd = lexicon.topicTermsByEnd
    topicTermsByEndASCII = KeyTable(ends)
    asciiHeads = heads
    termBytes = bytes
    let numbers = values.map { ($0.key, $0.value) }
    var keys = ByteTable(capacity: numbers.count)
    for (n, (w, _)) in numbers.enumerated() where w.utf8.allSatisfy({ $0 < 0x80 }) {
      var word = w
      word.withUTF8 { keys.insert($0, id: WordID(n)) }
    }
    numberKeys = keys
    numberList = numbers
    topicCount = lexicon.topicTerms.count
  }

  /// The kind of token the tokenizer makes of `word` (it is a function of the spelling).
  static func kind(of word: String) -> Token.Kind {
    guard let first = word.utf8.first else { return .punctuation }
    if Tokenizer.isDigit(first) {
      return word.utf8.contains(where: Tokenizer.isLetter) ? .word : .number
    }
    if word == "€" { return .euro }
    if Tokenizer.isLetter(first) {
      var w = word
      let isWord = w.withUTF8 { b in first < 0x80 || Tokenizer.isWordScalar(b, 0) }
      return isWord ? .word : .punctuation
    }
    return .punctuation
  }

  /// What `word` is by its spelling: endings, numbers, the topics it counts for on its own. (What
  /// it is by membership of the lexicon's lists is marked by `buildTable`; a word outside the
  /// table belongs to none.)
  func wordInfo(_ word: String) -> WordInfo {
    var w = word
    var info = w.withUTF8 { b in
      b.allSatisfy { $0 < 0x80 } ? spellingFlagsASCII(word, b) : spellingFlagsUnicode(word)
    }
    var count = 0
    func add(_ topic: Int) {
      if count < 10 { info.topics |= UInt64(topic + 1) << UInt64(6 * count) }
      count += 1
    }
    if topicCount < 63, w.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) {
      w.withUTF8 { topicHitsASCII(word, $0, add) }
    } else {
      for t in topicHits(word) { add(t) }
    }
    info.topicCount = count <= 10 ? Int8(count) : -1
    if count > 10 { info.topics = 0 }
    return info
  }

  /// The flags and number of an ASCII word, whose characters are its bytes (as
  /// `spellingFlagsUnicode`, which works on characters).
  func spellingFlagsASCII(_ word: String, _ b: UnsafeBufferPointer<UInt8>) -> WordInfo {
    var info = WordInfo()
    var f: WordFlags = []
    func ends(_ s: StaticString) -> Bool {
      let n = s.utf8CodeUnitCount
      return b.count >= n && s.withUTF8Buffer { b[(b.count - n)...].elementsEqual($0) }
    }
    func starts(_ s: StaticString) -> Bool {
      let n = s.utf8CodeUnitCount
      return b.count >= n && s.withUTF8Buffer { b[..<n].elementsEqual($0) }
    }
    if ends("t") { f.insert(.endsT) }
    if ends("plicht") || ends("plichten") || ends("verplichting") || ends("verplichtingen") || ends("verbod") {
      f.insert(.normNoun)
    }
    if ends("verbod") { f.insert(.banNoun) }
    if starts("meld") || starts("opgave") || starts("opgaaf") || starts("informatie") { f.insert(.reportNounStart) }
    if starts("dagelijks") { f.insert(.dailyStart) }
    if starts("kwarta") { f.insert(.quarterStart) }
    let kind = Self.kind(of: word)
    if let first = b.first, Tokenizer.isDigit(first) {
      if QuantityReader.isClockTime(word) { f.insert(.clockTime) }
      if TextReferences.isNumber(kind, word) { f.insert(.referenceNumber) }
      if b.contains(UInt8(ascii: ".")) { f.insert(.dotted) }
      if QuantityReader.figure(word).map({ $0 >= 1000 }) ?? false { f.insert(.thousands) }
    }
    if Self.lawWordBytes.contains(where: {
      b.count >= $0.count && b[(b.count - $0.count)...].elementsEqual($0) && (b.count == $0.count || b.count > $0.count + 2)
    }) {
      f.insert(.lawWord)
    }
    info.flags = f
    switch kind {
    case .number: info.number = QuantityReader.figure(word) ?? .nan
    case .word: info.number = numberWord(word) ?? .nan
    default: break
    }
    return info
  }

  func spellingFlagsUnicode(_ word: String) -> WordInfo {
    var info = WordInfo()
    var f: WordFlags = []
    if word.hasSuffix("t") { f.insert(.endsT) }
    if ["plicht", "plichten", "verplichting", "verplichtingen", "verbod"].contains(where: { word.hasSuffix($0) }) {
      f.insert(.normNoun)
    }
    if word.hasSuffix("verbod") { f.insert(.banNoun) }
    if word.hasPrefix("meld") || word.hasPrefix("opgave") || word.hasPrefix("opgaaf") || word.hasPrefix("informatie") {
      f.insert(.reportNounStart)
    }
    if word.hasPrefix("dagelijks") { f.insert(.dailyStart) }
    if word.hasPrefix("kwarta") { f.insert(.quarterStart) }
    let kind = Self.kind(of: word)
    if QuantityReader.isClockTime(word) { f.insert(.clockTime) }
    if TextReferences.isNumber(kind, word) { f.insert(.referenceNumber) }
    if word.contains(".") { f.insert(.dotted) }
    if QuantityReader.figure(word).map({ $0 >= 1000 }) ?? false { f.insert(.thousands) }
    if TextReferences.lawWords.contains(where: { word == $0 || word.hasSuffix($0) && word.count > $0.count + 2 }) {
      f.insert(.lawWord)
    }
    info.flags = f
    switch kind {
    case .number: info.number = QuantityReader.figure(word) ?? .nan
    case .word: info.number = numberWord(word) ?? .nan
    default: break
    }
    return info
  }

  static let lawWordBytes = TextReferences.lawWords.map { Array($0.utf8) }

  /// Up to three bytes and their count, as one number (never 0): a table key without a String.
  @inline(__always)
  static func key<C: Collection<UInt8>>(_ b: C) -> UInt32 {
    var k = UInt32(b.count) | 0x80
    for x in b { k = k << 8 | UInt32(x) }
    return k
  }

  /// The topics `word` counts for on its own, once per match: one-word terms it matches (whole,
  /// inflected or as a word start) and terms it ends in as the head of a compound
  /// (`eindejaarsgeschenk` ends in `geschenk`).
  func topicHits(_ w: String) -> [Int] {
    var word = w
    var hits: [Int] = []
    word.withUTF8 { b in
      if b.allSatisfy({ $0 < 0x80 }) {
        topicHitsASCII(w, b) { hits.append($0) }
      } else {
        hits = topicHitsUnicode(w)
      }
    }
    return hits
  }

  /// `topicHits` for an ASCII word, whose characters are its bytes: calls `hit` with each.
  @inline(__always)
  func topicHitsASCII(_ w: String, _ b: UnsafeBufferPointer<UInt8>, _ hit: (Int) -> Void) {
    termBytes.withUnsafeBufferPointer { t in
      if let range = oneWordTermsASCII[Self.key(b.prefix(3))] {
        for i in Int(range.lowerBound)..<Int(range.upperBound) {
          let term = asciiTerms[i]
          if term.ascii ? Self.matches(term, t, b) : oneWordTermList[Int(term.term)].matches(w, b) { hit(Int(term.topic)) }
        }
      }
      guard b.count > 5 else { return }
      // Each topic once as a compound head, whichever ending is dropped.
      var counted: (UInt64, UInt64) = (0, 0)
      func heads(_ n: Int) {
        guard n >= 5, let range = topicTermsByEndASCII[Self.key(b[(n - 3)..<n])] else { return }
        for i in Int(range.lowerBound)..<Int(range.upperBound) {
          let head = asciiHeads[i]
          let c = Int(head.count)
          guard n > c, b[(n - c)..<n].elementsEqual(t[Int(head.start)..<(Int(head.start) + c)]),
            !Self.derivedBefore(b, n - c)
          else { continue }
          let topic = Int(head.topic)
          let bit: UInt64 = 1 << UInt64(topic & 63)
          if topic < 64 {
            if counted.0 & bit != 0 { continue }
            counted.0 |= bit
          } else {
            if counted.1 & bit != 0 { continue }
            counted.1 |= bit
          }
          hit(topic)
        }
      }
      heads(b.count)
      heads(b.count - 2)
      heads(b.count - 1)
    }
  }

  /// Whether the letters before a compound head at `at` are a derivational prefix of the head
  /// (`ver`, `ont`, `her`): "dienstverlening" ends in "verlening", a noun of its own, not in
  /// "lening".
  static func derivedBefore(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
    guard at >= 3 else { return false }
    let p = (b[at - 3], b[at - 2], b[at - 1])
    return p == (0x76, 0x65, 0x72) || p == (0x6F, 0x6E, 0x74) || p == (0x68, 0x65, 0x72)  // ver, ont, her
  }

  /// Whether an ASCII term matches an ASCII word (as `OneWordTerm.matches`).
  @inline(__always)
  static func matches(_ term: ASCIITerm, _ t: UnsafeBufferPointer<UInt8>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = Int(term.count)
    guard w.count >= n else { return false }
    let s = Int(term.start)
    var k = 0
    while k < n {
      if w[k] != t[s + k] { return false }
      k += 1
    }
    switch term.kind {
    case .start: return true
    case .exact: return w.count == n
    case .inflected:
      let rest = w.count - n
      switch rest {
      case 0: return true
      case 1: return w[n] == 0x73 || w[n] == 0x6E || w[n] == 0x65  // s, n, e
      case 2: return w[n] == 0x65 && w[n + 1] == 0x6E || w[n] == 0x27 && w[n + 1] == 0x73  // en, 's
      default: return false
      }
    }
  }

  func topicHitsUnicode(_ w: String) -> [Int] {
    var hits: [Int] = []
    if let list = oneWordTerms[String(w.prefix(3))] {
      var word = w
      word.withUTF8 { bytes in
        for term in list where term.matches(w, bytes) { hits.append(term.topic) }
      }
    }
    guard w.utf8.count > 5 else { return hits }
    var counted: [Int] = []
    for drop in [0, 2, 1] {
      let stem = w.utf8.dropLast(drop)
      guard stem.count >= 5, let list = topicTermsByEnd[String(decoding: stem.suffix(3), as: UTF8.self)] else { continue }
      let bytes = Array(stem)
      for (topic, term) in list
      where stem.count > term.utf8.count && stem.suffix(term.utf8.count).elementsEqual(term.utf8) && !counted.contains(topic)
        && !bytes.withUnsafeBufferPointer({ Self.derivedBefore($0, bytes.count - term.utf8.count) })
      {
        hits.append(topic)
        counted.append(topic)
      }
    }
    return hits
  }

  /// The value of a Dutch number word: `vijftig` → 50, `vijfentwintig` → 25,
  /// `tweehonderdvijftig` → 250, `drieduizend` → 3000, `een` → 1.
  func numberWord(_ w: String) -> Double? {
    // Number words end in a unit, a ten or a multiplier: a cheap test on the last letter first.
    guard let last = w.utf8.last, w.utf8.count >= 2, w.utf8.count <= 40,
      [
        UInt8(ascii: "n"), UInt8(ascii: "g"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "t"),
        UInt8(ascii: "d"), UInt8(ascii: "r"), UInt8(ascii: "l"),
      ].contains(last)
    else { return nil }
    // Units, teens, tens and fractions, then multipliers, in one table.
    var word = w
    let fast: Double?? = word.withUTF8 { b in
      guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
      // ASCII: the table by bytes; a composed number ends in a ten or holds a multiplier.
      if let n = numberKeys.find(b) { return .some(numberList[Int(n)].1) }
      func ends(_ s: StaticString) -> Bool {
        s.withUTF8Buffer { e in b.count >= e.count && b[(b.count - e.count)...].elementsEqual(e) }
      }
      func holds(_ s: StaticString) -> Bool {
        s.withUTF8Buffer { e in
          guard b.count >= e.count else { return false }
          for i in 0...(b.count - e.count) where b[i] == e[0] && b[i..<(i + e.count)].elementsEqual(e) { return true }
          return false
        }
      }
      return ends("ig") || holds("honderd") || holds("duizend") || holds("miljoen") || ends("tien") ? .none : .some(nil)
    }
    if let known = fast { return known }
    if !word.utf8.allSatisfy({ $0 < 0x80 }) {
      if let v = numberValues[w] { return v }
      // Composed numbers end in a ten (`vijfentwintig`) or hold a multiplier; anything else is no number.
      guard
        w.hasSuffix("ig") || w.containsBytes("honderd") || w.containsBytes("duizend") || w.containsBytes("miljoen")
          || w.hasSuffix("tien")
      else {
        return nil
      }
    }
    // Split at the largest multiplier: `tweehonderdvijftig` = twee × honderd + vijftig.
    for (name, m) in multipliersByValue {
      guard let r = w.range(of: name) else { continue }
      let head = String(w[..<r.lowerBound])
      let tail = String(w[r.upperBound...])
      let h = head.isEmpty ? 1 : numberWord(head)
      let t =
        tail.isEmpty
        ? 0 : numberWord(tail.hasPrefix("en") && numberWord(String(tail.dropFirst(2))) != nil ? String(tail.dropFirst(2)) : tail)
      if let h, let t, h < m { return h * m + t }
    }
    // `vijfentwintig`: unit + en + ten.
    if let r = w.range(of: "en"), r.lowerBound > w.startIndex {
      let unit = String(w[..<r.lowerBound])
      let ten = String(w[r.upperBound...])
      if let u = numberUnits[unit], let t = numberTens[ten] { return t + u }
    }
    return nil
  }
}

/// A one-word topic term: its word whole with an inflection ending (`geschenk~`), exact
/// (`integer=`), or as the start of a word (`nevenwerk`).
struct OneWordTerm: Sendable {
  enum Kind: Sendable { case start, inflected, exact }
  let topic: Int
  let kind: Kind
  /// The word without its mark.
  let text: String
  let bytes: [UInt8]
  let ascii: Bool

  init(_ topic: Int, _ written: String) {
    self.topic = topic
    if written.hasSuffix("~") {
      kind = .inflected
      text = String(written.dropLast())
    } else if written.hasSuffix("=") {
      kind = .exact
      text = String(written.dropLast())
    } else {
      kind = .start
      text = written
    }
    bytes = Array(text.utf8)
    ascii = bytes.allSatisfy { $0 < 0x80 }
  }

  static let endings: [[UInt8]] = ["", "s", "n", "en", "e", "'s"].map { Array($0.utf8) }

  /// Whether the term matches `word` (`bytes` is its UTF-8); as `TopicReader.matchesLast`, on
  /// bytes when both are ASCII.
  func matches(_ word: String, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
    guard ascii, !w.contains(where: { $0 >= 0x80 }) else {
      return TopicReader.matchesLast(kind == .inflected ? text + "~" : kind == .exact ? text + "=" : text, word)
    }
    guard w.count >= bytes.count, w.starts(with: bytes) else { return false }
    switch kind {
    case .start: return true
    case .exact: return w.count == bytes.count
    case .inflected:
      let rest = UnsafeBufferPointer(rebasing: w[bytes.count...])
      return Self.endings.contains { rest.elementsEqual($0) }
    }
  }
}
