import AmbtModel
import Foundation

/// Where a superseded law is mentioned, in the text or in an annotation.
struct SupersededMention {
  var law: LawEntry
  var replacement: LawEntry?
  /// As written in the source.
  var written: String
  var range: SourceRange
  /// For old Ambtenarenwet articles: the article of the Ambtenarenwet 2017 that replaced it,
  /// for the lid and onderdeel written after the number.
  var articleReplacement: String?
  /// For old articles without a successor article (125): what replaced it.
  var articleNote: LocalizedText?
  /// For old articles: the lid and onderdeel as written (`lid 1 onder f`), for the message.
  var articlePart: String = ""
}

/// Finds mentions of superseded laws in source lines, from laws.json and superseded.json.
///
/// Names and text meet in the text layer's folded form (`FoldedText`), so a name written with
/// thin spaces, decomposed diacritics or a soft hyphen is found, and the match maps back to the
/// exact source bytes.
struct SupersededCatalogue: Sendable {
  struct Spelling: Sendable {
    /// The folded name.
    var folded: [UInt8]
    /// Short abbreviations with capitals (`ARG`, `GBA`) match only as written.
    var caseSensitive: Bool
    var written: [UInt8]
    var lawID: String
    /// For old Ambtenarenwet articles: the index in `oldArticles`.
    var oldArticle: Int?
  }

  struct File: Decodable {
    struct OldArticle: Decodable {
      var spelling: String
      var variants: [String]
      var needsLaw: Bool?
      var successors: [String: String]
      var note: LocalizedText?
    }
    var spellings: [String: [String]]
    var exclude: [String]
    var oldArticles: [OldArticle]
    var oldArticlesEnded: String
    var historicalMarkers: [String]
  }

  let spellings: [Spelling]
  let exclude: [[UInt8]]
  /// Longer names of laws that are not superseded (`Ambtenarenwet 2017`), which win over a
  /// superseded name they start with.
  let current: [[UInt8]]
  let loadError: String?
  /// Finds where a spelling may end, over a whole folded source in one pass.
  let automaton: PatternAutomaton
  let oldArticles: [File.OldArticle]
  /// For each first byte, the indices (in order) of the spellings, exclusions and current names
  /// that start with it: a position is tried only against the names that can start there.
  let spellingsByFirst: [[Int]]
  let excludeByFirst: [[Int]]
  let currentByFirst: [[Int]]
  /// The first day the old article numbers no longer applied.
  let oldArticlesEnded: Day
  let historicalMarkers: [[UInt8]]

  init(
    spellings: [Spelling], exclude: [[UInt8]], current: [[UInt8]], loadError: String?, oldArticles: [File.OldArticle] = [],
    oldArticlesEnded: Day = Day(year: 2020, month: 1, day: 1), historicalMarkers: [[UInt8]] = []
  ) {
    self.spellings = spellings
    self.exclude = exclude
    self.current = current
    self.loadError = loadError
    self.oldArticles = oldArticles
    self.oldArticlesEnded = oldArticlesEnded
    self.historicalMarkers = historicalMarkers
    automaton = PatternAutomaton(patterns: spellings.map(\.folded))
    func index(_ patterns: [[UInt8]]) -> [[Int]] {
      var byFirst = [[Int]](repeating: [], count: 256)
      for (k, p) in patterns.enumerated() { if let first = p.first { byFirst[Int(first)].append(k) } }
      return byFirst
    }
    spellingsByFirst = index(spellings.map(\.folded))
    excludeByFirst = index(exclude)
    currentByFirst = index(current)
  }

  static let shared = SupersededCatalogue.load(Vocabulary.shared)

  static func fold(_ s: String) -> [UInt8] { Array(TextFold.fold(s).utf8) }

  static func load(_ vocabulary: Vocabulary) -> SupersededCatalogue {
    var file = File(spellings: [:], exclude: [], oldArticles: [], oldArticlesEnded: "2020-01-01", historicalMarkers: [])
    var loadError: String?
    if let data = LintResources.data("superseded.json") {
      do { file = try JSONDecoder().decode(File.self, from: data) } catch {
        loadError = "superseded.json cannot be read: \(error)"
      }
    } else {
      loadError = "superseded.json not found in the resources"
    }
    var list: [Spelling] = []
    for law in vocabulary.laws where law.supersededBy != nil {
      let names = Set([law.name] + law.aliases + (file.spellings[law.id] ?? []))
      for n in names where !n.contains("(") {
        let cs = n.count <= 6 && n.contains(where: { $0.isUppercase })
        list.append(Spelling(folded: fold(n), caseSensitive: cs, written: Array(n.utf8), lawID: law.id))
      }
    }
    for (k, a) in file.oldArticles.enumerated() {
      for n in [a.spelling] + a.variants {
        list.append(Spelling(folded: fold(n), caseSensitive: false, written: Array(n.utf8), lawID: "aw2017", oldArticle: k))
      }
    }
    list.sort { $0.folded.count > $1.folded.count }
    let current = vocabulary.laws.filter { $0.supersededBy == nil }.flatMap { [$0.name] + $0.aliases }.map(fold)
    return SupersededCatalogue(
      spellings: list, exclude: file.exclude.map(fold), current: current, loadError: loadError, oldArticles: file.oldArticles,
      oldArticlesEnded: Day.parse(file.oldArticlesEnded) ?? Day(year: 2020, month: 1, day: 1),
      historicalMarkers: file.historicalMarkers.map(fold))
  }

  /// Mentions in the text of a whole source file: every line except comments, annotations,
  /// fences, and the `bron`/`cvdr` lines of the metadata block (`metadata` is its range).
  func mentions(inSource source: String, metadata meta: SourceRange, vocabulary: Vocabulary) -> [SupersededMention] {
    let bytes = Array(source.utf8)
    // The automaton over the fold of the whole source says which lines can hold a spelling
    // (the source is folded as it is read, never made into folded text).
    var lineStarts: [Int] = []
    for at in bytes.withUnsafeBufferPointer({ automaton.matchEndSources(folding: $0) }) {
      var start = at
      while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
      if lineStarts.last != start { lineStarts.append(start) }
    }
    func inMetadata(_ start: Int) -> Bool { meta != .empty && start > meta.start && start < meta.end }
    var found: [SupersededMention] = []
    for start in lineStarts {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      let line = String(decoding: bytes[start..<end], as: UTF8.self)
      let t = line.trimmedBlanks
      if t == "---" || t.hasPrefix("//") || t.hasPrefix("@") { continue }
      if inMetadata(start) && (t.hasPrefix("bron") || t.hasPrefix("cvdr")) { continue }
      found += mentions(inLine: line, base: start, vocabulary: vocabulary, source: bytes)
    }
    return found
  }

  /// Mentions in one line of source, `base` being its offset in `source`.
  func mentions(inLine line: String, base: Int, vocabulary: Vocabulary, source: [UInt8]) -> [SupersededMention] {
    let text = FoldedText(line, base: base)
    let f = text.bytes
    func isWord(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
    func matches(_ pattern: [UInt8], at i: Int) -> Bool {
      guard !pattern.isEmpty, i + pattern.count <= f.count else { return false }
      for k in 0..<pattern.count where f[i + k] != pattern[k] { return false }
      return true
    }
    func endsWord(_ end: Int) -> Bool { end == f.count || !isWord(f[end]) }
    var out: [SupersededMention] = []
    var i = 0
    while i < f.count {
      if i > 0 && isWord(f[i - 1]) {
        i += 1
        continue
      }
      // Only the names that start with this byte can match here (`matches` needs the first byte).
      let first = Int(f[i])
      let spellingsHere = spellingsByFirst[first]
      if spellingsHere.isEmpty && excludeByFirst[first].isEmpty {
        i += 1
        continue
      }
      // (An excluded name is skipped whole: "Wet BIG" is the law on health professions, and its
      // second word is no mention of the old baseline.)
      if let e = excludeByFirst[first].first(where: { matches(exclude[$0], at: i) }) {
        i += exclude[e].count
        continue
      }
      if currentByFirst[first].contains(where: { k in
        let c = current[k]
        return matches(c, at: i) && endsWord(i + c.count)
          && spellingsHere.contains { matches(spellings[$0].folded, at: i) && spellings[$0].folded.count < c.count }
      }) {
        i += 1
        while i < f.count && isWord(f[i]) { i += 1 }
        continue
      }
      var found: (Spelling, SourceRange)?
      for k in spellingsHere where matches(spellings[k].folded, at: i) && endsWord(i + spellings[k].folded.count) {
        let s = spellings[k]
        let range = text.sourceRange(i..<(i + s.folded.count))
        if s.caseSensitive && !source[range.start..<range.end].elementsEqual(s.written) { continue }
        found = (s, range)
        break
      }
      guard let (s, range) = found, let law = vocabulary.law(s.lawID) else {
        i += 1
        continue
      }
      let end = i + s.folded.count
      var mention = SupersededMention(
        law: law, replacement: law.supersededBy.flatMap { vocabulary.law($0) },
        written: String(decoding: source[range.start..<range.end], as: UTF8.self), range: range)
      if let k = s.oldArticle {
        // An old article named as history ("artikel 125quater zoals die luidde tot 2020") too.
        guard let old = oldArticle(oldArticles[k], after: Array(f[end...])),
          !isHistorical(f, at: i, end: end, successor: nil, vocabulary: vocabulary)
        else {
          i = end
          continue
        }
        (mention.articleReplacement, mention.articleNote, mention.articlePart) = old
      } else if isHistorical(f, at: i, end: end, successor: mention.replacement, vocabulary: vocabulary) {
        i = end
        continue
      }
      out.append(mention)
      i = end
    }
    return out
  }

  /// The successor of an old article given what follows its number (`, eerste lid, onder f van
  /// de Ambtenarenwet`), or nil when the number is not an article of the old Ambtenarenwet
  /// (`125` without the law's name, or `125quater Ambtenarenwet 2017`).
  func oldArticle(_ a: File.OldArticle, after rest: [UInt8]) -> (String?, LocalizedText?, String)? {
    let tail = String(decoding: rest.prefix(80), as: UTF8.self)
    let words = tail.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    // The law's name within the next few words; a citation of the new law is not superseded.
    let lawAt = words.prefix(10).firstIndex { $0 == "ambtenarenwet" || $0 == "aw" }
    if let lawAt, lawAt + 1 < words.count, words[lawAt + 1] == "2017" { return nil }
    if a.needsLaw == true && lawAt == nil { return nil }
    let ordinals = ["eerste": "1", "tweede": "2", "derde": "3", "vierde": "4", "vijfde": "5"]
    var lid = ""
    var onderdeel = ""
    let scan = Array(words.prefix(lawAt ?? 8))
    for (k, w) in scan.enumerated() {
      if w == "lid", k + 1 < scan.count, Int(scan[k + 1]) != nil { lid = scan[k + 1] }
      if w == "lid", k > 0, let n = ordinals[scan[k - 1]] { lid = n }
      if ["onder", "sub", "onderdeel"].contains(w), k + 1 < scan.count, scan[k + 1].count == 1 { onderdeel = scan[k + 1] }
    }
    let part = (lid.isEmpty ? "" : " lid \(lid)") + (onderdeel.isEmpty ? "" : " onder \(onderdeel)")
    let successor = a.successors[lid + onderdeel] ?? a.successors[lid] ?? a.successors[onderdeel] ?? a.successors[""]
    return (successor.flatMap { $0.isEmpty ? nil : $0 }, a.note, part)
  }

  /// How far after a mention (in folded bytes, about eight words) a marker makes it history.
  static let afterWindow = 48

  /// Whether `tot` and a year (19xx or 20xx) stand in `range` of the folded line.
  static func untilYear(_ f: [UInt8], in range: Range<Int>) -> Bool {
    guard range.count >= 8 else { return false }
    func digit(_ k: Int) -> Bool { f[k] >= 0x30 && f[k] <= 0x39 }
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
      if f[i] == 0x74 && f[i + 1] == 0x6F && f[i + 2] == 0x74 && f[i + 3] == 0x20
        && (i == 0 || !(f[i - 1] >= 0x61 && f[i - 1] <= 0x7A || f[i - 1] >= 0x30 && f[i - 1] <= 0x39))
        && (f[i + 4] == 0x31 && f[i + 5] == 0x39 || f[i + 4] == 0x32 && f[i + 5] == 0x30) && digit(i + 6) && digit(i + 7)
        && (i + 8 == f.count || !digit(i + 8))
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// Whether a mention at `start..<end` of the folded line is history rather than a reference:
  /// a marker such as `voorheen` before it in its sentence ("Woo, voorheen Wob"), or a sentence
  /// that names the successor too ("de Wob is vervangen door de Woo", "een verzoek dat zich nog
  /// op de Wob beroept, behandel je als verzoek op grond van de Woo"): its writer knows the law
  /// that replaced it, so the old name is history or a transition, not an outdated reference.
  func isHistorical(_ f: [UInt8], at start: Int, end: Int, successor: LawEntry?, vocabulary: Vocabulary) -> Bool {
    func isStop(_ k: Int) -> Bool {
      (f[k] == 0x2E || f[k] == 0x3B || f[k] == 0x3F || f[k] == 0x21) && (k + 1 == f.count || f[k + 1] == 0x20)
    }
    var from = start
    while from > 0 && !isStop(from - 1) { from -= 1 }
    var to = end
    while to < f.count && !isStop(to) { to += 1 }
    // "(BRP, tot 2014 de GBA)": the year the name held until, just before it.
    if Self.untilYear(f, in: max(from, start - 16)..<start) { return true }
    let names = successor.map { ([$0.name] + $0.aliases).map { Array(TextFold.fold($0).utf8) } } ?? []
    // ASCII text: on bytes (as `word` below, on characters: the text's non-alphanumerics become
    // spaces, so a space of `w` stands for one of them and another non-alphanumeric never matches).
    func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
    if f[from..<to].allSatisfy({ $0 < 0x80 }) && historicalMarkers.allSatisfy({ $0.allSatisfy { $0 < 0x80 } })
      && names.allSatisfy({ $0.allSatisfy { $0 < 0x80 } })
    {
      func word(_ w: [UInt8], in range: Range<Int>) -> Bool {
        guard w.allSatisfy({ alnum($0) || $0 == 0x20 }) else { return false }
        var i = range.lowerBound
        while i + w.count <= range.upperBound {
          if (i == range.lowerBound || !alnum(f[i - 1])) && (i + w.count == range.upperBound || !alnum(f[i + w.count])) {
            var k = 0
            while k < w.count && (w[k] == 0x20 ? !alnum(f[i + k]) : f[i + k] == w[k]) { k += 1 }
            if k == w.count && !Self.comparative(f, at: i + w.count, to: range.upperBound) { return true }
          }
          i += 1
        }
        return false
      }
      if historicalMarkers.contains(where: { word($0, in: from..<start) }) { return true }
      // Just after it: "artikel 125quater zoals die luidde tot 1 januari 2020".
      if historicalMarkers.contains(where: { word($0, in: end..<min(to, end + Self.afterWindow)) }) { return true }
      guard successor != nil else { return false }
      return names.contains { word($0, in: from..<to) }
    }
    let before = String(decoding: f[from..<start], as: UTF8.self)
    let sentence = " " + String(decoding: f[from..<to], as: UTF8.self) + " "
    func word(_ w: String, in text: String) -> Bool {
      let t = " " + text.map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
      // (Not before "dan": "niet langer dan nodig", "niet meer dan € 50" compare, they tell no history.)
      var from = t.startIndex
      while let r = t.range(of: " " + w + " ", range: from..<t.endIndex) {
        if !t[r.upperBound...].hasPrefix("dan ") { return true }
        from = t.index(before: r.upperBound)
      }
      return false
    }
    let markers = historicalMarkers.map { String(decoding: $0, as: UTF8.self) }
    if markers.contains(where: { word($0, in: before) }) { return true }
    let after = String(decoding: f[end..<min(to, end + Self.afterWindow)], as: UTF8.self)
    if markers.contains(where: { word($0, in: after) }) { return true }
    guard let successor else { return false }
    let successorNames = ([successor.name] + successor.aliases).map(TextFold.fold)
    return successorNames.contains { word($0, in: sentence) }
  }

  /// Whether "dan" follows at byte `at` of the folded `f` (after spaces, before `end`): a marker
  /// before it is a comparative ("niet langer dan nodig", "niet meer dan € 50"), no history.
  static func comparative(_ f: [UInt8], at: Int, to end: Int) -> Bool {
    var i = at
    while i < end && f[i] == 0x20 { i += 1 }
    guard i > at, i + 3 <= end, f[i] == 0x64, f[i + 1] == 0x61, f[i + 2] == 0x6E else { return false }
    return i + 3 == end || !(f[i + 3] >= 0x61 && f[i + 3] <= 0x7A)
  }
}
