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
      let next = i + 1 < words.count ? words[i + 1] : ""
      // "als ambtenaar", "als leidinggevende": a role, not a condition.
      if w == "als" && roleNouns.contains(next) { continue }
      // "die mag je niet …", "dat is …": a demonstrative before a verb.
      if (w == "die" || w == "dat")
        && (mayWords.contains(next) || mustWords.contains(next) || ["is", "zijn", "geldt", "wordt"].contains(next))
      {
        continue
      }
      if i > 0 && subordinators.contains(w) && !(w == "als" && ["zowel", "zo", "ook"].contains(words[i - 1])) { skipping = true }
      if i == 0 && ["als", "indien", "wanneer", "zolang", "nadat", "voordat", "omdat", "tenzij"].contains(w) { skipping = true }
      if !skipping { out.append(w) }
    }
    return out
  }

  static let roleNouns: Set<String> = [
    "ambtenaar", "medewerker", "leidinggevende", "privepersoon", "omstander", "inwoner", "burger", "werkgever", "collega",
    "manager",
  ]
  static let addressees: Set<String> = [
    "je", "jij", "u", "ambtenaren", "ambtenaar", "medewerker", "medewerkers", "we", "wij", "zij", "hij",
  ]
  static let negations: Set<String> = ["niet", "geen", "nooit", "niets", "evenmin", "niemand"]
  static let mustWords: Set<String> = [
    "moet", "moeten", "dient", "dienen", "verplicht", "behoort", "behoor", "behoren", "gehouden", "vereist", "zorg", "zorgt",
    "zorgen", "verplichting",
  ]
  static let mayWords: Set<String> = ["mag", "mogen", "kun", "kunt", "kan", "kunnen"]
  static let principleWords: Set<String> = [
    "bewust", "realiseert", "realiseren", "realiseer", "beseft", "beseffen", "besef", "waardeert", "waarderen", "uitgangspunt",
    "verantwoordelijk",
    "verantwoordelijkheid", "aanspreekbaar", "belangrijk", "streven", "streeft", "staan", "staat",
  ]
  static let reportStems = ["meld", "gemeld", "vermeld", "informeer", "geinformeerd", "inlicht", "ingelicht"]
  static let imperatives: Set<String> = [
    "beperk", "meld", "betaal", "overleg", "zorg", "neem", "maak", "wees", "houd", "vraag", "deel", "bespreek", "gebruik",
    "accepteer",
    "weiger", "vermijd", "ga", "geef", "doe", "stel", "informeer", "raadpleeg", "bewaar", "volg", "lever", "registreer",
    "declareer",
    "respecteer", "voorkom", "let", "draag", "behandel", "laat", "werk", "blijf", "onthoud",
  ]
  static let decisionPhrases = [
    "beslist", "besluit", "beoordeelt", "oordeelt", "bepaalt", "beoordeeld", "getoetst", "ter beoordeling", "naar het oordeel",
    "stelt * onderzoek in", "stelt een onderzoek in", "kan * besluiten", "geeft toestemming", "geeft geen toestemming",
    "verleent toestemming",
    "kan leiden tot", "treft maatregelen", "neemt maatregelen", "is bevoegd", "zijn bevoegd", "wijst * aan",
  ]

  /// Whether the sentence asks the reader (or someone) to report, inform or consult.
  /// A reporting verb (not used as a noun: `het melden van`, `de gemelde …`) reports by
  /// itself; weaker phrases (`aan de orde stellen`, `bespreken met`, `op de hoogte`) only when
  /// someone to report to is named.
  func reports(_ s: Sentence) -> Bool {
    for (i, w) in s.words.enumerated() where Inference.reportStems.contains(where: { w.hasPrefix($0) }) {
      let before = i > 0 ? s.words[i - 1] : ""
      if !["het", "de", "van", "een"].contains(before) { return true }
    }
    if s.has("opgave")
      || s.near(["ter", "in"], ["kennis"], window: 1)
        && s.hasAny(["brengt", "brengen", "stelt", "stellen", "gebracht", "gesteld"])
    {
      return true
    }
    let named = namesRecipient(s)
    if !named { return false }
    if s.has(phrase: "op de hoogte") || s.has(phrase: "aan de orde") { return true }
    if s.near(["licht", "lichten"], ["in"], window: 8) || s.near(["laat", "laten"], ["weten"], window: 8)
      || s.near(["maak", "maakt", "maken"], ["bekend", "bespreekbaar"], window: 8)
    {
      return true
    }
    if s.near(
      ["bespreek", "bespreekt", "bespreken", "besproken", "overleg", "overlegt", "overleggen", "stem", "stemt", "stemmen"],
      ["met", "af"], window: 10)
    {
      return true
    }
    if s.near(["verslag"], ["aan"], window: 4) { return true }
    if s.near(["vraag", "vraagt", "vragen"], ["na"], window: 8) && s.has("bij") { return true }
    return false
  }

  /// Whether a role one reports to (not the reader, a colleague or the municipality) is named.
  func namesRecipient(_ s: Sentence) -> Bool {
    let w = " " + s.words.joined(separator: " ") + " "
    return recipientNames.contains { w.contains(" " + $0 + " ") || w.contains(" " + $0 + "s ") || w.contains(" " + $0 + "n ") }
      || w.contains(" team ") || w.contains(" afdeling ")
  }

  func norms(_ text: String) -> [String] {
    var kinds: [String] = []
    func add(_ k: String) { if !kinds.contains(k) { kinds.append(k) } }
    let sentences = Inference.sentences(text)
    let order = ["verbod", "meldplicht", "gebod", "toestemming", "uitzondering", "bevoegdheid", "definitie", "uitgangspunt"]
    for (index, s) in sentences.enumerated() {
      // The opening sentence's kinds come first, strongest first; later sentences add only
      // explicit kinds, never a second duty beside what the opening sentence says.
      var ks = self.kinds(of: s, first: index == 0)
      if index > 0 && !kinds.isEmpty { ks.removeAll { $0 == "gebod" || $0 == "definitie" || $0 == "uitgangspunt" } }
      for k in order where ks.contains(k) { add(k) }
      if kinds.count >= 4 { break }
    }
    if kinds.isEmpty { add("uitgangspunt") }
    // At most two (the hand codes rarely give more).
    var sorted = kinds
    if sorted.count > 1 { sorted.removeAll { $0 == "uitgangspunt" } }
    // A permission together with a prohibition of the same sentence group is the pair
    // "not …, unless …": keep both; a lone default duty beside a prohibition is noise.
    if sorted.contains("verbod") && sorted.contains("toestemming") { sorted.removeAll { $0 == "gebod" } }
    return Array(sorted.prefix(2))
  }

  /// The kinds one sentence expresses. `first`: the rule's opening sentence, where a plain
  /// indicative addressed to the reader is a duty.
  func kinds(of s: Sentence, first: Bool) -> [String] {
    let addressees = Inference.addressees, negations = Inference.negations, mustWords = Inference.mustWords
    let mayWords = Inference.mayWords, imperatives = Inference.imperatives
    var out: [String] = []
    if s.question { return out }
    let main = Sentence(words: Inference.mainClause(s), question: false)
    let all = s
    // Definitions.
    if first,
      all.has("verstaan") || all.has("begripsbepaling") || all.has(phrase: "is sprake van") || all.has(phrase: "ter bepaling van")
        || (all.words.first == "onder" && all.hasAny(["vallen", "valt", "verstaan"]))
        || (all.words.first == "een" && all.words.prefix(5).contains("is") && all.hasAny(["als", "wanneer", "indien"])
          && !all.hasAny(addressees.subtracting(["je"])))
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
    let explicitBan =
      all.near(negations, ["toegestaan", "toelaatbaar", "getolereerd", "tolereren", "geaccepteerd"], window: 3)
      || all.has("verboden")
      || all.has(phrase: "is ongewenst")
      || main.hasAny(["onthoud", "onthoudt", "onthouden"]) || main.has(phrase: "uitgesloten van")
    let negated = main.hasAny(negations) && !notAlone && !exempt
    let directed =
      main.hasAny(addressees) || main.hasAny(mustWords) || main.hasAny(mayWords) || imperatives.contains(main.words.first ?? "")
      || main.has(phrase: "is toegestaan")
    let restricted =
      (main.has("alleen") || main.has("uitsluitend")) && main.hasAny(addressees) && !main.hasAny(mayWords)
      && !all.has(phrase: "niet alleen")
    let ban = explicitBan || (negated && directed) || restricted
    if ban { out.append("verbod") }
    // Permissions: "mag", "kan" with the reader as subject, "is toegestaan", conditions that
    // lift a prohibition ("tenzij", "mits", "behalve", "alleen … als"), consent to ask.
    let readers = addressees.subtracting(["hij", "zij"])
    let mayMain =
      (main.hasAny(["mag", "mogen"]) && !main.has(phrase: "mag worden") && !main.has(phrase: "mogen worden"))
      || main.near(["kun", "kunt", "kan", "kunnen"], readers, window: 1)
      || main.near(readers, ["kun", "kunt", "kan", "kunnen"], window: 1)
    let allowed = all.near(["is", "zijn"], ["toegestaan", "mogelijk"], window: 2) && !explicitBan
    let onlyAllowed = all.near(["alleen", "uitsluitend"], ["toegestaan", "mogelijk"], window: 1)
    if onlyAllowed && !out.contains("verbod") { out.append("verbod") }
    let lifted =
      all.hasAny(["tenzij", "mits", "behalve"])
      || (all.hasAny(["alleen", "uitsluitend"]) && all.hasAny(["als", "indien", "wanneer", "mits"]))
    let consent = all.has("toestemming") || all.has("goedkeuring")
    if (mayMain && !negated) || allowed || (lifted && (ban || allowed || mayMain)) || (consent && !main.hasAny(negations)) {
      out.append("toestemming")
    }
    // Duty to report.
    if reports(s) && !exempt && !(main.hasAny(negations) && !main.hasAny(mustWords)) {
      out.append("meldplicht")
    }
    // Powers of someone other than the reader.
    let decides =
      Inference.decisionPhrases.contains { $0.contains(" ") ? all.has(phrase: $0) : all.has($0) }
      || all.near(["stelt", "stellen"], ["onderzoek"], window: 4)
    // "kan de directie …", "de leidinggevende kan …": someone else may act.
    let otherMay = main.hasAny(["kan", "kunnen", "mag", "mogen"]) && !main.hasAny(readers) && namesRecipient(main)
    if (decides || otherMay) && !(all.words.first.map { ["u", "je", "jij"].contains($0) } ?? false) { out.append("bevoegdheid") }
    // Duties.
    let must =
      main.hasAny(mustWords) || main.has(phrase: "draagt zorg") || main.has(phrase: "draag zorg")
      || main.has(phrase: "van toepassing")
      || (main.has("geldt") && main.words.contains { $0.hasSuffix("regeling") || $0.hasSuffix("code") })
    let principle = all.hasAny(Inference.principleWords) && !must
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
