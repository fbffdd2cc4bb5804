import Foundation

/// A deterministic random source, so a corpus is the same on every run and machine.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Builds synthetic codes from the real ones: rule blocks are recombined into new chapters,
/// renumbered, and their text lightly mutated (words swapped, amounts and terms changed).
struct Corpus {
  /// The lines of one rule, from its `§` line up to the next heading or rule.
  var rules: [[String]] = []
  var chapterTitles: [String] = []
  var preambles: [String] = []

  init(codes: [String]) {
    for text in codes {
      var current: [String]? = nil
      var inFront = false
      var sawFront = false
      var preamble: [String] = []
      for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let line = String(raw)
        if line == "---" {
          inFront = !inFront
          sawFront = true
          continue
        }
        if inFront || line.hasPrefix("//") { continue }
        if line.hasPrefix("§") || line.hasPrefix("#") {
          if let c = current { rules.append(Self.trimmed(c)) }
          current = nil
        }
        if line.hasPrefix("§") {
          current = [line]
        } else if line.hasPrefix("# ") {
          if let title = Self.chapterTitle(line) { chapterTitles.append(title) }
        } else if current != nil {
          // References point at numbers that renumbering changes; leave them out.
          if !line.hasPrefix("@zie") && !line.hasPrefix("@uitzondering") { current!.append(line) }
        } else if sawFront && chapterTitles.isEmpty && !line.hasPrefix("@") && !line.hasPrefix("##") {
          preamble.append(line)
        }
      }
      if let c = current { rules.append(Self.trimmed(c)) }
      preambles.append(preamble.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  static func trimmed(_ lines: [String]) -> [String] {
    var l = lines
    while let last = l.last, last.trimmingCharacters(in: .whitespaces).isEmpty { l.removeLast() }
    return l
  }

  /// The title of a numbered chapter heading, without word and number; nil for annexes and `Slot`.
  static func chapterTitle(_ line: String) -> String? {
    var words = line.dropFirst(2).split(separator: " ").map(String.init)
    if let w = words.first, ["bijlage", "slot"].contains(w.lowercased()) { return nil }
    if let w = words.first, w.first?.isLetter == true, words.count > 1, words[1].first?.isNumber == true {
      words.removeFirst()
    }
    if let w = words.first, w.first?.isNumber == true { words.removeFirst() }
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// Article counts for `codes` codes: from 20 to 1,000, most of them small (as real codes are),
  /// with the first two fixed at 1,000 and 20 so both ends are always present.
  static func articleCounts(codes: Int, rng: inout SplitMix) -> [Int] {
    (0..<codes).map { i in
      if i == 0 { return 1_000 }
      if i == 1 { return 20 }
      let u = Double.random(in: 0..<1, using: &rng)
      return min(1_000, Int((20 * pow(50, u * u * u)).rounded()))
    }
  }

  /// One synthetic code with `articles` rules.
  func code(index: Int, articles: Int, rng: inout SplitMix) -> String {
    var out = "// Synthetische gedragscode \(index) voor de benchmark, samengesteld uit de echte codes in Codes/.\n"
    out += "---\ntitel: Gedragscode ambtenaren synthetische gemeente \(index)\n"
    out += "organisatie: Synthetische gemeente \(index)\n"
    out += "vastgesteld op: \(2010 + index % 15)-0\(1 + index % 9)-1\(index % 10)\ngeldt voor: ambtenaren\n---\n\n"
    if let p = preambles.randomElement(using: &rng), !p.isEmpty { out += p + "\n\n" }
    var written = 0
    var chapter = 0
    while written < articles {
      chapter += 1
      let size = min(articles - written, Int.random(in: 3...15, using: &rng))
      out += "# \(chapter). \(chapterTitles.randomElement(using: &rng)!)\n\n"
      for k in 1...size {
        out += rule(rules.randomElement(using: &rng)!, label: "\(chapter).\(k).", rng: &rng) + "\n\n"
      }
      written += size
    }
    out += "# Slot\n\nAldus vastgesteld in de vergadering van het college.\n"
    return out
  }

  /// One code of about `megabytes` MB (10^6 bytes): the article count is scaled from a sample.
  func code(megabytes: Int, rng: inout SplitMix) -> String {
    let sample = code(index: 0, articles: 2_000, rng: &rng).utf8.count
    return code(index: 0, articles: max(20, megabytes * 1_000_000 * 2_000 / sample), rng: &rng)
  }

  /// A rule block renumbered to `label`, with mutated text lines.
  func rule(_ block: [String], label: String, rng: inout SplitMix) -> String {
    var lines = block
    var first = lines[0].dropFirst(2).split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    first[0] = label
    lines[0] = "§ " + first.joined(separator: " ")
    for i in lines.indices where !lines[i].hasPrefix("@") {
      lines[i] = mutate(lines[i], rng: &rng)
    }
    return lines.joined(separator: "\n")
  }

  static let substitutions: [(String, String)] = [
    ("ambtenaar", "medewerker"), ("leidinggevende", "manager"), ("gemeente", "organisatie"),
    ("altijd", "steeds"), ("direct", "onverwijld"), ("college", "bestuur"),
  ]

  /// Swaps two words or substitutes a term in about a third of the lines; markers (the first
  /// word) are left alone.
  func mutate(_ line: String, rng: inout SplitMix) -> String {
    let roll = Int.random(in: 0..<6, using: &rng)
    if roll == 0 {
      var words = line.split(separator: " ", omittingEmptySubsequences: false)
      guard words.count > 4 else { return line }
      let i = Int.random(in: 2..<(words.count - 1), using: &rng)
      words.swapAt(i, i + 1)
      return words.joined(separator: " ")
    }
    if roll == 1 {
      let (a, b) = Self.substitutions.randomElement(using: &rng)!
      return line.replacingOccurrences(of: a, with: b)
    }
    return line
  }

  /// A revision of `code`: some rules reworded, a few removed and a few added.
  func revise(_ code: String, rng: inout SplitMix) -> String {
    var out: [String] = []
    for line in code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("§") && Int.random(in: 0..<40, using: &rng) == 0 {
        out.append(rule(rules.randomElement(using: &rng)!, label: "99\(out.count).", rng: &rng))
        out.append("")
      }
      out.append(line.hasPrefix("@") || line.hasPrefix("#") || line.hasPrefix("---") ? line : mutate(line, rng: &rng))
    }
    return out.joined(separator: "\n")
  }
}
