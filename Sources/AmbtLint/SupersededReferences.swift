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
struct SupersededCatalogue: Sendable {
  struct Spelling: Sendable {
    var text: [Unicode.Scalar]
    var caseSensitive: Bool
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
  let exclude: [[Unicode.Scalar]]
  /// Longer names of laws that are not superseded (`Ambtenarenwet 2017`), which win over a
  /// superseded name they start with.
  let current: [[Unicode.Scalar]]
  let loadError: String?
  /// The first scalar of every pattern above; nil (test every position) if a pattern is empty.
  let patternFirstScalars: Set<Unicode.Scalar>?
  /// Finds the lines worth scanning; nil if a spelling is not ASCII.
  let automaton: PatternAutomaton?

  init(spellings: [Spelling], exclude: [[Unicode.Scalar]], current: [[Unicode.Scalar]], loadError: String?) {
    self.spellings = spellings
    self.exclude = exclude
    self.current = current
    self.loadError = loadError
    let patterns = spellings.map(\.text) + exclude + current
    patternFirstScalars = patterns.contains { $0.isEmpty } ? nil : Set(patterns.compactMap(\.first))
    // Only the spellings can produce a mention: an automaton over them, lowercased as bytes.
    let lowered = spellings.map { sp in Array(String(String.UnicodeScalarView(sp.text)).lowercased().utf8) }
    automaton = lowered.allSatisfy { p in !p.isEmpty && p.allSatisfy { $0 < 0x80 } } ? PatternAutomaton(patterns: lowered) : nil
  }

  static let shared = SupersededCatalogue.load(Vocabulary.shared)

  static func fold(_ s: String) -> [Unicode.Scalar] {
    Array(TextFolding.fold(s).unicodeScalars)
  }

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
        list.append(Spelling(text: cs ? Array(n.unicodeScalars) : fold(n), caseSensitive: cs, lawID: law.id))
      }
    }
    for a in file.oldArticles {
      list.append(
        Spelling(text: fold(a.spelling), caseSensitive: false, lawID: "ambtenarenwet-oud", articleReplacement: a.replacement))
    }
    list.sort { $0.text.count > $1.text.count }
    let current = vocabulary.laws.filter { $0.supersededBy == nil }.flatMap { [$0.name] + $0.aliases }.map(fold)
    return SupersededCatalogue(spellings: list, exclude: file.exclude.map(fold), current: current, loadError: loadError)
  }

  /// Lines that may hold a spelling, found for the whole source in one pass (see
  /// `PatternAutomaton`); nil when some spelling is not ASCII and every line must be scanned.
  func candidateLines(in source: String) -> [(line: Int, start: Int)]? {
    automaton?.matchingLines(source)
  }

  /// Mentions in the text of a whole source file: every line except comments, annotations,
  /// fences, and the `bron`/`cvdr` lines of the metadata block (`metadata` is its range).
  func mentions(inSource source: String, metadata meta: SourceRange, vocabulary: Vocabulary) -> [SupersededMention] {
    var found: [SupersededMention] = []
    func inMetadata(_ start: Int) -> Bool { meta != .empty && start > meta.start && start < meta.end }
    func scan(_ line: Substring, start: Int) {
      let t = line.trimmedBlanks
      if t == "---" || t.hasPrefix("//") || t.hasPrefix("@") { return }
      if inMetadata(start) && (t.hasPrefix("bron") || t.hasPrefix("cvdr")) { return }
      found += mentions(inLine: line, base: start, vocabulary: vocabulary)
    }
    let utf8 = source.utf8
    if let candidates = candidateLines(in: source) {
      // Only the lines that can hold a spelling, found in one pass over the source (issue 7).
      for c in candidates {
        let from = utf8.index(utf8.startIndex, offsetBy: c.start)
        let to = utf8[from...].firstIndex(of: 0x0A) ?? utf8.endIndex
        scan(Substring(utf8[from..<to]), start: c.start)
      }
    } else {
      // Split on the byte: splitting on the Character "\n" walked every grapheme and never
      // split a CRLF file, whose "\r\n" is one Character.
      var offset = 0
      for bytes in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
        scan(Substring(bytes), start: offset)
        offset += bytes.count + 1
      }
    }
    return found
  }

  /// Mentions in one line of source, `bytes` being the line and `base` its offset.
  func mentions(inLine line: Substring, base: Int, vocabulary: Vocabulary) -> [SupersededMention] {
    var scalars: [Unicode.Scalar] = []
    var folded: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var offset = base
    for u in line.unicodeScalars {
      scalars.append(u)
      offsets.append(offset)
      // ASCII inline (folding a one-scalar String per scalar was most of lint time, issue 7).
      if u.value < 0x80 {
        switch u.value {
        case 0x41...0x5A: folded.append(Unicode.Scalar(UInt8(u.value + 32)))
        case 0x09...0x0D, 0x20: folded.append(" ")
        case 0x60: folded.append("'")
        default: folded.append(u)
        }
        offset += 1
        continue
      }
      // One folded scalar per source scalar keeps positions aligned.
      let f = TextFolding.fold(String(u)).unicodeScalars.first ?? " "
      folded.append(u.properties.isWhitespace ? " " : f)
      offset += String(u).utf8.count
    }
    offsets.append(offset)
    func isWord(_ u: Unicode.Scalar) -> Bool {
      if u.value < 0x80 {
        let v = u.value | 0x20
        return (v >= 0x61 && v <= 0x7A) || (u.value >= 0x30 && u.value <= 0x39)
      }
      return u.properties.isAlphabetic
    }
    func matches(_ pattern: [Unicode.Scalar], in hay: [Unicode.Scalar], at i: Int) -> Bool {
      guard i + pattern.count <= hay.count else { return false }
      for k in 0..<pattern.count where hay[i + k] != pattern[k] { return false }
      return true
    }
    var out: [SupersededMention] = []
    var i = 0
    // Every pattern must start at a word start with its own first scalar: a quick test on that
    // scalar skips most positions without trying every spelling (issue 7).
    let firstScalars = patternFirstScalars
    while i < scalars.count {
      if i > 0 && isWord(scalars[i - 1]) { i += 1; continue }
      if let firstScalars, !firstScalars.contains(folded[i]) && !firstScalars.contains(scalars[i]) {
        i += 1
        continue
      }
      if exclude.contains(where: { matches($0, in: folded, at: i) })
        || current.contains(where: { c in
          matches(c, in: folded, at: i) && (i + c.count == folded.count || !isWord(folded[i + c.count]))
            && spellings.contains { s in matches(s.text, in: s.caseSensitive ? scalars : folded, at: i) && s.text.count < c.count
            }
        })
      {
        i += 1
        while i < scalars.count && isWord(scalars[i]) { i += 1 }
        continue
      }
      var found: Spelling?
      for s in spellings where matches(s.text, in: s.caseSensitive ? scalars : folded, at: i) {
        let end = i + s.text.count
        // Old article numbers stand alone ("125quater"); names must end at a word boundary.
        if end < scalars.count && isWord(scalars[end]) { continue }
        found = s
        break
      }
      guard let s = found, let law = vocabulary.law(s.lawID) else { i += 1; continue }
      let end = i + s.text.count
      out.append(
        SupersededMention(
          law: law, replacement: law.supersededBy.flatMap { vocabulary.law($0) },
          written: String(String.UnicodeScalarView(scalars[i..<end])), range: SourceRange(start: offsets[i], end: offsets[end]),
          articleReplacement: s.articleReplacement))
      i = end
    }
    return out
  }
}
