/// Decides what one clause says: its modality, negation, action and subject.
struct ClauseReader {
  let lexicon: Lexicon
  let words: [String]
  let kinds: [Token.Kind]

  typealias Decision = (modality: Modality, negated: Bool, action: String?, subject: String?)

  static let prepositions: Set<String> = [
    "bij", "aan", "met", "van", "door", "voor", "tot", "naar", "over", "tegen", "namens", "via", "op", "in", "uit", "om", "onder",
    "tussen", "zonder", "binnen", "buiten", "na", "tijdens", "jegens", "richting", "vanuit", "omtrent", "inzake", "behalve",
  ]
  static let possessives: Set<String> = ["je", "jouw", "uw", "zijn", "haar", "hun", "onze", "ons", "mijn"]
  static let readerPronouns: Set<String> = ["je", "jij", "u", "we", "wij"]
  static let expletives: Set<String> = ["het", "dit", "dat", "er", "hier", "daar"]
  static let determiners: Set<String> = ["de", "het", "een", "deze", "die", "dit", "dat", "elk", "elke", "ieder", "iedere", "alle", "geen"]

  // MARK: Negation

  /// Negators that scope over the clause's predicate (a `niet meer dan` boundary, `niet alleen`
  /// and the like do not), and whether their number is odd.
  func negation(_ indices: [Int]) -> (count: Int, negated: Bool) {
    var count = 0
    var k = 0
    let ws = indices.map { words[$0] }
    while k < ws.count {
      let w = ws[k]
      if lexicon.negators.contains(w) {
        let skip = lexicon.notNegating.contains { p in
          p.first == w && k + p.count <= ws.count && Array(ws[k..<(k + p.count)]) == p
        }
        // "geen … zonder" and "niet zonder": the negation and `zonder` together still forbid.
        if !skip { count += 1 }
      }
      k += 1
    }
    return (count, count % 2 == 1)
  }

  func has(_ indices: [Int], _ set: Set<String>) -> Bool { indices.contains { set.contains(words[$0]) } }

  func has(_ indices: [Int], phrase p: [String]) -> Bool {
    guard !p.isEmpty, indices.count >= p.count else { return false }
    let ws = indices.map { words[$0] }
    for i in 0...(ws.count - p.count) {
      var ok = true
      for (n, q) in p.enumerated() where q != "*" && ws[i + n] != q {
        ok = false
        break
      }
      if ok { return true }
    }
    return false
  }

  func hasAny(_ indices: [Int], phrases: [[String]]) -> Bool { phrases.contains { has(indices, phrase: $0) } }

  // MARK: Verbs

  /// The lemma of the clause's main verb: an infinitive after `te` or at the end, else a
  /// participle, else a finite verb (joined with its separated particle).
  func action(_ indices: [Int]) -> String? {
    let skip = lexicon.auxiliaries.union(lexicon.must).union(lexicon.may).union(lexicon.can).union(lexicon.needNot)
    let ws = indices.map { words[$0] }
    // `te` + infinitive, or particle+te+verb as one word (`aan te nemen` is three words).
    for (n, w) in ws.enumerated() where w == "te" && n + 1 < ws.count {
      let next = ws[n + 1]
      if let v = lexicon.verbs(next).first(where: { $0.kind == .infinitive }) {
        // "aan te nemen": the particle stands before `te`.
        if n > 0, let joined = lexicon.verbs(ws[n - 1] + "te" + next).first { return joined.lemma }
        if !skip.contains(v.lemma) || n + 2 >= ws.count { return v.lemma }
      }
    }
    for w in ws.reversed() where !skip.contains(w) {
      if let v = lexicon.verbs(w).first(where: { $0.kind == .infinitive }), !skip.contains(v.lemma) { return v.lemma }
      if let v = lexicon.verbs(w).first(where: { $0.kind == .participle }), !lexicon.copulas.contains(v.lemma) { return v.lemma }
    }
    // A finite verb; a separable verb's particle stands later in the clause.
    for (n, w) in ws.enumerated() {
      let forms = lexicon.verbs(w).filter { $0.kind == .finite }
      guard !forms.isEmpty, !skip.contains(w) || lexicon.copulas.contains(w) || w == "is" else { continue }
      let later = Set(ws[(n + 1)...])
      if let separable = forms.first(where: { $0.particle.map { later.contains($0) } ?? false }) { return separable.lemma }
      if let plain = forms.first(where: { $0.particle == nil }) {
        if lexicon.copulas.contains(plain.lemma) || lexicon.auxiliaries.contains(plain.lemma) {
          // A copula: keep looking for a content verb, else the copula itself.
          if let content = ws[(n + 1)...].lazy.compactMap({ self.lexicon.verbs($0).first { $0.kind != .finite } }).first {
            return content.lemma
          }
          return plain.lemma
        }
        return plain.lemma
      }
    }
    if has(indices, lexicon.must) || has(indices, lexicon.may) { return nil }
    return nil
  }

  /// Whether the clause brings something to someone's knowledge, or asks consent.
  func reports(_ indices: [Int]) -> Bool {
    let ws = indices.map { words[$0] }
    for (n, w) in ws.enumerated() {
      for v in lexicon.verbs(w) where lexicon.reportingVerbs.contains(v.lemma) {
        // "bespreken" and "overleggen" report only with someone named or "met".
        if ["bespreken", "overleggen", "afstemmen", "raadplegen", "toelichten"].contains(v.lemma) && !ws.contains("met")
          && !hasRole(indices)
        {
          continue
        }
        // A noun use: "het melden van", "de gemelde …".
        let before = n > 0 ? ws[n - 1] : ""
        if v.kind == .infinitive && ["het", "van"].contains(before) && !ws.contains("te") { continue }
        if v.kind == .participle && ["de", "het", "een"].contains(before) { continue }
        return true
      }
      if (w == "melding" || w == "opgave" || w == "kennisgeving") && ws.contains(where: { ["maak", "maakt", "maken", "doe", "doet", "doen", "gedaan", "gemaakt", "geef", "geeft", "geven"].contains($0) }) {
        return true
      }
      if lexicon.consentNouns.contains(w), ws.contains(where: { $0.hasPrefix("vra") || $0.hasPrefix("aanvra") || $0 == "gevraagd" || $0 == "aangevraagd" }) {
        return true
      }
    }
    if has(indices, phrase: ["ter", "kennis"]) || has(indices, phrase: ["in", "kennis"]) || has(indices, phrase: ["op", "de", "hoogte"])
      || has(indices, phrase: ["aan", "de", "orde"]) || has(indices, phrase: ["kenbaar"]) || has(indices, phrase: ["laat", "weten"])
      || has(indices, phrase: ["laten", "weten"]) || has(indices, phrase: ["in", "overleg", "met"])
      || has(indices, phrase: ["na", "overleg", "met"]) || has(indices, phrase: ["in", "samenspraak", "met"])
    {
      return true
    }
    return false
  }

  func hasRole(_ indices: [Int]) -> Bool {
    indices.contains { lexicon.role(at: $0, in: words) != nil }
  }

  /// The subject of the clause: the first person or role that is not the object of a
  /// preposition or a possessive; `medewerker` for the reader and the staff.
  func subject(_ indices: [Int]) -> String? {
    var n = 0
    while n < indices.count {
      let k = indices[n]
      let w = words[k]
      let previous = n > 0 ? words[indices[n - 1]] : ""
      let next = n + 1 < indices.count ? words[indices[n + 1]] : ""
      if Self.prepositions.contains(previous) || Self.possessives.contains(previous) && !lexicon.employeeWords.contains(w) {
        // Skip the whole prepositional object.
        n += 1
        continue
      }
      if let role = lexicon.role(at: k, in: words), !Self.prepositions.contains(previous) {
        if n >= 2 && Self.prepositions.contains(words[indices[n - 2]]) && Self.determiners.union(Self.possessives).contains(previous) {
          n += 1
          continue
        }
        return role.id == "collega" ? "medewerker" : role.id
      }
      if lexicon.employeeWords.contains(w) {
        // "je leidinggevende": a possessive, the role follows.
        if Self.possessives.contains(w), lexicon.role(at: indices[min(n + 1, indices.count - 1)], in: words) != nil, n + 1 < indices.count {
          n += 1
          continue
        }
        if ["jouw", "uw", "jou"].contains(w) || (w == "zijn" && !next.isEmpty) { n += 1; continue }
        if w == "niemand" || w == "ieder" || w == "iedereen" || w == "eenieder" { return "medewerker" }
        return "medewerker"
      }
      n += 1
    }
    return nil
  }

  /// Whether the clause starts with a verb (an imperative, or an inverted condition).
  func verbFirst(_ indices: [Int]) -> Bool {
    guard let first = indices.first else { return false }
    let w = words[first]
    guard lexicon.verbs(w).contains(where: { $0.kind == .finite }) || w == "wees" else { return false }
    // "Meld je …" is imperative with a possessive `je` unless a verb-like subject pattern follows.
    if let second = indices.dropFirst().first, ["jij", "u", "hij", "zij", "wij", "we", "ze"].contains(words[second]) { return false }
    return true
  }

  func isPassive(_ indices: [Int]) -> Bool {
    let ws = indices.map { words[$0] }
    let worden: Set<String> = ["wordt", "worden", "werd", "werden", "geworden"]
    guard ws.contains(where: { worden.contains($0) }) else { return false }
    return ws.contains { w in lexicon.verbs(w).contains { $0.kind == .participle && !lexicon.copulas.contains($0.lemma) } }
  }

  // MARK: Decisions

  /// The primary norm: the main clause, or the complement of a frame (`we verwachten dat …`,
  /// `het is niet de bedoeling dat …`, `het is niet toegestaan om … te …`).
  mutating func primary(main: Clause, complement: Clause?, context: TextContext, question: Bool) -> (
    modality: Modality, negated: Bool, action: String?, subject: String?, place: ClausePlace
  ) {
    var d = decide(main.indices, context: context, question: question)
    guard let complement else { return (d.modality, d.negated, d.action, d.subject, .main) }
    let frameNegated = negation(main.indices).negated
    let isFrame =
      hasAny(main.indices, phrases: lexicon.frameGebod) || hasAny(main.indices, phrases: lexicon.frameVerbod)
      || hasAny(main.indices, phrases: lexicon.frameToestemming)
    let ownAction = action(main.indices)
    let contentless = ownAction == nil || lexicon.copulas.contains(ownAction!) || ["verwachten", "zorgen", "vinden", "willen", "wensen", "dragen", "toestaan"].contains(ownAction!)
    if complement.kind == .infinitive || (isFrame && contentless) {
      let content = decide(complement.indices, context: context, question: question, framed: true)
      let contentAction = content.action ?? action(complement.indices)
      // "het is (niet) toegestaan/verboden/verplicht om … te …": the frame decides, the content acts.
      if complement.kind == .infinitive && d.modality != .geen && d.modality != .uitgangspunt && d.modality != .definitie {
        var modality = d.modality
        if modality == .gebod && reports(complement.indices) { modality = .meldplicht }
        let subject = d.subject ?? "medewerker"
        return (modality, d.negated, contentAction ?? d.action, subject, .main)
      }
      guard isFrame else { return (d.modality, d.negated, d.action ?? contentAction, d.subject, .main) }
      var modality = content.modality
      var negated = content.negated
      if modality == .geen || modality == .uitgangspunt {
        modality = reports(complement.indices) ? .meldplicht : .gebod
        negated = negation(complement.indices).negated
        if negated { modality = .verbod }
      }
      if hasAny(main.indices, phrases: lexicon.frameVerbod) && !frameNegated {
        modality = negated ? .toestemming : .verbod
        negated = !negated
      } else if hasAny(main.indices, phrases: lexicon.frameToestemming) && !hasAny(main.indices, phrases: lexicon.frameGebod) {
        modality = frameNegated ? .verbod : .toestemming
        negated = frameNegated
      } else if frameNegated {
        // "het is niet de bedoeling dat je …", "we verwachten niet dat": the content is forbidden.
        if modality == .verbod {
          modality = .toestemming
          negated = false
        } else {
          modality = .verbod
          negated = true
        }
      }
      let subject = content.subject ?? "medewerker"
      d = (modality, negated, contentAction, subject)
      return (d.modality, d.negated, d.action, d.subject, .sub)
    }
    if d.action == nil || (d.modality != .geen && contentless && complement.kind == .complement) {
      d.action = d.action ?? action(complement.indices)
    }
    return (d.modality, d.negated, d.action, d.subject, .main)
  }

  /// What one clause says on its own.
  mutating func decide(_ indices: [Int], context: TextContext, question: Bool, framed: Bool = false) -> Decision {
    guard !indices.isEmpty else { return (.geen, false, nil, nil) }
    let act = action(indices)
    let (_, negated) = negation(indices)
    let subject = subject(indices)
    if question { return (.geen, false, act, subject) }
    let ws = indices.map { words[$0] }
    let reader = subject == "medewerker"
    let otherRole = subject != nil && !reader
    let imperative = verbFirst(indices) && !framed
    let passive = isPassive(indices)
    let impersonal = ws.first.map { Self.expletives.contains($0) } ?? false

    // Definitions.
    if hasAny(indices, phrases: lexicon.definition) && !has(indices, lexicon.must) && !(reader && has(indices, lexicon.may)) {
      return (.definitie, negated, act, nil)
    }
    // Sanctions and decisions of someone else.
    let sanction = has(indices, lexicon.sanctions) && (has(indices, phrase: ["leiden", "tot"]) || has(indices, phrase: ["leidt", "tot"]) || has(indices, lexicon.can))
    if sanction { return (.bevoegdheid, negated, act, subject == "medewerker" ? "werkgever" : subject ?? "werkgever") }
    if otherRole && (has(indices, lexicon.may) || has(indices, lexicon.can) || hasAny(indices, phrases: lexicon.powerVerbs) || has(indices, lexicon.must)) {
      return (.bevoegdheid, negated, act, subject)
    }
    if otherRole && !passive {
      // "De leidinggevende bespreekt …": a duty of someone else reads as their power to act.
      return (.bevoegdheid, negated, act, subject)
    }
    // Need not.
    if has(indices, lexicon.needNot) && negated { return (.toestemming, true, act, subject ?? "medewerker") }
    // `niet verplicht`, `geen plicht`: no duty, so a permission.
    let mustNoun = indices.contains { ["verplicht", "plicht", "verplichting", "vereist", "noodzakelijk", "nodig"].contains(words[$0]) }
    if mustNoun && negated && !has(indices, ["moet", "moeten", "dient", "dienen", "behoort", "behoren"]) {
      return (.toestemming, true, act, subject ?? "medewerker")
    }
    // Lexical prohibitions: `verboden`, `onthoud je van`.
    if has(indices, lexicon.forbidden) && !has(indices, phrase: ["uitgesloten", "van"]) || has(indices, phrase: ["uitgesloten", "van"]) && reader || has(indices, phrase: ["worden", "uitgesloten"]) {
      return negated ? (.toestemming, false, act, subject ?? "medewerker") : (.verbod, true, act, subject ?? "medewerker")
    }
    if has(indices, lexicon.abstain) { return (.verbod, true, act, subject ?? "medewerker") }
    let report = reports(indices)
    // Permissions.
    let may = indices.contains { ["mag", "mogen", "mocht", "mochten", "toegestaan", "toegelaten", "geoorloofd", "gerechtigd"].contains(words[$0]) }
      || has(indices, phrase: ["staat", "vrij"]) || has(indices, phrase: ["vrij", "om"]) || has(indices, phrase: ["het", "recht"])
    if may {
      if negated { return (.verbod, true, act, subject ?? "medewerker") }
      return (.toestemming, false, act, subject ?? "medewerker")
    }
    // Duties.
    let must = has(indices, lexicon.must) || has(indices, phrase: ["draagt", "zorg"]) || has(indices, phrase: ["draag", "zorg"])
    if must {
      if report { return negated ? (.verbod, true, act, subject ?? "medewerker") : (.meldplicht, false, act, subject ?? "medewerker") }
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.gebod, false, act, subject ?? "medewerker")
    }
    // `kunnen`: a permission with the reader as subject ("je kunt melden bij …").
    if has(indices, lexicon.can) {
      if reader || imperative {
        if negated { return (.verbod, true, act, "medewerker") }
        return (.toestemming, false, act, "medewerker")
      }
      return (.geen, negated, act, subject)
    }
    // Principles: awareness, values.
    if hasAny(indices, phrases: lexicon.principle) && !report {
      return (.uitgangspunt, negated, act, subject)
    }
    let directed = reader || imperative || passive || (impersonal && negated)
    if report && (directed || subject == nil) {
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.meldplicht, false, act, subject ?? "medewerker")
    }
    let restricted = (has(indices, ["alleen", "uitsluitend", "enkel"])) && (reader || imperative || passive) && !has(indices, phrase: ["niet", "alleen"])
    if restricted { return (.verbod, true, act, subject ?? "medewerker") }
    if directed {
      if context != .rule && !imperative && !negated && !passive && subject != nil && !reader { return (.geen, false, act, subject) }
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.gebod, false, act, subject ?? "medewerker")
    }
    return (.geen, negated, act, subject)
  }
}
