import AmbtModel
import AmbtParser

/// Checks that quoted text is the element an instruction says it is (so many rules, a chapter,
/// an annex) and cuts it into those elements.
enum QuotedBlock {
  static func problem(_ text: QuotedText, line k: Int, nl: String, en: String, hintNL: String, hintEN: String) -> AmendmentProblem
  {
    let range = text.offset(ofLine: k).map {
      SourceRange(start: $0, end: $0 + (k < text.lines.count ? text.lines[k].utf8.count : 0))
    }
    return AmendmentProblem("amendment-invalid-text", nl: nl, en: en, hintNL: hintNL, hintEN: hintEN, range: range)
  }

  static func isHeading1(_ line: String) -> Bool { line == "#" || line.hasPrefix("# ") || line.hasPrefix("#\t") }

  /// The lines of `count` rules, each starting at its `§` line.
  static func articles(_ text: QuotedText, count: Int) throws(AmendmentProblem) -> [[String]] {
    let what = count == 1 ? "één artikel" : "\(AmendmentWording.count(count)) artikelen"
    let whatEN = count == 1 ? "one article" : "\(count) articles"
    guard let first = text.lines.firstIndex(where: { !$0.isEmpty }) else {
      throw problem(
        text, line: 0, nl: "de nieuwe tekst ontbreekt; verwacht \(what)", en: "the new text is missing; expected \(whatEN)",
        hintNL: "zet de tekst ingesprongen onder de opdracht, beginnend met '§ nummer'",
        hintEN: "put the text indented below the instruction, starting with '§ number'")
    }
    guard text.lines[first].hasPrefix("§") else {
      throw problem(
        text, line: first, nl: "verwacht een artikel dat begint met '§', gevonden '\(String(text.lines[first].prefix(30)))'",
        en: "expected an article starting with '§', found '\(String(text.lines[first].prefix(30)))'",
        hintNL: "schrijf het artikel zoals in het .ambt-bestand: '§ 3.1. Tekst'",
        hintEN: "write the article as in the .ambt file: '§ 3.1. Tekst'")
    }
    if let h = text.lines.firstIndex(where: { $0.hasPrefix("#") }) {
      throw problem(
        text, line: h, nl: "een artikel kan geen kop ('#' of '##') bevatten",
        en: "an article cannot contain a heading ('#' or '##')",
        hintNL: "voeg een hoofdstuk in met 'Na hoofdstuk … wordt een hoofdstuk ingevoegd, luidende:'",
        hintEN: "insert a chapter with 'Na hoofdstuk … wordt een hoofdstuk ingevoegd, luidende:'")
    }
    let parts = split(text.lines, from: first) { $0.hasPrefix("§") }
    guard parts.count == count else {
      throw problem(
        text, line: first, nl: "verwacht \(what), gevonden \(parts.count)", en: "expected \(whatEN), found \(parts.count)",
        hintNL: "laat het aantal in de opdracht ('een artikel', 'twee artikelen') kloppen met de tekst",
        hintEN: "make the count in the instruction ('een artikel', 'twee artikelen') match the text")
    }
    return parts
  }

  /// The lines of `count` chapters or annexes, each starting at its `#` heading.
  static func sections(_ text: QuotedText, kind: InsertedKind, count: Int) throws(AmendmentProblem) -> [[String]] {
    let noun = AmendmentWording.noun(kind, plural: count != 1)
    let nounEN = kind == .annex ? (count == 1 ? "annex" : "annexes") : (count == 1 ? "chapter" : "chapters")
    guard let first = text.lines.firstIndex(where: { !$0.isEmpty }), isHeading1(text.lines[first]) else {
      let k = text.lines.firstIndex { !$0.isEmpty } ?? 0
      throw problem(
        text, line: k, nl: "verwacht een \(AmendmentWording.noun(kind, plural: false)) dat begint met een kop '# '",
        en: "expected a \(kind == .annex ? "annex" : "chapter") starting with a heading '# '",
        hintNL: "schrijf de kop zoals in het .ambt-bestand: '# 3. Titel'",
        hintEN: "write the heading as in the .ambt file: '# 3. Titel'")
    }
    let parts = split(text.lines, from: first, where: isHeading1)
    guard parts.count == count else {
      throw problem(
        text, line: first, nl: "verwacht \(AmendmentWording.count(count)) \(noun), gevonden \(parts.count)",
        en: "expected \(count) \(nounEN), found \(parts.count)",
        hintNL: "laat het aantal in de opdracht kloppen met het aantal koppen '# '",
        hintEN: "make the count in the instruction match the number of headings '# '")
    }
    for part in parts {
      let word = TextFolding.fold(String(part[0].dropFirst(2).prefix { $0 != " " }))
      let isAnnex = word == "bijlage"
      let isClosing = TextFolding.fold(String(part[0].dropFirst(2))) == "slot"
      if isClosing || isAnnex != (kind == .annex) {
        let k = text.lines.firstIndex(of: part[0]) ?? first
        throw problem(
          text, line: k,
          nl: kind == .annex
            ? "verwacht een bijlage: een kop die begint met '# Bijlage'"
            : "verwacht een hoofdstuk, geen \(isClosing ? "slot" : "bijlage")",
          en: kind == .annex
            ? "expected an annex: a heading starting with '# Bijlage'"
            : "expected a chapter, not \(isClosing ? "the closing" : "an annex")",
          hintNL: "een bijlage voeg je in met 'wordt een bijlage ingevoegd', het slot met 'Er wordt een slot toegevoegd'",
          hintEN: "insert an annex with 'wordt een bijlage ingevoegd', the closing with 'Er wordt een slot toegevoegd'")
      }
    }
    return parts
  }

  /// A chapter heading: one line, `# ` added when it is missing.
  static func heading(_ text: QuotedText) throws(AmendmentProblem) -> String {
    let lines = text.lines.filter { !$0.isEmpty }
    guard lines.count == 1, !lines[0].hasPrefix("##") else {
      throw problem(
        text, line: 0, nl: "verwacht één regel met het nieuwe opschrift", en: "expected one line with the new heading",
        hintNL: "bijvoorbeeld '# 3. Dienstverlening'", hintEN: "for example '# 3. Dienstverlening'")
    }
    return isHeading1(lines[0]) ? lines[0] : "# " + lines[0]
  }

  /// `lines` cut before every line that `starts` a part, from the first one on; blank lines at
  /// the ends of each part dropped.
  static func split(_ lines: [String], from first: Int, where starts: (String) -> Bool) -> [[String]] {
    var parts: [[String]] = []
    for line in lines[first...] {
      if starts(line) || parts.isEmpty { parts.append([line]) } else { parts[parts.count - 1].append(line) }
    }
    return parts.map(CodeOutline.trimmed)
  }
}

extension Renumbering {
  /// The number in a rule's header line (`§ 9.3. Tekst` → `9.3`).
  static func number(inHeader line: String) -> String? {
    let tokens = line.dropFirst(1).split(separator: " ").prefix(2)
    guard var t = tokens.first(where: { $0.contains { $0.isNumber } }).map(String.init) else { return nil }
    while t.hasSuffix(".") { t.removeLast() }
    return t
  }

  /// The numbers from `first` to `last` when they differ only in a last whole number
  /// (`10.1`, `10.7` → `10.1` … `10.7`); nil otherwise.
  static func run(_ first: String, _ last: String) -> [String]? {
    func split(_ s: String) -> (String, Int)? {
      let t = AmendmentWording.normalizedNumber(s)
      let prefix = t.lastIndex(of: ".").map { String(t[...$0]) } ?? ""
      guard let n = Int(t.dropFirst(prefix.count)), n >= 0 else { return nil }
      return (prefix, n)
    }
    guard let (p, a) = split(first), let (q, b) = split(last), p == q, b >= a, b - a < 10_000 else { return nil }
    return (a...b).map { p + String($0) }
  }
}
