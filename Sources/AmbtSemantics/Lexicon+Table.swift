import AmbtModel
import Foundation

extension Lexicon {
  /// Gives an id to every word of the lexicon and of the rules (`RuleWord`), computes what the analyser
  /// needs of each, and encodes the phrase sets and terms with the ids.
  ///
  /// What a word is by membership (a modal, a verb form, a role name's first word, …) is marked
  /// here, from the lists; what it is by its spelling (`wordInfo`) is computed for each word, the
  /// same way as for words first met in text. Every word a list names is in the table, so a word
  /// outside it belongs to no list.
  mutating func buildTable() {
    var t = WordTable()
    @discardableResult
    func intern(_ s: String) -> WordID {
      if let id = t.byString[s] { return id }
      let id = WordID(t.spellings.count)
      t.byString[s] = id
      t.spellings.append(s)
      return id
    }
    // The rules' words first, so that each gets its case's raw value.
    t.spellings.append("")
    for w in RuleWord.allCases where w != .unknown {
      intern(w.spelling)
      assert(t.byString[w.spelling] == w.rawValue, "RuleWord.\(w) is spelled like another case")
    }
    let sets: [(Set<String>, WordFlags)] = [
      (must, .must), (may, .may), (can, .can), (needNot, .needNot), (allModals, .modal), (forbidden, .forbidden),
      (abstain, .abstain), (sanctions, .sanction), (negators, .negator), (consentNouns, .consentNoun),
      (reportingNouns, .reportingNoun), (employeeWords, .employee), (Tokenizer.abbreviations, .abbreviation),
    ]
    for (set, _) in sets { for w in set { intern(w) } }
    for set in [without, copulas, reportingVerbs, weakReportingVerbs, employerActions, auxiliaries] {
      for w in set { intern(w) }
    }
    let phraseSets = [principle, definition, powerVerbs, violations, frameGebod, frameVerbod, frameToestemming]
    for p in phraseSets {
      for phrase in p.phrases { for w in phrase { intern(w) } }
    }
    for phrase in notNegating { for w in phrase { intern(w) } }
    var stems: [String: String] = [:]
    let forms = Array(verbForms)
    for (form, list) in forms {
      intern(form)
      for v in list {
        intern(v.lemma)
        if stems[v.lemma] == nil {
          let stem = Lexicon.stemOf(v.lemma)
          stems[v.lemma] = stem
          intern(stem)
        }
        if let p = v.particle { intern(p) }
      }
    }
    for name in roleNames {
      for w in name.words { intern(w) }
      if let last = name.words.last {
        for ending in ["s", "n", "en"] { intern(last + ending) }
      }
    }
    for topic in topicTerms {
      for term in topic.terms {
        for w in term.dropLast() { intern(w) }
        guard let last = term.last else { continue }
        if last.hasSuffix("~") {
          let stem = String(last.dropLast())
          for ending in ["", "s", "n", "en", "e", "'s"] { intern(stem + ending) }
        } else if last.hasSuffix("=") {
          intern(String(last.dropLast()))
        } else {
          intern(last)
        }
      }
    }
    for table in [numberUnits, numberTeens, numberTens, numberMultipliers, fractions] {
      for w in table.keys { intern(w) }
    }
    for w in QuantityReader.units.keys { intern(w) }
    for w in QuantityReader.frequencyWords.keys { intern(w) }

    numberValues = [:]
    for table in [numberUnits, numberTeens, numberTens, fractions, numberMultipliers] {
      for (w, v) in table where numberValues[w] == nil { numberValues[w] = v }
    }
    multipliersByValue = numberMultipliers.sorted(by: { $0.value > $1.value }).map { ($0.key, $0.value) }
    // One-word topic terms, prepared for `topicHits`.
    oneWordTerms = [:]
    for (key, list) in topicTermsByStart {
      for (topic, term) in list where term.count == 1 { oneWordTerms[key, default: []].append(OneWordTerm(topic, term[0])) }
    }
    oneWordTermsASCII = KeyTable(
      oneWordTerms.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.map { (Self.key(Array($0.key.utf8)), $0.value) })
    topicTermsByEndASCII = KeyTable(
      topicTermsByEnd.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.map { entry in
        (Self.key(Array(entry.key.utf8)), entry.value.map { ($0.topic, Array($0.term.utf8)) })
      })
    // What each word is by its spelling.
    t.infos = [WordInfo()]
    t.infos.reserveCapacity(t.spellings.count)
    for word in t.spellings.dropFirst() { t.infos.append(wordInfo(word)) }
    // What it is by membership.
    for (set, flag) in sets {
      for w in set { t.infos[Int(t.byString[w]!)].flags.insert(flag) }
    }
    for (flag, p) in zip(
      [
        WordFlags.principleStart, .definitionStart, .powerStart, .violationStart, .frameGebodStart, .frameVerbodStart,
        .frameToestemmingStart,
      ], phraseSets)
    {
      for w in p.firstWords { t.infos[Int(t.byString[w]!)].flags.insert(flag) }
    }
    for p in notNegating where !p.isEmpty { t.infos[Int(t.byString[p[0]]!)].flags.insert(.notNegatingStart) }
    for (w, m) in numberMultipliers { t.infos[Int(t.byString[w]!)].multiplier = m }
    for (w, unit) in QuantityReader.units { t.infos[Int(t.byString[w]!)].unit = Int8(PeriodUnit.allCases.firstIndex(of: unit)!) }
    for (w, (v, unit)) in QuantityReader.frequencyWords {
      let id = Int(t.byString[w]!)
      t.infos[id].frequency = v
      t.infos[id].frequencyUnit = Int8(PeriodUnit.allCases.firstIndex(of: unit)!)
    }
    // Verb forms, with `uit` + thin space as the verb uiten.
    for (form, list) in forms + [(RuleWord.uitVerb.spelling, verbs(RuleWord.uitVerb.spelling))] {
      let id = Int(t.byString[form]!)
      t.infos[id].verbStart = Int32(t.verbs.count)
      for v in list {
        t.verbs.append(
          VerbEntry(
            form: v, lemma: t.byString[v.lemma]!, particle: v.particle.flatMap { t.byString[$0] } ?? RuleWord.unknown.rawValue,
            stem: t.byString[stems[v.lemma] ?? Lexicon.stemOf(v.lemma)] ?? RuleWord.unknown.rawValue,
            reporting: reportingVerbs.contains(v.lemma), weakReporting: weakReportingVerbs.contains(v.lemma),
            copula: copulas.contains(v.lemma), employerAction: employerActions.contains(v.lemma)))
      }
      t.infos[id].verbEnd = Int32(t.verbs.count)
      var f: WordFlags = [.verb]
      if list.contains(where: { $0.kind == .finite }) { f.insert([.finite, .finiteLike]) }
      if list.contains(where: { $0.kind == .infinitive }) { f.insert(.infinitive) }
      if list.contains(where: { $0.kind == .participle }) { f.insert(.participle) }
      t.infos[id].flags.formUnion(f)
    }
    for w in must.union(can).union(needNot).union(may.intersection(["mag", "mogen", "mocht", "mochten"])) {
      t.infos[Int(t.byString[w]!)].flags.insert(.finiteLike)
    }
    // Role names: by their first word, and one-word names by their plural or inflected forms.
    t.roleNames = roleNames.map { name in
      let last = name.words.last ?? ""
      return RoleName(
        id: name.id, words: name.words.map { t.byString[$0]! },
        lastInflected: (t.byString[last + "s"]!, t.byString[last + "n"]!, t.byString[last + "en"]!))
    }
    // Only a name's first word, or a one-word name with `s`, `n` or `en`, can start a name: the
    // other candidates `roleCandidates` finds never match.
    var starts = Set(roleNames.compactMap { $0.words.first })
    for name in roleNames where name.words.count == 1 {
      for ending in ["s", "n", "en"] { starts.insert(name.words[0] + ending) }
    }
    for word in starts {
      let id = Int(t.byString[word]!)
      let candidates = roleCandidates(word)
      guard !candidates.isEmpty else { continue }
      t.infos[id].roleStart = Int32(t.roleCandidates.count)
      t.roleCandidates += candidates.map(Int32.init)
      t.infos[id].roleEnd = Int32(t.roleCandidates.count)
    }
    // Topic terms of several words, by their first word.
    var termsByFirst: [WordID: [Int32]] = [:]
    for (_, list) in topicTermsByStart {
      for entry in list where entry.term.count >= 2 {
        let words = entry.term.dropLast().map { t.byString[$0]! }
        let last = entry.term[entry.term.count - 1]
        let kind: TopicTermIDs.Last
        if last.hasSuffix("~") {
          let stem = String(last.dropLast())
          kind = .inflected(["", "s", "n", "en", "e", "'s"].map { t.byString[stem + $0]! })
        } else if last.hasSuffix("=") {
          kind = .exact(t.byString[String(last.dropLast())]!)
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
    for (id, word) in t.spellings.enumerated() where id != 0 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      var w = word
      w.withUTF8 { t.ascii.insert($0, id: WordID(id)) }
    }
    table = t
    principle = principle.encoded(t)
    definition = definition.encoded(t)
    powerVerbs = powerVerbs.encoded(t)
    violations = violations.encoded(t)
    frameGebod = frameGebod.encoded(t)
    frameVerbod = frameVerbod.encoded(t)
    frameToestemming = frameToestemming.encoded(t)
    notNegatingIDs = [:]
    for p in notNegating where !p.isEmpty { notNegatingIDs[t.byString[p[0]]!, default: []].append(p.map { t.byString[$0]! }) }
  }

  /// The verb form of the word `before` + `te` + `after` (`aan te nemen` → `aantenemen`).
  func joinedTe(_ before: String, _ after: String) -> VerbEntry? {
    guard let id = table.byString[before + "te" + after] else { return nil }
    let info = table.infos[Int(id)]
    return info.verbStart < info.verbEnd ? table.verbs[Int(info.verbStart)] : nil
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
    if topicTerms.count < 63, w.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) {
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
    if ends("plicht") || ends("verbod") { f.insert(.normNoun) }
    if ends("verbod") { f.insert(.banNoun) }
    if starts("meld") || starts("opgave") || starts("informatie") { f.insert(.reportNounStart) }
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
    if word.hasSuffix("plicht") || word.hasSuffix("verbod") || word == "verbod" { f.insert(.normNoun) }
    if word.hasSuffix("verbod") { f.insert(.banNoun) }
    if word.hasPrefix("meld") || word.hasPrefix("opgave") || word.hasPrefix("informatie") { f.insert(.reportNounStart) }
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
    if let list = oneWordTermsASCII[Self.key(b.prefix(3))] {
      for term in list where term.matches(w, b) { hit(term.topic) }
    }
    guard b.count > 5 else { return }
    // Each topic once as a compound head, whichever ending is dropped.
    var counted: (UInt64, UInt64) = (0, 0)
    func heads(_ n: Int) {
      guard n >= 5, let list = topicTermsByEndASCII[Self.key(b[(n - 3)..<n])] else { return }
      for (topic, term) in list where n > term.count && b[(n - term.count)..<n].elementsEqual(term) {
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
      for (topic, term) in list
      where stem.count > term.utf8.count && stem.suffix(term.utf8.count).elementsEqual(term.utf8) && !counted.contains(topic) {
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
    if let v = numberValues[w] { return v }
    // Composed numbers end in a ten (`vijfentwintig`) or hold a multiplier; anything else is no number.
    guard
      w.hasSuffix("ig") || w.containsBytes("honderd") || w.containsBytes("duizend") || w.containsBytes("miljoen")
        || w.hasSuffix("tien")
    else {
      return nil
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

extension Lexicon {
  /// The role the words of a sentence start with at `k`, and how many words it takes.
  func role(at k: Int, in words: SentenceWords) -> (id: String, length: Int)? {
    guard k < words.count else { return nil }
    let info = words.infos[k]
    var c = Int(info.roleStart)
    while c < Int(info.roleEnd) {
      let name = table.roleNames[Int(table.roleCandidates[c])]
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
