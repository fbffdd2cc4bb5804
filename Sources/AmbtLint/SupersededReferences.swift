import AmbtModel
import Foundation

/// Where a superseded law is mentioned, in the text or in an annotation.
struct SupersededMention {
  var law: LawEntry
  var replacement: LawEntry?
  /// As written in the source.
  var written: String
  var range: SourceRange
  /// For old Ambtenarenwet articles: the article of the Ambtenarenwet 2017 that replaced it.
  var articleReplacement: String?
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
    var articleReplacement: String?
  }

  struct File: Decodable {
    struct OldArticle: Decodable { var spelling: String; var replacement: String }
    var spellings: [String: [String]]
    var exclude: [String]
    var oldArticles: [OldArticle]
  }

  let spellings: [Spelling]
  let exclude: [[UInt8]]
  /// Longer names of laws that are not superseded (`Ambtenarenwet 2017`), which win over a
  /// superseded name they start with.
  let current: [[UInt8]]
  let loadError: String?
  /// Finds where a spelling may end, over a whole folded source in one pass.
  let automaton: PatternAutomaton

  init(spellings: [Spelling], exclude: [[UInt8]], current: [[UInt8]], loadError: String?) {
    self.spellings = spellings
    self.exclude = exclude
    self.current = current
    self.loadError = loadError
    automaton = PatternAutomaton(patterns: spellings.map(\.folded))
  }

  static let shared = SupersededCatalogue.load(Vocabulary.shared)

  static func fold(_ s: String) -> [UInt8] { Array(TextFold.fold(s).utf8) }

  static func load(_ vocabulary: Vocabulary) -> SupersededCatalogue {
    var file = File(spellings: [:], exclude: [], oldArticles: [])
    var loadError: String?
    if let url = Bundle.module.url(forResource: "superseded", withExtension: "json") {
      do { file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)) } catch {
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
    for a in file.oldArticles {
      list.append(
        Spelling(
          folded: fold(a.spelling), caseSensitive: false, written: Array(a.spelling.utf8), lawID: "ambtenarenwet-oud",
          articleReplacement: a.replacement))
    }
    list.sort { $0.folded.count > $1.folded.count }
    let current = vocabulary.laws.filter { $0.supersededBy == nil }.flatMap { [$0.name] + $0.aliases }.map(fold)
    return SupersededCatalogue(spellings: list, exclude: file.exclude.map(fold), current: current, loadError: loadError)
  }

  /// Mentions in the text of a whole source file: every line except comments, annotations,
  /// fences, and the `bron`/`cvdr` lines of the metadata block (`metadata` is its range).
  func mentions(inSource source: String, metadata meta: SourceRange, vocabulary: Vocabulary) -> [SupersededMention] {
    let bytes = Array(source.utf8)
    // One fold of the whole source; the automaton says which lines can hold a spelling.
    let folded = FoldedText(source)
    var lineStarts: [Int] = []
    for end in automaton.matchEnds(folded.bytes) {
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
      if exclude.contains(where: { matches($0, at: i) })
        || current.contains(where: { c in
          matches(c, at: i) && endsWord(i + c.count)
            && spellings.contains { matches($0.folded, at: i) && $0.folded.count < c.count }
        })
      {
        i += 1
        while i < f.count && isWord(f[i]) { i += 1 }
        continue
      }
      var found: (Spelling, SourceRange)?
      for s in spellings where matches(s.folded, at: i) && endsWord(i + s.folded.count) {
        let range = text.sourceRange(i..<(i + s.folded.count))
        if s.caseSensitive && !source[range.start..<range.end].elementsEqual(s.written) { continue }
        found = (s, range)
        break
      }
      guard let (s, range) = found, let law = vocabulary.law(s.lawID) else {
        i += 1
        continue
      }
      out.append(
        SupersededMention(
          law: law, replacement: law.supersededBy.flatMap { vocabulary.law($0) },
          written: String(decoding: source[range.start..<range.end], as: UTF8.self), range: range,
          articleReplacement: s.articleReplacement))
      i += s.folded.count
    }
    return out
  }
}
