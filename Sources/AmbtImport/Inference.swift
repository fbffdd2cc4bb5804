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
    recipientNames = vocabulary.roles.terms.filter { !skipRoles.contains($0.id) }.flatMap { [$0.nl] + $0.synonyms }.map { TextFolding.fold($0) }
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
      return ["", "s", "n", "en", "e"].reduce(0) { $0 + text.components(separatedBy: " " + needle + $1 + " ").count - 1 }
    }
    var whole = false
    if needle.hasSuffix("=") {
      needle.removeLast()
      whole = true
    }
    let pattern = " " + needle + (whole ? " " : "")
    return text.components(separatedBy: pattern).count - 1
  }

  // MARK: Proposals

  func propose(text: String, chapterTitle: String, ruleKeys: Set<String>, ownKey: String, references allowRefs: Bool) -> Proposal {
    var p = Proposal()
    let w = Inference.wordText(text)
    p.topics = topics(w, chapter: Inference.wordText(chapterTitle))
    p.norms = norms(text)
    p.quantities = quantities(text)
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
    has(w, ["meld*", "bespreek*", "in overleg met", "toestemming", "licht* * in", "informeer*", "vraag*", "na overleg", "in samenspraak"])
      || w.contains(" in kennis ") || w.contains(" aan de orde ")
  }

  static let numberWords: [String: Double] = [
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "twaalf": 12, "veertien": 14, "vijftien": 15, "twintig": 20, "dertig": 30, "zestig": 60, "honderd": 100,
  ]

  /// Amounts (`€ 50`, `50 euro`) and periods (`2 jaar`, `binnen 7 dagen`).
  func quantities(_ text: String) -> [(kind: String, text: String)] {
    var out: [(String, String)] = []
    let ns = text as NSString
    // Amounts.
    let amountPattern = #"(€ ?([0-9][0-9.]*)(,[0-9-]+)?|([0-9][0-9.]*)(,[0-9-]+)? ?euro)"#
    if let re = try? NSRegularExpression(pattern: amountPattern) {
      for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)).prefix(3) {
        let digitsRange = m.range(at: 2).location != NSNotFound ? m.range(at: 2) : m.range(at: 4)
        guard digitsRange.location != NSNotFound else { continue }
        let digits = ns.substring(with: digitsRange).replacingOccurrences(of: ".", with: "")
        guard let v = Int(digits), v > 0, v < 10_000_000 else { continue }
        let lo = max(0, m.range.location - 60)
        let context = TextFolding.fold(ns.substring(with: NSRange(location: lo, length: m.range.location - lo)))
        guard ["meer dan", "hoger dan", "boven", "waarde", "maximaal", "minder dan", "tot ", "groter dan", "niet meer", "ten hoogste", "lager dan"].contains(where: context.contains) || context.hasSuffix("van ") else { continue }
        let entry = ("drempel", "€ \(v)")
        if !out.contains(where: { $0 == entry }) { out.append(entry) }
      }
    }
    // Periods.
    let units: [(String, String, String)] = [("jaar", "jaar", "jaar"), ("jaren", "jaar", "jaar"), ("maanden", "maand", "maanden"), ("maand", "maand", "maand"),
      ("weken", "week", "weken"), ("week", "week", "week"), ("dagen", "dag", "dagen"), ("dag", "dag", "dag"), ("werkdagen", "dag", "dagen"), ("uur", "uur", "uur")]
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
        kind = after.first == "na" && !(after.dropFirst().first.map { ["ontvangst", "melding"].contains($0) } ?? false) ? "termijn" : "binnen"
      } else if before.contains("gedurende") || before.contains("korter") || after.first == "na" || before.contains("minimaal") && !before.contains("elke")
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
      "de", "het", "een", "je", "jouw", "uw", "zijn", "haar", "hun", "direct", "directe", "naast", "hogere", "eigen", "team", "afdeling", "vooraf",
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
        let aliasOK = law.aliases.contains { $0 == written } || written.count > 5 || written.first?.isUppercase == true && written.count > 3
        if aliasOK && !ids.contains(law.id) && written.first?.isUppercase == true {
          ids.insert(law.id)
          var entry = written
          let before = String(chars[max(0, k - 40)..<k])
          if let m = before.range(of: #"artikel ([0-9]+[a-z]*)( lid ([0-9]+))?,? van (de |het )?$"#, options: [.regularExpression, .caseInsensitive]) {
            let parts = before[m].split(separator: " ")
            if parts.count >= 2 {
              entry += ", art. " + parts[1].trimmingCharacters(in: .punctuationCharacters)
              if parts.count >= 4, parts[2] == "lid" { entry += " lid " + parts[3].trimmingCharacters(in: .punctuationCharacters) }
            }
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
    let pattern = #"(?:artikel|artikelen|onder|lid|regel|paragraaf|zie)\s+([0-9]+(?:\.[0-9]+)+)(?:\s*(?:t/m|tot en met)\s*([0-9]+(?:\.[0-9]+)+))?(?:\s+en\s+([0-9]+(?:\.[0-9]+)+))?"#
    guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
    let ns = text as NSString
    for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      func group(_ g: Int) -> String? {
        let r = m.range(at: g)
        return r.location == NSNotFound ? nil : ns.substring(with: r)
      }
      guard let a = group(1), keys.contains(a), a != own else { continue }
      if let b = group(2), keys.contains(b) {
        out.append("\(a) t/m \(b)")
      } else {
        out.append(a)
      }
      if let c = group(3), keys.contains(c), c != own { out.append(c) }
    }
    var seen: Set<String> = []
    return out.filter { seen.insert($0).inserted }
  }
}
