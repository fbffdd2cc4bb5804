import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

@testable import AmbtLint
@testable import AmbtModel

/// Where the lint-speed work replaced an algorithm (an index instead of a scan, bytes instead of
/// characters, reuse instead of recomputing), the new one is compared here with the simple one
/// it replaced (kept beside it or copied here as it was), on the real codes, the fixtures, the
/// wordings and random text.
@Suite struct LintSpeedEquivalenceTests {
  typealias Random = SeededRandom

  /// Every code of the repository (real codes, fixtures) and every wording's code.
  static let sources: [String] = {
    let root = WordingTests.root
    var out: [String] = []
    let fm = FileManager.default
    for dir in ["Codes", "Tests"] {
      guard let e = fm.enumerator(atPath: root.appendingPathComponent(dir).path) else { continue }
      for case let path as String in e where path.hasSuffix(".ambt") {
        if let s = try? String(contentsOf: root.appendingPathComponent(dir).appendingPathComponent(path), encoding: .utf8) {
          out.append(s)
        }
      }
    }
    let wordings = root.appendingPathComponent("Tests/AmbtLintTests/Wordings")
    for name in (try? fm.contentsOfDirectory(atPath: wordings.path)) ?? [] where name.hasSuffix(".jsonl") {
      let text = (try? String(contentsOf: wordings.appendingPathComponent(name), encoding: .utf8)) ?? ""
      for line in text.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let code = object["code"] as? String
        else { continue }
        out.append(code.hasPrefix("---") ? code : RuleExample.header + code)
      }
    }
    return out
  }()

  static func context(_ source: String, today: Day) -> LintContext {
    let parsed = AmbtParser.parse(bytes: Array(source.utf8), file: "x.ambt", lineRoles: false)
    return LintContext(document: parsed.document, source: parsed.text, today: today)
  }

  // MARK: Coverage

  @Test("coverage on another day: reusing today's entries gives what computing every obligation gives")
  func coverageOnADay() {
    let days = [
      Day(year: 2014, month: 6, day: 1), Day(year: 2019, month: 12, day: 31), Day(year: 2020, month: 1, day: 1),
      Day(year: 2023, month: 2, day: 17), Day(year: 2026, month: 12, day: 1),
    ]
    func summary(_ entries: [CoverageEntry]) -> [String] {
      entries.map { e in
        [
          e.obligation.id, e.status.rawValue, e.articles.map { "\($0.label)@\($0.range.start)" }.joined(separator: ","),
          e.regulations.map { "\($0.article?.label ?? "-")|\($0.regulation)|\($0.range.start)" }.joined(separator: ","),
          e.mentions.joined(separator: ","), e.missingParts.map(\.id).joined(separator: ","), e.annexes.joined(separator: ","),
        ].joined(separator: " ")
      }
    }
    var compared = 0
    // The real codes (listed first), then a spread of a fixed share of the rest, weighted to the
    // longer codes: every source costs fifteen coverage computations in a debug build.
    for (k, source) in Self.sources.enumerated() where k < 5 || k % 12 == 0 || (source.utf8.count > 5_000 && k % 10 == 3) {
      let today = days[k % days.count]
      let context = Self.context(source, today: today)
      for day in days {
        let expected = context.computeCoverage(context.catalogue.obligations(on: day))
        #expect(summary(context.coverage(on: day)) == summary(expected), "source \(k), today \(today), day \(day)")
        // Only some obligations' entries: those of the whole list.
        let ids = Set(expected.map(\.obligation.id).enumerated().filter { $0.offset % 3 != 1 }.map(\.element))
        #expect(summary(context.coverage(on: day, of: ids)) == summary(expected.filter { ids.contains($0.obligation.id) }))
        compared += 1
      }
    }
    #expect(compared > 100)
  }

  // MARK: Superseded laws

  /// `SupersededCatalogue.mentions(inSource:)` and `mentions(inLine:)` as they were: one fold of
  /// the whole source, and every name tried at every word start.
  static func referenceMentions(_ c: SupersededCatalogue, source: String, metadata meta: SourceRange, vocabulary: Vocabulary)
    -> [SupersededMention]
  {
    let bytes = Array(source.utf8)
    let folded = FoldedText(source)
    var lineStarts: [Int] = []
    for end in c.automaton.matchEnds(folded.bytes) {
      var start = folded.sourceOffset(end - 1)
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
      found += referenceMentions(c, inLine: line, base: start, vocabulary: vocabulary, source: bytes)
    }
    return found
  }

  static func referenceMentions(_ c: SupersededCatalogue, inLine line: String, base: Int, vocabulary: Vocabulary, source: [UInt8])
    -> [SupersededMention]
  {
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
      // (An excluded name is skipped whole, as the catalogue does since the seventh session of 5
      // December 2026: "Wet BIG".)
      if let e = c.exclude.first(where: { matches($0, at: i) }) {
        i += e.count
        continue
      }
      if c.current.contains(where: { cur in
        matches(cur, at: i) && endsWord(i + cur.count)
          && c.spellings.contains { matches($0.folded, at: i) && $0.folded.count < cur.count }
      }) {
        i += 1
        while i < f.count && isWord(f[i]) { i += 1 }
        continue
      }
      var found: (SupersededCatalogue.Spelling, SourceRange)?
      for s in c.spellings where matches(s.folded, at: i) && endsWord(i + s.folded.count) {
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
        guard let old = c.oldArticle(c.oldArticles[k], after: Array(f[end...])),
          !c.isHistorical(f, at: i, end: end, successor: nil, vocabulary: vocabulary)
        else {
          i = end
          continue
        }
        (mention.articleReplacement, mention.articleNote, mention.articlePart) = old
      } else if c.isHistorical(f, at: i, end: end, successor: mention.replacement, vocabulary: vocabulary) {
        i = end
        continue
      }
      out.append(mention)
      i = end
    }
    return out
  }

  /// Text full of law names: superseded and current names as written, in capitals, with
  /// diacritics, soft hyphens, thin spaces, tabs and line breaks inside, old article numbers and
  /// words of history around them.
  static func lawText(_ r: inout Random) -> String {
    let c = SupersededCatalogue.shared
    let names =
      c.spellings.map { String(decoding: $0.written, as: UTF8.self) } + Vocabulary.shared.laws.flatMap { [$0.name] + $0.aliases }
    let words = [
      "de", "van", "artikel", "125quater", "lid", "1", "onder", "f", "eerste", "voorheen", "vervangen", "door", "is", "de",
      "Ambtenarenwet", "2017", "BIG-register", "zie", "regeling", ".", ",", ";", "(", ")", "jaar", "car", "wob-verzoek",
    ]
    var s = ""
    for _ in 0..<r.below(30) {
      var w = r.below(3) == 0 ? r.pick(names) : r.pick(words)
      switch r.below(12) {
      case 0: w = w.uppercased()
      case 1: w = w.replacingOccurrences(of: "e", with: "é")
      case 2: w = w.replacingOccurrences(of: " ", with: "\u{2009}")
      case 3: w = w.replacingOccurrences(of: " ", with: "  ")
      case 4: w = w.replacingOccurrences(of: " ", with: "\n")
      case 5: w = w.replacingOccurrences(of: "o", with: "o\u{AD}")
      case 6: w = w.replacingOccurrences(of: "e", with: "e\u{301}")
      default: break
      }
      s += w + r.pick([" ", " ", " ", "\t", "\n", "\r\n", "  ", "-", "/"])
    }
    return s
  }

  @Test("superseded names: candidate lines and names by first byte find what the whole-source fold and full scan found")
  func supersededMentions() {
    let c = SupersededCatalogue.shared
    func summary(_ list: [SupersededMention]) -> [String] {
      list.map {
        "\($0.law.id) \($0.replacement?.id ?? "-") \($0.written) \($0.range.start)-\($0.range.end) \($0.articleReplacement ?? "-") \($0.articleNote?.id ?? "-") \($0.articlePart)"
      }
    }
    var r = Random(state: 31)
    var texts = Self.sources
    for _ in 0..<3_000 { texts.append(Self.lawText(&r)) }
    var found = 0
    for (k, text) in texts.enumerated() {
      let meta = k % 2 == 0 ? SourceRange(start: 0, end: min(40, text.utf8.count)) : .empty
      let got = summary(c.mentions(inSource: text, metadata: meta, vocabulary: .shared))
      let expected = summary(Self.referenceMentions(c, source: text, metadata: meta, vocabulary: .shared))
      #expect(got == expected, "\(text)")
      found += got.count
    }
    #expect(found > 500)
  }

  @Test("automaton: folding while scanning finds what scanning the folded text finds")
  func automatonOnTheFold() {
    var r = Random(state: 23)
    let alphabet = ["a", "b", "A", " ", "  ", "\t", "\n", "é", "e\u{301}", "ß", "ﬁ", "\u{AD}", "-", "’", "İ", ""]
    func text(_ n: Int) -> String { (0..<r.below(n)).map { _ in r.pick(alphabet) }.joined() }
    for _ in 0..<300 {
      var patterns: [[UInt8]] = []
      for _ in 0..<(1 + r.below(4)) {
        let p = Array(TextFold.fold(text(4)).utf8) + (r.below(5) == 0 ? [0x20] : [])
        if !p.isEmpty { patterns.append(p) }
      }
      let automaton = PatternAutomaton(patterns: patterns)
      for _ in 0..<20 {
        let pieces = (0..<r.below(5)).map { _ in text(8) }
        let joined = TextFold.fold(pieces.joined(separator: " "))
        #expect(
          automaton.occurs(foldingPieces: pieces) == !automaton.matchEnds(Array(joined.utf8)).isEmpty, "\(patterns) \(pieces)")
        let source = text(30)
        let folded = FoldedText(source)
        let expected = automaton.matchEnds(folded.bytes).map { folded.sourceOffset($0 - 1) }
        let bytes = Array(source.utf8)
        #expect(bytes.withUnsafeBufferPointer { automaton.matchEndSources(folding: $0) } == expected)
      }
    }
  }

  // MARK: Yearly account

  @Test("yearly account: scanning plain rule text unfolded decides as folding every rule did")
  func yearlyAccount() {
    var r = Random(state: 5)
    let pieces = [
      "jaarlijks", "JAARLIJKS", "Jaar\u{AD}lijks", "ja\u{308}arlijks", "elk jaar", "elk  jaar", "elk\tjaar", "per\njaar",
      "jaarverslag", "sociaal verslag", "verantwoording", "verantwoord", "gepubliceerd", "openbaar", "integriteit",
      "Integriteit", "gedragscode", "meldingen", "schendingen", "de", "het", "college", "legt", "af", ".", ";", "over", "`",
      "dit beleid", "de code",
    ]
    var texts = Self.sources
    for _ in 0..<1_500 {
      var body = "# 1. Verantwoording\n\n"
      for n in 1...(1 + r.below(4)) {
        var sentence = ""
        for _ in 0..<r.below(14) { sentence += r.pick(pieces) + r.pick([" ", " ", "  ", "\t", ". ", "\n"]) }
        body += "§ 1.\(n). \(sentence)\n"
        if r.below(3) == 0 { body += "\nUitleg:\n\(r.pick(pieces)) \(r.pick(pieces)) \(r.pick(pieces))\n" }
        body += "\n"
      }
      if r.below(4) == 0 { body = r.pick(pieces) + " " + r.pick(pieces) + "\n\n" + body }
      texts.append(RuleExample.header + body)
    }
    let automaton = YearlyAccountMentioned.yearlyAutomaton
    var mentioned = 0
    for text in texts {
      let context = Self.context(text, today: Day(year: 2026, month: 12, day: 1))
      let expected = (context.foldedArticleTexts + context.foldedTextsOutsideRules).contains { piece in
        automaton.occurring(in: piece) != 0
          && TextSearch.sentences(containingAny: YearlyAccountMentioned.yearly, in: piece).contains { s in
            TextSearch.containsAny(s, YearlyAccountMentioned.account)
              && (TextSearch.containsAny(s, YearlyAccountMentioned.subject)
                || TextSearch.containsAny(s, YearlyAccountMentioned.pointers)
                  && TextSearch.containsAny(piece, YearlyAccountMentioned.subject))
          }
      }
      #expect(YearlyAccountMentioned().check(context).isEmpty == expected, "\(text)")
      if expected { mentioned += 1 }
    }
    #expect(mentioned > 50)
  }

  // MARK: Dates, messages, phrases

  @Test("dates: reading YYYY-MM-DD on bytes agrees with splitting")
  func dates() {
    func reference(_ s: String) -> Day? {
      let parts = s.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
        d >= 1, d <= PartialDate.daysIn(month: m, year: y)
      else { return nil }
      return Day(year: y, month: m, day: d)
    }
    var r = Random(state: 11)
    let chars = Array("0123456789-+ x٣") + ["1", "2", "0"]
    var samples = [
      "2020-01-01", "2019-02-29", "2020-02-29", "0000-01-01", "9999-12-31", "+999-01-01", "2020-+1-01", "2020-1-001",
    ]
    for _ in 0..<20_000 { samples.append(String((0..<(8 + r.below(4))).map { _ in r.pick(chars) })) }
    for _ in 0..<5_000 {
      samples.append(
        String(format: "%04d-%02d-%02d", r.below(10_000), r.below(14), r.below(33)))
    }
    for s in samples { #expect(Day.parse(s) == reference(s), "\(s)") }
  }

  @Test("conflicting quantities: skipping runs of equal values finds the first conflict the scan finds")
  func firstConflicts() {
    var r = Random(state: 41)
    let keyPool = ["1.1", "1.2", "2.1", "2.2", "3", "4a", "5"]
    let valuePool: [Double] = [50, 50, 100, 200, 0, -0.0, .nan, 365, 1.4]
    let qualifierPool = ["", "", "per gift", "per jaar"]
    for round in 0..<3_000 {
      let n = r.below(round < 100 ? 4 : 40)
      var keys: [String] = []
      var values: [Double] = []
      var exceptions: [Set<String>] = []
      var qualifiers: [String] = []
      for _ in 0..<n {
        keys.append(r.pick(keyPool))
        // Runs of equal values, as a topic's rules often repeat one threshold.
        values.append(r.below(3) == 0 && !values.isEmpty ? values[values.count - 1] : r.pick(valuePool))
        exceptions.append(Set((0..<r.below(3)).map { _ in r.pick(keyPool) }))
        qualifiers.append(r.pick(qualifierPool))
      }
      let fast = ConsistentQuantities.firstConflicts(keys: keys, values: values, exceptions: exceptions, qualifiers: qualifiers)
      let scan = ConsistentQuantities.firstConflictsByScan(
        keys: keys, values: values, exceptions: exceptions, qualifiers: qualifiers)
      #expect(fast == scan, "\(keys) \(values) \(exceptions) \(qualifiers)")
    }
  }

  @Test("rule numbers: splitting on bytes agrees with splitting on characters")
  func ruleNumbers() {
    var r = Random(state: 99)
    let chars = ["1", "2", "0", "9", ".", ".", "a", "b", "A", "é", "\u{301}", "٣", "-", " "]
    var keys = ["1.1", "1.2a", "3a", "12", "", ".", "1.", "1..2", "123456", "1.12345", "1.123456", "7.004"]
    for _ in 0..<20_000 { keys.append((0..<r.below(9)).map { _ in r.pick(chars) }.joined()) }
    for source in Self.sources.prefix(200) {
      keys += Self.context(source, today: Day(year: 2026, month: 1, day: 1)).articles.map(\.key)
    }
    for key in keys {
      let a = NoSkippedNumbers.split(key)
      let b = NoSkippedNumbers.splitByCharacters(key)
      #expect(a?.prefix == b?.prefix && a?.number == b?.number, "\(key)")
    }
  }

  @Test("lead-ins: the ASCII shortcut agrees with reading scalars")
  func leadIns() {
    var r = Random(state: 12)
    let pieces = ["a", "Je meldt", ":", " ", "\t", "\u{A0}", "\u{2009}", ":\u{301}", "é", ".", "x:", "\u{3000}", ""]
    for _ in 0..<20_000 {
      let text = (0..<r.below(6)).map { _ in r.pick(pieces) }.joined()
      #expect(LintContext.leadIn(text) == LintContext.leadInByScalars(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test("message templates: filling on bytes agrees with filling by characters")
  func messageFill() {
    var r = Random(state: 3)
    let pieces = [
      "{", "}", "{{", "}}", "{rule}", "{count}", "{missing}", "a", " ", "é", "e\u{301}", "\u{301}", "{\u{301}x}", "\u{600}", "x",
    ]
    let args = ["rule": "R{1}", "count": "3", "x": "ë"]
    for _ in 0..<20_000 {
      let template = (0..<r.below(10)).map { _ in r.pick(pieces) }.joined()
      #expect(MessageCatalogue.fill(template, args) == MessageCatalogue.fillCharacters(template, args), "\(template)")
    }
  }
}
