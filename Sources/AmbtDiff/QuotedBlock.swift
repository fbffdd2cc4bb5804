import AmbtModel
import AmbtParser

/// Checks that quoted text is the element an instruction says it is (so many rules, a chapter,
/// an annex) and cuts it into those elements.
enum QuotedBlock {
  static func problem(_ text: QuotedText, line k: Int, message: LocalizedText, hint: LocalizedText) -> AmendmentProblem {
    let range = text.offset(ofLine: k).map {
      SourceRange(start: $0, end: $0 + (k < text.lines.count ? text.lines[k].utf8.count : 0))
    }
    return AmendmentProblem("amendment-invalid-text", message: message, hint: hint, range: range)
  }

  static func isHeading1(_ line: String) -> Bool { line == "#" || line.hasPrefix("# ") || line.hasPrefix("#\t") }

  /// The lines of `count` rules, each starting at its `§` line.
  static func articles(_ text: QuotedText, count: Int) throws(AmendmentProblem) -> [[String]] {
    let what = LocalizedText(
      count == 1 ? "amend.articles.one" : "amend.articles.many", messages: ["count": AmendmentWording.countText(count)])
    guard let first = text.lines.firstIndex(where: { !$0.isEmpty }) else {
      throw problem(
        text, line: 0, message: LocalizedText("amend.quoted.text-missing", messages: ["what": what]),
        hint: LocalizedText("amend.quoted.hint.put-text-indented-below"))
    }
    guard text.lines[first].hasPrefix("§") else {
      throw problem(
        text, line: first,
        message: LocalizedText(
          "amend.quoted.expected-article-starting-with", ["value": "\(String(text.lines[first].prefix(30)))"]),
        hint: LocalizedText("amend.quoted.hint.write-article-as-in"))
    }
    if let h = text.lines.firstIndex(where: { $0.hasPrefix("#") }) {
      throw problem(
        text, line: h, message: LocalizedText("amend.quoted.article-cannot-contain-heading"),
        hint: LocalizedText("amend.quoted.hint.insert-chapter-with-na"))
    }
    let parts = split(text.lines, from: first) { $0.hasPrefix("§") }
    guard parts.count == count else {
      throw problem(
        text, line: first,
        message: LocalizedText("amend.quoted.count-mismatch", ["found": "\(parts.count)"], messages: ["what": what]),
        hint: LocalizedText("amend.quoted.hint.make-count-in-instruction"))
    }
    return parts
  }

  /// The lines of `count` chapters or annexes, each starting at its `#` heading.
  static func sections(_ text: QuotedText, kind: InsertedKind, count: Int) throws(AmendmentProblem) -> [[String]] {
    let nouns = LocalizedText(
      "amend.sections",
      messages: ["count": AmendmentWording.countText(count), "noun": AmendmentWording.nounText(kind, plural: count != 1)])
    guard let first = text.lines.firstIndex(where: { !$0.isEmpty }), isHeading1(text.lines[first]) else {
      let k = text.lines.firstIndex { !$0.isEmpty } ?? 0
      throw problem(
        text, line: k,
        message: LocalizedText(
          "amend.quoted.expected-heading", messages: ["noun": AmendmentWording.nounText(kind, plural: false)]),
        hint: LocalizedText("amend.quoted.hint.write-heading-as-in"))
    }
    let parts = split(text.lines, from: first, where: isHeading1)
    guard parts.count == count else {
      throw problem(
        text, line: first,
        message: LocalizedText("amend.quoted.count-mismatch", ["found": "\(parts.count)"], messages: ["what": nouns]),
        hint: LocalizedText("amend.quoted.hint.make-count-in-instruction-2"))
    }
    for part in parts {
      let word = TextFolding.fold(String(part[0].dropFirst(2).prefix { $0 != " " }))
      let isAnnex = word == "bijlage"
      let isClosing = TextFolding.fold(String(part[0].dropFirst(2))) == "slot"
      if isClosing || isAnnex != (kind == .annex) {
        let k = text.lines.firstIndex(of: part[0]) ?? first
        throw problem(
          text, line: k,
          message: kind == .annex
            ? LocalizedText("amend.quoted.expected-annex")
            : LocalizedText(isClosing ? "amend.quoted.expected-chapter-not-closing" : "amend.quoted.expected-chapter-not-annex"),
          hint: LocalizedText("amend.quoted.hint.insert-annex-with-wordt"))
      }
    }
    return parts
  }

  /// A chapter heading: one line, `# ` added when it is missing.
  static func heading(_ text: QuotedText) throws(AmendmentProblem) -> String {
    let lines = text.lines.filter { !$0.isEmpty }
    guard lines.count == 1, !lines[0].hasPrefix("##") else {
      throw problem(
        text, line: 0, message: LocalizedText("amend.quoted.expected-one-line-with"),
        hint: LocalizedText("amend.quoted.hint.for-example-3-dienstverlening"))
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
