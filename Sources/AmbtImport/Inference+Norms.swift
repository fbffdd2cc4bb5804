import AmbtModel

/// Norm kinds from Dutch modal patterns, read sentence by sentence.
///
/// A rule's text is split into sentences; in each sentence the *main clause* is what counts:
/// conditions (`Als …, dan …`, `Twijfel je …, dan …`, questions), and relative and subordinate
/// clauses (`die …`, `dat …`, `zodat …`, `als …`) are left out, so a `niet` in `als je dit niet
/// kunt` does not make a prohibition. Each sentence yields its kinds; the first sentence (in many
/// codes the rule's title) counts fully, later sentences add only explicit kinds (a prohibition,
/// a duty to report, a permission, an exception, a power, a definition), never the default
/// `gebod` of a plain indicative sentence, so long explanations do not pile up kinds.
extension Inference {
  /// Lowercase, folded words of one sentence, punctuation dropped except the clause comma.
  struct Sentence {
    var words: [String]
    var question: Bool

    func has(_ w: String) -> Bool { words.contains(w) }
    func hasAny(_ ws: Set<String>) -> Bool { words.contains { ws.contains($0) } }
    /// Whether the words of `phrase` occur in a row (`*` matches any one word).
    func has(phrase: String) -> Bool {
      let p = phrase.split(separator: " ").map(String.init)
      guard !p.isEmpty, words.count >= p.count else { return false }
      for i in 0...(words.count - p.count) {
        var ok = true
        for (k, pw) in p.enumerated() {
          let w = words[i + k]
          if pw == "*" { continue }
          if pw.hasSuffix("*") { if !w.hasPrefix(pw.dropLast()) { ok = false; break } } else if w != pw { ok = false; break }
        }
        if ok { return true }
      }
      return false
    }
    /// `a` followed by `b` within `window` words.
    func near(_ a: Set<String>, _ b: Set<String>, window: Int = 8) -> Bool {
      for (i, w) in words.enumerated() where a.contains(w) {
        for j in (i + 1)..<min(words.count, i + 1 + window) where b.contains(words[j]) { return true }
      }
      return false
    }
  }

  static func sentences(_ text: String) -> [Sentence] {
    var out: [Sentence] = []
    var current = ""
    func flush(question: Bool) {
      let words = Inference.clauseWords(current)
      if !words.isEmpty { out.append(Sentence(words: words, question: question)) }
      current = ""
    }
    let chars = Array(text)
    for (k, c) in chars.enumerated() {
      let next = k + 1 < chars.count ? chars[k + 1] : " "
      if (c == "." || c == "!" || c == ";") && (next == " " || next == "\n") {
        flush(question: false)
      } else if c == "?" {
        flush(question: true)
      } else if c == ":" && next == " " {
        // A list introduced by a colon belongs to its sentence.
        current.append(" ")
      } else {
        current.append(c)
      }
    }
    flush(question: false)
    return out
  }

  /// Folded words; a comma is kept as its own word so clause boundaries stay visible.
  static func clauseWords(_ s: String) -> [String] {
    var words: [String] = []
    var w = ""
    for c in TextFolding.fold(s) {
      if c.isLetter || c.isNumber || c == "-" || c == "€" || c == "&" {
        w.append(c)
      } else {
        if !w.isEmpty { words.append(w); w = "" }
        if c == "," { words.append(",") }
      }
    }
    if !w.isEmpty { words.append(w) }
    return words
  }

  static let subordinators: Set<String> = [
    "als", "indien", "wanneer", "zodat", "dat", "die", "waarin", "waarbij", "waarvan", "waarmee", "waardoor", "waarop", "omdat",
    "zolang", "voordat", "nadat", "terwijl", "zoals", "voorzover", "hoe", "welke", "wat", "tenzij", "mits",
  ]

  /// The main clause: a leading condition up to its comma and any subordinate clause (from a
  /// subordinator to the next comma) removed; a verb-first condition (`Leidt dit …, dan`) too.
  static func mainClause(_ s: Sentence) -> [String] {
    var words = s.words
    // "…, dan …": everything before "dan" is the condition.
    if let d = words.firstIndex(of: "dan"), d > 0, words[d - 1] == "," { words = Array(words[(d + 1)...]) }
    var out: [String] = []
    var skipping = false
    for (i, w) in words.enumerated() {
      if w == "," {
        skipping = false
        continue
      }
      // A sentence-initial "dat"/"die"/"wat" is a demonstrative, not a subordinator.
      if i > 0 && subordinators.contains(w) && !(w == "als" && i > 0 && ["zowel", "zo", "ook"].contains(words[i - 1])) { skipping = true }
      if i == 0 && ["als", "indien", "wanneer", "zolang", "nadat", "voordat", "omdat", "tenzij"].contains(w) { skipping = true }
      if !skipping { out.append(w) }
    }
    return out
  }

  static let addressees: Set<String> = ["je", "jij", "u", "ambtenaren", "ambtenaar", "medewerker", "medewerkers", "we", "wij", "zij", "hij"]
  static let negations: Set<String> = ["niet", "geen", "nooit", "niets", "evenmin", "niemand"]
  static let mustWords: Set<String> = ["moet", "moeten", "dient", "dienen", "verplicht", "behoort", "behoren", "gehouden", "vereist", "zorg", "zorgt", "zorgen", "verplichting"]
  static let mayWords: Set<String> = ["mag", "mogen", "kun", "kunt", "kan", "kunnen"]
  static let principleWords: Set<String> = [
    "bewust", "realiseert", "realiseren", "realiseer", "beseft", "beseffen", "besef", "waardeert", "waarderen", "uitgangspunt", "verantwoordelijk",
    "verantwoordelijkheid", "aanspreekbaar", "belangrijk", "streven", "streeft", "staan", "staat",
  ]
  static let reportStems = ["meld", "gemeld", "vermeld", "informeer", "geinformeerd", "inlicht", "ingelicht"]
  static let imperatives: Set<String> = [
    "beperk", "meld", "betaal", "overleg", "zorg", "neem", "maak", "wees", "houd", "vraag", "deel", "bespreek", "gebruik", "accepteer",
    "weiger", "vermijd", "ga", "geef", "doe", "stel", "informeer", "raadpleeg", "bewaar", "volg", "lever", "registreer", "declareer",
    "respecteer", "voorkom", "let", "draag", "behandel", "laat", "werk", "blijf", "onthoud",
  ]
  static let decisionPhrases = [
    "beslist", "besluit", "beoordeelt", "oordeelt", "bepaalt", "beoordeeld", "getoetst", "ter beoordeling", "naar het oordeel",
    "stelt * onderzoek in", "stelt een onderzoek in", "kan * besluiten", "geeft toestemming", "geeft geen toestemming", "verleent toestemming",
    "kan leiden tot", "treft maatregelen", "neemt maatregelen", "is bevoegd", "zijn bevoegd", "wijst * aan",
  ]

  /// Whether the sentence asks the reader (or someone) to report, inform or consult.
  static func reports(_ s: Sentence) -> Bool {
    if s.words.contains(where: { w in reportStems.contains { w.hasPrefix($0) } }) { return true }
    if s.has("opgave") || s.has(phrase: "in kennis") || s.has(phrase: "ter kennis") || s.has(phrase: "op de hoogte") || s.has(phrase: "aan de orde") { return true }
    if s.near(["licht", "lichten", "laat", "laten", "maak", "maakt", "maken"], ["in", "weten", "bekend", "bespreekbaar"], window: 14) { return true }
    if s.near(["bespreek", "bespreekt", "bespreken", "besproken", "overleg", "overlegt", "overleggen", "stem", "stemt", "stemmen"], ["met", "af"], window: 10) {
      return true
    }
    if s.near(["verslag"], ["aan"], window: 4) { return true }
    if s.near(["vraag", "vraagt", "vragen"], ["na"], window: 8) && s.has("bij") { return true }
    return false
  }

  func norms(_ text: String) -> [String] {
    var kinds: [String] = []
    func add(_ k: String) { if !kinds.contains(k) { kinds.append(k) } }
    let sentences = Inference.sentences(text)
    for (index, s) in sentences.enumerated() {
      let first = index == 0 || (index == 1 && sentences[0].words.count <= 12)
      for k in Inference.kinds(of: s, first: first) { add(k) }
      if kinds.count >= 4 { break }
    }
    if kinds.isEmpty { add("uitgangspunt") }
    // Strongest first; at most two (the hand codes rarely give more).
    let order = ["verbod", "meldplicht", "gebod", "toestemming", "uitzondering", "bevoegdheid", "definitie", "uitgangspunt"]
    var sorted = order.filter { kinds.contains($0) }
    if sorted.count > 1 { sorted.removeAll { $0 == "uitgangspunt" } }
    // A permission together with a prohibition of the same sentence group is the pair
    // "not …, unless …": keep both; a lone default duty beside a prohibition is noise.
    if sorted.contains("verbod") && sorted.contains("toestemming") { sorted.removeAll { $0 == "gebod" } }
    return Array(sorted.prefix(2))
  }

  /// The kinds one sentence expresses. `first`: the rule's opening sentence, where a plain
  /// indicative addressed to the reader is a duty.
  static func kinds(of s: Sentence, first: Bool) -> [String] {
    var out: [String] = []
    if s.question { return out }
    let main = Sentence(words: mainClause(s), question: false)
    let all = s
    // Definitions.
    if all.has("verstaan") || all.has("begripsbepaling") || all.has(phrase: "is sprake van") || all.has(phrase: "ter bepaling van")
      || (all.words.first == "onder" && all.hasAny(["vallen", "valt", "verstaan"]))
      || (all.words.first == "een" && all.words.prefix(5).contains("is") && all.hasAny(["als", "wanneer", "indien"]) && !all.hasAny(addressees.subtracting(["je"])))
      || (all.has("betekent") && !["dit", "dat", "het"].contains(all.words.first ?? ""))
    {
      out.append("definitie")
    }
    // Exceptions to another rule.
    if all.has(phrase: "in afwijking van") || all.has(phrase: "uitzondering op") || all.has(phrase: "bij uitzondering")
      || all.has(phrase: "met uitzondering van") || (all.hasAny(["hoeft", "hoeven", "hoef"]) && all.hasAny(negations))
    {
      out.append("uitzondering")
    }
    let exempt = all.hasAny(["hoeft", "hoeven", "hoef"])
    // Prohibitions: a negation in the main clause, or words that say it.
    let notAlone = main.has(phrase: "niet alleen") || main.has(phrase: "niet meer dan")
    let explicitBan = all.has(phrase: "niet toegestaan") || all.has(phrase: "niet * toegestaan") || all.has("verboden") || all.has(phrase: "is ongewenst")
      || main.hasAny(["onthoud", "onthoudt", "onthouden"]) || main.has(phrase: "uitgesloten van")
    let negated = main.hasAny(negations) && !notAlone && !exempt
    let directed = main.hasAny(addressees) || main.hasAny(mustWords) || main.hasAny(mayWords) || imperatives.contains(main.words.first ?? "")
      || main.has(phrase: "is toegestaan")
    let restricted = (main.has("alleen") || main.has("uitsluitend")) && main.hasAny(addressees) && !main.hasAny(mayWords)
      && !all.has(phrase: "niet alleen")
    let ban = explicitBan || (negated && directed) || restricted
    if ban { out.append("verbod") }
    // Permissions: "mag", "kan" with the reader as subject, "is toegestaan", conditions that
    // lift a prohibition ("tenzij", "mits", "behalve", "alleen … als"), consent to ask.
    let mayMain = main.hasAny(["mag", "mogen"]) || main.near(["kun", "kunt", "kan", "kunnen"], addressees, window: 1)
      || main.near(addressees, ["kun", "kunt", "kan", "kunnen"], window: 1)
    let allowed = (all.has(phrase: "is toegestaan") || all.has(phrase: "zijn toegestaan") || all.has(phrase: "is mogelijk") || all.has(phrase: "zijn mogelijk")) && !explicitBan
    let lifted = all.hasAny(["tenzij", "mits", "behalve"]) || (all.hasAny(["alleen", "uitsluitend"]) && all.hasAny(["als", "indien", "wanneer", "mits"]))
    let consent = all.has("toestemming") || all.has("goedkeuring")
    if (mayMain && !negated) || allowed || (lifted && (ban || allowed || mayMain)) || (consent && !main.hasAny(negations)) {
      out.append("toestemming")
    }
    // Duty to report.
    if reports(s) && !exempt && !(main.hasAny(negations) && !main.hasAny(mustWords)) && !all.has(phrase: "van het melden") {
      out.append("meldplicht")
    }
    // Powers of someone other than the reader.
    let decides = decisionPhrases.contains { $0.contains(" ") ? all.has(phrase: $0) : all.has($0) }
    if decides && !(all.words.first.map { ["u", "je", "jij"].contains($0) } ?? false) { out.append("bevoegdheid") }
    // Duties.
    let must = main.hasAny(mustWords) || main.has(phrase: "draagt zorg") || main.has(phrase: "draag zorg") || main.has(phrase: "van toepassing")
      || (main.has("geldt") && main.words.contains { $0.hasSuffix("regeling") || $0.hasSuffix("code") })
    let principle = all.hasAny(principleWords) && !must
    if !out.contains("meldplicht") && !ban && !principle {
      if must && !negated {
        out.append("gebod")
      } else if first && out.isEmpty {
        let imperative = imperatives.contains(main.words.first ?? "")
        let passive = main.hasAny(["wordt", "worden"])
        if imperative || main.hasAny(addressees) || passive { out.append("gebod") }
      }
    }
    if principle && out.isEmpty && first { out.append("uitgangspunt") }
    return out
  }
}
