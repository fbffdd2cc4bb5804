import AmbtDiff

/// A seeded generator (SplitMix64): the same seed gives the same edits on every machine.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random edits of a code in the canonical layout, of the kinds a new version makes: words and
/// amounts replaced, rules inserted, removed, renumbered and moved, chapters retitled, inserted,
/// removed and swapped, explanations, annotations, preamble, closing and metadata changed.
/// An edit that leaves the code invalid (a reference to a removed rule) is simply not used.
struct CodeMutator {
  var lines: [String]
  var rng: SeededGenerator

  static let words = [
    "leidinggevende", "gemeente", "melding", "integriteit", "altijd", "nooit", "schriftelijk", "vooraf", "college",
    "medewerker", "zorgvuldig", "geheim", "openbaar", "direct", "binnen", "twee", "drie", "jaar", "maanden",
  ]
  static let kinds = [
    "word", "word", "amount", "insertRule", "removeRule", "renumberRule", "moveRule", "retitleChapter", "insertChapter",
    "removeChapter", "swapChapters", "renumberChapter", "explanation", "annotation", "metadata", "preamble", "closing",
    "addLine",
  ]

  init(_ canonical: String, seed: UInt64) {
    lines = canonical.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    rng = SeededGenerator(seed: seed)
  }

  var text: String { lines.joined(separator: "\n") + "\n" }

  func isRule(_ i: Int) -> Bool { lines[i].hasPrefix("§ ") }
  func isChapter(_ i: Int) -> Bool {
    lines[i].hasPrefix("# ") && lines[i] != "# Slot" && !lines[i].lowercased().hasPrefix("# bijlage")
  }
  var bodyStart: Int { (lines.indices.filter { lines[$0] == "---" }.dropFirst().first ?? 0) + 1 }

  /// The lines of the rule that starts at `i`: up to the next rule or heading.
  func ruleEnd(_ i: Int) -> Int {
    var j = i + 1
    while j < lines.count, !lines[j].hasPrefix("§"), !lines[j].hasPrefix("#") { j += 1 }
    return j
  }

  func chapterEnd(_ i: Int) -> Int {
    var j = i + 1
    while j < lines.count, !lines[j].hasPrefix("# ") { j += 1 }
    return j
  }

  mutating func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[Int.random(in: 0..<xs.count, using: &rng)] }

  /// Text lines (paragraphs and list items, not annotations or headings) in `range`.
  func textLines(_ range: Range<Int>, in text: [String]? = nil) -> [Int] {
    let source = text ?? lines
    return range.filter {
      let l = source[$0]
      return !l.isEmpty && !l.hasPrefix("@") && !l.hasPrefix("#") && !l.hasPrefix("//") && !l.hasSuffix(":") && l != "---"
        && l.split(separator: " ").count > 3
    }
  }

  /// A word of the line replaced by another.
  mutating func replaceWord(_ i: Int) {
    var w = lines[i].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let candidates = w.indices.filter { $0 > 1 && w[$0].count > 3 && w[$0].allSatisfy(\.isLetter) }
    guard let k = pick(candidates), let n = pick(Self.words) else { return }
    w[k] = n
    lines[i] = w.joined(separator: " ")
  }

  /// One edit of the given kind; returns false when the code offers no place for it.
  mutating func edit(_ kind: String) -> Bool {
    let body = bodyStart..<lines.count
    let rules = body.filter(isRule)
    let chapters = body.filter(isChapter)
    switch kind {
    case "word":
      guard let r = pick(rules), let i = pick(textLines(r..<ruleEnd(r))) else { return false }
      replaceWord(i)
    case "amount":
      guard let r = pick(rules) else { return false }
      let withNumber = (r + 1..<ruleEnd(r)).filter { i in lines[i].contains { $0.isASCII && $0.isNumber } }
      guard let i = pick(withNumber) else { return false }
      var chars = Array(lines[i])
      guard let k = pick(chars.indices.filter { chars[$0].isASCII && chars[$0].isNumber }) else { return false }
      chars[k] = Character(String((Int(String(chars[k]))! + 1 + Int.random(in: 0..<8, using: &rng)) % 10))
      lines[i] = String(chars)
    case "insertRule", "moveRule", "removeRule":
      guard let r = pick(rules) else { return false }
      let block = Array(lines[r..<ruleEnd(r)])
      if kind != "insertRule" { lines.removeSubrange(r..<ruleEnd(r)) }
      if kind == "removeRule" { return true }
      var copy = block
      if kind == "insertRule" {
        copy[0] = copy[0].replacingFirstNumber { $0 + "a" }
        if let t = textLines(1..<copy.count, in: copy).first { copy[t] = copy[t] + " " + (pick(Self.words) ?? "") }
      }
      let places = (bodyStart..<lines.count).filter(isRule) + (bodyStart..<lines.count).filter(isChapter).map { chapterEnd($0) }
      guard let at = pick(places) else { return false }
      lines.insert(contentsOf: [""] + copy + [""], at: min(at, lines.count))
    case "renumberRule":
      guard let r = pick(rules) else { return false }
      lines[r] = lines[r].replacingFirstNumber { $0 + "b" }
    case "retitleChapter":
      guard let c = pick(chapters) else { return false }
      lines[c] += " en " + (pick(Self.words) ?? "")
    case "renumberChapter":
      guard let c = pick(chapters) else { return false }
      lines[c] = lines[c].replacingFirstNumber { String((Int($0.filter(\.isNumber)) ?? 0) + 20) }
    case "insertChapter":
      guard let c = pick(chapters), let r = pick(rules) else { return false }
      let rule = Array(lines[r..<ruleEnd(r)]).enumerated().map {
        $0.offset == 0 ? $0.element.replacingFirstNumber { "9" + $0 } : $0.element
      }
      lines.insert(contentsOf: ["# 99. Nieuw hoofdstuk over " + (pick(Self.words) ?? ""), ""] + rule + [""], at: c)
    case "removeChapter", "swapChapters":
      guard chapters.count >= 2, let c = pick(chapters) else { return false }
      let block = Array(lines[c..<chapterEnd(c)])
      lines.removeSubrange(c..<chapterEnd(c))
      if kind == "removeChapter" { return true }
      let now = (bodyStart..<lines.count).filter(isChapter)
      guard let at = pick(now) else { return false }
      lines.insert(contentsOf: block, at: at)
    case "explanation":
      let explained = body.filter { lines[$0].hasSuffix(":") && !lines[$0].hasPrefix("§") }
      guard let e = pick(explained), let i = pick(textLines(e + 1..<min(lines.count, e + 6))) else { return false }
      replaceWord(i)
    case "annotation":
      let annotations = body.filter { lines[$0].hasPrefix("@onderwerp") || lines[$0].hasPrefix("@norm") }
      guard let i = pick(annotations) else { return false }
      lines[i] =
        lines[i].hasPrefix("@norm")
        ? "@norm " + (pick(["gebod", "verbod", "meldplicht", "toestemming"]) ?? "") : lines[i] + ", geschenken"
      if lines[i].hasPrefix("@onderwerp"), lines[i].components(separatedBy: "geschenken").count > 2 { return false }
    case "addLine":
      guard let r = pick(rules) else { return false }
      lines.insert(pick(["@binnen 5 dagen", "Uitleg:", "- een nieuw punt in de lijst"]) ?? "", at: ruleEnd(r))
    case "metadata":
      let meta = (1..<bodyStart - 1).filter { lines[$0].contains(":") }
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: lines.insert("bron: https://example.org/code-\(Int.random(in: 1...99, using: &rng))", at: bodyStart - 1)
      case 1:
        guard
          let i = pick(
            meta.filter {
              !lines[$0].hasPrefix("titel") && !lines[$0].hasPrefix("organisatie") && !lines[$0].hasPrefix("nummering")
            })
        else { return false }
        lines.remove(at: i)
      default: lines.insert("vastgesteld op: 20\(10 + Int.random(in: 0..<15, using: &rng))-03-11", at: bodyStart - 1)
      }
    case "preamble", "closing":
      let start = kind == "preamble" ? bodyStart : (lines.firstIndex(of: "# Slot") ?? lines.count)
      guard start < lines.count else { return false }
      let end =
        kind == "preamble" ? (lines.indices.first { $0 > start && lines[$0].hasPrefix("# ") } ?? lines.count) : chapterEnd(start)
      guard start < end, let i = pick(textLines(start..<end)) else { return false }
      replaceWord(i)
    default: return false
    }
    return true
  }
}

extension String {
  /// The line with its first number (after `§ ` or `# `, the label) changed.
  func replacingFirstNumber(_ change: (String) -> String) -> String {
    var words = split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let k = words.indices.first(where: { $0 > 0 && words[$0].contains { $0.isNumber } }) else { return self }
    var core = words[k]
    var dots = ""
    while core.hasSuffix(".") {
      core.removeLast()
      dots += "."
    }
    words[k] = change(core) + dots
    return words.joined(separator: " ")
  }
}
