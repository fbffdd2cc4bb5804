import AmbtModel
import AmbtParser

/// Finding and replacing quoted words in the lines of an element.
///
/// A phrase is looked up exactly first. When it is not there, a loose match is tried in which
/// the quotation marks ' ‘ ’ and " “ ” „ stand for each other and a run of white space for any
/// run, because a decision typed by hand rarely has the code's typographic apostrophes; a single
/// loose match is used. Comment lines are never searched.
enum PhraseSearch {
  struct Match {
    var line: Int
    var range: Range<Int>
  }

  /// Each character reduced for a loose match, with the range of original characters it covers.
  static func reduced(_ chars: [Character], loose: Bool, caseless: Bool = false) -> ([Character], [Range<Int>]) {
    var out: [Character] = []
    var map: [Range<Int>] = []
    var k = 0
    while k < chars.count {
      var c = chars[k]
      if loose {
        if c.isWhitespace {
          var e = k
          while e < chars.count, chars[e].isWhitespace { e += 1 }
          out.append(" ")
          map.append(k..<e)
          k = e
          continue
        }
        if "'‘’`".contains(c) { c = "'" } else if "\"“”„".contains(c) { c = "\"" }
      }
      if caseless { c = Character(c.lowercased()) }
      out.append(c)
      map.append(k..<k + 1)
      k += 1
    }
    return (out, map)
  }

  /// Every occurrence of `needle` in the given lines (overlapping ones too).
  static func find(_ needle: String, in lines: [String], domain: [Int], loose: Bool, caseless: Bool = false) -> [Match] {
    let (n, _) = reduced(Array(needle), loose: loose, caseless: caseless)
    guard !n.isEmpty else { return [] }
    var found: [Match] = []
    for i in domain where !CodeOutline.isComment(lines[i]) {
      let (h, map) = reduced(Array(lines[i]), loose: loose, caseless: caseless)
      guard h.count >= n.count else { continue }
      for s in 0...(h.count - n.count) where h[s] == n[0] && Array(h[s..<s + n.count]) == n {
        found.append(Match(line: i, range: map[s].lowerBound..<map[s + n.count - 1].upperBound))
      }
    }
    return found
  }

  /// The one place of `needle`: exact, else loose. Throws when it is missing or not unique.
  static func locate(_ needle: String, in lines: [String], domain: [Int], name: LocalizedText) throws(AmendmentProblem)
    -> Match
  {
    var matches = find(needle, in: lines, domain: domain, loose: false)
    if matches.isEmpty { matches = find(needle, in: lines, domain: domain, loose: true) }
    if matches.count == 1 { return matches[0] }
    let shown = quoted(needle)
    if matches.isEmpty {
      let near = find(needle, in: lines, domain: domain, loose: true, caseless: true)
      let actual = near.first.map { String(Array(lines[$0.line])[$0.range]) }
      throw AmendmentProblem(
        "amendment-text-not-found", message: LocalizedText("amend.text-not-found", ["shown": shown], messages: ["name": name]),
        hint: actual.map { LocalizedText("amend.text-not-found.did-you-mean", ["actual": quoted($0)]) }
          ?? LocalizedText("amend.text-not-found.hint"))
    }
    throw AmendmentProblem(
      "amendment-text-ambiguous",
      message: LocalizedText("amend.text-ambiguous", ["shown": shown, "count": "\(matches.count)"], messages: ["name": name]),
      hint: LocalizedText("amend.outline.hint.quote-more-words-around"))
  }

  /// `'tekst'`, cut to 60 characters.
  static func quoted(_ s: String) -> String { "'" + (s.count <= 60 ? s : String(s.prefix(59)) + "…") + "'" }

  /// `line` with `range` (characters) replaced by `new`. Removing words takes one adjacent space
  /// with them, so `is niet toegestaan` less `niet` reads `is toegestaan`.
  static func replacing(_ line: String, _ range: Range<Int>, with new: String) -> String {
    var chars = Array(line)
    chars.replaceSubrange(range, with: Array(new))
    guard new.isEmpty else { return String(chars) }
    let at = range.lowerBound
    let before = at > 0 ? chars[at - 1] : nil
    let after = at < chars.count ? chars[at] : nil
    if before == " ", after == " " || after == nil || ".,;:!?)".contains(after!) {
      chars.remove(at: at - 1)
    } else if before == nil, after == " " {
      chars.remove(at: at)
    }
    return String(chars)
  }
}

/// List items (leden and onderdelen) in the canonical lines of a rule.
enum ListItemLine {
  /// The indentation and label of a list item line (`  b. tekst` → (2, "b")).
  static func marker(_ line: String) -> (indent: Int, label: String)? {
    let chars = Array(line)
    var k = 0
    while k < chars.count, chars[k] == " " { k += 1 }
    let indent = k
    var label = ""
    if k < chars.count, chars[k] == "(" {
      k += 1
      while k < chars.count, chars[k].isLetter || chars[k].isNumber { label.append(chars[k]); k += 1 }
      guard k < chars.count, chars[k] == ")" else { return nil }
    } else {
      while k < chars.count, chars[k].isLetter || chars[k].isNumber { label.append(chars[k]); k += 1 }
      guard k < chars.count, chars[k] == "." || chars[k] == ")" else { return nil }
    }
    k += 1
    guard k == chars.count || chars[k] == " " else { return nil }
    let numeric = label.allSatisfy(\.isNumber) && (1...3).contains(label.count)
    let letter = label.count == 1 && label.first!.isLetter
    return numeric || letter ? (indent, label.lowercased()) : nil
  }

  /// The lines of the item at `k` and everything nested under it.
  static func subtree(_ lines: [String], at k: Int, indent: Int) -> [Int] {
    var out = [k]
    var j = k + 1
    while j < lines.count {
      let l = lines[j]
      let depth = l.prefix { $0 == " " }.count
      if l.isEmpty {
        // A blank line stays inside only when a deeper line follows.
        if let next = lines[(j + 1)...].first(where: { !$0.isEmpty }), next.prefix(while: { $0 == " " }).count > indent {
          j += 1
          continue
        }
        break
      }
      if depth <= indent || l.hasPrefix("@") { break }
      out.append(j)
      j += 1
    }
    return out
  }

  /// The lines a lid and onderdeel narrow a rule to (all lines when neither is given).
  static func domain(_ lines: [String], lid: String?, onderdeel: String?, article: String) throws(AmendmentProblem) -> [Int] {
    var domain = Array(lines.indices)
    if let lid {
      let items = domain.compactMap { k in marker(lines[k]).map { (k, $0) } }.filter { $0.1.label.allSatisfy(\.isNumber) }
      let top = items.map(\.1.indent).min() ?? 0
      guard let (k, m) = items.first(where: { $0.1.indent == top && Int($0.1.label) == Int(lid) }) else {
        let known = items.filter { $0.1.indent == top }.map(\.1.label)
        throw AmendmentProblem(
          "amendment-unknown-lid",
          message: LocalizedText("amend.outline.amendment-unknown-lid", ["article": "\(article)", "lid": "\(lid)"]),
          hint: known.isEmpty
            ? LocalizedText("amend.unknown-lid.no-leden")
            : LocalizedText("amend.unknown-lid.leden", ["leden": known.joined(separator: ", ")]))
      }
      domain = subtree(lines, at: k, indent: m.indent)
    }
    if let onderdeel {
      let items = domain.compactMap { k in marker(lines[k]).map { (k, $0) } }.filter { $0.1.label == onderdeel.lowercased() }
      guard items.count == 1 else {
        throw AmendmentProblem(
          "amendment-unknown-onderdeel",
          message: items.isEmpty
            ? LocalizedText(
              lid == nil ? "amend.unknown-onderdeel.none" : "amend.unknown-onderdeel.none-in-lid",
              ["article": article, "onderdeel": onderdeel, "lid": lid ?? ""])
            : LocalizedText(
              "amend.unknown-onderdeel.many", ["article": article, "count": "\(items.count)", "onderdeel": onderdeel]),
          hint: items.isEmpty
            ? LocalizedText("amend.unknown-onderdeel.hint.check")
            : LocalizedText("amend.unknown-onderdeel.hint.name-lid", ["article": article, "onderdeel": onderdeel]))
      }
      domain = subtree(lines, at: items[0].0, indent: items[0].1.indent)
    }
    return domain
  }
}

/// Renumbering a rule's header line or a chapter's heading in place.
enum Renumbering {
  /// `§ 10.3. Tekst` renumbered to `9.3` → `§ 9.3. Tekst`; `§ Artikel 5 [Titel]` to `6` →
  /// `§ Artikel 6 [Titel]`. Nil when the line has no number to change.
  static func header(_ line: String, to new: String) -> String? {
    guard line.hasPrefix("§ ") else { return nil }
    return replaceNumber(in: line, prefixLength: 2, tokens: 2, to: new, roman: false, words: nil)
  }

  /// `# 3. Dienstverlening` to `4` → `# 4. Dienstverlening`; `# Hoofdstuk IV Titel` to `V`.
  static func heading(_ line: String, to new: String) -> String? {
    guard line.hasPrefix("# ") else { return nil }
    return replaceNumber(in: line, prefixLength: 2, tokens: 2, to: new, roman: true, words: headingWords)
  }

  /// The words a `#` heading may start with before its number.
  static let headingWords: Set<String> = ["hoofdstuk", "artikel", "thema", "paragraaf", "deel", "afdeling", "bijlage"]

  private static func replaceNumber(
    in line: String, prefixLength: Int, tokens: Int, to new: String, roman: Bool, words: Set<String>?
  ) -> String? {
    let body = Array(line.dropFirst(prefixLength))
    var start = 0
    for t in 0..<tokens {
      while start < body.count, body[start] == " " { start += 1 }
      var end = start
      while end < body.count, body[end] != " " { end += 1 }
      guard start < end else { return nil }
      let token = String(body[start..<end])
      var core = token
      while core.hasSuffix(".") { core.removeLast() }
      let isNumber = core.contains { $0.isNumber } || (roman && t > 0 && AmendmentWording.isRoman(core))
      let isWord =
        t == 0 && core.first?.isLetter == true && !isNumber && (words?.contains(TextFolding.fold(core)) ?? true)
      if isNumber && !core.isEmpty {
        let dots = String(repeating: ".", count: token.count - core.count)
        return String(line.prefix(prefixLength)) + String(body[..<start]) + new + dots + String(body[end...])
      }
      guard isWord else { return nil }
      start = end
    }
    return nil
  }
}
