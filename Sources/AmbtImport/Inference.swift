import AmbtModel
import Foundation

/// Proposes annotations for a rule from its Dutch text. Every proposal is written with `?`
/// (inferred) so a reviewer confirms or changes it.
struct Inference {
  struct Proposal: Equatable {
    var topics: [String] = []
    var norms: [String] = []
    var quantities: [(kind: String, text: String)] = []
    var reportTo: [String] = []
    var laws: [String] = []
    var references: [String] = []

    static func == (a: Proposal, b: Proposal) -> Bool {
      a.topics == b.topics && a.norms == b.norms && a.reportTo == b.reportTo && a.laws == b.laws
        && a.references == b.references && a.quantities.map { $0.kind + $0.text } == b.quantities.map { $0.kind + $0.text }
    }

    var lines: [String] {
      var out: [String] = []
      if !topics.isEmpty { out.append("@onderwerp? " + topics.joined(separator: ", ")) }
      if !norms.isEmpty { out.append("@norm? " + norms.joined(separator: ", ")) }
      for q in quantities { out.append("@\(q.kind)? \(q.text)") }
      if !reportTo.isEmpty { out.append("@melden bij? " + reportTo.joined(separator: ", ")) }
      for l in laws { out.append("@wet? " + l) }
      if !references.isEmpty { out.append("@zie? " + references.joined(separator: ", ")) }
      return out
    }
  }

  /// Topic id → stems, from the vocabulary (labels, synonyms) and `inference.json`.
  let topicStems: [(id: String, stems: [String])]
  let vocabulary: Vocabulary
  /// Folded names of the roles one reports to or asks consent from (not the reader, a colleague
  /// or the municipality itself).
  let recipientNames: [String]
  /// Role id and folded name, longest names first, for `@melden bij?`.
  let roleNames: [(String, String)]

  static let shared = Inference(vocabulary: .shared)

  init(vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
    struct File: Decodable {
      var topics: [String: [String]]
      var roles: [String: [String]]?
      var ignoredSynonyms: [String]?
    }
    var extra: [String: [String]] = [:]
    var extraRoles: [String: [String]] = [:]
    var ignored: Set<String> = []
    if let url = Bundle.module.url(forResource: "inference", withExtension: "json"),
      let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data)
    {
      extra = file.topics
      extraRoles = file.roles ?? [:]
      ignored = Set((file.ignoredSynonyms ?? []).map { TextFolding.fold($0) })
    }
    var stems: [(String, [String])] = []
    for t in vocabulary.topics.terms {
      // The vocabulary's labels and synonyms are whole words (`~`: with a plural or inflection
      // ending); the stems of inference.json match at a word start. Synonyms too general to
      // signal a topic in running text (`melden`, `gedragscode`) are skipped.
      let words = ([t.nl] + t.synonyms.filter { $0.count >= 4 }).map { TextFolding.fold($0) }.filter { !ignored.contains($0) }
      let s = words.map { $0 + "~" } + (extra[t.id] ?? []).map { TextFolding.fold($0) }
      stems.append((t.id, Array(Set(s)).sorted()))
    }
    topicStems = stems
    let skipRoles: Set<String> = ["medewerker", "collega", "werkgever"]
    recipientNames =
      vocabulary.roles.terms.filter { !skipRoles.contains($0.id) }.flatMap { [$0.nl] + $0.synonyms }.map { TextFolding.fold($0) }
      .filter { $0.count >= 3 } + ["werkgever"]
    var names: [(String, String)] = []
    for t in vocabulary.roles.terms where t.id != "medewerker" {
      let all = t.id == "werkgever" ? ["werkgever", "bevoegd gezag"] : [t.nl] + t.synonyms + (extraRoles[t.id] ?? [])
      for n in all where n.count >= 2 { names.append((t.id, TextFolding.fold(n).replacingOccurrences(of: "/", with: " "))) }
    }
    roleNames = names.sorted { $0.1.split(separator: " ").count > $1.1.split(separator: " ").count }
  }

  // MARK: Text helpers

  /// Folded text with a space at both ends and punctuation turned into spaces, so that
  /// `" stem"` finds a word start.
  static func wordText(_ s: String) -> String {
    var out = " "
    for c in TextFolding.fold(s) {
      if c.isLetter || c.isNumber || c == "-" || c == "€" || c == "/" || c == "&" { out.append(c) } else { out.append(" ") }
    }
    return out + " "
  }

  static func count(_ stem: String, in text: String) -> Int {
    var needle = stem
    if needle.hasSuffix("~") {
      needle.removeLast()
      return ["", "s", "n", "en", "e"].reduce(0) { $0 + occurrences(of: " " + needle + $1 + " ", in: text) }
    }
    var whole = false
    if needle.hasSuffix("=") {
      needle.removeLast()
      whole = true
    }
    let pattern = " " + needle + (whole ? " " : "")
    return occurrences(of: pattern, in: text)
  }

  /// Non-overlapping occurrences of `pattern` in `text`, left to right, compared as UTF-8 bytes
  /// (what `components(separatedBy:).count - 1` counted, without Foundation's generic search,
  /// which was three quarters of import time; issue 7).
  static func occurrences(of pattern: String, in text: String) -> Int {
    let p = Array(pattern.utf8)
    guard !p.isEmpty else { return 0 }
    var count = 0
    var t = text
    t.withUTF8 { h in
      guard h.count >= p.count else { return }
      var i = 0
      let last = h.count - p.count
      while i <= last {
        if h[i] == p[0] {
          var k = 1
          while k < p.count && h[i + k] == p[k] { k += 1 }
          if k == p.count {
            count += 1
            i += p.count
            continue
          }
        }
        i += 1
      }
    }
    return count
  }

  // MARK: Proposals

  func propose(text: String, chapterTitle: String, ruleKeys: Set<String>, ownKey: String, references allowRefs: Bool) -> Proposal
  {
    var p = Proposal()
    let w = Inference.wordText(text)
    p.topics = topics(w, chapter: Inference.wordText(chapterTitle))
    p.norms = norms(text)
    p.quantities = quantities(text, prohibits: p.norms.contains("verbod"))
    p.reportTo = roles(text)
    p.laws = laws(text)
    if allowRefs { p.references = references(text, keys: ruleKeys, own: ownKey) }
    return p
  }

  func topics(_ w: String, chapter: String) -> [String] {
    var scored: [(String, Int, Int)] = []
    for (idx, t) in topicStems.enumerated() {
      let n = t.stems.reduce(0) { $0 + Inference.count($1, in: w) }
      let c = t.stems.reduce(0) { $0 + Inference.count($1, in: chapter) }
      if n + c > 0 { scored.append((t.id, n * 2 + c * (n > 0 ? 3 : 1), idx)) }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
    guard let best = scored.first?.1 else { return [] }
    return scored.filter { $0.1 * 2 >= best }.prefix(3).map(\.0)
  }

  static func has(_ w: String, _ phrases: [String]) -> Bool {
    phrases.contains { w.contains(" " + $0 + " ") || ($0.hasSuffix("*") && w.contains(" " + $0.dropLast())) }
  }

  static func reportingVerb(_ w: String) -> Bool {
    has(
      w,
      [
        "meld*", "bespreek*", "in overleg met", "toestemming", "licht* * in", "informeer*", "vraag*", "na overleg",
        "in samenspraak",
      ])
      || w.contains(" in kennis ") || w.contains(" aan de orde ")
  }

  static let numberWords: [String: Double] = [
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "twaalf": 12, "veertien": 14, "vijftien": 15, "twintig": 20, "dertig": 30, "zestig": 60, "honderd": 100,
  ]

  /// Amounts (`€ 50`, `50 euro`) and periods (`2 jaar`, `binnen 7 dagen`).
  /// `prohibits`: the rule forbids something; then `binnen 2 jaar na ontslag` is how long the
  /// prohibition lasts (`@termijn`), otherwise `binnen 3 maanden na …` is a deadline (`@binnen`).
  func quantities(_ text: String, prohibits: Bool = false) -> [(kind: String, text: String)] {
    var out: [(String, String)] = []
    // Amounts: "€ 50", "€50,-", "50 euro", "€ 1 miljoen", after words that make them a limit.
    for (value, start) in Inference.amounts(in: text).prefix(3) {
      let context = TextFolding.fold(
        String(text[text.index(start, offsetBy: -min(60, text.distance(from: text.startIndex, to: start)))..<start]))
      guard
        [
          "meer dan", "hoger dan", "boven", "waarde", "maximaal", "minder dan", "tot ", "groter dan", "niet meer", "ten hoogste",
          "lager dan",
        ].contains(where: context.contains) || context.hasSuffix("van ")
      else { continue }
      let entry = ("drempel", value >= 1_000_000 && value % 1_000_000 == 0 ? "€ \(value / 1_000_000) miljoen" : "€ \(value)")
      if !out.contains(where: { $0 == entry }) { out.append(entry) }
    }
    // Periods.
    let units: [(String, String, String)] = [
      ("jaar", "jaar", "jaar"), ("jaren", "jaar", "jaar"), ("maanden", "maand", "maanden"), ("maand", "maand", "maand"),
      ("weken", "week", "weken"), ("week", "week", "week"), ("dagen", "dag", "dagen"), ("dag", "dag", "dag"),
      ("werkdagen", "dag", "dagen"), ("uur", "uur", "uur"),
    ]
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" }).map(String.init)
    for (k, raw) in words.enumerated() where k > 0 {
      let unitWord = TextFolding.fold(raw.trimmingCharacters(in: .punctuationCharacters))
      guard let unit = units.first(where: { $0.0 == unitWord }) else { continue }
      let numWord = TextFolding.fold(words[k - 1])
      guard let n = Double(numWord) ?? Inference.numberWords[numWord], n > 0, n < 1000 else { continue }
      let before = words[max(0, k - 6)..<(k - 1)].map { TextFolding.fold($0) }
      let after = words[(k + 1)..<min(words.count, k + 4)].map { TextFolding.fold($0) }
      var kind: String?
      if before.contains("binnen") || before.contains("uiterlijk") {
        kind =
          prohibits && after.first == "na" && !(after.dropFirst().first.map { ["ontvangst", "melding"].contains($0) } ?? false)
          ? "termijn" : "binnen"
      } else if before.contains("gedurende") || before.contains("korter") || after.first == "na"
        || before.contains("minimaal") && !before.contains("elke")
        || before.contains("periode")
      {
        kind = "termijn"
      }
      guard let kind else { continue }
      let amount = Quantity.format(n)
      let unitText = n == 1 ? unit.1 : unit.2
      let entry = (kind, "\(amount) \(unitText == "maand" && n != 1 ? "maanden" : unitText)")
      if !out.contains(where: { $0 == entry }) { out.append(entry) }
    }
    return Array(out.prefix(3))
  }

  /// Roles named in the rule, in text order: to whom one reports or whose consent one asks.
  /// Only sentences that report, consult or ask consent count, and in them only roles bound to
  /// a preposition (`bij`, `aan`, `met`, `van`, …) and the roles listed after them
  /// (`bij de leidinggevende, de vertrouwenspersoon of de burgemeester`), so a colleague whom
  /// a suspicion is about, or the person who decides, is not proposed.
  func roles(_ text: String) -> [String] {
    var found: [String] = []
    let prepositions: Set<String> = ["bij", "aan", "met", "van", "via", "tot", "naar", "door"]
    let fillers: Set<String> = [
      "de", "het", "een", "je", "jouw", "uw", "zijn", "haar", "hun", "direct", "directe", "naast", "hogere", "eigen", "team",
      "afdeling", "vooraf",
      "tijdig", "altijd", "schriftelijk",
    ]
    for s in Inference.sentences(text) {
      let consent = s.hasAny(["toestemming", "goedkeuring", "samenspraak", "overleg", "overlegt", "afstemming"])
      guard reports(s) || consent else { continue }
      let words = s.words
      var i = 0
      while i < words.count {
        guard prepositions.contains(words[i]) else { i += 1; continue }
        var j = i + 1
        var progressed = false
        while j < words.count {
          while j < words.count && fillers.contains(words[j]) { j += 1 }
          guard let (id, len) = role(at: j, in: words) else { break }
          if !found.contains(id) { found.append(id) }
          j += len
          progressed = true
          // A list of roles: ", de vertrouwenspersoon of een wethouder".
          while j < words.count && [",", "of", "en", "en/of"].contains(words[j]) { j += 1 }
        }
        i = progressed ? j : i + 1
      }
    }
    return Array(found.prefix(4))
  }

  /// The role whose name starts at `words[k]` (longest name first), with the number of words.
  func role(at k: Int, in words: [String]) -> (String, Int)? {
    guard k < words.count else { return nil }
    for (id, name) in roleNames {
      let parts = name.split(separator: " ").map(String.init)
      guard k + parts.count <= words.count else { continue }
      var ok = true
      for (n, p) in parts.enumerated() {
        let w = words[k + n]
        let last = n == parts.count - 1
        if !(w == p || last && (w == p + "s" || w == p + "n" || w == p + "en")) { ok = false; break }
      }
      if ok { return (id, parts.count) }
    }
    return nil
  }

  /// Laws named in the text, as written there, with an article number when it stands right before.
  func laws(_ text: String) -> [String] {
    var out: [String] = []
    var ids: Set<String> = []
    let chars = Array(text)
    var k = 0
    while k < chars.count {
      let atWordStart = k == 0 || !(chars[k - 1].isLetter || chars[k - 1].isNumber)
      if atWordStart, chars[k].isLetter, let (law, len) = vocabulary.lawPrefix(of: String(chars[k..<min(chars.count, k + 80)])) {
        let written = String(chars[k..<min(chars.count, k + len)])
        // Short aliases (AP, BW, Sr, CAR) count only as written, in capitals where the alias has them.
        let aliasOK =
          law.aliases.contains { $0 == written } || written.count > 5 || written.first?.isUppercase == true && written.count > 3
        if aliasOK && !ids.contains(law.id) && written.first?.isUppercase == true {
          ids.insert(law.id)
          var entry = written
          let before = String(chars[max(0, k - 40)..<k])
          if let (article, lid) = Inference.articleBefore(before) {
            entry += ", art. " + article
            if let lid { entry += " lid " + lid }
          }
          out.append(entry)
        }
        k += max(1, len)
        continue
      }
      k += 1
    }
    return out
  }

  /// `artikel 7.2`, `onder 6.2`, `10.1 t/m 10.6`: references to rules that exist.
  func references(_ text: String, keys: Set<String>, own: String) -> [String] {
    var out: [String] = []
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    let keywords: Set<String> = ["artikel", "artikelen", "onder", "lid", "regel", "paragraaf", "zie"]
    for (i, t) in tokens.enumerated() where keywords.contains(t.lowercased()) {
      guard i + 1 < tokens.count, let a = Inference.ruleNumber(tokens[i + 1]), keys.contains(a), a != own else { continue }
      var k = i + 2
      var range: String?
      if k < tokens.count, tokens[k].lowercased() == "t/m" {
        k += 1
      } else if k + 2 < tokens.count, tokens[k...(k + 2)].map({ $0.lowercased() }) == ["tot", "en", "met"] {
        k += 3
      } else {
        k = -1
      }
      if k >= 0, k < tokens.count, let b = Inference.ruleNumber(tokens[k]) {
        range = b
        k += 1
      }
      if let b = range, keys.contains(b) { out.append("\(a) t/m \(b)") } else { out.append(a) }
      let next = range == nil ? i + 2 : k
      if next + 1 < tokens.count, tokens[next] == "en", let c = Inference.ruleNumber(tokens[next + 1]), keys.contains(c), c != own
      {
        out.append(c)
      }
    }
    var seen: Set<String> = []
    return out.filter { seen.insert($0).inserted }
  }

  /// A dotted rule number at the start of a token (`7.2`, `10.1,` → `10.1`); nil for `7` or `7.`.
  static func ruleNumber(_ token: String) -> String? {
    var out = ""
    for c in token {
      if c.isASCII && c.isNumber {
        out.append(c)
      } else if c == ".", let last = out.last, last.isNumber {
        out.append(c)
      } else {
        break
      }
    }
    while out.hasSuffix(".") { out.removeLast() }
    return out.contains(".") ? out : nil
  }

  /// Amounts in euro with the position where each starts: `€ 50`, `€50,-`, `50 euro`,
  /// `€ 1 miljoen`. Thousands dots are dropped; cents are ignored.
  static func amounts(in text: String) -> [(Int, String.Index)] {
    var out: [(Int, String.Index)] = []
    var i = text.startIndex
    func digits(from j: String.Index) -> (String, String.Index) {
      var k = j
      var d = ""
      while k < text.endIndex, text[k].isASCII, text[k].isNumber || (text[k] == "." && !d.isEmpty) {
        if text[k] != "." { d.append(text[k]) }
        k = text.index(after: k)
      }
      // Cents or ",-".
      if k < text.endIndex, text[k] == ",", text.index(after: k) < text.endIndex,
        text[text.index(after: k)] == "-" || text[text.index(after: k)].isNumber
      {
        k = text.index(after: k)
        while k < text.endIndex, text[k] == "-" || text[k].isASCII && text[k].isNumber { k = text.index(after: k) }
      }
      return (d, k)
    }
    func word(at j: String.Index) -> (String, String.Index) {
      var k = j
      while k < text.endIndex, text[k] == " " { k = text.index(after: k) }
      var w = ""
      while k < text.endIndex, text[k].isLetter { w.append(text[k]); k = text.index(after: k) }
      return (w.lowercased(), k)
    }
    while i < text.endIndex {
      let c = text[i]
      let wordStart =
        i == text.startIndex
        || !(text[text.index(before: i)].isLetter || text[text.index(before: i)].isNumber || text[text.index(before: i)] == ".")
      if c == "€" || (wordStart && c.isASCII && c.isNumber) {
        var j = text.index(after: i)
        if c == "€" { while j < text.endIndex, text[j] == " " { j = text.index(after: j) } } else { j = i }
        let (d, end) = digits(from: j)
        var value = Int(d.prefix(9)) ?? 0
        var (w, after) = word(at: end)
        if w == "miljoen" {
          value *= 1_000_000; (w, after) = word(at: after)
        } else if w == "duizend" {
          value *= 1000; (w, after) = word(at: after)
        }
        if !d.isEmpty && (c == "€" || w == "euro"), value > 0, value < 10_000_000 { out.append((value, i)) }
        i = end > i ? end : text.index(after: i)
        continue
      }
      i = text.index(after: i)
    }
    return out
  }

  /// `artikel 8 lid 1 van de ` at the end of `text` (the words right before a law's name):
  /// the article and lid numbers.
  static func articleBefore(_ text: String) -> (String, String?)? {
    guard text.hasSuffix(" ") else { return nil }
    var words = text.lowercased().split(separator: " ").map(String.init)
    if let last = words.last, last == "de" || last == "het" { words.removeLast() }
    guard words.last == "van" || words.last == ",van" else { return nil }
    words.removeLast()
    if var last = words.last, last.hasSuffix(",") {
      last.removeLast()
      words[words.count - 1] = last
    }
    func isNumber(_ w: String, letters: Bool) -> Bool {
      guard let f = w.first, f.isASCII, f.isNumber else { return false }
      let digits = w.prefix { $0.isASCII && $0.isNumber }
      let rest = w.dropFirst(digits.count)
      return rest.isEmpty || letters && rest.allSatisfy { $0.isASCII && $0.isLetter }
    }
    let n = words.count
    if n >= 4, words[n - 4] == "artikel", isNumber(words[n - 3], letters: true), words[n - 2] == "lid",
      isNumber(words[n - 1], letters: false)
    {
      return (words[n - 3], words[n - 1])
    }
    if n >= 2, words[n - 2] == "artikel", isNumber(words[n - 1], letters: true) { return (words[n - 1], nil) }
    return nil
  }
}
