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
  static let determiners: Set<String> = [
    "de", "het", "een", "deze", "die", "dit", "dat", "elk", "elke", "ieder", "iedere", "alle", "geen",
  ]

  // MARK: Negation

  static let auxiliaryForms: Set<String> = [
    "zijn", "worden", "hebben", "zullen", "zal", "zult", "zou", "zouden", "laten", "is", "ben", "bent", "wordt", "werd", "werden",
    "heeft", "hebt", "heb", "had", "hadden", "laat", "was", "waren",
  ]
  static let comparatives: Set<String> = [
    "meer", "hoger", "groter", "langer", "later", "minder", "lager", "eerder", "korter", "kleiner",
  ]

  /// Negators that scope over the clause's predicate (a `niet meer dan` boundary, `niet alleen`
  /// and the like do not). Several negators in one clause do not cancel (`niet X, en ook niet Y`);
  /// a double negation is read where it is lexical (`niet verboden`, `niet de bedoeling dat … geen`).
  func negation(_ indices: [Int]) -> (count: Int, negated: Bool) {
    var count = 0
    let ws = indices.map { words[$0] }
    for k in ws.indices where lexicon.negators.contains(ws[k]) {
      let w = ws[k]
      let skip = lexicon.notNegating.contains { p in
        p.first == w && k + p.count <= ws.count && Array(ws[k..<(k + p.count)]) == p
      }
      if skip { continue }
      // "niet meer bedragen dan", "niet hoger is dan": a boundary, not a negation.
      if w == "niet", k + 1 < ws.count {
        let window = ws[(k + 1)..<min(ws.count, k + 4)]
        if let c = window.firstIndex(where: { Self.comparatives.contains($0) }), ws[c..<min(ws.count, c + 4)].contains("dan") {
          continue
        }
      }
      count += 1
    }
    return (count, count > 0)
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

  func hasAny(_ indices: [Int], phrases: PhraseSet) -> Bool { phrases.occurs(in: words, at: indices) }

  // MARK: Verbs

  var modalWords: Set<String> { lexicon.allModals }

  /// Whether a separable verb's particle stands at `p` in its verb-final place: last in the
  /// clause, or before a verb, `te` or the end of a phrase (`neem … aan.`, not `aan je
  /// leidinggevende`).
  func particleStands(at p: Int, in ws: [String]) -> Bool {
    if p == ws.count - 1 { return true }
    let next = ws[p + 1]
    if next == "te" || next == "," || next == "." || next == ";" || next == ":" { return true }
    // A prepositional phrase may follow the particle ("neem deel aan", "meld je aan bij"), and
    // a comma lost in a merged clause ("neem je nooit deel, ook niet …").
    if Self.prepositions.contains(next) || ["ook", "zelfs", "want", "dus", "maar"].contains(next) { return true }
    if lexicon.verbs(next).contains(where: { $0.kind != .finite }) { return true }
    if [
      "als", "indien", "wanneer", "dat", "die", "om", "zodat", "tenzij", "mits", "en", "of", "maar", "zolang", "voordat", "nadat",
      "zonder",
    ].contains(next) {
      return true
    }
    return false
  }

  /// The lemma a finite verb at position `n` of `ws` stands for, with its particle when it
  /// stands later in the clause.
  func finiteLemma(at n: Int, in ws: [String]) -> String? {
    let forms = lexicon.verbs(ws[n]).filter { $0.kind == .finite }
    guard !forms.isEmpty else { return nil }
    for f in forms {
      guard let particle = f.particle else { continue }
      if let p = ws[(n + 1)...].lastIndex(of: particle), particleStands(at: p, in: ws) { return f.lemma }
    }
    return forms.first { $0.particle == nil }?.lemma
  }

  /// The lemma of the clause's main verb: after a modal or auxiliary, the infinitive or
  /// participle it governs (`te` + infinitive first); else the finite verb with its particle.
  func action(_ indices: [Int]) -> String? {
    let ws = indices.map { words[$0] }
    let modal = modalWords
    let aux = Self.auxiliaryForms
    // `te` + infinitive (with a particle before it: `aan te nemen`).
    for (n, w) in ws.enumerated() where w == "te" && n + 1 < ws.count {
      let next = ws[n + 1]
      if n > 0, let joined = lexicon.verbs(ws[n - 1] + "te" + next).first { return joined.lemma }
      if let v = lexicon.verbs(next).first(where: { $0.kind == .infinitive }), !modal.contains(next) { return v.lemma }
    }
    // The first finite verb.
    var finiteAt: Int?
    for (n, w) in ws.enumerated()
    where !lexicon.verbs(w).filter({ $0.kind == .finite }).isEmpty || modal.contains(w) || aux.contains(w) {
      // A word that is also a noun after a determiner (`de melding`, `je werk`) is no verb.
      if n > 0 && !aux.contains(w) && !modal.contains(w) {
        let before = ws[n - 1]
        if ClauseReader.determiners.contains(before) || ["jouw", "uw", "zijn", "haar", "hun", "onze", "mijn"].contains(before) {
          continue
        }
        if before == "je" && !w.hasSuffix("t") && !(n >= 2 && !lexicon.verbs(ws[n - 2]).filter({ $0.kind == .finite }).isEmpty) {
          continue
        }
      }
      finiteAt = n
      break
    }
    func governed(after n: Int) -> String? {
      // The infinitive or participle at the end of the clause (the last non-auxiliary one).
      for w in ws[(n + 1)...].reversed() {
        if modal.contains(w) { continue }
        if let v = lexicon.verbs(w).first(where: { $0.kind == .infinitive || $0.kind == .participle }),
          !aux.contains(v.lemma) || v.lemma == "zijn" && false
        {
          if aux.contains(w) { continue }
          return v.lemma
        }
      }
      return nil
    }
    if let n = finiteAt {
      let w = ws[n]
      if modal.contains(w) || aux.contains(w) {
        if let g = governed(after: n) { return g }
        if lexicon.copulas.contains(lexicon.verbs(w).first?.lemma ?? "")
          || ["is", "ben", "bent", "zijn", "wordt", "worden"].contains(w)
        {
          return lexicon.verbs(w).first(where: { $0.kind == .finite })?.lemma
        }
        return nil
      }
      if let lemma = finiteLemma(at: n, in: ws) { return lemma }
    }
    return governed(after: -1)
  }

  /// Whether the clause brings something to someone's knowledge, or asks consent.
  func reports(_ indices: [Int]) -> Bool {
    let ws = indices.map { words[$0] }
    let named = hasRecipient(indices)
    var lemmas: [String] = []
    for (n, w) in ws.enumerated() {
      let before = n > 0 ? ws[n - 1] : ""
      for v in lexicon.verbs(w) {
        if v.kind == .finite {
          if let p = v.particle {
            guard let at = ws[(n + 1)...].lastIndex(of: p), particleStands(at: at, in: ws) else { continue }
          }
        }
        // A noun use: "het melden van", "de gemelde …".
        if v.kind == .infinitive && ["het", "van"].contains(before) && !ws.contains("te") { continue }
        if v.kind == .participle && ["de", "het", "een"].contains(before) { continue }
        lemmas.append(v.lemma)
      }
    }
    if lemmas.contains(where: { lexicon.reportingVerbs.contains($0) }) { return true }
    // "doet opgave", "maakt melding", "geeft kennis".
    let lightVerbs: Set<String> = ["doen", "maken", "geven", "indienen", "verstrekken"]
    if ws.contains(where: { ["melding", "opgave", "kennisgeving", "aangifte", "mededeling"].contains($0) })
      && lemmas.contains(where: { lightVerbs.contains($0) })
    {
      return true
    }
    let nouns = ws.contains { lexicon.reportingNouns.contains($0) }
    if named && (lemmas.contains(where: { lexicon.weakReportingVerbs.contains($0) }) || nouns) { return true }
    for (n, w) in ws.enumerated() where lexicon.consentNouns.contains(w) {
      if lemmas.contains(where: { ["vragen", "aanvragen", "verzoeken", "indienen"].contains($0) }) { return true }
      if n > 0 && ["om"].contains(ws[n - 1]) { return true }
    }
    if has(indices, phrase: ["ter", "kennis"]) || has(indices, phrase: ["in", "kennis"])
      || has(indices, phrase: ["op", "de", "hoogte"])
      || has(indices, phrase: ["kenbaar"]) || has(indices, phrase: ["laat", "weten"]) || has(indices, phrase: ["laten", "weten"])
    {
      return true
    }
    if named
      && (has(indices, phrase: ["aan", "de", "orde"]) || has(indices, phrase: ["in", "overleg", "met"])
        || has(indices, phrase: ["na", "overleg", "met"])
        || has(indices, phrase: ["in", "samenspraak", "met"]) || has(indices, phrase: ["contact", "op"]))
    {
      return true
    }
    return false
  }

  /// Whether a role follows a preposition of reporting (`bij`, `aan`, `met`, `tot`, `naar`, `via`),
  /// with only determiners and possessives between.
  func hasRecipient(_ indices: [Int]) -> Bool {
    for (n, k) in indices.enumerated() where ["bij", "aan", "met", "tot", "naar", "via"].contains(words[k]) {
      var j = n + 1
      while j < indices.count
        && (Self.determiners.contains(words[indices[j]]) || Self.possessives.contains(words[indices[j]])
          || ["direct", "directe", "eigen", "afdeling", "team"].contains(words[indices[j]]))
      {
        j += 1
      }
      if j < indices.count, let r = lexicon.role(at: indices[j], in: words), r.id != "medewerker" { return true }
    }
    return false
  }

  /// Whether position `n` of the clause is inside a prepositional phrase: a preposition
  /// stands before it with only determiners, possessives, adjectives and nouns between.
  func inPrepositionalPhrase(_ n: Int, _ indices: [Int]) -> Bool {
    var j = n - 1
    while j >= 0 {
      let w = words[indices[j]]
      if Self.prepositions.contains(w) { return true }
      if kinds.isEmpty == false && kinds[indices[j]] == .punctuation && w != "&" { return false }
      if lexicon.verbs(w).contains(where: { $0.kind == .finite }) && !Self.determiners.contains(w)
        && !Self.possessives.contains(w)
      {
        return false
      }
      if lexicon.employeeWords.contains(w) && !Self.possessives.contains(w) { return false }
      if ["en", "of", "die", "dat", "als"].contains(w) { return false }
      j -= 1
    }
    return false
  }

  /// Whether `je`/`jij`/`u` at position `n` is the subject (`je meldt`, `meld je`), not a
  /// possessive (`je leidinggevende`, `je werk`).
  func pronounIsSubject(_ n: Int, _ indices: [Int]) -> Bool {
    let w = words[indices[n]]
    if ["jij", "u", "wij", "we", "hij", "zij", "ze", "men", "iedereen", "niemand", "eenieder"].contains(w) { return true }
    guard w == "je" else { return false }
    // After a verb: inversion ("meld je", "mag je").
    if n > 0,
      !lexicon.verbs(words[indices[n - 1]]).filter({ $0.kind == .finite }).isEmpty || modalWords.contains(words[indices[n - 1]])
    {
      return true
    }
    guard n + 1 < indices.count else { return true }
    let next = words[indices[n + 1]]
    if lexicon.role(at: indices[n + 1], in: words) != nil { return false }
    // Subject-first: the verb has its -t, or is a modal (`je mag`, `je kunt`, `je bent`).
    if modalWords.contains(next)
      || [
        "bent", "hebt", "zult", "wordt", "kunt", "mag", "moet", "zou", "wilt", "hoeft", "dient", "blijft", "gaat", "doet",
        "staat", "ziet",
      ].contains(next)
    {
      return true
    }
    if (next.hasSuffix("t") || next == "uit\u{2009}") && !lexicon.verbs(next).filter({ $0.kind == .finite }).isEmpty {
      return true
    }
    if ClauseReader.negatorLike.contains(next)
      || [
        "ook", "altijd", "dus", "zelf", "daarom", "als", "dan", "niet", "geen", "nooit", "wel", "zo", "er", "hier", "daar", "bij",
        "in", "op", "voor", "je", "jezelf", "zich",
      ].contains(next)
    {
      return true
    }
    return false
  }

  static let negatorLike: Set<String> = ["niet", "geen", "nooit", "niets"]

  /// The subject of the clause: the first person or role that is not inside a prepositional
  /// phrase or a possessive; `medewerker` for the reader and the staff, `werkgever` for the
  /// municipality as employer.
  func subject(_ indices: [Int]) -> String? {
    var n = 0
    while n < indices.count {
      let k = indices[n]
      let w = words[k]
      if inPrepositionalPhrase(n, indices) {
        n += 1
        continue
      }
      if ["je", "jij", "u", "wij", "we", "hij", "zij", "ze", "men"].contains(w) {
        if pronounIsSubject(n, indices) { return "medewerker" }
        n += 1
        continue
      }
      if Self.possessives.contains(w) {
        n += 1
        continue
      }
      if let role = lexicon.role(at: k, in: words) {
        return role.id == "collega" ? "medewerker" : role.id
      }
      if ["gemeente", "organisatie", "werkgever"].contains(w) { return "werkgever" }
      if lexicon.employeeWords.contains(w) { return "medewerker" }
      n += 1
    }
    return nil
  }

  func hasFinite(_ indices: [Int]) -> Bool {
    indices.contains { !lexicon.verbs(words[$0]).filter { $0.kind == .finite }.isEmpty }
  }

  /// Whether the clause starts with a verb (an imperative).
  func verbFirst(_ indices: [Int]) -> Bool {
    guard let first = indices.first else { return false }
    let w = words[first]
    guard lexicon.verbs(w).contains(where: { $0.kind == .finite }) || w == "wees" else { return false }
    // A stem without -t, not a past form: the imperative ("Meld", "Neem", "Wees").
    if w.hasSuffix("t") && !lexicon.verbs(w).contains(where: { $0.kind == .finite && Lexicon.stemOf($0.lemma) == w })
      && w != "let" && w != "zet"
    {
      return false
    }
    if let second = indices.dropFirst().first, ["jij", "u", "hij", "zij", "wij", "we", "ze"].contains(words[second]) {
      return false
    }
    return true
  }

  func isPassive(_ indices: [Int]) -> Bool {
    let ws = indices.map { words[$0] }
    let worden: Set<String> = ["wordt", "worden", "werd", "werden", "geworden"]
    guard ws.contains(where: { worden.contains($0) }) else { return false }
    return ws.contains { w in lexicon.verbs(w).contains { $0.kind == .participle && !lexicon.copulas.contains($0.lemma) } }
  }

  /// The agent of a passive (`door de leidinggevende`).
  func agent(_ indices: [Int]) -> String? {
    for (n, k) in indices.enumerated() where words[k] == "door" {
      var j = n + 1
      while j < indices.count
        && (Self.determiners.contains(words[indices[j]]) || Self.possessives.contains(words[indices[j]])
          || words[indices[j]] == "afdeling")
      { j += 1 }
      if j < indices.count, let r = lexicon.role(at: indices[j], in: words) { return r.id }
    }
    return nil
  }

  // MARK: Decisions

  static let contentlessActions: Set<String> = [
    "verwachten", "zorgen", "vinden", "willen", "wensen", "dragen", "toestaan", "verlangen", "eisen", "zijn", "worden",
    "betekenen",
    "gaan", "uitgaan", "vragen", "zorgdragen", "toezien", "hebben",
  ]

  /// The primary norm: the main clause, or the complement of a frame (`we verwachten dat …`,
  /// `het is niet de bedoeling dat …`, `het is niet toegestaan om … te …`).
  mutating func primary(main: Clause, complement: Clause?, context: TextContext, question: Bool) -> (
    modality: Modality, negated: Bool, action: String?, subject: String?, place: ClausePlace
  ) {
    var d = decide(main.indices, context: context, question: question)
    guard let complement, !question else { return (d.modality, d.negated, d.action, d.subject, .main) }
    let frameNegated = negation(main.indices).negated
    let frameGebod = hasAny(main.indices, phrases: lexicon.frameGebod)
    let frameVerbod = hasAny(main.indices, phrases: lexicon.frameVerbod)
    let frameToestemming = hasAny(main.indices, phrases: lexicon.frameToestemming)
    let isFrame = frameGebod || frameVerbod || frameToestemming
    let ownAction = action(main.indices)
    let contentless = ownAction == nil || Self.contentlessActions.contains(ownAction!)
    if complement.kind == .infinitive && contentless {
      // "het is (niet) toegestaan/verboden/verplicht om … te …": the frame decides, the content acts.
      var modality = d.modality
      if modality == .geen || modality == .uitgangspunt {
        if frameVerbod {
          modality = .verbod
        } else if frameToestemming {
          modality = frameNegated ? .verbod : .toestemming
        } else if frameGebod {
          modality = frameNegated ? .verbod : .gebod
        }
      }
      if modality == .gebod && reports(complement.indices) { modality = .meldplicht }
      let contentAction = action(complement.indices)
      let negated = modality == .verbod || (modality == .toestemming && d.negated)
      return (
        modality, modality == .geen ? false : negated, contentAction ?? d.action,
        d.subject ?? (modality == .geen ? nil : "medewerker"), .main
      )
    }
    guard complement.kind == .complement, isFrame, contentless else {
      if d.action == nil { d.action = action(complement.indices) }
      return (d.modality, d.negated, d.action, d.subject, .main)
    }
    let content = decide(complement.indices, context: context, question: question, framed: true)
    let contentAction = content.action ?? action(complement.indices)
    var modality = content.modality
    var negated = content.negated
    if modality == .geen || modality == .uitgangspunt || modality == .bevoegdheid {
      modality = reports(complement.indices) ? .meldplicht : .gebod
      negated = negation(complement.indices).negated
      if negated { modality = .verbod }
    }
    if frameVerbod && !frameNegated {
      modality = negated ? .toestemming : .verbod
      negated = !negated
    } else if frameToestemming && !frameGebod {
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
    return (modality, negated, contentAction, content.subject ?? "medewerker", .sub)
  }

  /// What one clause says on its own.
  mutating func decide(_ indices: [Int], context: TextContext, question: Bool, framed: Bool = false) -> Decision {
    guard !indices.isEmpty else { return (.geen, false, nil, nil) }
    let act = action(indices)
    let (_, negated) = negation(indices)
    let passive = isPassive(indices)
    let subject =
      passive
      ? (agent(indices) ?? (act.map { lexicon.employerActions.contains($0) } ?? false ? "werkgever" : "medewerker"))
      : subject(indices)
    if question { return (.geen, false, act, subject) }
    let ws = indices.map { words[$0] }
    let reader = subject == "medewerker"
    let otherRole = subject != nil && !reader
    let imperative = verbFirst(indices) && !framed
    let report = reports(indices)
    let may =
      indices.contains {
        ["mag", "mogen", "mocht", "mochten", "toegestaan", "toegelaten", "geoorloofd", "gerechtigd"].contains(words[$0])
      }
      || has(indices, phrase: ["staat", "vrij"]) || has(indices, phrase: ["vrij", "om"])
      || has(indices, phrase: ["het", "recht"])
    let modalMust = has(indices, ["moet", "moeten", "moest", "moesten", "dient", "dienen", "behoort", "behoren", "hoort"])
    let must =
      modalMust || has(indices, lexicon.must) || has(indices, phrase: ["draagt", "zorg"])
      || has(indices, phrase: ["draag", "zorg"])
    let can = has(indices, lexicon.can)

    // Examples and illustrations bind no one ("Je meldt bijvoorbeeld extern als …").
    if ws.first == "denk" && ws.contains("aan") || ws.prefix(3).contains("voorbeeld") || ws.prefix(4).contains("bijvoorbeeld")
      || ws.first == "zie" || ws.first == "zo" && ws.count > 1 && hasFinite([indices[1]])
    {
      return (.geen, false, act, nil)
    }
    // Definitions: "onder … wordt verstaan", "… betekent …", and "X is de/het/een …" with a
    // thing (not a person) as subject.
    let violation = hasAny(indices, phrases: lexicon.violations)
    let definesByShape =
      ws.first == "onder" && has(indices, ["vallen", "valt", "verstaan", "verstaat"])
      || (ws.first == "van" || ws.first == "er") && ws.contains("sprake") && has(indices, ["is", "wordt", "zijn"])
    if (definesByShape || hasAny(indices, phrases: lexicon.definition)) && !modalMust && !(reader && may)
      && !(violation && !has(indices, ["verstaan", "betekent", "bedoeld"]))
    {
      return (.definitie, negated, act, nil)
    }
    if subject == nil && !negated && !may && !must && !can && !violation,
      let copula = ws.firstIndex(where: { ["is", "zijn"].contains($0) }), copula > 0,
      copula + 1 < ws.count,
      ["de", "het", "een", "alle", "elke", "iedere", "elk", "ieder"].contains(ws[copula + 1])
        || ws.dropFirst(copula + 1).prefix(3).contains("als"),
      !Self.expletives.contains(ws[0]), ws[0] != "er",
      !ws.prefix(copula).contains(where: {
        lexicon.verbs($0).contains { $0.kind == .finite } && !Self.determiners.contains($0) && $0 != ws[0]
      })
    {
      return (.definitie, false, act, nil)
    }
    // Sanctions: "kan leiden tot maatregelen", "kan worden ontslagen".
    if has(indices, lexicon.sanctions)
      && (can || has(indices, phrase: ["leiden", "tot"]) || has(indices, phrase: ["leidt", "tot"]) || passive)
    {
      return (.bevoegdheid, negated, act, (subject == "medewerker" || subject == nil) ? "werkgever" : subject)
    }
    // Someone else acts: a power, or their own duty to report or act.
    if otherRole && !passive {
      if may || can || hasAny(indices, phrases: lexicon.powerVerbs) {
        return (.bevoegdheid, negated, act, subject)
      }
      if report { return (negated ? .verbod : .meldplicht, negated, act, subject) }
      if must || negated { return (negated ? .verbod : .gebod, negated, act, subject) }
      return (.gebod, false, act, subject)
    }
    // "Voor deze functies geldt een meldingsplicht / een verbod": the noun names the norm.
    if has(indices, ["geldt", "gelden", "bestaat", "rust", "rusten"]),
      let noun = ws.first(where: { $0.hasSuffix("plicht") || $0.hasSuffix("verbod") || $0 == "verbod" })
    {
      let kind: Modality =
        noun.hasSuffix("verbod")
        ? .verbod : (noun.hasPrefix("meld") || noun.hasPrefix("opgave") || noun.hasPrefix("informatie")) ? .meldplicht : .gebod
      if negated { return (.toestemming, true, act, subject ?? "medewerker") }
      return (kind, kind == .verbod, act, subject == "werkgever" ? "medewerker" : subject ?? "medewerker")
    }
    // Need not: a permission (for a person; "hoeft niet waar te zijn" describes).
    if has(indices, lexicon.needNot) && negated {
      if reader || imperative || subject == nil && act != nil && act != "zijn" {
        return (.toestemming, true, act, subject ?? "medewerker")
      }
      return (.geen, false, act, subject)
    }
    // `niet verplicht`, `geen plicht`: no duty, so a permission.
    let mustNoun = indices.contains {
      ["verplicht", "plicht", "verplichting", "vereist", "noodzakelijk", "nodig"].contains(words[$0])
    }
    if mustNoun && negated && !modalMust {
      return (.toestemming, true, act, subject ?? "medewerker")
    }
    // Lexical prohibitions: `verboden`, `is uitgesloten`, `onthoud je van`.
    if has(indices, lexicon.forbidden) {
      return negated ? (.toestemming, false, act, subject ?? "medewerker") : (.verbod, true, act, subject ?? "medewerker")
    }
    if has(indices, lexicon.abstain) { return (.verbod, true, act, subject ?? "medewerker") }
    // "X is (altijd) een overtreding", "is strafbaar": the act is forbidden.
    if hasAny(indices, phrases: lexicon.violations)
      && indices.contains(where: { ["is", "zijn", "geldt", "gelden", "wordt", "worden"].contains(words[$0]) })
      && !reader && !must
    {
      return (.verbod, true, act, "medewerker")
    }
    // Permissions.
    if may {
      if negated { return (.verbod, true, act, subject ?? "medewerker") }
      return (.toestemming, false, act, subject ?? "medewerker")
    }
    // Duties.
    if must {
      if report {
        return negated ? (.verbod, true, act, subject ?? "medewerker") : (.meldplicht, false, act, subject ?? "medewerker")
      }
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.gebod, false, act, subject ?? "medewerker")
    }
    // `kunnen`: a permission with the reader as subject ("je kunt melden bij …").
    if can {
      // "Dienstreizen kunnen alleen plaatsvinden met toestemming van …": a conditional permission.
      if indices.contains(where: { lexicon.consentNouns.contains(words[$0]) }) && !negated {
        return (.toestemming, false, act, reader || subject == nil ? "medewerker" : subject)
      }
      if reader && context != .rule && !report {
        // "Je kunt zelf voorkomen dat …" in an explanation: what one is able to do.
        return (.geen, false, act, subject)
      }
      if reader || imperative {
        if negated { return (.verbod, true, act, "medewerker") }
        return (.toestemming, false, act, "medewerker")
      }
      return (.geen, negated, act, subject)
    }
    // Principles: awareness, values.
    if hasAny(indices, phrases: lexicon.principle) && !report && !negated {
      return (.uitgangspunt, negated, act, subject)
    }
    let impersonal = ws.first.map { Self.expletives.contains($0) } ?? false
    let directed = reader || imperative || passive
    if report && (directed || subject == nil) {
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.meldplicht, false, act, subject ?? "medewerker")
    }
    let restricted =
      has(indices, ["alleen", "uitsluitend", "enkel"]) && (directed || subject == nil && act != nil)
      && !has(indices, phrase: ["niet", "alleen"])
    if restricted { return (.verbod, true, act, subject ?? "medewerker") }
    if directed {
      if context != .rule && !imperative && !negated && !passive && !reader { return (.geen, false, act, subject) }
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.gebod, false, act, subject ?? "medewerker")
    }
    if impersonal && negated && act != nil && !["zijn", "worden", "hebben"].contains(act!) {
      return (.verbod, true, act, "medewerker")
    }
    // In a rule, a plain statement of how things go binds ("Contacten met de pers verlopen
    // via Communicatie", "Op het gebruik van e-mail is het reglement van toepassing").
    let demonstrative = ws.prefix(4).contains {
      ["dit", "dat", "dergelijke", "hierdoor", "daardoor", "daarmee", "hiermee", "zo"].contains($0)
    }
    if context == .rule && act != nil && subject == nil && !can && hasFinite(indices) && !demonstrative {
      return negated ? (.verbod, true, act, "medewerker") : (.gebod, false, act, "medewerker")
    }
    return (.geen, negated, act, subject)
  }
}
