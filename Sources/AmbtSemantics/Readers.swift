import AmbtModel

/// To whom one reports, and whose consent counts.
struct RolesReader {
  let table: WordTable
  let words: SentenceWords
  /// The clause reader's memo, shared (what a clause reports does not depend on punctuation).
  var memo = ClauseReader.Memo()

  static let recipientPrepositions: WordSet = [.bij, .aan, .met, .tot, .naar, .via, .jegens]
  static let fillers: WordSet = [
    .de, .het, .een, .je, .jouw, .uw, .zijn, .haar, .hun, .onze, .ons, .mijn, .direct, .directe, .naast, .hogere, .eigen,
    .betrokken,
    .desbetreffende, .betreffende, .vooraf, .tijdig, .altijd, .schriftelijk, .onmiddellijk, .zo, .snel, .mogelijk, .eerst,
    .ook, .dan, .daarvan, .hiervan, .dit, .dat, .gemeentelijke, .interne, .externe, .onafhankelijke,
  ]
  static let consultWords: WordSet = [.overleg, .samenspraak, .afstemming, .melding, .meldpunt]
  /// Verbs of consulting someone, whom `met` names.
  static let consultVerbs: Set<String> = [
    "bespreken", "overleggen", "afstemmen", "bespreekbaarmaken", "doorspreken", "spreken", "praten", "delen", "opnemen",
  ]
  /// Verbs whose direct (or indirect) object is the one told or consulted: "informeer je
  /// leidinggevende", "vertel het college", "stel de secretaris op de hoogte".
  static let toldObjectVerbs: Set<String> = [
    "informeren", "inlichten", "verwittigen", "waarschuwen", "attenderen", "benaderen", "contacteren", "bellen", "mailen",
    "raadplegen", "vertellen", "stellen", "notificeren",
  ]
  static let invertedSubjects: WordSet = [.je, .jij, .u, .hij, .zij, .ze, .we, .wij, .ik]
  static let passiveAuxiliaries: WordSet = [.wordt, .worden]
  /// Copulas of a state kept ("op de hoogte is", "blijft").
  static let beingKept: WordSet = [.is, .zijn, .blijft, .blijven]
  /// What stands between `laat` and the ones told: its object pronoun and `zowel`.
  static let letKnowObjects: WordSet = [.dat, .dit, .het, .zowel]
  /// Endings of a desk or counter of the organisation ("de Privacydesk", "het Integriteitsloket"):
  /// a recipient the role lexicon need not know.
  static let deskEndings = ["desk", "loket", "balie", "servicepunt"]
  static let listJoiners: WordSet = [.comma, .of, .en, .enOf, .dan, .wel]
  static let consentJoiners: WordSet = [.comma, .of, .en, .enOf]
  static let consentPrepositions: WordSet = [.van, .aan, .bij]
  /// Verbs of asking for consent ("die hij aanvraagt bij …").
  static let consentAsking: Set<String> = ["aanvragen", "vragen", "verzoeken"]
  static let givingVerbs: WordSet = [.geeft, .geven, .verleent, .verlenen, .gegeven, .verleend, .geef]

  /// Roles bound to a recipient preposition in a clause that reports, consults or asks, and
  /// the roles listed after them (`bij je leidinggevende, de vertrouwenspersoon of …`).
  /// Forms of stellen and brengen in "in kennis stellen van", "op de hoogte brengen van".
  static let tellingVerbs: Set<String> = [
    "stellen", "stelt", "stel", "gesteld", "brengen", "brengt", "breng", "gebracht",
  ]
  static let toldNouns: WordSet = [.kennis, .aandacht]

  /// Words for a unit of the organisation that a name follows ("team Juridische Zaken",
  /// "afdeling Bedrijfsvoering", "bureau HRM"): a recipient the role lexicon need not know.
  static let units: WordSet = [.team, .afdeling, .bureau, .cluster, .sector, .unit, .directoraat]

  /// "volgende", "volgenden": words that announce a list ("een van de volgenden:").
  static let followingWords: [[UInt8]] = ["volgende", "volgenden"].map { Array($0.utf8) }

  /// After `bij`/`aan` at `j`: "(een) van de volgende(n) (noun)" ending a list's lead-in ("één"
  /// is folded to "een"); the position after them, where the item and its roles begin.
  func followingAnnounced(_ indices: [Int], from j: Int) -> Int? {
    var k = j
    if k < indices.count && words.ids[indices[k]] == .een { k += 1 }
    guard k + 2 < indices.count, words.ids[indices[k]] == .van, words.ids[indices[k + 1]] == .de,
      words.spelled(indices[k + 2], oneOf: Self.followingWords)
    else { return nil }
    k += 3
    // (A noun after it, "de volgende personen:", up to where the lead-in ends and its item begins.)
    if k < indices.count, words.spans[indices[k]].inLead, table.role(at: indices[k], in: words) == nil { k += 1 }
    return k < indices.count && words.spans[indices[k - 1]].inLead && !words.spans[indices[k]].inLead ? k : nil
  }

  /// Heads of compound titles of those who lead or coordinate ("projectleider",
  /// "programmamanager", "calamiteitencoördinator", "ploegbaas"): a recipient the role lexicon
  /// need not know, read as a leidinggevende. (Not "begeleider", who guides.)
  static let titleHeads = ["leider", "manager", "coordinator", "chef", "commandant", "baas"]

  /// A compound title at word `k` whose head is one of `titleHeads`: the role `leidinggevende`.
  func titleHead(at k: Int) -> (id: String, length: Int)? {
    guard words.kinds[k] == .word, words.flags(k).isDisjoint(with: [.verb, .finite, .infinitive]) else { return nil }
    return Self.isTitle(words.spelling(k)) ? ("leidinggevende", 1) : nil
  }

  /// Whether a folded word is a compound title with one of `titleHeads` as its head.
  static func isTitle(_ spelling: String) -> Bool {
    spelling.utf8.count >= 9 && !spelling.hasSuffix("begeleider")
      && titleHeads.contains(where: { spelling.hasSuffix($0) || spelling.hasSuffix($0 + "s") })
  }

  /// A unit with its name at `indices[j]`: the role `afdeling` and the words it takes.
  func unit(at j: Int, in indices: [Int]) -> (id: String, length: Int)? {
    if words.kinds[indices[j]] == .word, words.flags(indices[j]).isDisjoint(with: [.verb, .finite, .infinitive]) {
      let spelling = words.spelling(indices[j])
      if spelling.utf8.count > 5, Self.deskEndings.contains(where: { spelling.hasSuffix($0) }) { return ("afdeling", 1) }
      if let head = titleHead(at: indices[j]) { return head }
      // ("bij het hoofd Ingenieursbureau": the head of a unit named after the word, its leidinggevende.)
      if spelling == "hoofd", j + 1 < indices.count, indices[j + 1] == indices[j] + 1,
        words.kinds[indices[j + 1]] == .word, !Self.fillers.contains(words.ids[indices[j + 1]]),
        words.flags(indices[j + 1]).isDisjoint(with: [.verb, .finite, .infinitive]),
        !ClauseReader.prepositions.contains(words.ids[indices[j + 1]]), !Self.listJoiners.contains(words.ids[indices[j + 1]])
      {
        return ("leidinggevende", 2)
      }
    }
    guard Self.units.contains(words.ids[indices[j]]), j + 1 < indices.count, indices[j + 1] == indices[j] + 1 else {
      return nil
    }
    let k = indices[j + 1]
    // ("team HR": the unit of a role the lexicon knows is that role.)
    if let (id, length) = table.role(at: k, in: words) { return (id, length + 1) }
    // A name: a word, not a function word or a verb of the clause.
    guard words.kinds[k] == .word, !Self.fillers.contains(words.ids[k]), !words.flags(k).contains(.finite),
      !ClauseReader.prepositions.contains(words.ids[k]), !Self.listJoiners.contains(words.ids[k]), words.ids[k] != .te
    else { return nil }
    return ("afdeling", 2)
  }

  func recipients(clauses: [Clause]) -> [String] {
    let reader = ClauseReader(table: table, words: words, punctuationKinds: false, memo: memo)
    var found: [String] = []
    // Whose consent the sentence names matters only for a role after `aan`: read when first asked.
    var consent: Set<String>?
    func consents(_ id: String) -> Bool {
      if consent == nil { consent = Set(consentGivers(withSubjects: false)) }
      return consent!.contains(id)
    }
    // "Medewerkers melden hun belangen die de gemeente kunnen raken bij de secretaris": what
    // follows the verbs that close a relative clause belongs to the main clause that reports.
    let mainReports = clauses.contains { ($0.kind == .main || $0.kind == .coordinate) && reader.reports($0.indices) }
    var parts: [[Int]] = []
    // ("Wie ongewenst gedrag wil melden, kan terecht bij de vertrouwenspersoon": where one goes
    // with the report the sentence names.)
    let anyReports = mainReports || clauses.contains { reader.reports($0.indices) }
    for c in clauses {
      if reader.reports(c.indices) || c.indices.contains(where: { Self.consultWords.contains(words.ids[$0]) })
        || anyReports && c.indices.contains(where: { words.ids[$0] == .terecht })
        || c.indices.contains(where: { words.ids[$0] == .laat || words.ids[$0] == .laten })
          && c.indices.contains(where: { words.ids[$0] == .weten })
      {
        parts.append(c.indices)
      } else if mainReports && c.kind == .relative,
        let lastVerb = c.indices.lastIndex(where: { k in
          (words.flags(k).contains(.verb) || words.flags(k).contains(.finite))
            // "bij zijn leidinggevende": `zijn` after a preposition is a possessive.
            && !(words.ids[k] == .zijn && k > 0 && ClauseReader.prepositions.contains(words.ids[k - 1]))
        }),
        lastVerb + 1 < c.indices.count
      {
        parts.append(Array(c.indices[(lastVerb + 1)...]))
      }
    }
    // "Bij wie: uw leidinggevende, de gemeentesecretaris of …": a list item labelled with the
    // question it answers names whom the rule's report goes to.
    if words.count > 3, Self.recipientPrepositions.contains(words.ids[0]), words.ids[1] == .wie, words.ids[2] == .colon {
      parts.append(Array(3..<words.count))
      parts[parts.count - 1].insert(0, at: 0)
    }
    for indices in parts {
      // `met` names whom one consults ("bespreek het met je leidinggevende", "in overleg met"),
      // not whom one reports to: "een relatie met een collega melden" names the relation.
      // (Only where a verb of reporting carries the clause and nothing of consulting stands.)
      var consulting = false
      var reporting = false
      for k in indices {
        if Self.consultWords.contains(words.ids[k]) && words.ids[k] != .melding && words.ids[k] != .meldpunt {
          consulting = true
        }
        for v in table.verbs[Int(words.infos[k].verbStart)..<Int(words.infos[k].verbEnd)] {
          if Self.consultVerbs.contains(table.lemma(v)) { consulting = true }
          if v.reporting { reporting = true }
        }
        // ("Van een familieband met een collega doet de ambtenaar opgave": a noun of reporting.)
        if words.flags(k).contains(.reportingNoun) { reporting = true }
      }
      // ("Ik geef mijn leidinggevende via het formulier op welke …": the role right after the
      // finite form of a separable verb of reporting, with its possessive, is the one told, its
      // particle standing later.)
      if reporting, let f = indices.firstIndex(where: { words.flags($0).contains(.finite) }) {
        var j = f + 1
        if j < indices.count && Self.invertedSubjects.contains(words.ids[indices[j]]) { j += 1 }
        let separable = table.verbs[Int(words.infos[indices[f]].verbStart)..<Int(words.infos[indices[f]].verbEnd)].contains {
          v in v.reporting && v.particle != .unknown && indices[(f + 1)...].contains { words.ids[$0] == v.particle }
        }
        if separable, j + 1 < indices.count,
          ClauseReader.possessiveDeterminers.contains(words.ids[indices[j]]) || words.ids[indices[j]] == .je,
          let (id, _) = table.role(at: indices[j + 1], in: words), id != "medewerker", id != "collega",
          !found.contains(id)
        {
          found.append(id)
        }
      }
      var n = 0
      while n < indices.count {
        let w = words.ids[indices[n]]
        // ("een relatie met een collega": `met` after a noun its article opens; also with an
        // adjective between, "een nauwe vriendschap met een collega".)
        func opensNoun(_ back: Int) -> Bool {
          n >= back
            && (ClauseReader.determiners.contains(words.ids[indices[n - back]])
              || ClauseReader.possessiveDeterminers.contains(words.ids[indices[n - back]]))
        }
        // (Or in a telegram style without the article: "Relatie met collega …: z.s.m. melden".)
        let bareNoun =
          n == 1 && words.kinds[indices[0]] == .word
          && words.flags(indices[0]).isDisjoint(with: [.verb, .finite, .infinitive, .participle, .modal])
          && table.role(at: indices[0], in: words) == nil
        // (With adjectives between: "een ander nauw persoonlijk verband met een collega".)
        func opensNounPhrase() -> Bool {
          var j = n - 2
          while j >= max(0, n - 5) {
            let id = words.ids[indices[j]]
            if ClauseReader.determiners.contains(id) || ClauseReader.possessiveDeterminers.contains(id) { return true }
            // ("een liefdesrelatie of andere nauwe privérelatie met een collega": the second noun
            // phrase of two, its adjectives after `of`.)
            if (id == .of || id == .en) && j > 0 && j < n - 1
              && words.flags(indices[j - 1]).isDisjoint(with: [.verb, .finite, .infinitive, .participle, .modal])
            {
              return true
            }
            if !words.flags(indices[j]).isDisjoint(with: [.verb, .finite, .infinitive]) || ClauseReader.prepositions.contains(id)
            {
              return false
            }
            j -= 1
          }
          return false
        }
        if w == .met && reporting && !consulting
          && (opensNoun(2) || opensNoun(3) && words.flags(indices[n - 2]).isDisjoint(with: [.verb, .finite, .infinitive])
            || opensNounPhrase() || bareNoun)
        {
          n += 1
          continue
        }
        // "ter kennis van", "onder de aandacht van": `van` names who is told.
        // ("in kennis stellen van de leidinggevende", "op de hoogte brengen van de leidinggevende":
        // the verb between.)
        let toldOf =
          w == .van && n > 0
          && (Self.toldNouns.contains(words.ids[indices[n - 1]])
            || n > 1 && (words.ids[indices[n - 2]] == .kennis || words.ids[indices[n - 2]] == .hoogte)
              && Self.tellingVerbs.contains(words.spelling(indices[n - 1])))
        // ("laat ze in het donatieregister opnemen door de crisiscoördinator": the one who records
        // what is handed in receives it; not in the passive, "Iedere melding wordt door de
        // coördinator geregistreerd", which is the keeper's own work.)
        let recordedBy =
          w == .door && !reader.isPassive(indices)
          && indices.contains { k in
            table.verbs[Int(words.infos[k].verbStart)..<Int(words.infos[k].verbEnd)].contains {
              table.lemma($0, is: .recording)
            }
          }
        guard Self.recipientPrepositions.contains(w) || toldOf || recordedBy else {
          n += 1
          continue
        }
        // "toestemming aan … vragen": consent, not a report.
        if n > 0 && words.flags(indices[n - 1]).contains(.consentNoun) {
          n += 1
          continue
        }
        var j = n + 1
        // "bij een van de volgenden: …", "aan één van de volgende personen: …": the recipients in
        // the items after the colon.
        if let after = followingAnnounced(indices, from: j) { j = after }
        // "Bij wie: uw leidinggevende": a list item labelled with the question it answers.
        if j + 1 < indices.count && words.ids[indices[j]] == .wie && words.ids[indices[j + 1]] == .colon { j += 2 }
        // "meldt de medewerker bij: a. zijn leidinggevende; b. …": a list marker (its colon and
        // full stop are no words of the clause).
        if j < indices.count, indices[j] + 1 < words.count,
          words.kinds[indices[j]] == .word || words.kinds[indices[j]] == .number,
          words.spelling(indices[j]).utf8.count == 1,
          words.ids[indices[j] + 1] == .period || words.ids[indices[j] + 1] == .closeParen
        {
          j += 1
        }
        var progressed = false
        while j < indices.count {
          while j < indices.count && Self.fillers.contains(words.ids[indices[j]]) { j += 1 }
          // ("bij je naasthogere leidinggevende": an inflected adjective before the role.)
          if j + 1 < indices.count, table.role(at: indices[j], in: words) == nil,
            table.role(at: indices[j + 1], in: words) != nil, words.kinds[indices[j]] == .word,
            words.flags(indices[j]).isDisjoint(with: [.verb, .finite]),
            words.spelling(indices[j]).hasSuffix("e"), words.spelling(indices[j]).utf8.count >= 4
          {
            j += 1
          }
          // ("bij de inkoopadviseur en je teamleider": a noun the lexicon does not know, with a
          // role listed after it.)
          if !progressed, j + 2 < indices.count, table.role(at: indices[j], in: words) == nil,
            words.kinds[indices[j]] == .word, words.flags(indices[j]).isDisjoint(with: [.verb, .finite, .infinitive]),
            !Self.fillers.contains(words.ids[indices[j]]), Self.listJoiners.contains(words.ids[indices[j + 1]])
          {
            var r = j + 2
            while r < indices.count && Self.fillers.contains(words.ids[indices[r]]) { r += 1 }
            if r < indices.count, table.role(at: indices[r], in: words) != nil { j = r }
          }
          guard j < indices.count, let (id, len) = table.role(at: indices[j], in: words) ?? unit(at: j, in: indices)
          else { break }
          if !found.contains(id) && !(w == .aan && consents(id)) { found.append(id) }
          j += len
          progressed = true
          while j < indices.count && Self.listJoiners.contains(words.ids[indices[j]]) { j += 1 }
        }
        n = progressed ? j : n + 1
      }
    }
    /// The roles listed from `j` on ("je leidinggevende en de secretaris"), each added once;
    /// `j` ends after the list.
    func addRoles(_ indices: [Int], from j: inout Int) {
      while j < indices.count, let (id, len) = table.role(at: indices[j], in: words) ?? titleHead(at: indices[j]) {
        if !found.contains(id) && !consents(id) { found.append(id) }
        j += len
        while j < indices.count && Self.listJoiners.contains(words.ids[indices[j]]) { j += 1 }
        while j < indices.count && Self.fillers.contains(words.ids[indices[j]]) { j += 1 }
      }
    }
    /// Whether the clause is passive (`wordt`, `worden`) with a participle of a verb `lemma` accepts.
    func passive(_ indices: [Int], _ lemma: (VerbEntry) -> Bool) -> Bool {
      indices.contains { Self.passiveAuxiliaries.contains(words.ids[$0]) }
        && indices.contains { k in
          let info = words.infos[k]
          return table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains { $0.kind == .participle && lemma($0) }
        }
    }
    // "Je informeert de gemeentesecretaris over …", "stel je leidinggevende op de hoogte":
    // verbs whose object is the one told.
    for indices in parts {
      // The first role that starts at one of `candidates` (positions in `indices`, in the order
      // given) and ends right before position `end`: the one told, before its verb.
      func addRole(endingAt end: Int, startingAmong candidates: [Int]) {
        for b in candidates {
          guard let (id, len) = table.role(at: indices[b], in: words), indices[b] + len == indices[end] else { continue }
          if !found.contains(id) && !consents(id) { found.append(id) }
          return
        }
      }
      for n in indices.indices {
        let info = words.infos[indices[n]]
        // ("laat dat zowel je leidinggevende als de collega meteen weten": `laten weten` tells
        // the ones after its object.)
        let letKnow =
          (words.ids[indices[n]] == .laat || words.ids[indices[n]] == .laten)
          && indices[(n + 1)...].contains { words.ids[$0] == .weten }
          // ("breng je de leidinggevende van dienst op de hoogte", "stel je de secretaris in
          // kennis": the one told between the verb and its noun.)
          || Self.tellingVerbs.contains(words.spelling(indices[n]))
            && indices[(n + 1)...].contains { words.ids[$0] == .hoogte || words.ids[$0] == .kennis }
          // ("geef je je leidinggevende een seintje", "… het HR-team een heads-up": the one given a
          // report, between the verb and the noun of reporting.)
          || table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains(where: table.isGiving)
            && indices[(n + 1)...].contains { words.infos[$0].flags.contains(.reportingNoun) }
        guard
          letKnow
            || table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains(where: {
              $0.kind != .participle && table.lemma($0, is: .toldObject)
            })
        else { continue }
        // ("Zijn teamleider laat hij weten waarom", "De directeur informeer je meteen": the one told
        // fronted, the subject after the verb.)
        // (Not "Je teamleider laat je weten wanneer": your role tells you.)
        if n > 0, n + 1 < indices.count, Self.invertedSubjects.contains(words.ids[indices[n + 1]]),
          !(Self.readerPronouns.contains(words.ids[indices[n + 1]]) && Self.readerPossessives.contains(words.ids[indices[0]]))
        {
          addRole(endingAt: n, startingAmong: Array(0..<min(n, 2)))
        }
        var j = n + 1
        // An inverted subject ("informeer je de secretaris", "stelt u uw leidinggevende").
        if j < indices.count, Self.invertedSubjects.contains(words.ids[indices[j]]),
          j + 1 < indices.count, table.role(at: indices[j + 1], in: words) == nil
        {
          j += 1
        }
        if letKnow {
          while j < indices.count && Self.letKnowObjects.contains(words.ids[indices[j]]) { j += 1 }
        }
        // ("Belang bij een dossier: inlichten van de leidinggevende": the infinitive as a noun
        // names the one told after `van`.)
        if j < indices.count, words.ids[indices[j]] == .van, info.flags.contains(.infinitive) { j += 1 }
        while j < indices.count && Self.fillers.contains(words.ids[indices[j]]) { j += 1 }
        addRoles(indices, from: &j)
        // ("… dat je je leidinggevende inlicht": verb-final, the one told stands right before.)
        if n == indices.count - 1 || words.kinds[indices[n + 1]] == .punctuation
          || Self.listJoiners.contains(words.ids[indices[n + 1]])
        {
          // (One or two adverbs may stand between: "… het afdelingshoofd meteen inlicht".)
          var end = n
          while end > 0 && n - end < 2 && words.kinds[indices[end - 1]] == .word
            && table.role(at: indices[end - 1], in: words) == nil
            && words.flags(indices[end - 1]).isDisjoint(with: [.verb, .finite, .infinitive, .participle])
            && !ClauseReader.prepositions.contains(words.ids[indices[end - 1]])
            && !ClauseReader.determiners.contains(words.ids[indices[end - 1]])
          {
            end -= 1
          }
          addRole(endingAt: end, startingAmong: Array(stride(from: end - 1, through: max(0, end - 4), by: -1)))
        }
      }
    }
    // "Zijn leidinggevende wordt daarvan door hem op de hoogte gesteld", "De secretaris wordt
    // geïnformeerd": in the passive, the one told is the subject. ("De medewerker wordt daarover
    // geïnformeerd": the reader is told.)
    var passiveToReader = false
    for indices in parts where passive(indices, { table.lemma($0, is: .toldObject) }) {
      var j = 0
      while j < indices.count && Self.fillers.contains(words.ids[indices[j]]) { j += 1 }
      if j < indices.count && words.flags(indices[j]).contains(.employee) { passiveToReader = true }
      addRoles(indices, from: &j)
    }
    // "… draagt u er zorg voor dat de integriteitscoördinator op de hoogte is van …": the one who
    // is to know, before `op de hoogte` and its copula.
    for c in clauses {
      let ix = c.indices
      guard
        let h = ix.indices.first(where: { n in
          n >= 2 && words.ids[ix[n]] == .hoogte && words.ids[ix[n - 1]] == .de && words.ids[ix[n - 2]] == .op
        }),
        ix.contains(where: { Self.beingKept.contains(words.ids[$0]) })
      else { continue }
      for n in 0..<(h - 2) {
        if let (id, _) = table.role(at: ix[n], in: words), !found.contains(id), !consents(id) { found.append(id) }
      }
    }
    // "De melding wordt ontvangen door de integriteitscoördinator": who receives it, after `door`.
    for indices in parts where passive(indices, { table.lemma($0) == "ontvangen" }) {
      guard var j = indices.firstIndex(where: { words.ids[$0] == .door }) else { continue }
      j += 1
      while j < indices.count && Self.fillers.contains(words.ids[indices[j]]) { j += 1 }
      if j < indices.count, let (id, _) = table.role(at: indices[j], in: words), !found.contains(id) { found.append(id) }
    }
    // "Je leidinggevende meldt de beslissing aan jou": the reader is the recipient.
    let toReader = clauses.contains { c in
      reader.reports(c.indices)
        && c.indices.indices.dropLast().contains { n in
          words.ids[c.indices[n]] == .aan && Self.readerObjects.contains(words.ids[c.indices[n + 1]])
        }
    }
    let others = found.filter { $0 != "medewerker" }
    return others + ((toReader || passiveToReader) && others.isEmpty ? ["medewerker"] : [])
  }

  /// The reader as the object of `aan` ("meldt het aan jou", "deelt dit aan u mee").
  static let readerObjects: WordSet = [.jou, .u]
  /// The reader after a verb, and the possessives that make a fronted role the reader's own.
  static let readerPronouns: WordSet = [.je, .u]
  static let readerPossessives: WordSet = [.je, .jouw, .u, .uw]

  /// Forms of `beslissen` before "over de toestemming".
  static let decidingForms: [[UInt8]] = ["beslist", "beslissen", "besluit", "besluiten", "oordeelt"].map { Array($0.utf8) }

  /// Roles whose consent is asked or given.
  func consentGivers(withSubjects: Bool = true) -> [String] {
    var found: [String] = []
    func add(_ id: String) { if !found.contains(id) && id != "medewerker" { found.append(id) } }
    let ids = words.ids
    for k in ids.indices where words.flags(k).contains(.consentNoun) || ids[k] == .toestemming || ids[k] == .goedkeuring {
      // "toestemming van (je) X", "toestemming aan/bij X (vragen)", "toestemming nodig van X".
      var j = k + 1
      // (So "toestemming vereist van X": "is vooraf toestemming vereist van de leidinggevende".)
      if j + 1 < ids.count, ids[j] == .nodig || ids[j] == .vereist, Self.consentPrepositions.contains(ids[j + 1]) { j += 1 }
      // (So "toestemming hebt gekregen van X", "toestemming heeft gegeven aan": the verbs between.)
      var v = j
      while v < min(ids.count, j + 3), !words.flags(v).isDisjoint(with: [.finite, .participle]) { v += 1 }
      if v > j, v < ids.count, ids[v] == .van { j = v }
      if j < ids.count, Self.consentPrepositions.contains(ids[j]) {
        j += 1
        while j < ids.count && RolesReader.fillers.contains(ids[j]) { j += 1 }
        // (Or a compound title the role lexicon does not know: "toestemming aan je
        // teamcoördinator".)
        while j < ids.count, let (id, len) = table.role(at: j, in: words) ?? titleHead(at: j) {
          add(id)
          j += len
          while j < ids.count && Self.consentJoiners.contains(ids[j]) || j < ids.count && RolesReader.fillers.contains(ids[j]) {
            j += 1
          }
        }
      }
      // "… heeft daarvoor onze toestemming nodig, die hij aanvraagt bij de gemeentesecretaris":
      // the consent asked of a role later in the sentence (an asking verb, then `bij` or `aan`).
      var a = k + 1
      // (Within a dozen words: the relative clause that asks follows its noun.)
      while a + 1 < min(ids.count, k + 14) {
        let asks = table.verbs[Int(words.infos[a].verbStart)..<Int(words.infos[a].verbEnd)].contains {
          $0.kind == .finite && Self.consentAsking.contains(table.lemma($0))
        }
        if asks, let p = (a + 1..<min(ids.count, a + 3)).first(where: { Self.consentPrepositions.contains(ids[$0]) }) {
          var j = p + 1
          while j < ids.count && RolesReader.fillers.contains(ids[j]) { j += 1 }
          if let (id, _) = table.role(at: j, in: words) { add(id) }
          break
        }
        a += 1
      }
      // "Die toestemming geeft de gemeentesecretaris": the noun fronted, the giver inverted after
      // its verb.
      if withSubjects, k + 2 < ids.count, Self.givingVerbs.contains(ids[k + 1]) {
        var r = k + 2
        while r < ids.count && RolesReader.fillers.contains(ids[r]) { r += 1 }
        if r < ids.count, let (id, _) = table.role(at: r, in: words) ?? titleHead(at: r) { add(id) }
      }
      // "X geeft toestemming", "als je leidinggevende toestemming geeft".
      if withSubjects {
        var b = k - 1
        // ("Je teamlead krijgt daarvan bericht en beslist over de toestemming": who decides on
        // it, named further back.)
        let decides = (max(0, k - 4)..<k).contains { words.spelled($0, oneOf: Self.decidingForms) }
        while b >= max(0, k - 4) {
          if Self.givingVerbs.contains(ids[b]) || b == k - 1 {
            var r = b
            while r >= max(0, k - (decides ? 12 : 6)) {
              if let (id, _) = table.role(at: r, in: words), r < k {
                add(id)
                break
              }
              r -= 1
            }
            break
          }
          b -= 1
        }
      }
    }
    // "als je leidinggevende geen bezwaar heeft", "nadat je het meldt aan je leidinggevende en
    // deze geen bezwaar maakt": no objection is consent, given by the role named last before it.
    if withSubjects {
      // ("…, tenzij je leidinggevende binnen een week bezwaar maakt": consent unless one objects.)
      for k in ids.indices.dropFirst()
      where ids[k] == .bezwaar && (ids[k - 1] == .geen || (max(0, k - 8)..<k).contains { ids[$0] == .tenzij }) {
        var r = k - 2
        while r >= max(0, k - 10) {
          if let (id, _) = table.role(at: r, in: words) {
            add(id)
            break
          }
          r -= 1
        }
      }
    }
    // "met instemming van", "na akkoord van" are in the consent nouns; "X stemt in", "X keurt goed".
    if withSubjects {
      for k in ids.indices where words.infos[k].roleStart != words.infos[k].roleEnd {
        if let (id, len) = table.role(at: k, in: words), k + len + 1 < ids.count + 1 {
          let rest = ids[(k + len)..<min(ids.count, k + len + 3)]
          if rest.contains(RuleWord.stemt.rawValue) && rest.contains(RuleWord.in.rawValue)
            || rest.contains(RuleWord.keurt.rawValue) && rest.contains(RuleWord.goed.rawValue)
            || agrees(after: k + len) || decidesWhether(after: k + len) || decidesWhether(before: k, roleEnd: k + len)
            || saysYes(after: k + len, roleStart: k)
          {
            add(id)
          }
        }
      }
    }
    return found
  }

  /// Forms of `zeggen` with which "ja zeggen" agrees.
  static let saying: [[UInt8]] = ["zegt", "zeggen", "zei", "zeiden", "gezegd", "zeg"].map { Array($0.utf8) }
  static let yes: [[UInt8]] = [Array("ja".utf8)]

  /// Whether "ja" stands in the three words from a role's end `start` and a form of `zeggen` in
  /// the five, or in the inversion's place before the role at `roleStart` ("alleen als je
  /// leidinggevende ja zegt", "als je teamleider daar vooraf ja op zegt", "Zegt de directeur ja,
  /// dan …"): the plain words for consent (not "nee": "als je leidinggevende nee zegt" refuses).
  func saysYes(after start: Int, roleStart: Int) -> Bool {
    let count = words.ids.count
    guard start < count, (start..<min(count, start + 3)).contains(where: { words.spelled($0, oneOf: Self.yes) }) else {
      return false
    }
    return (start..<min(count, start + 5)).contains { words.spelled($0, oneOf: Self.saying) }
      || (max(0, roleStart - 2)..<roleStart).contains { words.spelled($0, oneOf: Self.saying) }
  }

  /// Verbs whose subject agrees ("… nadat je leidinggevende heeft ingestemd", "als het college
  /// het verzoek heeft goedgekeurd"): a participle or finite form of these lemmas.
  static let agreeing: Set<String> = ["instemmen", "goedkeuren", "akkoordgaan", "toestaan", "toestemmen"]

  /// Verbs of deciding: "je leidinggevende beslist of je het geschenk mag houden" makes the
  /// decider the one whose consent counts.
  static let deciding: Set<String> = ["beslissen", "bepalen", "besluiten", "beoordelen"]

  /// Whether a form of a deciding verb stands in the three words from `start`, with an `of`
  /// (whether) and a permission after it ("beslist of je het mag houden"; not "beslist of een
  /// nevenfunctie verenigbaar is", a judgement that asks nothing of the reader).
  func decidesWhether(after start: Int) -> Bool {
    let ids = words.ids
    for j in start..<min(ids.count, start + 3) {
      let info = words.infos[j]
      let decides = table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains {
        $0.kind == .finite && table.lemma($0, is: .deciding)
      }
      if decides, let of = ids[(j + 1)...].firstIndex(of: RuleWord.of.rawValue) {
        return ids[(of + 1)...].contains { ClauseReader.permissionWords.contains($0) }
      }
    }
    return false
  }

  /// `decidesWhether(after:)` with the verb before the role, as after an inversion ("is het meer
  /// waard, dan beslist je leidinggevende of je het mag houden"): a finite deciding verb in the
  /// two words before the role's start (or a form of `vragen` in the three: "vraag je je
  /// leidinggevende of …"), an `of` after the role and a permission after that.
  func decidesWhether(before start: Int, roleEnd: Int) -> Bool {
    let ids = words.ids
    for j in max(0, start - 3)..<start {
      let info = words.infos[j]
      // "vraag je je leidinggevende of je het mag houden": the one asked decides.
      let decides =
        j >= start - 2
        && table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains {
          $0.kind == .finite && table.lemma($0, is: .deciding)
        } || ClauseSplitter.askingSomeone.contains(words.ids[j])
      if decides, roleEnd < ids.count, let of = ids[roleEnd...].firstIndex(of: RuleWord.of.rawValue) {
        return ids[(of + 1)...].contains { ClauseReader.permissionWords.contains($0) }
      }
    }
    return false
  }

  /// Whether a form of an agreeing verb (`agreeing`) stands in the five words from `start` (room
  /// for an adverb inside a split pronominal adverb: "daar vooraf mee heeft ingestemd").
  func agrees(after start: Int) -> Bool {
    let ids = words.ids
    for j in start..<min(ids.count, start + 5) {
      let info = words.infos[j]
      for v in table.verbs[Int(info.verbStart)..<Int(info.verbEnd)]
      where (v.kind == .participle || v.kind == .finite) && table.lemma(v, is: .agreeing) {
        // A separable verb's finite form agrees with its particle only ("… zodat het dossier
        // naar een collega gaat" is no "gaat akkoord").
        if v.kind == .finite && v.particle != RuleWord.unknown.rawValue && !ids[j...].contains(v.particle) { continue }
        return true
      }
    }
    return false
  }
}

/// The topics a sentence is about, from the lexicon's terms.
struct TopicReader {
  let table: WordTable

  /// `ofVerbs`: whether the topics a verb signals are kept however strong the others are (in a
  /// ban: "we discrimineren niet, we intimideren niet en we pesten niet" forbids each act; a
  /// duty's verb is often a procedure about what its object names: "bespreek iedere uitnodiging").
  /// Words that open a noun phrase (an object after its verb, not an adverb: "gaan vertrouwelijk om").
  /// Words before the participle of a passive main clause ("Er wordt niet gediscrimineerd").
  static let beforePassiveParticiple: WordSet = [.niet, .nooit, .wordt, .worden]

  static let objectDeterminers: WordSet = [
    .de, .het, .een, .je, .jouw, .uw, .zijn, .haar, .hun, .onze, .ons, .mijn, .die, .deze, .dit, .dat, .geen, .alle, .elke,
    .iedere,
  ]

  func topics(_ words: SentenceWords, ofVerbs keepVerbs: Bool = false) -> [String] {
    // The scores on the stack: an array per sentence costs an allocation and the generic
    // array's metadata look-up, more than most sentences' scoring.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: table.topicIDs.count) { scores in
      scores.initialize(repeating: 0)
      return topics(words, scores: scores, keepVerbs: keepVerbs)
    }
  }

  /// `topics(_:)` with `scores` (one zero per topic) to count in.
  private func topics(_ words: SentenceWords, scores: UnsafeMutableBufferPointer<Int>, keepVerbs: Bool) -> [String] {
    var any = false
    // Topics a verb of the sentence signals, when kept (a bit per topic while there are at most
    // 64 of them).
    var ofVerbs: UInt64 = 0
    // Topics of words listed side by side ("Discriminatie, intimidatie, pesten en …"): each is
    // named as much as the others, so none is dropped as weaker (a bit per topic, as `ofVerbs`).
    var listed: UInt64 = 0
    let separators: WordSet = [.comma, .en, .of]
    // The object right after the first finite verb ("Je gebruikt de bevoegdheden … voor jezelf, je
    // familie of je vrienden"): what the act is done to keeps its topic, however many words of
    // another topic follow (a bit per topic, as `listed`).
    var objectFrom = -1
    var inAlso = false
    var frontAlso = false
    var deferred: [Int] = []
    /// Counts the topics of the terms that start at word `i` and of the word itself; whether any.
    func score(_ i: Int, verb: Bool) -> Bool {
      let info = words.infos[i]
      var found = false
      // Terms of several words that start at this word.
      var e = Int(info.termStart)
      while e < Int(info.termEnd) {
        let term = table.terms[Int(table.termStarts[e])]
        if matches(term, at: i, in: words) {
          scores[term.topic] += 1
          found = true
          // ("een persoonlijk belang van jezelf, je partner, je familie of een goede vriend": a
          // term of several words with `van` and whose it is after it keeps its topic, however
          // many words of another topic that list has.)
          let after = i + term.words.count + 1
          if after + 1 < words.count && words.ids[after] == .van && Self.whose.contains(words.ids[after + 1])
            && term.topic < 64
          {
            listed |= 1 << UInt64(term.topic)
          }
        }
        e += 1
      }
      // One-word terms, and the word as the head of a compound (`eindejaarsgeschenk` ends in `geschenk`).
      if info.topicCount > 0 {
        info.forEachTopic { scores[$0] += 1 }
        found = true
      } else if info.topicCount < 0 {
        // (Looked up once, for the scores and for a kept verb's topics.)
        for t in table.spelling.topicHits(words.spelling(i)) {
          scores[t] += 1
          found = true
          if verb && t < 64 { ofVerbs |= 1 << UInt64(t) }
        }
      }
      return found
    }
    for i in words.indices {
      let info = words.infos[i]
      // (A plural present has the infinitive's form: "Wij gebruiken noch onze bevoegdheden …".)
      if objectFrom < 0
        && (info.flags.contains(.finite)
          || info.flags.contains(.infinitive) && i > 0 && NormAnalyser.pluralSubjects.contains(words.ids[i - 1]))
      {
        objectFrom = i + 1
      }
      // (After a frame, the dat-clause's object: "Zorg ervoor dat je de bevoegdheden … alleen
      // gebruikt voor je werk", "Het is belangrijk dat u uw positie niet gebruikt …".)
      if i >= 2 && i <= 6 && objectFrom <= i && words.ids[i - 1] == .dat
        && ClauseReader.invertedSubjectWords.contains(words.ids[i])
      {
        objectFrom = i + 1
      }
      // (So after a second main clause's subject and verb: "…, en je gebruikt je bevoegdheden …
      // niet voor jezelf".)
      if i >= 3 && info.flags.contains(.finite) && ClauseReader.invertedSubjectWords.contains(words.ids[i - 1])
        && (words.ids[i - 2] == .en || words.ids[i - 2] == .maar) && words.ids[i - 3] == .comma
      {
        objectFrom = i + 1
      }
      // (Or a second main clause's fronted object, its verb and subject after it: "…, en de
      // bevoegdheden die je … hebt gekregen gebruik je voor geen ander doel".)
      if i >= 2 && (words.ids[i - 1] == .en || words.ids[i - 1] == .maar) && words.ids[i - 2] == .comma
        && (words.ids[i] == .de || words.ids[i] == .het) && i + 1 < words.count && words.infos[i + 1].topicCount > 0
        && words.infos[i + 1].flags.isDisjoint(with: [.finite, .verb])
      {
        objectFrom = i + 1
      }
      // (An object that is a list reaches its later items: "gebruikt je functie, je bevoegdheden en
      // … niet voor jezelf, je familie …".)
      if objectFrom > 0 && i >= objectFrom && info.topicCount > 0 && Self.objectDeterminers.contains(words.ids[i - 1])
        && i <= objectFrom + 2 + 3 * (objectFrom..<i).count(where: { separators.contains(words.ids[$0]) })
      {
        info.forEachTopic { if $0 < 64 { listed |= 1 << UInt64($0) } }
        objectFrom = Int.max - 8
      }
      // (Both ways in a list of three or more: the last of "misbruik van bevoegdheden,
      // belangenverstrengeling en discriminatie" is as listed as the ones before it.)
      let inList =
        i + 1 < words.count && separators.contains(words.ids[i + 1]) && i + 2 < words.count
        && words.infos[i + 2].topicCount != 0
        || i >= 3 && separators.contains(words.ids[i - 1]) && words.infos[i - 2].topicCount != 0
          && words.ids[i - 3] == .comma
      // (So does the sentence's first word, its fronted subject or object: "Discriminatie, in
      // welke vorm ook, wordt niet geaccepteerd, evenmin als intimidatie, pesten of agressie".)
      if inList || i == 0 {
        info.forEachTopic { if $0 < 64 { listed |= 1 << UInt64($0) } }
      }
      // (A finite verb that names a topic in a coordinated predicate always keeps it: "…,
      // discrimineert niet en onthoudt zich van intimidatie, agressie en ander ongewenst gedrag".)
      let coordinatedVerb =
        info.topicCount != 0 && info.flags.contains(.finite) && i > 0
        && (words.ids[i - 1] == .comma || words.ids[i - 1] == .en)
      // (So does the participle of a passive main clause at the sentence's start: "Er wordt niet
      // gediscrimineerd, en intimidatie, pesten en agressie worden niet geaccepteerd".)
      let passiveMain =
        info.topicCount != 0 && info.flags.contains(.participle) && i > 0 && i <= 4
        && Self.beforePassiveParticiple.contains(words.ids[i - 1])
      let verb =
        passiveMain
        || (keepVerbs || coordinatedVerb) && info.topicCount != 0 && !info.flags.isDisjoint(with: [.finite, .infinitive])
      if verb && info.topicCount > 0 {
        info.forEachTopic { if $0 < 64 { ofVerbs |= 1 << UInt64($0) } }
      }
      // ("…, ook op sociale media, …": what an aside after `ook` adds is where else the norm
      // holds, not what it is about; its words count only when nothing else names a topic.)
      // (So does a fronted "Ook buiten werktijd en op je eigen sociale media", up to the finite
      // verb after it.)
      // (Only `ook` before a preposition, a place or time: "Ook een geschenk dat … kunt u
      // behouden" names what the norm is about.)
      // (So does a comparison between commas: ", net als bij een geschenk boven € 50 (…),".)
      if words.ids[i] == .comma {
        inAlso =
          i + 2 < words.count
          && (words.ids[i + 1] == .ook && ClauseReader.prepositions.contains(words.ids[i + 2])
            || words.ids[i + 1] == .evenals
            || words.ids[i + 2] == .als && words.kinds[i + 1] == .word && words.spelling(i + 1) == "net")
      } else if i == 0 && words.ids[i] == .ook && words.count > 1 && ClauseReader.prepositions.contains(words.ids[1]) {
        inAlso = true
        frontAlso = true
      } else if frontAlso && i + 1 < words.count && ClauseReader.invertedSubjectWords.contains(words.ids[i + 1])
        && !ClauseReader.prepositions.contains(words.ids[i])
      {
        inAlso = false
        frontAlso = false
      }
      if inAlso && words.ids[i] != .comma {
        if info.topicCount != 0 || info.termStart < info.termEnd { deferred.append(i) }
        continue
      }
      if score(i, verb: verb) { any = true }
    }
    if !any {
      for i in deferred where score(i, verb: false) { any = true }
    }
    guard any else { return [] }
    let best = scores.max() ?? 0
    // The topics at least half as strong as the best, strongest first: chosen into one array
    // made at its size and sorted in place (a filtered array grew, and sorting copied it).
    var chosen: [Int] = []
    chosen.reserveCapacity(scores.count)
    for t in scores.indices
    where scores[t] > 0 && (scores[t] * 2 >= best || t < 64 && (ofVerbs | listed) & (1 << UInt64(t)) != 0) {
      chosen.append(t)
    }
    chosen.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    return chosen.map { table.topicIDs[$0] }
  }

  /// Whether a term of several words occurs at word `i`: its earlier words exact, its last
  /// whole (`~`: with an inflection ending), exact (`=`), or as a word start.
  /// Words that say whose something is, after `van` ("belang van jezelf", "van je partner").
  static let whose: WordSet = [.jezelf, .je, .jou, .jouw, .u, .uw, .zijn, .haar, .hun]

  func matches(_ term: TopicTermIDs, at i: Int, in words: SentenceWords) -> Bool {
    let last = i + term.words.count
    guard last < words.count else { return false }
    for (k, t) in term.words.enumerated() where words.ids[i + k] != t { return false }
    switch term.last {
    case .inflected(let forms): return forms.contains(words.ids[last])
    case .exact(let id): return words.ids[last] == id
    case .start(let prefix): return Self.spellingHasPrefix(words, last, prefix)
    }
  }

  /// `words.spelling(k).hasPrefix(prefix)`, without making the string when the bytes decide.
  static func spellingHasPrefix(_ words: SentenceWords, _ k: Int, _ prefix: String) -> Bool {
    if words.ids[k] != .uitVerb {
      let s = words.spans[k]
      let decided = (s.inLead ? words.lead : words.text).withUnsafeBufferPointer {
        hasPrefixOnBytes(UnsafeBufferPointer(rebasing: $0[Int(s.start)..<Int(s.end)]), prefix)
      }
      if let decided { return decided }
    }
    return words.spelling(k).hasPrefix(prefix)
  }

  /// Whether the spelling of word `k` ends with the ASCII bytes `suffix` (a word's spelling is
  /// its folded bytes; a suffix of ASCII bytes is a suffix of the string exactly when it is one
  /// of the bytes).
  static func spellingHasSuffix(_ words: SentenceWords, _ k: Int, _ suffix: [UInt8]) -> Bool {
    let s = words.spans[k]
    guard Int(s.end) - Int(s.start) >= suffix.count else { return false }
    return (s.inLead ? words.lead : words.text).withUnsafeBufferPointer { b in
      var j = Int(s.end) - suffix.count
      for c in suffix {
        if b[j] != c { return false }
        j += 1
      }
      return true
    }
  }

  /// Whether `String(decoding: word, as: UTF8.self)` has the prefix, when both are printable
  /// ASCII (there a byte is a character, and strings are equal exactly when their bytes are);
  /// nil otherwise, for the string comparison to decide (combining marks, canonical equivalents).
  static func hasPrefixOnBytes(_ word: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool? {
    for b in word where b < 0x21 || b > 0x7E { return nil }
    return prefix.utf8.withContiguousStorageIfAvailable { p -> Bool? in
      for b in p where b < 0x21 || b > 0x7E { return nil }
      guard p.count <= word.count else { return false }
      for j in 0..<p.count where word[j] != p[j] { return false }
      return true
    } ?? nil
  }

  /// Whether the one-word term `last` matches `w`: whole (`~`: with an inflection ending),
  /// exact (`=`), or as a word start.
  static func matchesLast(_ last: String, _ w: String) -> Bool {
    if last.hasSuffix("~") {
      let stem = String(last.dropLast())
      return w == stem || ["s", "n", "en", "e", "'s"].contains { w == stem + $0 }
    } else if last.hasSuffix("=") {
      return w == String(last.dropLast())
    }
    return w.hasPrefix(last)
  }
}

/// When a norm applies, measured against the employment.
enum TemporalReader {
  static let employment: WordSet = [
    .dienstverband, .aanstelling, .arbeidsovereenkomst, .dienstbetrekking, .arbeidsrelatie, .dienst, .functie,
    .werkzaamheden, .contract, .inhuur, .opdracht,
  ]
  /// The employment words that name the employment itself, not the work done in it ("zolang
  /// ze je functie niet raken", "tijdens je werkzaamheden").
  static let employmentItself: WordSet = [
    .dienstverband, .aanstelling, .arbeidsovereenkomst, .dienstbetrekking, .arbeidsrelatie, .dienst, .contract, .inhuur,
    .opdracht,
  ]
  static let endings: WordSet = [.einde, .beeindiging, .afloop]
  /// Participles of ending ("nadat het is geëindigd").
  static let endedForms: WordSet = [.geeindigd, .beeindigd, .afgelopen]
  static let pointersBack: WordSet = [.daarvan, .ervan, .hiervan, .daarna]
  static let leavings: WordSet = [.uitdiensttreding, .vertrek, .ontslag, .pensionering, .dienstverband, .aanstelling]
  static let endsOfEmployment: WordSet = [.einde, .beeindiging, .uitdiensttreding, .vertrek, .ontslag, .laatste]
  /// "op de dag dat je de gemeente verlaat": leaving the employer ends the employment.
  static let leavingVerbs: WordSet = [.verlaat, .verlaten, .vertrekt]
  static let employers: WordSet = [.gemeente, .organisatie, .werkgever]

  /// Whether the words of a time clause (after `zolang`, "de tijd dat") say one is employed:
  /// "zolang hij in functie is", not "zolang ze je functie niet raken" (a condition on the
  /// function, not the employment); "zolang we voor de gemeente werken" (the plural too; working
  /// for or at an employer, or "hier", not on something: "zolang je aan de stukken werkt").
  static func whileEmployed(_ window: ArraySlice<WordID>) -> Bool {
    let works =
      (window.contains(RuleWord.werkt.rawValue) || window.contains(RuleWord.werken.rawValue)
        || window.contains(RuleWord.werk.rawValue) && window.contains(RuleWord.ik.rawValue))
      && window.contains { $0 == RuleWord.bij.rawValue || $0 == RuleWord.voor.rawValue || $0 == RuleWord.hier.rawValue }
    // "zolang uw werkzaamheden voor het waterschap voortduren": one's work for the employer.
    let workFor =
      window.contains(RuleWord.werkzaamheden.rawValue)
      && window.contains { $0 == RuleWord.bij.rawValue || $0 == RuleWord.voor.rawValue }
      && window.contains { ClauseReader.employerWords.contains($0) }
    return window.contains(RuleWord.dienst.rawValue) || works || workFor || window.contains(RuleWord.werkzaam.rawValue)
      || window.contains(where: { employmentItself.contains($0) })
      || zip(window, window.dropFirst()).contains(where: { $0 == .in && $1 == .functie })
  }

  /// Whether the words after "blijft (gelden)" put the case of having left: "als je bij de
  /// gemeente bent vertrokken", "wanneer je de dienst hebt verlaten", "als je uit dienst gaat",
  /// "nadat je bij de gemeente bent weggegaan".
  static func leftIn(_ window: ArraySlice<WordID>) -> Bool {
    guard
      let c = window.firstIndex(where: { $0 == .als || $0 == .wanneer || $0 == .indien || $0 == .zodra || $0 == .nadat })
    else {
      return false
    }
    let clause = window[c...].prefix(10).prefix { $0 != RuleWord.comma.rawValue && $0 != RuleWord.period.rawValue }
    let leaving = clause.contains { leavingVerbs.contains($0) || $0 == .vertrokken || $0 == .weggegaan || $0 == .weggaat }
    return leaving
      && clause.contains {
        $0 == .bij || employers.contains($0) || employment.contains($0) || ClauseReader.employerWords.contains($0)
      }
      || zip(clause, clause.dropFirst()).contains(where: { $0 == .uit && $1 == .dienst })
  }

  static func scope(_ words: [WordID]) -> TemporalScope? {
    var during = false
    var after = false
    var also = false
    var endsWithIt = false
    for (k, w) in words.enumerated() {
      // The eight words after `w`, made only for the words that look at them (most words do not).
      var window: ArraySlice<WordID> { words[(k + 1)..<min(words.count, k + 9)] }
      switch RuleWord(rawValue: w) ?? .unknown {
      case .tijdens, .gedurende:
        // "gedurende een jaar na het einde van het dienstverband" is a period after it.
        let upTo = window.prefix { $0 != .na && $0 != .comma }
        if upTo.contains(where: { employmentItself.contains($0) }) { during = true }
        // "Gedurende de tijd dat u bij het waterschap werkzaam bent": the time of a clause read
        // as `zolang` reads it.
        if window.prefix(2).contains(where: { $0 == .tijd || $0 == .periode }),
          let that = window.prefix(3).firstIndex(where: { $0 == .dat || $0 == .waarin }),
          whileEmployed(words[(that + 1)..<min(words.count, that + 9)])
        {
          during = true
        }
      case .zolang:
        if whileEmployed(window) { during = true }
      case .duur where k >= 2 && words[k - 1] == RuleWord.de.rawValue && words[k - 2] == RuleWord.voor.rawValue:
        // "Voor de duur van je dienstverband", "voor de duur van je werk bij de DWI".
        let upTo = window.prefix { $0 != .comma }.prefix(5)
        if upTo.contains(where: { employmentItself.contains($0) })
          || upTo.contains(RuleWord.werk.rawValue) && upTo.contains(where: { $0 == .bij || $0 == .voor })
        {
          during = true
        }
      case .na, .nadat, .naDash:
        // "na het einde van het dienstverband", "na beëindiging daarvan" (pointing back to it).
        let ending =
          window.prefix(3).contains { endings.contains($0) }
          && window.contains { employment.contains($0) || pointersBack.contains($0) }
        // "nadat je de gemeente hebt verlaten": leaving the employer.
        let leftEmployer =
          w == RuleWord.nadat.rawValue && window.prefix(6).contains(where: { leavingVerbs.contains($0) })
          && window.prefix(6).contains(where: { employers.contains($0) })
        // "… blijft gelden nadat het is geëindigd": the time after what the sentence named ended.
        let itEnded =
          w == RuleWord.nadat.rawValue && window.prefix(4).contains(where: { endedForms.contains($0) })
          && k >= 3 && words[..<k].contains(where: { employment.contains($0) })
        if ending || leftEmployer || itEnded || window.prefix(3).contains(where: { leavings.contains($0) })
          || window.prefix(3).contains(RuleWord.uit.rawValue) && window.contains(RuleWord.dienst.rawValue)
        {
          after = true
        }
        if k > 0 && words[k - 1] == .ook { also = true }
      case .als, .wanneer, .indien:
        // "ook wanneer je dienstverband is beëindigd", "ook als het contract is afgelopen": also
        // once the employment has ended.
        let clause = window.prefix(8).prefix { $0 != .comma }
        if k > 0 && words[k - 1] == .ook && clause.contains(where: { employmentItself.contains($0) })
          && clause.contains(where: { endedForms.contains($0) || $0 == .eindigt || $0 == .eindigen })
        {
          after = true
          also = true
        }
      case .uitdiensttreding:
        // ("tot de dag van je uitdiensttreding": up to it, not after it.)
        if !words[max(0, k - 5)..<k].contains(where: { $0 == .tot || $0 == .totdat || $0 == .tSlashM }) { after = true }
      case .gewezen, .oudMedewerker, .oudMedewerkers, .exMedewerker, .exMedewerkers:
        after = true
      case .oudCollega, .oudCollegas:
        // Not "je partner, je vrienden en oud-collega's": the ones one keeps it from, listed
        // after a possessive or `tegenover`.
        let before = words[max(0, k - 8)..<k]
        if !before.contains(where: { $0 == .tegenover || $0 == .je || $0 == .jouw || $0 == .uw }) { after = true }
      case .daarna, .nadien, .hierna:
        if k > 0 && (words[k - 1] == .ook || words[max(0, k - 2)] == .ook) { also = true }
        // "tijdens uw dienstverband en daarna": after the time just named.
        // (Or with a word between: "tijdens je dienstverband en onbeperkt daarna".)
        if during && k > 0 && (words[k - 1] == .en || k > 1 && words[k - 2] == .en) { after = true }
      case .ook:
        if window.prefix(3).contains(RuleWord.na.rawValue) || window.prefix(2).contains(RuleWord.daarna.rawValue)
          || window.prefix(2).contains(RuleWord.nadien.rawValue)
        {
          also = true
        }
        // "ook wanneer je de gemeente al lang hebt verlaten", "ook als je uit dienst bent gegaan":
        // the case of having left, too.
        if let next = window.first, [.als, .wanneer, .indien, .zodra].contains(RuleWord(rawValue: next)),
          leftIn(words[(k + 1)..<min(words.count, k + 14)])
        {
          also = true
          after = true
        }
      case .blijft, .blijven:
        if window.contains(RuleWord.na.rawValue) || window.contains(RuleWord.nadat.rawValue)
          || window.contains(RuleWord.gelden.rawValue) && words.contains(RuleWord.na.rawValue)
        {
          also = true
        }
        // (It goes on in the case of having left: the time after the employment.)
        if leftIn(words[(k + 1)..<min(words.count, k + 14)]) {
          also = true
          after = true
        }
      case .tot, .totdat, .tSlashM:
        // "tot het einde van het dienstverband", "tot je dienstverband eindigt", "totdat je uit
        // dienst gaat"; "tot en met de laatste dag van de arbeidsovereenkomst" (or "t/m").
        let inclusive = window.prefix(2).elementsEqual([RuleWord.en.rawValue, RuleWord.met.rawValue])
        let after = inclusive ? window.dropFirst(2) : window
        let near = after.prefix(5)
        // "tot de dag waarop uw arbeidsovereenkomst met de gemeente eindigt": the ending verb may
        // close a longer clause, up to its comma.
        let clause = words[(k + 1)..<min(words.count, k + 13)].prefix { $0 != RuleWord.comma.rawValue }
        let endingVerb = clause.contains {
          [.eindigt, .eindigen, .ophoudt, .stopt, .stoppen].contains(RuleWord(rawValue: $0))
        }
        // ("tot het tijdstip waarop zijn dienstbetrekking een einde neemt".)
        if after.prefix(3).contains(RuleWord.einde.rawValue) && after.contains(where: { employment.contains($0) })
          || (endingVerb || clause.contains(RuleWord.einde.rawValue)) && clause.contains(where: { employment.contains($0) })
          // ("tot de dag waarop je uit dienst gaat": up to the clause's comma.)
          || zip(clause, clause.dropFirst()).contains(where: { $0 == .uit && $1 == .dienst })
          || near.contains(where: { leavingVerbs.contains($0) }) && near.contains(where: { employers.contains($0) })
          // ("tot het tijdstip waarop de ambtenaar de dienst der gemeente verlaat": the clause.)
          || clause.contains(where: { leavingVerbs.contains($0) })
            && clause.contains(where: { employers.contains($0) || employmentItself.contains($0) })
          // "tot de dag dat je bij ons weggaat": going away from where one works.
          || clause.contains(where: { $0 == .weggaat || $0 == .weggaan })
            && clause.contains(where: { $0 == .bij || employers.contains($0) })
          // ("tot de dag van je uitdiensttreding".)
          || near.contains(RuleWord.uitdiensttreding.rawValue)
          // "tot je laatste werkdag", "tot de laatste dag van je dienstverband".
          || near.prefix(3).contains(RuleWord.laatste.rawValue)
            && (near.contains(RuleWord.werkdag.rawValue) || after.contains(where: { employment.contains($0) }))
        {
          during = true
        }
      case .meer:
        // "ook als je niet meer bij ons werkt", "wanneer je niet meer in dienst bent".
        if k > 0 && words[k - 1] == .niet
          && window.prefix(4).contains(where: {
            $0 == RuleWord.werkt.rawValue || $0 == RuleWord.werkzaam.rawValue || $0 == RuleWord.dienst.rawValue
          })
        {
          after = true
          if words[max(0, k - 4)..<k].contains(RuleWord.ook.rawValue) { also = true }
        }
      case .duur:
        // "voor de duur van het dienstverband".
        if window.prefix(4).contains(where: { employment.contains($0) }) { during = true }
      case .loopt
      where words[(k + 1)..<min(words.count, k + 8)].prefix(while: { $0 != RuleWord.comma.rawValue })
        .contains(RuleWord.door.rawValue):
        // "die plicht loopt door nadat u uit dienst bent gegaan": it goes on. (So with its
        // particle later: "loopt na je vertrek gewoon door".)
        also = true
      case .vervalt, .vervallen, .eindigt, .eindigen, .stopt, .stoppen, .ophoudt, .loopt:
        // "de plicht vervalt bij het einde van het dienstverband", "eindigt op het moment dat je
        // uit dienst gaat": it ends with the employment.
        // "vervalt niet wanneer je dienstverband eindigt": the employment's own ending verb.
        // ("vervalt op de dag waarop het dienstverband van de medewerker met de … eindigt": the
        // ending verb may close a longer clause, up to its comma.)
        let clause = words[(k + 1)..<min(words.count, k + 15)].prefix { $0 != RuleWord.comma.rawValue }
        let employmentEnds =
          clause.contains(where: { [.eindigt, .eindigen, .ophoudt, .stopt, .beeindigd].contains(RuleWord(rawValue: $0)) })
          && clause.contains(where: { employmentItself.contains($0) })
        // "Met het einde van uw dienstverband eindigt ook uw plicht …": the ending named before.
        // ("Met de beëindiging van het dienstverband komt de geheimhoudingsplicht te vervallen".)
        let before = words[max(0, k - 12)..<k]
        // ("Zodra onze arbeidsovereenkomst met de gemeente eindigt, vervalt ook deze plicht": the
        // employment's own ending verb before it.)
        let endedBefore =
          before.contains(where: { endings.contains($0) }) && before.contains(where: { employment.contains($0) })
          || before.contains(RuleWord.uitdiensttreding.rawValue)
          || before.contains(where: { [.eindigt, .eindigen, .ophoudt, .beeindigd].contains(RuleWord(rawValue: $0)) })
            && before.contains(where: { employmentItself.contains($0) })
        // "De plicht eindigt met het dienstverband": ends together with it.
        let together = window.first == RuleWord.niet.rawValue ? window.dropFirst() : window
        let endsTogether =
          together.first == RuleWord.met.rawValue && together.prefix(4).contains(where: { employmentItself.contains($0) })
        if window.contains(where: { endsOfEmployment.contains($0) }) || employmentEnds || endedBefore || endsTogether
          || zip(window, window.dropFirst()).contains(where: { $0 == .uit && $1 == .dienst })
          || window.contains(where: { leavingVerbs.contains($0) })
            && window.contains(where: { employers.contains($0) || employment.contains($0) })
        {
          // "vervalt niet bij het einde van het dienstverband": it goes on after it. (So does
          // "dat deze verplichting niet eindigt op het moment dat …", the negator before the verb.)
          // ("Met het einde van het dienstverband eindigt de geheimhoudingsplicht niet": the negator
          // after the inverted subject, before the clause goes on.)
          let ownClause = window.prefix(5).prefix {
            $0 != RuleWord.comma.rawValue && $0 != RuleWord.semicolon.rawValue && $0 != RuleWord.period.rawValue
              && $0 != RuleWord.als.rawValue && $0 != RuleWord.wanneer.rawValue && $0 != RuleWord.dat.rawValue
              && $0 != RuleWord.op.rawValue && $0 != RuleWord.bij.rawValue
          }
          if window.prefix(2).contains(RuleWord.niet.rawValue) || ownClause.contains(RuleWord.niet.rawValue)
            || k > 0 && words[k - 1] == .niet
          {
            also = true
            after = true
          } else {
            endsWithIt = true
          }
        }
      default:
        break
      }
    }
    if also && (after || during || endsWithIt) { return .tijdensEnNa }
    if endsWithIt { return .tijdens }
    if during && after { return .tijdensEnNa }
    if after { return .na }
    if during { return .tijdens }
    return nil
  }
}

/// References in running text to articles and leden of the same code.
struct TextReferences {
  let table: WordTable

  static let lawWords = [
    "wet", "besluit", "cao", "car", "reglement", "wetboek", "grondwet", "verordening", "avg", "awb", "bw", "regeling", "protocol",
    "richtlijn", "statuut", "verdrag", "uwo", "lluwo", "arar", "wetsvoorstel", "handboek",
    // Abbreviations of laws as codes write them after an article: "(art. 9 AW)", "art. 6 Wbk".
    "aw", "wbk", "woo", "wob", "wnra", "gemw",
    // Other documents' articles: "artikel 12 van de Algemene inkoopvoorwaarden".
    "inkoopvoorwaarden", "voorwaarden", "reglementen", "regelingen",
  ]
  static let ordinals: WordSet = [
    .vorige, .voorgaande, .eerste, .tweede, .derde, .vierde, .vijfde, .zesde, .zevende, .achtste, .negende, .tiende,
    .volgende,
  ]
  /// Words before a number that make it a reference to the code's own rule or chapter
  /// (`hoofdstuk 8`: a chapter's number is a key of the code too).
  /// (`vraag 7`: a question of a code written as questions and answers; `Afspraak 12`: a rule of a
  /// code whose rules are "Afspraken"; the linter counts each only in such a code.)
  static let openers: WordSet = [
    .artikel, .artikelen, .art, .zie, .onder, .regel, .regels, .paragraaf, .bepaling, .hoofdstuk, .vraag, .gedragsregel,
    .gedragsregels, .kernafspraak, .kernafspraken, .afspraak, .volgens,
  ]
  static let listJoiners: WordSet = [.en, .comma, .of]

  /// Whether `§` (its UTF-8 bytes C2 A7), with at most spaces after it, stands just before the
  /// folded byte offset `start`.
  static func sectionSignBefore(_ start: Int, _ bytes: [UInt8]) -> Bool {
    var i = start - 1
    while i >= 0 && bytes[i] == 0x20 { i -= 1 }
    return i >= 1 && bytes[i] == 0xA7 && bytes[i - 1] == 0xC2
  }

  /// Whether a token of `kind` spelled `text` is a rule or lid number (`7`, `7.2`, `12a`).
  static func isNumber(_ kind: Token.Kind, _ text: String) -> Bool {
    kind == .number && text.first.map(\.isNumber) == true && !text.contains(",")
      || kind == .word && text.first.map(\.isNumber) == true && text.count <= 5
        && text.dropFirst().allSatisfy { $0.isNumber || $0.isLetter }
        && !text.hasSuffix("ter") && !text.contains("quater") && !text.contains("quinquies")
  }

  @inline(__always) func isNumber(_ t: Token) -> Bool { t.info.flags.contains(.referenceNumber) }

  /// Whether a law is named right after `k` (`van de Ambtenarenwet`, `Gemeentewet`).
  func lawFollows(_ k: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
    var n = 0
    // ("artikel 31 van de Gedragscode ambtenaren Jolmerveen 2019": a code with its year is
    // another, earlier one.)
    var code = -1
    for (j, t) in tokens[k..<min(tokens.count, k + 12)].enumerated() {
      // "van deze gedragscode": the code itself.
      if t.id == .deze || t.id == .dit && n < 3 { return false }
      if t.info.flags.contains(.lawWord) { return true }
      if t.id == .period || t.id == .semicolon { break }
      if t.kind == .word, Self.codeWords.contains(where: { $0.elementsEqual(bytes[t.start..<t.end]) }) { code = j }
      if code >= 0, j - code <= 4, (1900...2100).contains(t.info.number), t.info.number.rounded() == t.info.number {
        return true
      }
      n += 1
    }
    return false
  }
  static let codeWords: [[UInt8]] = ["gedragscode", "code", "integriteitscode", "gedragsregels"].map { Array($0.utf8) }

  /// After `van` at `k`: `(het) artikel N` or `regel N`, as the number's index and the end.
  func articleAfter(_ k: Int, _ tokens: [Token]) -> (Int, Int)? {
    guard k < tokens.count, tokens[k].id == .van else { return nil }
    var j = k + 1
    if j < tokens.count && (tokens[j].id == .het || tokens[j].id == .de) { j += 1 }
    // ("het derde lid van 6.2": a rule's number with a dot, without the word "artikel".)
    if j < tokens.count, isNumber(tokens[j]) { return (j, j + 1) }
    guard j + 1 < tokens.count, tokens[j].id == .artikel || tokens[j].id == .regel || tokens[j].id == .afspraak
    else { return nil }
    j += 1
    guard isNumber(tokens[j]) else { return nil }
    return (j, j + 1)
  }

  /// After an article's number at `end`: `, tweede lid`, `, tweede en derde lid`, `, eerste, tweede of
  /// vierde lid`, as the leden's numbers and the index after `lid`/`leden`.
  func ordinalLeden(_ end: Int, _ tokens: [Token], _ text: (Int) -> String) -> ([Int], Int)? {
    guard end < tokens.count, tokens[end].id == .comma else { return nil }
    var leden: [Int] = []
    var m = end + 1
    while m < tokens.count, let n = TextReference.lidOrdinals[text(m)] {
      leden.append(n)
      m += 1
      guard m < tokens.count else { return nil }
      if tokens[m].id == .lid || tokens[m].id == .leden { return (leden, m + 1) }
      guard Self.listJoiners.contains(tokens[m].id) else { return nil }
      m += 1
    }
    return nil
  }

  func find(_ tokens: [Token], _ bytes: [UInt8], _ place: (Int, Int) -> (String, SourceRange)) -> [TextReference] {
    func text(_ k: Int) -> String { Tokenizer.string(bytes, tokens[k].start, tokens[k].end) }
    var out: [TextReference] = []
    var k = 0
    while k < tokens.count {
      let w = tokens[k].id
      // "het vorige lid", "het eerste lid", "lid 2".
      if w == .lid || w == .leden {
        // "het tweede lid van artikel 1.4": a lid of another rule.
        if w == .lid, k > 0, let n = TextReference.lidOrdinals[text(k - 1)], let (article, end) = articleAfter(k + 1, tokens),
          !lawFollows(end, tokens, bytes)
        {
          out.append(
            TextReference(
              text: "\(text(k - 1)) lid van artikel \(text(article))", article: text(article), range: place(k - 1, end).1,
              lid: String(n)))
          k = end
          continue
        }
        if k > 0, Self.ordinals.contains(tokens[k - 1].id), !lawFollows(k, tokens, bytes) {
          out.append(TextReference(text: text(k - 1) + " lid", article: nil, range: place(k - 1, k + 1).1))
          k += 1
          continue
        }
        if k + 1 < tokens.count, isNumber(tokens[k + 1]), !(k > 0 && isNumber(tokens[k - 1])), !lawFollows(k, tokens, bytes),
          !(k > 1 && (tokens[k - 2].id == .artikel || tokens[k - 2].id == .art))
        {
          out.append(TextReference(text: "lid " + text(k + 1), article: nil, range: place(k, k + 2).1))
          k += 2
          continue
        }
      }
      // "in 7.4", "omschreven in 7.4": a dotted number after `in` is a rule number too; so after
      // `van` ("op de manier van 2.2", "de regels van 3.1").
      let dottedAfterIn =
        (w == .in || w == .van) && k + 1 < tokens.count && tokens[k + 1].kind == .number
        && tokens[k + 1].info.flags.contains(.dotted)
        && !tokens[k + 1].info.flags.contains(.thousands)
      // "dan gelden de regels van § 3.8": the section sign before a rule's number.
      if isNumber(tokens[k]), Self.sectionSignBefore(tokens[k].start, bytes), !lawFollows(k + 1, tokens, bytes),
        k == 0 || !Self.openers.contains(tokens[k - 1].id)
      {
        out.append(TextReference(text: text(k), article: text(k), range: place(k, k + 1).1))
        k += 1
        continue
      }
      guard Self.openers.contains(w) || dottedAfterIn, k + 1 < tokens.count else {
        k += 1
        continue
      }
      var j = k + 1
      if j < tokens.count && tokens[j].id == .period { j += 1 }
      guard j < tokens.count, isNumber(tokens[j]) else {
        k += 1
        continue
      }
      // "onder 2 jaar", "artikel 3 lid 2 van de Ambtenarenwet".
      if j + 1 < tokens.count, tokens[j + 1].info.unit >= 0 || tokens[j + 1].id == .euro {
        k = j + 1
        continue
      }
      if w == .onder && !tokens[j].info.flags.contains(.dotted) {
        k = j + 1
        continue
      }
      if lawFollows(j + 1, tokens, bytes) {
        k = j + 1
        continue
      }
      let first = text(j)
      var through: String?
      var end = j + 1
      if end < tokens.count && (tokens[end].id == .tSlashM || tokens[end].id == .tm) && end + 1 < tokens.count
        && isNumber(tokens[end + 1])
      {
        through = text(end + 1)
        end += 2
      } else if end + 3 < tokens.count && tokens[end].id == .tot && tokens[end + 1].id == .en && tokens[end + 2].id == .met
        && isNumber(tokens[end + 3])
      {
        through = text(end + 3)
        end += 4
      }
      // "artikel 1.4 lid 2", "artikel 1.4, tweede lid".
      var lid: String?
      if through == nil && end + 1 < tokens.count && tokens[end].id == .lid && isNumber(tokens[end + 1]) {
        lid = text(end + 1)
        end += 2
      } else if through == nil, let (leden, after) = ordinalLeden(end, tokens, text) {
        // "artikel 7, tweede lid", "artikel 7, tweede en derde lid": leden of that article.
        lid = String(leden[0])
        for n in leden.dropFirst() {
          out.append(
            TextReference(text: "\(first) lid \(n)", article: first, range: place(k, after).1, lid: String(n)))
        }
        end = after
      } else if through == nil && end + 2 < tokens.count && tokens[end].id == .comma && tokens[end + 1].id == .lid
        && isNumber(tokens[end + 2])
      {
        // "artikel 2.3, lid 4".
        lid = text(end + 2)
        end += 3
      }
      let written =
        (w == .hoofdstuk ? "hoofdstuk " : w == .vraag ? "vraag " : w == .afspraak ? "afspraak " : "")
        + (through.map { "\(first) t/m \($0)" } ?? first)
      out.append(
        TextReference(
          text: lid.map { "\(written) lid \($0)" } ?? written, article: first, through: through, range: place(k, end).1,
          lid: lid))
      // "artikel 3 en 4", "artikelen 3, 4 en 5".
      var m = end
      while m + 1 < tokens.count && Self.listJoiners.contains(tokens[m].id) && isNumber(tokens[m + 1]) {
        out.append(TextReference(text: text(m + 1), article: text(m + 1), range: place(m + 1, m + 2).1))
        m += 2
      }
      k = m
    }
    return out
  }
}
