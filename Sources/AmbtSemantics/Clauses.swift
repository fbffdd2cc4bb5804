/// The clauses of a sentence: the main clause (or clauses), and the subordinate clauses that
/// qualify it, each with what it does for the norm.
struct Clause: Sendable {
  enum Kind: Sendable, Equatable {
    case main
    /// Another main clause joined by `en`, `maar`, `of`.
    case coordinate
    /// `als`, `indien`, `wanneer`, `zodra`, `voor zover`, `zonder dat`.
    case condition
    /// `tenzij`, `behalve`, `uitgezonderd`.
    case exception
    /// `mits`.
    case proviso
    /// `zolang`, `nadat`, `voordat`, `totdat`, `terwijl`.
    case temporal
    /// `omdat`, `zodat`, `hoewel`, `zoals`, …: a reason or comparison.
    case cause
    /// `dat` or `of` after a verb or frame: the content of what is said, expected or asked.
    case complement
    /// `om … te …`.
    case infinitive
    /// `die`, `dat`, `waarin`, … after a noun.
    case relative
  }

  var kind: Kind
  /// Token indices into the sentence.
  var indices: [Int]
}

/// Splits a sentence into clauses (ANS 10.3 and 14.x: a subordinate clause opens with its
/// conjunction or relative pronoun and, verb-final, ends at a comma or where an inverted main
/// clause resumes: "Als je twijfelt overleg je …").
struct ClauseSplitter {
  let table: WordTable
  let words: SentenceWords
  /// Whether each word is a finite verb here (`isFinite`), computed once.
  let finite: [Bool]

  static let subjectPronouns: WordSet = [.je, .jij, .u, .hij, .zij, .ze, .we, .wij, .men, .het, .er, .ik]
  static let pronominalAdverbs: WordSet = [.er, .ervan, .erop, .eraan, .ervoor, .erover]
  static let frameBefore: WordSet = [
    .belangrijk, .bedoeling, .verwachting, .duidelijk, .vanzelfsprekend, .ervan, .ervoor, .erop, .eraan, .erover, .erbij, .ermee,
    .zaak,
    .daarvan, .daarvoor, .daarop, .zo, .zodanig, .noodzakelijk, .essentieel, .wenselijk, .gewenst, .nodig, .mogelijk,
    .toegestaan, .verboden, .verplicht, .ongewenst, .onwenselijk, .uitgesloten, .vereist, .goed, .raadzaam, .verstandig,
    .norm, .regel, .uitgangspunt, .afspraak, .betekent, .inhoudt, .houdt, .feit, .besef, .bewust, .zorg, .erg,
    .voorwaarde, .kans, .risico, .schijn, .gevaar, .uiteraard, .wel, .niet, .toe,
  ]
  static let notConditionBefore: WordSet = [
    .zowel, .zo, .even, .evenals, .beschouwd, .aangemerkt, .gezien, .geldt, .gelden, .fungeert, .optreedt, .optreden,
    .handelt, .handelen, .werkt, .werken, .ander, .anders, .zelfde, .dezelfde, .hetzelfde, .tegelijk,
  ]
  /// After `als`: a role, not a condition ("als ambtenaar").
  static let asRole: WordSet = [
    .ambtenaar, .medewerker, .werknemer, .privepersoon, .burger, .bedoeld, .genoemd, .omschreven, .vermeld, .oudMedewerker,
    // ("Als vrijwilliger aan de slag gaan bij … is meestal geen probleem": a capacity.)
    .vrijwilliger,
  ]
  /// A condition has its own subject: "als je …", "als de waarde …".
  static let conditionSubjects: WordSet = [
    .je, .jij, .u, .hij, .zij, .ze, .we, .wij, .men, .er, .het, .de, .een, .dit, .dat, .deze, .die, .iemand,
    .iets, .niemand, .jouw, .uw, .zijn, .haar, .hun, .onze, .dergelijke, .daarbij, .hierbij, .blijkt, .sprake,
  ]
  /// Verbs of asking, judging and finding out: any form of one before `of` opens an indirect
  /// question ("wordt beoordeeld of", "heeft nagevraagd of", "onderzocht of"). From general usage
  /// (ANS 10.3.3 on `of` as a complementizer of indirect questions).
  static let askingVerbs: Set<String> = [
    "vragen", "navragen", "twijfelen", "beoordelen", "bepalen", "weten", "checken", "controleren", "toetsen",
    "nagaan", "beslissen", "besluiten", "bekijken", "onderzoeken", "afwegen", "overwegen", "vaststellen",
    "nakijken", "uitzoeken", "inschatten", "verifieren", "verifiëren", "informeren", "peilen",
  ]
  /// Words before an indirect question with `of`.
  static let asks: WordSet = [
    .vraag, .vraagt, .vragen, .twijfel, .twijfelt, .twijfelen, .na, .beoordeelt, .beoordelen, .bepaalt, .bepalen,
    .weet, .weten, .checkt, .controleert, .toetst, .toetsen, .nagaan, .gaat, .afweging, .oordeelt, .beslist,
    .bekijkt, .bekijken, .onderzoekt, .je, .u, .zeker,
  ]
  /// Exceptions that are also prepositions (`behoudens toestemming`, `behalve met toestemming`),
  /// and the words after them that open a clause instead (`behalve als`, `behoudens dat`).
  static let prepositionalExceptions: WordSet = [.behoudens, .behalve, .uitgezonderd]
  static let clauseAfterException: WordSet = [.als, .indien, .wanneer, .dat, .zodra, .voor, .in]

  /// Verbs of asking someone ("vraag … of"), with the one asked as their object.
  static let askingSomeone: WordSet = [.vraag, .vraagt, .vragen]

  /// Whether a role ends just before `of` at `k`, with an asking verb in the three words before
  /// the role ("vraag je je leidinggevende of je het mag houden"): an indirect question.
  func asksSomeone(before k: Int) -> Bool {
    let ids = words.ids
    for start in max(0, k - 3)..<k {
      guard let (_, length) = table.role(at: start, in: words), start + length == k else { continue }
      return (max(0, start - 3)..<start).contains { Self.askingSomeone.contains(ids[$0]) }
    }
    return false
  }

  /// Before `dat`: a neuter noun's determiner, so `dat` is relative ("het geschenk dat").
  static let neuterDeterminers: WordSet = [.het, .een, .dit, .elk, .ieder, .geen, .enig, .enkel, .zoN, .welk]
  static let verbFirstSubjects: WordSet = [.je, .jij, .u, .hij, .zij, .er, .dit, .dat, .het]
  static let invertedSubjects: WordSet = [.je, .jij, .u, .hij, .zij, .we, .wij, .ik]
  /// Words that open a subject after an inverted finite verb besides the pronouns: articles,
  /// determiners and impersonal pronouns ("is het …", "mag de medewerker …", "geldt er …").
  static let nounSubjectStarts: WordSet = [
    .het, .er, .de, .een, .men, .dit, .deze, .elke, .ieder, .iedere, .alle, .niemand, .iemand,
  ]
  /// Words after which a `dat` that follows a verb is its object: adverbs of time and manner and
  /// the prepositions of a report's recipient.
  static let afterObjectDat: WordSet = [
    .dan, .direct, .onmiddellijk, .vooraf, .altijd, .tijdig, .eerst, .schriftelijk, .bij, .aan, .via, .zo,
  ]
  /// Finite verbs that take `te` and an infinitive ("dient … te melden", "hoeft … niet te").
  static let teVerbs: WordSet = [.dient, .dienen, .hoeft, .behoort, .behoren]
  /// Their forms before an inverted `je` ("dien je", "hoef je").
  /// (And verbs of promise and effort: "belooft zijn financiële belangen die … kunnen raken te
  /// melden", "verbindt zich …", "tracht …".)
  static let teVerbStems: Set<String> = [
    "dien", "hoef", "behoor", "gehouden", "verplicht", "beloof", "belooft", "beloven", "verbindt", "verbinden",
    "tracht", "trachten", "probeer", "probeert", "proberen",
  ]
  /// Words after `maar` that restrict what came before rather than start a subject ("…, maar
  /// alleen als …", "…, maar wel na overleg").
  static let notSubjectStarts: WordSet = [.alleen, .wel, .ook, .dan, .pas, .zeker, .altijd, .nooit, .zo, .daarom, .dus]

  /// Adverbs of order that may stand between `en` and an inverted main clause's verb.
  static let orderAdverbs: [[UInt8]] = [
    "daarna", "dan", "vervolgens", "nadien", "daarop", "tenslotte", "bovendien", "verder", "tevens",
    "daarnaast", "ook", "zo",
  ].map { Array($0.utf8) }
  /// The finite forms of `zullen` (with `zult`, which `willing` leaves out, and without `willen`,
  /// whose "wil dat …" does take a dat-clause: after these, `dat` is a pronoun).
  static let futureForms: WordSet = [.zal, .zult, .zullen, .zou, .zouden]
  /// Personal pronouns that are only ever a subject.
  static let personalSubjects: WordSet = [.je, .jij, .u, .hij, .wij, .we, .men, .ik]
  /// Words that open an aside between commas: an example or a reason.
  static let asideOpeners: WordSet = [.bijvoorbeeld, .zoals, .omdat, .doordat]
  static let coordinators: WordSet = [.en, .maar, .of, .dus]
  /// Words after which a bare verb stem is a noun (`ClauseSplitter.init`).
  static let nounDeterminers: WordSet = [.een, .geen, .de, .elk, .ieder, .enig, .welk, .uw, .jouw, .onze, .mijn, .hun]
  /// Determiners that are also a subject or a verb ("Dit geldt", "die zijn accepteert u niet"):
  /// only a bare stem after them is a noun.
  static let ambiguousDeterminers: WordSet = [.deze, .dit, .zijn, .haar]
  static let openerAdverbs: WordSet = [.bijvoorbeeld, .zoals, .vooral]
  static let restrictingFirst: WordSet = [.alleen, .uitsluitend, .slechts]

  init(table: WordTable, words: SentenceWords) {
    self.table = table
    self.words = words
    // `repeatElement` allocates through code specialized for `Bool`; `init(repeating:count:)`
    // looked the storage type up in the runtime for every sentence.
    var finite = Array(repeatElement(false, count: words.count))
    for k in words.indices {
      let f = words.infos[k].flags
      // The plural present is the infinitive's form ("die horen", "dat ambtenaren verkeren"),
      // unless `te` stands before it.
      finite[k] = k > 0 && words.ids[k - 1] != .te && f.contains(.infinitive) || f.contains(.finiteLike)
      // "geen aanvraag", "een bericht", "uw bezit": a verb form right after an article, `geen` or
      // a possessive is a noun, not a finite verb. After `deze`, `dit`, `zijn` or `haar`, which
      // may be a subject or a verb ("Dit geldt ook …", "… waard zijn accepteert u niet"), only a
      // bare stem is.
      if finite[k], k > 0, !f.contains(.infinitive), !f.contains(.modal),
        Self.nounDeterminers.contains(words.ids[k - 1])
          // (A bare stem after a preposition is a noun too: "na afloop van het project".)
          || (Self.ambiguousDeterminers.contains(words.ids[k - 1]) || ClauseReader.prepositions.contains(words.ids[k - 1]))
            && !f.contains(.endsT),
        !ClauseReader.auxiliaryForms.contains(words.ids[k])
      {
        finite[k] = false
      }
      // "dat hij zijn belangen … meldt": after a singular pronoun `zijn` cannot agree as a verb
      // ("hij is", "u bent"); it is the possessive.
      if finite[k], k > 0, words.ids[k] == .zijn, words.ids[k - 1] == .hij || words.ids[k - 1] == .u {
        finite[k] = false
      }
      // ("… en je bezit van en transacties met effecten": a bare stem after `je` with `van` after
      // it is a noun.)
      // ("zolang je werk voor de gemeente daar niet onder lijdt": after `je`, a bare stem without
      // -t is a noun; the verb would be "je werkt".)
      // (Only with a finite verb in -t later in the clause: "als je meld?" keeps its verb.)
      if finite[k], k > 0, words.ids[k - 1] == .je, !f.contains(.endsT), !f.contains(.infinitive), !f.contains(.modal),
        !ClauseReader.auxiliaryForms.contains(words.ids[k]), k < 2 || !finite[k - 2],
        words.indices[(k + 1)...].prefix(while: { words.kinds[$0] != .punctuation }).contains(where: {
          words.flags($0).contains(.finite) && words.flags($0).contains(.endsT)
        })
      {
        finite[k] = false
      }
      // ("naast je werk geen opdrachten, …": after a preposition, `je` is a possessive, and the
      // bare stem after it a noun.)
      if finite[k], k > 1, words.ids[k - 1] == .je,
        ClauseReader.prepositions.contains(words.ids[k - 2]) || words.ids[k - 2] == .naast,
        !f.contains(.endsT), !f.contains(.infinitive), !f.contains(.modal), !ClauseReader.auxiliaryForms.contains(words.ids[k])
      {
        finite[k] = false
      }
      // ("Van die opgaven wordt …": after a preposition, `die` is a demonstrative and the word after
      // it a noun, whatever verb form it shares its spelling with.)
      if finite[k], k > 1, words.ids[k - 1] == .die, ClauseReader.prepositions.contains(words.ids[k - 2]),
        !f.contains(.modal), !ClauseReader.auxiliaryForms.contains(words.ids[k])
      {
        finite[k] = false
      }
      // ("goed functioneren van VRNZ", in a telegram style without the article: a noun.)
      if finite[k], k > 0, k + 1 < words.count, words.ids[k - 1] == .goed, words.ids[k + 1] == .van, f.contains(.infinitive) {
        finite[k] = false
      }
      // (With a -t only in a list of nouns: "je aandelen en je bezit van effecten".)
      if finite[k], k > 0, k + 1 < words.count, words.ids[k - 1] == .je, words.ids[k + 1] == .van,
        !f.contains(.endsT) || k > 1 && (words.ids[k - 2] == .en || words.ids[k - 2] == .of || words.ids[k - 2] == .comma),
        !f.contains(.infinitive), !f.contains(.modal), !ClauseReader.auxiliaryForms.contains(words.ids[k])
      {
        finite[k] = false
      }
    }
    self.finite = finite
  }

  @inline(__always)
  func isFinite(_ k: Int) -> Bool { k >= 0 && k < finite.count && finite[k] }

  func isVerb(_ k: Int) -> Bool {
    guard k >= 0, k < words.count else { return false }
    return words.flags(k).contains(.verb) || finite[k]
  }

  /// Subordinate clauses whose finite verb comes last.
  static let verbFinal: [Clause.Kind] = [.condition, .proviso, .complement, .relative, .temporal]

  /// Whether the comma at `k` separates listed words of one clause: after it, before the next
  /// comma or the end, an `of` or `en` with a word after it, and then the clause's finite verb
  /// ("geen aanvraag, offerte of bezwaarschrift … heeft lopen").
  /// (A longer list goes on across its commas: "waarbij hijzelf, een familielid, een huisgenoot of
  /// een goede bekende een belang heeft", each item of a few words.)
  /// Whether the comma at `k` separates listed words whose `of` or `en`, before `end`, joins a
  /// second verb-first condition ("Ben je secretaris, manager, inkoper of werk je bij Financiën,
  /// dan …").
  func listBeforeVerbFirst(_ k: Int, upTo end: Int) -> Bool {
    let ids = words.ids
    guard let c = ((k + 1)..<end).first(where: { ids[$0] == .of || ids[$0] == .en }), c + 2 < end, isFinite(c + 1),
      Self.verbFirstSubjects.contains(ids[c + 2])
    else { return false }
    return ((k + 1)..<c).allSatisfy { ids[$0] == .comma || !isFinite($0) && opens($0, clauseStart: false) == nil }
  }

  func listCommaAhead(_ k: Int) -> Bool {
    let ids = words.ids
    var coordinator: Int?
    var j = k + 1
    var item = k
    while j < ids.count {
      let w = ids[j]
      if w == .comma && coordinator == nil && j - item <= 4 && j > item + 1 {
        item = j
        j += 1
        continue
      }
      if w == .comma || w == .period || w == .semicolon || w == .colon { return false }
      // ("…, zijn echtgenoot of een huisgenoot belang heeft": `zijn` first in an item is a possessive.)
      // (And right after the list's `en` or `of`: "zijn belangen, zijn effectenbezit en zijn
      // effectentransacties … meldt".)
      let possessive =
        (w == .zijn || w == .haar) && (j == item + 1 || coordinator == j - 1) && j + 1 < ids.count && !isFinite(j + 1)
      // ("vertrouwelijke stukken of beveiligde ruimtes": a past form in -de or -te right after the
      // list's `of` or `en`, before a noun, is an adjective.)
      let adjective =
        coordinator == j - 1 && j + 1 < ids.count && words.kinds[j + 1] == .word && !isVerb(j + 1)
        && words.spelling(j).hasSuffix("e")
      if isFinite(j) && !possessive && !adjective { return coordinator.map { j > $0 + 1 } ?? false }
      // ("bij een aanvraag, aanbesteding of andere aangelegenheid waarbij …": the list ends where
      // a relative clause on its last item begins.)
      if let c = coordinator, j > c + 1, Self.relativeOpeners.contains(w) { return true }
      if (w == .of || w == .en) && j > k + 1 && coordinator == nil { coordinator = j }
      j += 1
    }
    return false
  }

  /// Whether the comma at `k` goes on listing nouns up to the sentence's end: a word of a noun
  /// phrase before it, then items of at most four words, none a verb, the last after `en` or `of`.
  func listTail(after k: Int) -> Bool {
    let ids = words.ids
    guard k > 0, k + 1 < ids.count, words.kinds[k - 1] == .word, !isVerb(k - 1),
      ClauseReader.articles.contains(ids[k + 1]) || ClauseReader.possessiveDeterminers.contains(ids[k + 1])
    else { return false }
    var j = k + 1
    var item = 0
    var coordinated = false
    while j < ids.count && ids[j] != .period {
      let w = ids[j]
      if w == .semicolon || w == .colon || isVerb(j) || ClauseReader.subordinators.contains(w) { return false }
      if w == .comma {
        if coordinated { return false }
        item = 0
      } else if w == .en || w == .of {
        coordinated = true
        item = 0
      } else {
        item += 1
        if item > 4 { return false }
      }
      j += 1
    }
    return coordinated
  }

  /// Whether word `k`, right after a comma, is the finite verb of a second predicate of the clause
  /// `clause` (whose subject it shares, written before its first finite verb with nothing between
  /// them): it has the person of the clause's first finite verb (both in -t, or both the plural's
  /// -en form), and an object, negator or particle follows it, not a coordinator, punctuation or
  /// preposition (a listed noun that is also a verb form: "geschenken, reizen naar het buitenland
  /// en diners").
  func asyndeticPredicate(at k: Int, after clause: [Int], coordinated: Bool) -> Bool {
    let ids = words.ids
    guard k + 1 < ids.count, isFinite(k), let at = clause.firstIndex(where: { isFinite($0) }) else { return false }
    let first = clause[at]
    // The clause's subject and first finite verb stand together: no clause interrupted them ("De
    // ambtenaar die een vermoeden heeft …, meldt dit" has its finite verb after the comma); only a
    // predicate coordinated before may start with its verb.
    guard clause[at] - clause[0] == at, at > 0 || coordinated else { return false }
    let f = words.flags(k), g = words.flags(first)
    let agrees =
      f.contains(.endsT) && g.contains(.endsT)
      || !f.contains(.endsT) && !g.contains(.endsT) && f.contains(.infinitive) && g.contains(.infinitive)
    guard agrees else { return false }
    let next = ids[k + 1]
    if next == .en || next == .of || ClauseReader.prepositions.contains(next)
      || Self.invertedSubjects.contains(next) || words.kinds[k + 1] == .punctuation
    {
      return false
    }
    return true
  }

  /// Conjunctions that open a clause of their own: a finite verb after one (with its subject) is
  /// not the verb of the clause before it.
  static let subordinators: WordSet = [
    .voordat, .nadat, .als, .omdat, .zodat, .wanneer, .indien, .terwijl, .zodra, .totdat, .zolang, .tenzij, .mits,
    .doordat, .alvorens,
  ]

  /// Whether the first comma from `k` (before the sentence's end) is followed by a finite verb.
  func commaThenFinite(from k: Int) -> Bool {
    var j = k
    while j + 1 < words.count {
      let w = words.ids[j]
      if w == .period || w == .semicolon || w == .colon { return false }
      if w == .comma { return isFinite(j + 1) }
      j += 1
    }
    return false
  }

  /// Whether a finite verb follows before the next comma (a comma between listed words,
  /// `listCommaAhead`, does not end the search), or before one of `stoppingAt`.
  func finiteAhead(from k: Int, stoppingAt stops: WordSet = [], coordinatedMain: Bool = false) -> Bool {
    var j = k
    // (A stop counts with a subject after it: "als je begint", not "als ambtenaar".) With
    // `coordinatedMain`, so does `en`, `of` or `maar` before a finite verb and its subject: "meld je
    // dat vooraf aan je leidinggevende en spreek je af …" coordinates a main clause.
    func stopsHere(_ j: Int) -> Bool {
      if coordinatedMain && j + 2 < words.count && Self.coordinators.contains(words.ids[j]) && finite[j + 1]
        && Self.invertedSubjects.contains(words.ids[j + 2])
      {
        return true
      }
      // (So with an adverb of order between: "meld je dat bij je leidinggevende en daarna beslist
      // je leidinggevende …".)
      // (Its subject a pronoun or a noun with its article: "en vervolgens beslist de teamleider".)
      if coordinatedMain && j + 3 < words.count && Self.coordinators.contains(words.ids[j]) && finite[j + 2]
        && (Self.invertedSubjects.contains(words.ids[j + 3]) || ClauseReader.articles.contains(words.ids[j + 3])
          || ClauseReader.possessiveDeterminers.contains(words.ids[j + 3]))
        && words.spelled(j + 1, oneOf: Self.orderAdverbs)
      {
        return true
      }
      return stops.contains(words.ids[j]) && j + 1 < words.count && Self.conditionSubjects.contains(words.ids[j + 1])
    }
    while j < words.count && (words.ids[j] != .comma || j > k && listCommaAhead(j)) && !stopsHere(j) {
      // (An aside between commas before the clause's verb: "dat hij zich, ook buiten werktijd,
      // onthoudt van …".)
      if j + 1 < words.count && words.ids[j + 1] == .comma && j + 1 > k && asideBeforeVerb(j + 1) { return true }
      // "van zijn leidinggevende": `zijn` after a preposition is a possessive, not a verb.
      if finite[j] && !(words.ids[j] == .zijn && j > 0 && ClauseReader.prepositions.contains(words.ids[j - 1])) {
        return true
      }
      j += 1
    }
    return false
  }

  /// Whether a main clause opens at `k` with a pronoun that points back and a finite verb right
  /// after it ("…: dat mag je gewoon houden", "…: die neem je niet aan").
  /// Whether an inverted main clause follows `k`: a finite verb with its subject pronoun right
  /// after it, within a few words ("…: ook in hun vrije tijd nemen zij niet deel aan …").
  /// (Not a finite verb right after the colon: "Geschenk tot € 25: mag je houden" answers the
  /// label before it.)
  func invertedClauseAhead(_ k: Int) -> Bool {
    var j = k
    // (Over a relative clause on the fronted object, up to its comma: "…: de financiële belangen
    // die in die bijlage staan, bezitten wij niet".)
    var relative = false
    var sawRelative = false
    // (And over a list of fronted objects: "…: ook onbetaalde bestuursfuncties, vrijwilligerswerk
    // en nevenwerkzaamheden die … geeft hij … op".)
    var sawList = false
    var relativeVerb = false
    while j + 1 < min(words.count, k + (sawRelative ? 30 : sawList ? 16 : 8)) {
      let w = words.ids[j]
      if w == .period || w == .semicolon || w == .colon { return false }
      if w == .comma {
        if !relative && listCommaAhead(j) {
          sawList = true
          j += 1
          continue
        }
        guard relative else { return false }
        relative = false
        j += 1
        continue
      }
      if j > k && !relative && Self.relativeOpeners.contains(w) && !isVerb(j - 1) {
        relative = true
        relativeVerb = false
        sawRelative = true
      }
      if !relative && isFinite(j) { return j > k && Self.invertedSubjects.contains(words.ids[j + 1]) }
      // (A relative clause without its closing comma ends where a finite verb and its subject
      // follow its own verb: "die de medewerker al verrichtte vóór zijn indiensttreding geeft hij".)
      if relative && relativeVerb && isFinite(j) && Self.invertedSubjects.contains(words.ids[j + 1]) { return true }
      if relative && isFinite(j) { relativeVerb = true }
      j += 1
    }
    return false
  }

  /// Whether a subject of up to three words (a determiner, a noun or role, no verb) and then its
  /// finite verb follow `k` ("team HR legt", "de integriteitscoördinator registreert").
  func nounClauseAhead(_ k: Int) -> Bool {
    guard k < words.count else { return false }
    var j = k
    while j < words.count && j < k + 3 && words.kinds[j] == .word && !isVerb(j)
      && !ClauseReader.prepositions.contains(words.ids[j]) && !ClauseReader.negatorLike.contains(words.ids[j])
    {
      j += 1
    }
    // (A subject that opens with a determiner or names a role, and a singular verb: not an
    // instruction's "alleen aannemen na akkoord …".)
    let opens =
      ClauseReader.determiners.contains(words.ids[k]) || ClauseReader.possessiveDeterminers.contains(words.ids[k])
      || table.role(at: k, in: words) != nil || k + 1 < words.count && table.role(at: k + 1, in: words) != nil
    return opens && j > k && j < words.count && isFinite(j) && !words.flags(j).contains(.modal)
      && !words.flags(j).contains(.infinitive)
      && (j + 1 >= words.count || !Self.invertedSubjects.contains(words.ids[j + 1]))
  }

  /// Whether a subject pronoun and its finite verb open a clause at `k` ("…: wij vragen dat …").
  func subjectClauseAhead(_ k: Int) -> Bool {
    k + 1 < words.count && Self.invertedSubjects.contains(words.ids[k]) && isFinite(k + 1)
  }

  func pronounClauseAhead(_ k: Int) -> Bool {
    k + 1 < words.count && Self.pointingPronouns.contains(words.ids[k]) && isFinite(k + 1)
  }
  static let pointingPronouns: WordSet = [.dat, .die, .dit, .deze, .het]
  /// Subjects of the third person a verb-first condition may open with ("Raakt dat je werk, …").
  static let thirdPersonSubjects: WordSet = [.dat, .dit, .het, .er, .hij, .zij]
  /// Words that open an indirect question or a free relative clause after a verb ("geef op welk
  /// nevenwerk …", "meld wat …").
  static let questionOpeners: WordSet = [.welk, .welke, .wat, .wie, .waar, .wanneer, .of]

  /// Words that open a relative clause on the noun before them.
  static let relativeOpeners: WordSet = [
    .die, .waarbij, .waarin, .waarvoor, .waarop, .waaraan, .waarmee, .waardoor, .waarover, .waaruit, .waarvan, .waarnaar, .waarna,
  ]
  /// Words after `je` that show it is the subject, not a possessive before a noun.
  static let notNouns: WordSet = [
    .nu, .dus, .daarom, .nooit, .geen, .niet, .zelf, .er, .wat, .ook, .dan, .wel, .altijd, .een, .de, .alle, .iets, .niets,
  ]

  /// Whether a subject pronoun stands after `k` in the sentence, before a semicolon or colon.
  func subjectAhead(from k: Int) -> Bool {
    var j = k
    while j < words.count && words.ids[j] != .semicolon && words.ids[j] != .colon {
      if Self.invertedSubjects.contains(words.ids[j]) { return true }
      j += 1
    }
    return false
  }

  /// Whether the comma at `k` opens an aside that the next comma closes before a finite verb
  /// without a subject after it (the clause's own verb): "dat hij zich, ook buiten werktijd,
  /// onthoudt van …", "Als je een geschenk, zoals een fles wijn, krijgt, …".
  func asideBeforeVerb(_ k: Int) -> Bool {
    var c = k + 1
    while c < words.count {
      let w = words.ids[c]
      if w == .period || w == .semicolon || w == .colon || isFinite(c) { return false }
      if w == .comma { return verbSoonAfter(c) }
      c += 1
    }
    return false
  }

  /// Whether the comma at `c` is followed by a finite verb without a subject after it, right
  /// away or after a few words of the clause ("dat je daarnaast geen werk, betaald of onbetaald,
  /// voor anderen doet").
  func verbSoonAfter(_ c: Int) -> Bool {
    // (Not across the conjunction of a clause of its own: "…, bij de coördinator of, als uw
    // leidinggevende betrokken is, bij …".)
    var d = c + 1
    while d < words.count && d <= c + 6 && words.kinds[d] != .punctuation && !isFinite(d) {
      if ClauseReader.subordinators.contains(words.ids[d]) || Self.relativeOpeners.contains(words.ids[d]) { return false }
      d += 1
    }
    return d < words.count && isFinite(d) && !(d + 1 < words.count && Self.invertedSubjects.contains(words.ids[d + 1]))
  }

  /// `asideBeforeVerb` for a plural subject: a short aside without verbs, then, before the next
  /// punctuation, the infinitive's form that is the clause's verb.
  func asideBeforePluralVerb(_ k: Int) -> Bool {
    var c = k + 1
    while c < words.count && c <= k + 7 {
      if words.kinds[c] == .punctuation { return words.ids[c] == .comma && pluralVerbAhead(c) }
      if isVerb(c) { return false }
      c += 1
    }
    return false
  }

  /// Whether the words after the comma at `k`, before the next punctuation, hold an infinitive.
  func pluralVerbAhead(_ k: Int) -> Bool {
    var c = k + 1
    while c < words.count && words.kinds[c] != .punctuation {
      if words.flags(c).contains(.infinitive) && !words.flags(c).contains(.modal) { return true }
      c += 1
    }
    return false
  }

  /// Whether a comma after `k` stands between a verb that closes a clause and a finite verb:
  /// "…, niet hoeven te worden opgegeven, is een misverstand".
  func verbFinalBeforeMain(from k: Int) -> Bool {
    var c = k + 1
    while c + 1 < words.count {
      if words.ids[c] == .period || words.ids[c] == .colon || words.ids[c] == .semicolon { return false }
      if words.ids[c] == .comma && isFinite(c + 1) && !Self.invertedSubjects.contains(words.ids[min(c + 2, words.count - 1)])
        && (isFinite(c - 1) || words.flags(c - 1).contains(.participle) || words.flags(c - 1).contains(.infinitive))
      {
        return true
      }
      c += 1
    }
    return false
  }

  /// Whether the words from `k` to the next comma, semicolon or the end of the sentence end with
  /// a finite verb, as a verb-final clause does.
  /// Whether `als` at `k` opens a condition whose subject a relative clause between commas
  /// follows, the condition's finite verb last before the next punctuation ("Als een
  /// nevenwerkzaamheid, die je nu verricht, de belangen … kan raken, meld je …").
  func subjectWithRelativeClause(after k: Int) -> Bool {
    guard let c = (k + 2..<min(words.count, k + 7)).first(where: { words.kinds[$0] == .punctuation }),
      words.ids[c] == .comma, c + 1 < words.count, Self.relativeWords.contains(words.ids[c + 1]),
      !(k + 1..<c).contains(where: { isFinite($0) }),
      let close = (c + 2..<min(words.count, c + 24)).first(where: { words.kinds[$0] == .punctuation }),
      words.ids[close] == .comma
    else { return false }
    return endsWithFinite(from: close + 1)
  }
  static let relativeWords: WordSet = [.die, .dat, .waarvan, .waarmee, .waarin, .waarbij, .waarop, .waarover, .wier, .wiens]

  func endsWithFinite(from k: Int) -> Bool {
    var c = k
    while c < words.count && words.ids[c] != .comma && words.ids[c] != .period && words.ids[c] != .semicolon {
      c += 1
    }
    return c - 1 > k && isFinite(c - 1)
  }

  /// Whether word `p` is the particle of a finite separable verb before it ("geven … door").
  func particleOfEarlierVerb(_ p: Int) -> Bool {
    let w = words.ids[p]
    return (0..<p).contains { j in
      isFinite(j)
        && table.verbs[Int(words.infos[j].verbStart)..<Int(words.infos[j].verbEnd)].contains {
          $0.particle == w && $0.kind == .finite
        }
    }
  }

  static let al: [[UInt8]] = [Array("al".utf8)]
  /// Punctuation that ends a clause's words (`opens`: a comparative `als`).
  static let clauseStops: WordSet = [.comma, .period, .semicolon, .colon]

  /// The subordinate clause kind word `k` opens, if it opens one.
  func opens(_ k: Int, clauseStart: Bool) -> Clause.Kind? {
    let ids = words.ids
    let w = ids[k]
    let previous = k > 0 ? ids[k - 1] : RuleWord.comma.rawValue
    let next = k + 1 < ids.count ? ids[k + 1] : RuleWord.unknown.rawValue
    // ("…, of die nu betaald is of onbetaald": the pronoun of a concessive `of … nu`, no clause
    // of its own.)
    if previous == .of && next == .nu && (w == .die || w == .dat) { return nil }
    // "Met welk formulier en op welk moment wij die belangen opgeven, is geregeld in …": an
    // indirect question first, up to the comma before the main clause's finite verb (with the
    // preposition before its `welk`).
    let asking = w == .welk || w == .welke || ClauseReader.prepositions.contains(w) && (next == .welk || next == .welke)
    if k <= 1 && asking && freeRelativeFirst(subjectAfter: false) {
      // (Its `welk` after the preposition goes on the clause the preposition opened.)
      if k == 1 { return ClauseReader.prepositions.contains(previous) ? nil : .relative }
      return .relative
    }
    // "Ook al komt een geschenk van een leverancier, …": a concession first in the sentence, its
    // finite verb right after `al`.
    if k == 1 && previous == .ook && k + 1 < ids.count && isFinite(k + 1) && words.spelled(k, oneOf: Self.al) {
      return .cause
    }
    switch RuleWord(rawValue: w) ?? .unknown {
    case .als where evaluativeBefore(k):
      // "Het zou niet juist zijn als je …", "Wij stellen het op prijs als u …": after an
      // evaluative predicate that anticipates it with `het`, the als-clause is what is judged (the
      // ANS on subject and object clauses: "Ik vind het fijn als je komt"), not a condition.
      return .complement
    case .als:
      // ("Die plicht blijft gelden als je niet meer bij de gemeente werkt": a personal pronoun
      // after `als` is a condition's subject, not what something counts as.)
      if Self.notConditionBefore.contains(previous) && !Self.personalSubjects.contains(next) { return nil }
      // "zowel intern als extern": a coordination, not a condition.
      if ids[max(0, k - 5)..<k].contains(RuleWord.zowel.rawValue) { return nil }
      // ("Beschouw een attentie … als iets wat je mag houden": after a verb of regarding, `als`
      // names what something is taken for, not a condition.)
      if !Self.personalSubjects.contains(next),
        (0..<k).contains(where: { isVerb($0) && words.spelled($0, oneOf: Self.regarding) })
      {
        return nil
      }
      // "als bedoeld in", "als hier bedoeld": a reference, not a condition.
      if next == .bedoeld || k + 2 < ids.count && ids[k + 2] == .bedoeld { return nil }
      // "als ambtenaar", "als leidinggevende": a role, not a condition.
      if table.role(at: k + 1, in: words) != nil || Self.asRole.contains(next) { return nil }
      // ("U gedraagt zich als een goed ambtenaar en handelt zorgvuldig": a noun phrase whose first
      // finite verb after it comes right after `en`, the only one up to the punctuation, compares;
      // the verb is the main clause's second predicate, not the verb of a condition. Not "als een
      // plan of besluit waaraan je werkt …", a noun that is also a verb's form.)
      if !Self.personalSubjects.contains(next),
        let f = (k + 1..<ids.count).first(where: { isFinite($0) || Self.clauseStops.contains(ids[$0]) }),
        f > k + 2, isFinite(f), ids[f - 1] == .en,
        !(f + 1..<ids.count).prefix(while: { !Self.clauseStops.contains(ids[$0]) }).contains(where: isFinite)
      {
        return nil
      }
      // A condition has its own subject: "als je …", "als de waarde …", "als medewerkers twijfelen";
      // "als disciplinaire straf kan …" compares.
      // ("als bijlage 1 dat voor jouw functie vraagt": a subject of its own, and the clause's
      // finite verb last before the punctuation; not after a subject, "omdat wij als kleine
      // gemeente dicht op de politiek zitten", whose verb that is.)
      guard
        Self.conditionSubjects.contains(next) || isFinite(k + 2) || isFinite(k + 3)
          || !ClauseReader.invertedSubjectWords.contains(previous) && endsWithFinite(from: k + 1)
      else { return nil }
      // "als omstander kun je …": a verb with its subject after it is the main clause's, so `als`
      // names a capacity; a condition puts its verb last ("als collega's twijfelen"). So does a
      // verb with an article after it ("Als disciplinaire straf kan een geldboete worden
      // opgelegd", "Als sanctie kan de werkgever …"): a verb-final clause ends at its verb
      // (but for a `te`-infinitive after it: "als collega's besluiten de zaak te melden, …").
      if !Self.conditionSubjects.contains(next),
        (k + 2...k + 3).contains(where: {
          isFinite($0) && $0 + 1 < ids.count
            && (Self.invertedSubjects.contains(ids[$0 + 1])
              || ClauseReader.articles.contains(ids[$0 + 1]) && !teAhead(from: $0 + 1))
        })
      {
        return nil
      }
      return finiteAhead(from: k + 1) || subjectWithRelativeClause(after: k) ? .condition : nil
    case .indien, .wanneer, .zodra, .ingeval:
      return k == 0 && w == .wanneer && !finiteAhead(from: k + 1) ? nil : .condition
    case .voorzover:
      return .condition
    case .voor where next == .zover:
      return .condition
    case .zonder where next == .dat:
      // "Geen nevenwerk zonder dat je het eerst meldt": a condition that must be met.
      return .condition
    case .zonder where k == 0:
      // "Zonder dit te melden mag je …": first in the sentence, `zonder` with its `te` and
      // infinitive before the finite verb is an infinitive clause, as "om … te …" is.
      var j = k + 1
      while j < ids.count && j < k + 8 && ids[j] != .comma && !isFinite(j) {
        if ids[j] == .te && j + 1 < ids.count && words.flags(j + 1).contains(.infinitive) { return .infinitive }
        j += 1
      }
      return nil
    case .tenzij, .behalve, .uitgezonderd, .behoudens:
      return .exception
    case .mits:
      return .proviso
    case .zolang, .nadat, .voordat, .alvorens, .totdat, .terwijl, .sinds, .sedert:
      return .temporal
    case .waardoor where k > 0 && previous != RuleWord.comma.rawValue && !isVerb(k - 1):
      // "nevenwerkzaamheden waardoor de goede vervulling … niet verzekerd is": after a noun, a
      // relative clause that limits it (after a comma, a result).
      return .relative
    case .omdat, .doordat, .aangezien, .zodat, .opdat, .hoewel, .ofschoon, .zoals, .alsof, .waardoor:
      // "zoals genoemd in dit artikel", "zoals bedoeld in …": a participle phrase, no clause; the
      // verb after it is the main clause's.
      if w == .zoals && k + 1 < ids.count && words.flags(k + 1).contains(.participle) && !isFinite(k + 1) { return nil }
      return w == .zoals && !finiteAhead(from: k + 1) ? nil : .cause
    case .ongeacht where next == .of:
      // "…, ongeacht of het iets met je functie te maken heeft": whether or not, a concessive
      // clause (its verb is not the main clause's).
      return .cause
    case .om, .teneinde:
      // "om … te …", "teneinde … te …": an infinitive clause when a `te` follows.
      var j = k + 1
      while j < ids.count && ids[j] != .comma {
        if ids[j] == .te { return .infinitive }
        j += 1
      }
      return nil
    case .of
    where (next == .het || next == .die || next == .dat || next == .ze || next == .zij) && k + 2 < ids.count
      && ids[k + 2] == .nu:
      // "…, of het nu betaald of onbetaald is": whether one or the other, a concessive condition.
      // (So "of die nu betaald is of onbetaald", its pronoun not a relative clause's.)
      return .condition
    case .of:
      // "beoordeelt of", "twijfel je of", "bij twijfel of": an indirect question.
      // "vraag je je leidinggevende of …": the one asked stands between.
      // "weet of vermoedt", "ziet of hoort": two verbs joined, not a question.
      if k + 1 < ids.count && isFinite(k + 1) && !Self.conditionSubjects.contains(next) { return nil }
      if Self.asks.contains(previous) || asksSomeone(before: k) { return .complement }
      guard k > 0 else { return nil }
      func asking(_ j: Int) -> Bool {
        let info = words.infos[j]
        return table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains {
          ($0.kind == .participle || $0.kind == .finite) && table.lemma($0, is: .asking)
        }
      }
      if asking(k - 1) { return .complement }
      // ("Die beslist namens het college of wij het mogen aannemen": a phrase with a preposition
      // between the asking verb and `of`.)
      if let j = (max(0, k - 5)..<(k - 1)).last(where: { isFinite($0) }), ClauseReader.prepositions.contains(ids[j + 1]),
        !(j + 1..<k).contains(where: { isVerb($0) || words.kinds[$0] == .punctuation }), asking(j)
      {
        return .complement
      }
      return nil
    case .dat where previous == .dat:
      // "werk dat dat wel doet": the second `dat` is the relative clause's subject.
      return nil
    case .dat
    where k == 1 && isVerb(0) && !words.flags(0).contains(.endsT) && !words.flags(0).contains(.modal)
      && !ClauseReader.auxiliaryForms.contains(ids[0]) && commaThenFinite(from: k + 1):
      // "Werk dat je voor de dienst doet, is …": after a bare stem first in the sentence, `dat`
      // whose clause ends in a comma before the main clause's finite verb opens a relative clause
      // on the stem, a noun (an instruction's dat-clause, "Meld dat je …", ends the sentence).
      return .relative
    case .dat where previous == RuleWord.voorwaarde.rawValue:
      // "op voorwaarde dat", "onder (de) voorwaarde dat": a proviso, as "mits" (ANS 10.3.3).
      return .proviso
    case .dat:
      // "onder dat bedrag", "met dat doel": a determiner after a preposition; "breng je dat ter
      // kennis": an object pronoun (no verb of its own follows).
      // ("meld je dat bij je leidinggevende voordat je begint": the verb after `voordat` is its
      // own clause's, so `dat` is an object pronoun.)
      // "Dat onbetaalde nevenwerkzaamheden niet hoeven te worden opgegeven, is een misverstand":
      // a complementizer when its verbs close the clause before a comma and the main verb.
      if clauseStart && k == 0 && verbFinalBeforeMain(from: k + 1) { return .complement }
      // ("dan hoor je dat te melden", "je dient dat te melden": `dat` right before `te` is the
      // object of the infinitive; a dat-clause opens with its subject.)
      if next == .te { return nil }
      // ("Het is niet zo dat de gemeente … wantrouwt", "Het is geenszins zo dat …": after `is … zo`,
      // a dat-clause whatever verb closes it.)
      if previous == .zo && k >= 2 && ids[..<k].suffix(4).contains(where: { ClauseReader.isOrAre.contains($0) }) {
        return .complement
      }
      // ("dan zal dat onverwijld moeten worden gemeld", "moet dat worden gemeld": `zullen` and the
      // modals take an infinitive, never a dat-clause, so `dat` right after one is their subject
      // or object pronoun; a dat-clause opens with its subject.)
      if k > 0 && (Self.futureForms.contains(previous) || words.flags(k - 1).contains(.modal))
        && !ClauseReader.invertedSubjectWords.contains(next)
      {
        return nil
      }
      // ("wij gaan er wel van uit dat je …", "wij rekenen erop dat u …": the particle of a
      // pronominal adverb's verb, then a subject: a complementizer.)
      if ClauseReader.prepositions.contains(previous), ClauseReader.invertedSubjectWords.contains(next),
        ids[..<k].contains(where: { Self.pronominalAdverbs.contains($0) })
      {
        return .complement
      }
      // ("wij verwachten dat u uw aandelen binnen zes weken nadat u bent benoemd … opgeeft":
      // after a finite verb of the sentence, `dat` before a subject pronoun opens a dat-clause
      // even when a clause of time comes before its verb.)
      if k > 0 && isFinite(k - 1) && !words.flags(k - 1).contains(.modal) && previous != .laat && previous != .laten
        && Self.personalSubjects.contains(next) && finiteAhead(from: k + 2)
      {
        return .complement
      }
      // ("dan is dat iets wat gemeld moet worden": after a copula, `dat` before `iets` is the
      // subject pronoun.)
      if next == .iets && ClauseReader.isOrAre.contains(previous) { return nil }
      // ("geldt … dat zij zich … onthouden": a plural subject's verb has the infinitive's form.)
      let pluralClause =
        NormAnalyser.pluralSubjects.contains(next)
        && ids[(k + 2)...].prefix { $0 != .period && $0 != .semicolon }.indices.contains { words.flags($0).contains(.infinitive) }
      // ("Het spreekt voor zich dat u, wanneer …, die nevenwerkzaamheid niet hoeft te melden": a
      // subject pronoun, then a condition between commas before the dat-clause goes on.)
      let conditionFirst =
        Self.personalSubjects.contains(next) && k + 3 < ids.count && ids[k + 2] == .comma
        && opens(k + 3, clauseStart: false) == .condition
      if ClauseReader.prepositions.contains(previous)
        || !finiteAhead(from: k + 1, stoppingAt: Self.subordinators, coordinatedMain: true) && !pluralClause
          && !conditionFirst
      {
        return nil
      }
      // First in the sentence: a complementizer before a subject ("Dat je dit meldt, is …",
      // "Dat de gemeente …"), a demonstrative before a noun or verb ("Dat beleid heeft tot doel …").
      if clauseStart && k == 0 {
        return Self.subjectPronouns.contains(next) || next == .de || next == .een ? .complement : nil
      }
      // "Laat dat dan binnen twee weken weten", "Dan laat je dat meteen aan P&O weten": the
      // object of `laat … weten`.
      if previous == .laat || previous == .laten
        || k > 1 && Self.verbFirstSubjects.contains(previous) && (ids[k - 2] == .laat || ids[k - 2] == .laten)
      {
        return nil
      }
      // "dan moet dat binnen een uur worden gemeld": after a modal `dat` is its subject or
      // object; a modal takes no dat-clause.
      if k > 0 && words.flags(k - 1).contains(.modal) && !Self.subjectPronouns.contains(next) { return nil }
      // (So after a modal and its subject: "Dan moet je dat vooraf melden bij je leidinggevende".)
      if k > 1 && words.flags(k - 2).contains(.modal) && ClauseReader.invertedSubjectWords.contains(previous)
        && !Self.subjectPronouns.contains(next)
      {
        return nil
      }
      // "meld dat dan vooraf bij je leidinggevende", "geef dat direct door": after a verb, `dat`
      // before an adverb of time or a preposition is its object (a dat-clause opens with its
      // subject).
      if isVerb(k - 1) && Self.afterObjectDat.contains(next) { return nil }
      // (So after the verb and its inverted subject: "Dan meld je dat aan je leidinggevende en
      // neemt een collega …".)
      if k > 1 && isFinite(k - 2) && ClauseReader.invertedSubjectWords.contains(previous)
        && Self.afterObjectDat.contains(next)
      {
        return nil
      }
      // ("meldt dat binnen een week bij zijn leidinggevende": a deadline after the object.)
      if isVerb(k - 1) && next == .binnen
        && (k + 2..<min(ids.count, k + 5)).contains(where: { words.infos[$0].unit >= 0 })
      {
        return nil
      }
      // "voor zover dat met je functie samenhangt": the condition's subject.
      if previous == .zover || previous == .voorzover { return nil }
      // ("Een aanvraag van een buurman voorrang geven, dat hoort niet": after a comma, `dat` right
      // before a finite verb, in a short clause up to the next comma or the end, is a demonstrative that
      // takes up what came before; a dat-clause opens with its subject. Not before a colon, where
      // what follows says more: "Nee, dat hoeft niet: …".)
      if previous == .comma && k + 1 < ids.count && isFinite(k + 1) && !Self.subjectPronouns.contains(next),
        let end = (k + 2..<min(ids.count + 1, k + 7)).first(where: {
          $0 == ids.count || ids[$0] == .period || ids[$0] == .comma || ids[$0] == .semicolon
        }),
        !(k + 2..<end).contains(where: { words.kinds[$0] == .punctuation })
      {
        return nil
      }
      if previous == .comma || Self.frameBefore.contains(previous) || isVerb(k - 1) { return .complement }
      // "dat" after a neuter noun ("het geschenk dat", "een bedrijf dat"): a relative clause;
      // a demonstrative when a verb follows directly.
      if isVerb(k + 1) && !Self.subjectPronouns.contains(next) { return nil }
      var j = k - 1
      while j >= max(0, k - 4) {
        if Self.neuterDeterminers.contains(ids[j]) { return .relative }
        if isFinite(j) || ids[j] == .comma { break }
        j -= 1
      }
      return .complement
    case .die where k == 1 && (previous == .hij || previous == .zij) && commaThenFinite(from: k + 1):
      // "Hij die een melding doet, ondervindt …", "Zij die nevenwerk verrichten, melden …": an
      // old legal wording's free relative clause on the pronoun first, up to the comma before the
      // main clause's finite verb (ANS 5.8.5: "hij die" as "wie").
      return .relative
    case .die
    where (ClauseReader.prepositions.contains(previous) && !particleOfEarlierVerb(k - 1))
      || Self.subjectPronouns.contains(previous):
      // "met die melding"; "nadat u die heeft gemeld": a demonstrative after a preposition or a
      // subject pronoun (a relative pronoun follows the noun it describes). Not after the
      // particle of a separable verb ("geven we … onze belangen door die ons werk kunnen raken").
      return nil
    case .die where Self.subordinators.contains(previous):
      // "mits die wordt gemeld", "als die …": after a conjunction, `die` is the clause's subject.
      return nil
    case .die where isVerb(k - 1) && teAhead(from: k + 1):
      // "is gehouden die uitnodiging te melden": a demonstrative after a verb, the object of the
      // infinitive that follows (a relative pronoun follows its noun).
      return nil
    case .die where isFinite(k - 1) && (!finiteAhead(from: k + 1) || isFinite(k + 1) && !finiteAhead(from: k + 2)):
      // "brengt die ter kennis van …": an object pronoun after the verb, with no verb of its own.
      // (Nor does a noun that is also a verb's stem make one: "bespreekt die twijfel met …".)
      return nil
    case .die, .wat, .welke, .welk, .wiens, .wier, .waarin, .waarbij, .waarvan, .waarmee, .waarop, .waaraan, .waarover, .waarvoor,
      .waaruit, .waaronder,
      .waarnaar, .waarna, .hetgeen:
      // "…: die deel je niet": a demonstrative object first, before the finite verb and its
      // subject, after a comma or colon.
      if (w == .wat || w == .welke || w == .welk) && freeChoice(k) { return nil }
      // "Wat daaronder blijft, mag je houden": a free relative clause first, up to the comma
      // before the main clause's finite verb.
      if k == 0 && w == .wat && !isVerb(k + 1) && freeRelativeFirst() { return .relative }
      // "…, die beslist of …": after a comma, `die` and a verb with no subject after it is a
      // relative clause on the noun before the comma (not "…: die deel je niet").
      if previous == .comma && w == .die && isVerb(k + 1)
        && !(k + 2 < words.count && Self.subjectPronouns.contains(words.ids[k + 2]))
        && k >= 2 && words.kinds[k - 2] != .punctuation && !isVerb(k - 2)
      {
        return .relative
      }
      // ("…, wat betekent dat …", "…, wat inhoudt dat …": `wat` after a comma, a verb and no
      // subject after it points at the clause before, in a relative clause of its own.)
      if previous == .comma && w == .wat && k >= 2 && isVerb(k + 1)
        && !(k + 2 < words.count && Self.subjectPronouns.contains(words.ids[k + 2]))
      {
        return .relative
      }
      if k == 0 || (previous == .comma || previous == .colon) && (w == .die || w == .wat) && isVerb(k + 1) { return nil }
      // ("voor zover die de belangen … kunnen raken": right after a conjunction, the subject.)
      if w == .die && ClauseReader.subordinators.contains(previous) && previous != .dat { return nil }
      // ("nadat je in die functie bent begonnen": after a preposition, a demonstrative.)
      // (Not a particle's `op` before a relative clause: "geef je … je belangen op die de
      // belangen van de regio kunnen raken", where an article or pronoun follows.)
      if w == .die && ClauseReader.prepositions.contains(previous) && !isVerb(k + 1)
        && !ClauseReader.determiners.contains(next) && !Self.subjectPronouns.contains(next)
        && !ClauseReader.possessiveDeterminers.contains(next) && next != .ons && !ClauseReader.negatorLike.contains(next)
      {
        return nil
      }
      return .relative
    case .wie:
      return freeChoice(k) ? nil : .relative
    case .waar where k > 0 && Self.personalSubjects.contains(next):
      // "U kiest zelf waar u een vermoeden meldt": an indirect question, a clause of its own.
      return .relative
    default:
      return nil
    }
  }

  /// Whether a word that may be finite is a possessive or a noun where it stands: `zijn` or
  /// `haar` after a preposition or before "of haar"; an infinitive after an article or "het goed".
  func nounLike(_ j: Int) -> Bool {
    guard j > 0 else { return false }
    let before = words.ids[j - 1]
    if words.ids[j] == .zijn || words.ids[j] == .haar {
      return ClauseReader.prepositions.contains(before) || j + 1 < words.count && words.ids[j + 1] == .of
    }
    // (So "goed functioneren van VRNZ" without its article, in a telegram style.)
    return words.flags(j).contains(.infinitive)
      && (before == .het || before == .de || j > 1 && words.ids[j - 2] == .het && before == .goed
        || before == .goed && j + 1 < words.count && words.ids[j + 1] == .van)
  }

  /// The word before `k`, or before the brackets that close right before it.
  func wordBeforeBrackets(_ k: Int) -> Int {
    guard k > 0, words.ids[k - 1] == .closeParen else { return k - 1 }
    var j = k - 1
    var depth = 0
    while j >= 0 {
      if words.ids[j] == .closeParen { depth += 1 } else if words.ids[j] == .openParen { depth -= 1 }
      if depth == 0 { return max(0, j - 1) }
      j -= 1
    }
    return k - 1
  }

  /// Whether `te` and an infinitive follow from `k`, after words with no verb or comma
  /// ("schriftelijk te melden", "bij de aanvaarding van de functie en bij iedere wijziging op te
  /// geven").
  func teAhead(from k: Int) -> Bool {
    var j = k
    while j + 1 < words.count && j <= k + 12 {
      if words.ids[j] == .te { return words.flags(j + 1).contains(.infinitive) }
      if isVerb(j) || words.kinds[j] == .punctuation { return false }
      j += 1
    }
    return false
  }

  /// Whether a bare infinitive follows from `k` after at most a few words with no verb or comma,
  /// and ends the clause or comes before a preposition ("vooraf opgeven bij …").
  func infinitiveAhead(from k: Int) -> Bool {
    var j = k
    while j < words.count && j <= k + 4 {
      if words.kinds[j] == .punctuation || words.ids[j] == .te { return false }
      if isVerb(j) {
        // (Not the verb right after the clause's modal: "die … kunnen raken bij …" goes on.)
        return (j > k || k > 0 && !words.flags(k - 1).contains(.modal))
          && words.flags(j).contains(.infinitive) && !words.flags(j).contains(.modal)
          && (j + 1 == words.count || words.kinds[j + 1] == .punctuation || ClauseReader.prepositions.contains(words.ids[j + 1]))
      }
      j += 1
    }
    return false
  }

  /// Whether the sentence opens with a clause that ends at a comma before a finite verb and its
  /// subject ("Wat u ontvangt, mag u houden"; not "Wat jij zegt en doet, kan de geloofwaardigheid
  /// … aantasten", where the clause is the subject), the comma within a dozen words. An indirect
  /// question may be the subject (`subjectAfter` false: "Welke functies dat zijn, staat in …").
  func freeRelativeFirst(subjectAfter: Bool = true) -> Bool {
    var j = 1
    var verb = false
    while j + 2 < words.count && j <= 12 {
      if words.kinds[j] == .punctuation {
        // (Or a copula after it: "Wat je in je vrije tijd doet, is je eigen zaak", the clause the
        // subject of what the copula says of it.)
        return verb && words.ids[j] == .comma && isFinite(j + 1)
          && (!subjectAfter || ClauseReader.invertedSubjectWords.contains(words.ids[j + 2])
            || ClauseReader.copulaForms.contains(words.ids[j + 1]))
      }
      if isVerb(j) { verb = true }
      j += 1
    }
    return false
  }

  /// Whether `wat`, `welke` or `wie` at `k` means "any" ("welke nevenwerkzaamheid dan ook",
  /// "wat dan ook"): `dan ook` within a few words, before any verb.
  /// (Also "van welke partij of over welk onderwerp ook,": `ook` before a comma within a few words.)
  func freeChoice(_ k: Int) -> Bool {
    var j = k + 1
    while j + 1 < words.count && j <= k + 7 && !isVerb(j) {
      if words.ids[j] == .dan && words.ids[j + 1] == .ook { return true }
      if words.ids[j] == .ook && (words.ids[j + 1] == .comma || words.ids[j + 1] == .period) { return true }
      j += 1
    }
    return false
  }

  /// Finite verbs of will or future that take a bare infinitive.
  static let willing: WordSet = [.wil, .wilt, .willen, .zal, .zullen, .zou, .zouden]
  /// Infinitives that govern another in a cluster of three ("die je nog wilt gaan doen", "die je
  /// kunt laten weten"); after a modal and a full verb ("die zij mogen aannemen melden"), a third
  /// infinitive is the interrupted clause's.
  static let clusterMiddles: [[UInt8]] = ["gaan", "laten", "blijven", "komen", "leren", "helpen", "zien", "horen"].map {
    Array($0.utf8)
  }
  static let beingForms: WordSet = [.zijn, .is, .ben, .bent, .was, .waren]

  /// Whether word `k` comes right after a clause's closing verbs ("die … heeft plaatsgevonden
  /// dient als vertrouwelijk te worden aangemerkt"). Asked only in a relative clause with its
  /// finite verb, not for every word.
  func followsClosingVerbs(_ k: Int, after p: Int? = nil) -> Bool {
    let ids = words.ids
    // `q`: the word before `k`, or the last verb before the adverbs between (`after`).
    let q = p ?? k - 1
    // An infinitive after a modal or auxiliary is the cluster's own ("die … kunnen raken").
    // (So after a verb of will or future: "die … zaken doet of wil doen".)
    // (And a third verb after two: "die je nog wilt gaan doen", "die je van plan bent te gaan
    // verrichten".)
    func governs(_ j: Int) -> Bool {
      j >= 0
        && (words.flags(j).contains(.modal) || ClauseReader.auxiliaryForms.contains(ids[j]) || Self.willing.contains(ids[j]))
    }
    // (Not a form of `zijn` before a full verb's infinitive: "de regelingen die erop gebaseerd
    // zijn kennen en naleven" closes the relative clause at `zijn`.)
    let being =
      q >= 0 && q == k - 1 && Self.beingForms.contains(ids[q]) && !words.flags(k).contains(.modal)
      && !Self.willing.contains(ids[k])
    // (Nor an auxiliary after a full verb's infinitive: "die de belangen … kunnen raken worden
    // opgegeven" closes the relative clause at `raken`.)
    let afterFull =
      ClauseReader.auxiliaryForms.contains(ids[k]) && q >= 0 && q == k - 1 && words.flags(q).contains(.infinitive)
      && !words.flags(q).contains(.modal) && !ClauseReader.auxiliaryForms.contains(ids[q]) && !Self.willing.contains(ids[q])
    let cluster =
      k > 0 && words.flags(k).contains(.infinitive) && !afterFull
      && (governs(q) && !being
        || q > 0 && words.flags(q).contains(.infinitive)
          && (governs(q - 1) && words.spelled(q, oneOf: Self.clusterMiddles) || ids[q - 1] == .te))
    // "die je werk kunnen raken", "die ons werk kunnen raken": after a possessive (or an article:
    // "die het werk kunnen raken"), a bare stem
    // that is no modal or auxiliary is a noun ("je werk"), not the verb that closes the clause
    // ("je werkt").
    let possessedNoun =
      q > 0
      && (ids[q - 1] == .je || ids[q - 1] == .ons || ClauseReader.possessiveDeterminers.contains(ids[q - 1])
        || ClauseReader.articles.contains(ids[q - 1]))
      && isFinite(q) && !words.flags(q).contains(.endsT)
      && !words.flags(q).contains(.modal) && !ClauseReader.auxiliaryForms.contains(ids[q])
    // "waaraan een risico verbonden is.": an auxiliary after a participle, last before the
    // clause's end, is the relative clause's own cluster.
    let endsCluster =
      q >= 0 && words.flags(q).contains(.participle) && ClauseReader.auxiliaryForms.contains(ids[k])
      && (k + 1 == ids.count || [RuleWord.comma, .period, .semicolon, .colon].contains(where: { $0.rawValue == ids[k + 1] }))
    return !cluster && !possessedNoun && !endsCluster && k > 0 && q >= 0
      && (isFinite(q) || words.flags(q).contains(.participle) || words.flags(q).contains(.infinitive))
  }

  /// Verbs (and participles) that govern a `te`-infinitive ("die je hoeft te melden", "die je
  /// van plan bent te verrichten"): after one of them a `te` stays in the relative clause.
  static let teGovernors: [[UInt8]] = [
    "dient", "dienen", "hoeft", "hoef", "hoeven", "behoeft", "behoeven", "probeert", "proberen", "tracht", "trachten",
    "weigert", "weigeren", "belooft", "beloven", "durft", "durven", "meent", "menen", "pleegt", "plegen", "schijnt",
    "schijnen", "lijkt", "lijken", "blijkt", "blijken", "heeft", "hebben", "hebt", "heb", "is", "zijn", "bent", "ben",
    "wenst", "wensen", "vergeet", "vergeten", "weet", "weten", "begint", "beginnen", "geacht", "verzocht", "gevraagd",
    "verplicht", "gehouden", "plan", "staat", "staan", "blijft", "blijven", "zit", "zitten", "ligt", "liggen", "valt",
    "vallen", "komt", "komen", "om",
  ].map { Array($0.utf8) }

  /// Whether the `te` at `k`, with an infinitive after it, follows a relative clause's closing
  /// verbs and so belongs to the clause the relative clause interrupted ("wordt u verzocht uw
  /// belangen die de gemeente kunnen raken jaarlijks te melden bij …"): the last verb before it
  /// closes a cluster and governs no `te`.
  func teAfterRelative(_ k: Int) -> Bool {
    guard k + 1 < words.count, words.flags(k + 1).contains(.infinitive) else { return false }
    var j = k - 1
    while j > 0 && k - j <= 3 && !isVerb(j) && words.kinds[j] == .word { j -= 1 }
    guard j > 0, isVerb(j), !words.spelled(j, oneOf: Self.teGovernors) else { return false }
    return isFinite(j) || words.flags(j).contains(.infinitive)
  }

  /// Verbs of regarding something as something ("beschouw … als", "behandel … als").
  static let regarding: [[UInt8]] = [
    "beschouw", "beschouwt", "beschouwen", "behandel", "behandelt", "behandelen", "zie", "ziet", "zien",
    // (And their participles, with those of designating: "een functie die is aangewezen als
    // risicofunctie", "wordt beschouwd als", "aangemerkt als": what something is made, no condition.)
    "beschouwd", "behandeld", "gezien", "aangewezen", "aanwijst", "aanwijzen", "aangemerkt", "aangeduid", "bestempeld",
    "gekwalificeerd", "benoemd",
  ].map { Array($0.utf8) }

  /// Predicates that judge a clause anticipated by `het` ("het is (niet) juist als …").
  static let evaluatives: [[UInt8]] = [
    "juist", "gepast", "passend", "fijn", "prettig", "prijs", "bedoeling", "wenselijk", "onwenselijk", "ongewenst",
    "correct", "netjes", "terecht", "normaal",
  ].map { Array($0.utf8) }

  /// Whether the sentence opens with a short main clause that has `het`, a finite verb and an
  /// evaluative predicate (`evaluatives`) right before the `als` at `k`, with a subject after it.
  func evaluativeBefore(_ k: Int) -> Bool {
    guard k >= 3, k <= 9, k + 1 < words.count, Self.conditionSubjects.contains(words.ids[k + 1]) else { return false }
    let before = words.ids[..<k]
    return before.contains(RuleWord.het.rawValue) && (0..<k).contains(where: isFinite)
      && !(0..<k).contains { words.kinds[$0] == .punctuation }
      && (words.spelled(k - 1, oneOf: Self.evaluatives)
        || Self.beingForms.contains(words.ids[k - 1]) && words.spelled(k - 2, oneOf: Self.evaluatives))
      || k >= 4 && words.spelling(k - 1) == "stellen"
        && words.spelling(k - 2) == "prijs" && before.contains(RuleWord.het.rawValue)
  }

  /// Whether `k` follows a comparison that closes a verb-final clause after its verb ("dat meer
  /// waard is dan vijftig euro melden"): `dan` right after a finite verb, then up to four words
  /// without a verb.
  func afterComparison(_ k: Int) -> Bool {
    var j = k - 1
    while j > 0 && k - j <= 4 && words.ids[j] != .dan {
      if isVerb(j) || words.kinds[j] == .punctuation { return false }
      j -= 1
    }
    return j > 0 && j < k - 1 && words.ids[j] == .dan && isFinite(j - 1)
  }

  /// Whether `k` follows a phrase with a preposition that closes a verb-final clause after its
  /// finite verb ("die strijdig zijn met het belang van de gemeente zijn verboden", "die werken
  /// bij de afdeling Inkoop mogen …", "die zijn geregeld in artikel 5 worden …"): a preposition
  /// right after the clause's last verb, then up to six words without a verb or punctuation. Not an infinitive after a modal or auxiliary, which is
  /// the clause's own cluster ("die kan met de regels werken").
  func afterExtraposedPhrase(_ k: Int) -> Bool {
    var j = k - 1
    // (Up to ten words: "die door het college is aangewezen als functie met een verhoogd risico
    // van financiële belangenverstrengeling melden …".)
    // (A participle after its article is an attribute, no verb: "een verhoogd risico"; a verb's
    // form right after an article or a preposition is a noun: "van misbruik van voorkennis".)
    func attribute(_ j: Int) -> Bool {
      let before = words.ids[j - 1]
      let determined = ClauseReader.articles.contains(before) || ClauseReader.determiners.contains(before)
      return words.flags(j).contains(.participle) && determined
        || !words.flags(j).contains(.participle) && (determined || ClauseReader.prepositions.contains(before))
    }
    while j > 0 && k - j <= 12 && (!isVerb(j) || attribute(j)) {
      if words.kinds[j] == .punctuation { return false }
      j -= 1
    }
    // (Or `als` and what something is made: "die is aangewezen als functie met … melden …".)
    guard j > 0, j + 1 < k - 1, isVerb(j),
      ClauseReader.prepositions.contains(words.ids[j + 1])
        || words.ids[j + 1] == .als && words.spelled(j, oneOf: Self.regarding)
    else { return false }
    // (Not the possessive `zijn` before its noun: "die hem … wordt aangeboden ter gelegenheid van
    // zijn ambtsjubileum".)
    if words.ids[k] == .zijn && k + 1 < words.count && words.kinds[k + 1] == .word && !isVerb(k + 1)
      && !ClauseReader.negatorLike.contains(words.ids[k + 1])
    {
      return false
    }
    // (Not a noun that is also a verb's form, after its determiner or a preposition: "wie een
    // vermoeden van een misstand meldt".)
    let before = words.ids[j - 1]
    // (`zijn` before a participle is its auxiliary: "die zijn geregeld in artikel 5 worden …".)
    let auxiliary = before == .zijn && words.flags(j).contains(.participle)
    if !auxiliary
      && (ClauseReader.determiners.contains(before) || ClauseReader.articles.contains(before)
        || ClauseReader.possessives.contains(before) || ClauseReader.possessiveDeterminers.contains(before)
        || ClauseReader.prepositions.contains(before))
    {
      return false
    }
    let governs =
      words.flags(j).contains(.modal) || ClauseReader.auxiliaryForms.contains(words.ids[j])
      || Self.willing.contains(words.ids[j])
    // (A cluster is not interrupted by a phrase in standard Dutch, so a verb of the clause's own
    // is only a full verb's infinitive after its modal: not "zijn … zijn verboden".)
    let fullInfinitive =
      !words.flags(k).isDisjoint(with: [.infinitive, .participle]) && !words.flags(k).contains(.modal)
      && !ClauseReader.auxiliaryForms.contains(words.ids[k])
    return !(governs && fullInfinitive)
  }

  /// Whether no finite verb follows `k` before the next punctuation mark.
  func lastFiniteOfPart(_ k: Int) -> Bool {
    var j = k + 1
    while j < words.count && words.kinds[j] != .punctuation {
      if isFinite(j) { return false }
      j += 1
    }
    return true
  }

  /// The last verb before `k` with one or two adverbs between ("die … kunnen raken vooraf
  /// opgeeft"): words that are no verb, preposition, determiner, pronoun, negator or conjunction.
  func verbBeforeAdverbs(_ k: Int) -> Int? {
    var j = k - 1
    var skipped = 0
    // ("die … kunnen raken uit jezelf meldt": "uit jezelf", of one's own accord, is an adverb too.)
    func ownAccord(_ j: Int) -> Bool {
      words.spelled(j, oneOf: Self.selfWords)
        || j + 1 < words.count && words.ids[j] == .uit && words.spelled(j + 1, oneOf: Self.selfWords)
    }
    while j > 0 && skipped < 2 && words.kinds[j] == .word && !isVerb(j)
      && (!ClauseReader.prepositions.contains(words.ids[j]) || ownAccord(j))
      && !ClauseReader.determiners.contains(words.ids[j]) && !ClauseReader.possessives.contains(words.ids[j])
      && !Self.subjectPronouns.contains(words.ids[j]) && !ClauseReader.negatorLike.contains(words.ids[j])
      && !ClauseReader.clauseOpeners.contains(words.ids[j])
    {
      if !ownAccord(j) { skipped += 1 }
      j -= 1
    }
    return j < k - 1 && isVerb(j) ? j : nil
  }
  static let selfWords: [[UInt8]] = ["jezelf", "uzelf", "zichzelf"].map { Array($0.utf8) }

  func split() -> [Clause] {
    let ids = words.ids
    let kinds = words.kinds
    var open = OpenClauses(capacity: ids.count)
    var sawFinite = false
    // "dat u uw belangen en transacties in effecten die de gemeente kunnen raken, jaarlijks
    // meldt": a verb-final clause a relative clause interrupted before its verb, resumed after
    // the relative clause's comma; the parts are joined at the end (by their place in `closed`).
    var interrupted: Clause.Kind?
    // The verb-final clause a condition after the comma just passed interrupts.
    var interruptedNext: Clause.Kind?
    // Inside an aside between commas in a verb-final clause before its verb (`asideBeforeVerb`).
    var aside = false
    var resumed: Set<Int> = []
    // Where the words of a resumed clause start again (`resumed`).
    var resumedAt = -1
    // "Twijfel je …, (dan) overleg je …": a verb-first condition up to the comma.
    // "Doe je nevenwerk, en kan het je werk raken, dan meld je …": a condition coordinated after a
    // comma ("en kan het …") belongs to it, up to the comma before `dan`.
    var thenComma: Int?
    var plainCommas = false
    // ("Werk dat je voor de dienst doet, is geen nevenwerkzaamheid": a bare stem before a
    // third-person pronoun is a noun and its relative clause, not a verb with its subject; the
    // third person's verb ends in -t.)
    let stemBeforeThird =
      ids.count > 1 && Self.thirdPersonSubjects.contains(ids[1]) && !words.flags(0).contains(.endsT)
      && !words.flags(0).contains(.modal) && !ClauseReader.auxiliaryForms.contains(ids[0])
    if ids.count > 3, isFinite(0), !stemBeforeThird, var comma = ids.firstIndex(of: RuleWord.comma.rawValue),
      comma + 1 < ids.count
    {
      // ("Heb je bij een dossier een belang, bijvoorbeeld omdat …, meld dat dan …": an aside
      // between commas does not end the condition; the comma after it does.)
      // (Only an aside with a clause of its own: "bijvoorbeeld fraude met subsidies, dan …" is
      // read as before.)
      if Self.asideOpeners.contains(ids[comma + 1]),
        let next = ids[(comma + 1)...].firstIndex(of: RuleWord.comma.rawValue), next + 1 < ids.count,
        isFinite(next + 1) || ids[next + 1] == .dan, next > comma + 2, ((comma + 2)..<next).contains(where: isFinite)
      {
        comma = next
      }
      let then = ids.indices.first { $0 + 1 < ids.count && ids[$0] == .comma && ids[$0 + 1] == .dan }
      // Every comma before that `dan` joins another condition ("…, en kan het …") or separates
      // listed words ("Heeft u bij een besluit, advies of opdracht waaraan u meewerkt …").
      // ("Krijgt de medewerker te maken met een familielid, zijn partner of een goede vriend
      // als aanvrager, leverancier of andere belanghebbende, dan …": commas between words with no
      // verb or clause of their own.)
      plainCommas =
        then.map { t in
          t > comma
            && ((comma + 1)..<t).allSatisfy { j in
              let possessive = (ids[j] == .zijn || ids[j] == .haar) && !isFinite(j + 1)
              return (!isFinite(j) || possessive) && opens(j, clauseStart: false) == nil
            }
        } ?? false
      let chained =
        then.map { t in
          t >= comma
            && (comma..<t).allSatisfy { j in
              ids[j] != .comma || j + 2 < ids.count && (ids[j + 1] == .en || ids[j + 1] == .of) && isFinite(j + 2)
                || listCommaAhead(j) || listBeforeVerbFirst(j, upTo: t)
            }
            || plainCommas
        } ?? false
      if ids[comma + 1] == .dan || isFinite(comma + 1) && Self.verbFirstSubjects.contains(ids[1]) || chained {
        open.kind = .condition
        thenComma = then
      }
    }
    // "Gaat het om een kleine attentie …: die is voor jou": a verb-first situation up to a colon,
    // with a clause of its own after it, is a condition too.
    if open.kind == .main, ids.count > 3, isFinite(0), !stemBeforeThird, Self.verbFirstSubjects.contains(ids[1]),
      let colon = ids.firstIndex(of: RuleWord.colon.rawValue), colon + 2 < ids.count,
      ids[colon + 1] == .dan
        || !(2..<colon).contains(where: isFinite)
          && (pronounClauseAhead(colon + 1) || subjectClauseAhead(colon + 1) || invertedClauseAhead(colon + 1))
    {
      open.kind = .condition
    }
    // "Heb je vragen over integriteit dan kun je terecht bij …": a verb-first condition without
    // its comma ends at a `dan` that a finite verb and its subject follow.
    var thenWithoutComma: Int?
    if open.kind == .main, ids.count > 5, isFinite(0), !stemBeforeThird, Self.verbFirstSubjects.contains(ids[1]),
      let then = (2..<(ids.count - 2)).first(where: {
        ids[$0] == .dan && isFinite($0 + 1) && ClauseReader.invertedSubjectWords.contains(ids[$0 + 2])
      }),
      !ids[..<then].contains(where: { $0 == RuleWord.comma.rawValue || $0 == RuleWord.colon.rawValue })
    {
      open.kind = .condition
      thenWithoutComma = then
    } else if open.kind == .main, ids.count > 5, isFinite(0), !stemBeforeThird,
      ClauseReader.invertedSubjectWords.contains(ids[1]),
      isFinite(2), words.flags(2).isDisjoint(with: [.infinitive, .endsT, .participle]),
      !ClauseReader.invertedSubjectWords.contains(ids[3]), ids[3...].contains(RuleWord.dan.rawValue)
    {
      // ("Twijfel je bespreek het dan met je leidinggevende": a verb-first condition of two words,
      // then an imperative and its `dan`.)
      open.kind = .condition
      thenWithoutComma = 2
    }
    var k = 0
    while k < ids.count {
      let w = ids[k]
      if k == thenWithoutComma && open.kind == .condition {
        open.start(.main)
        sawFinite = false
      }
      // A parenthesis is an aside: its words join no clause ("(van bijvoorbeeld een vaktijdschrift)").
      // (An opening one that is never closed, a typing slip as in "een (mogelijk datalek", is
      // skipped alone: the words after it stay the sentence's.)
      if w == .openParen && !ids[(k + 1)...].contains(RuleWord.closeParen.rawValue) {
        k += 1
        continue
      }
      if w == .openParen {
        var depth = 0
        while k < ids.count {
          if ids[k] == .openParen { depth += 1 } else if ids[k] == .closeParen { depth -= 1 }
          k += 1
          if depth == 0 { break }
        }
        continue
      }
      if kinds[k] == .punctuation {
        // ("dat de medewerker geen lid mag zijn van een politieke partij, een vakbond of een
        // maatschappelijke organisatie": more items of the list the clause ends with, up to the
        // sentence's end, stay in it.)
        if w == .comma && sawFinite && open.kind != .main && open.kind != .coordinate && listTail(after: k) {
          k += 1
          continue
        }
        // ("Alleen wanneer je een functie vervult die …, én je belangen … kunnen raken, meld je die
        // …": `en` or `of` after the comma that closes a condition, or a relative clause in it,
        // opens a second condition with a subject of its own, up to the comma before the main
        // clause's finite verb and its subject.)
        if w == .comma && sawFinite
          && (open.kind == .condition
            || open.kind == .relative && (open.resume == .condition || open.closed.last?.kind == .condition)),
          k + 3 < ids.count, ids[k + 1] == .en || ids[k + 1] == .of, !isFinite(k + 2),
          let next = ((k + 2)..<ids.count).first(where: { ids[$0] == .comma || ids[$0] == .period || ids[$0] == .semicolon }),
          ids[next] == .comma, next + 2 < ids.count, isFinite(next + 1),
          ClauseReader.invertedSubjectWords.contains(ids[next + 2]), ((k + 2)..<next).contains(where: isFinite)
        {
          open.start(.condition)
          sawFinite = false
          k += 2
          continue
        }
        // "… meld je bij je leidinggevende; je mag ze daarna houden": after a semicolon, a clause
        // with its own finite verb is a second main clause.
        // So does a colon after a main clause's frame and its content, before a clause with its
        // own finite verb and subject ("Het is niet de bedoeling dat u … afslaat: een geschenk …
        // mag u behouden"); the clauses it interrupts for return to it.
        // ("Dit geldt niet voor een bedankje dat je krijgt: dat mag je houden": a relative clause
        // too, before a clause that opens with a pronoun and its finite verb.)
        // (So does a clause of manner or reason that ends the main clause: "Je gedraagt je zoals
        // een goed ambtenaar betaamt: je werkt onpartijdig …".)
        // (Its verb may be one the lexicon does not know: "zoals een goed ambtenaar betaamt".)
        if w == .colon && open.closed.contains(where: { $0.kind == .main })
          && (sawFinite && open.kind == .complement && finiteAhead(from: k + 1) && subjectAhead(from: k + 1)
            || sawFinite && open.kind == .relative && pronounClauseAhead(k + 1) && subjectAhead(from: k + 1)
            || open.kind == .cause && k + 2 < ids.count && Self.invertedSubjects.contains(ids[k + 1]) && isFinite(k + 2))
        {
          open.start(.coordinate)
          open.resume = .coordinate
          sawFinite = false
          k += 1
          continue
        }
        // "Wel bij je leidinggevende opgeven welke …, niet wachten tot iemand ernaar vraagt": after
        // an instruction in the infinitive, a comma and `niet` before another infinitive open a
        // second instruction, the one not to do.
        // (Also after relative clauses on its object: "… welke nevenwerkzaamheden je verricht …,
        // niet wachten …".)
        let instruction =
          open.kind == .main
          ? open.indices
          : open.kind == .relative && open.resume == .main
            ? (open.closed.last(where: { $0.kind == .main })?.indices ?? []) : []
        if w == .comma && !instruction.isEmpty && k + 2 < ids.count && ids[k + 1] == .niet
          && !instruction.contains(where: { isFinite($0) && !words.flags($0).contains(.infinitive) })
          && instruction.contains(where: { words.flags($0).contains(.infinitive) })
          && (k + 2..<min(ids.count, k + 12)).prefix(while: { kinds[$0] != .punctuation }).contains(where: {
            words.flags($0).contains(.infinitive)
          })
        {
          open.start(.coordinate)
          sawFinite = false
          k += 1
          continue
        }
        // "De registratie van nevenwerk: team HR legt … vast", "De meldingen over financiële
        // belangen: de integriteitscoördinator registreert ze": a noun phrase before a colon, with
        // no verb or negator of its own, names what the clause after it is about; that clause, with
        // its own subject and finite verb, is the main clause.
        if w == .colon && open.kind == .main && !sawFinite && !open.indices.isEmpty && open.closed.isEmpty
          && !open.indices.contains(where: { isVerb($0) || ClauseReader.negatorLike.contains(ids[$0]) })
          && nounClauseAhead(k + 1)
        {
          open.indices.removeAll(keepingCapacity: true)
          k += 1
          continue
        }
        // ("Daarom blijf je neutraal: je neemt niet deel aan …": a colon after a main clause
        // with a person as subject, before a clause with its own subject and finite verb, too;
        // "Het antwoord is nee: hij draagt het dossier over" stays one clause, its norm after
        // the colon.)
        let personBefore = open.indices.contains { Self.invertedSubjects.contains(ids[$0]) }
        // (Not after a label that opens with an infinitive: "Extern melden bij de LKOG: als
        // laatste mogelijkheid kun je …" names what follows.)
        // (Not one with a finite verb of its own: "Toestemming vragen hoeft niet: je geeft …".)
        let label =
          open.indices.prefix(2).contains { words.flags($0).contains(.infinitive) }
          && !open.indices.contains { isFinite($0) && !words.flags($0).contains(.infinitive) }
        // (Or a noun and its finite verb after the colon: "Een opgave blijft niet in een la liggen:
        // team HR registreert …", "… blijven niet binnenskamers: de provincie maakt ze … openbaar".)
        if (w == .semicolon
          || w == .colon
            && ((personBefore || pronounClauseAhead(k + 1) || !label && invertedClauseAhead(k + 1)
              || !label && subjectClauseAhead(k + 1))
              && subjectAhead(from: k + 1) || !label && nounClauseAhead(k + 1)))
          && (open.kind == .main || open.kind == .coordinate) && sawFinite && finiteAhead(from: k + 1)
        {
          open.start(.coordinate)
          sawFinite = false
          k += 1
          continue
        }
        // "Het is belangrijk dat je … kunt geven, en daarom neem je geen …": after a dat-clause or
        // relative clause with its verb, a comma, `en` or `maar`, at most two adverbs and a
        // finite verb with its subject coordinate a main clause of their own.
        // (So after a main clause with its verb: "… past eigenlijk nooit bij …, en daarom doe je
        // … geen enkel nevenwerk".)
        // (Or `maar` before a fronted object with relative clauses, then the finite verb and its
        // inverted subject: "…, maar nevenwerkzaamheden die wij verrichten …, melden wij vooraf …".)
        if w == .comma && sawFinite && k + 3 < ids.count && (ids[k + 1] == .maar || ids[k + 1] == .en)
          && (open.kind == .main || open.kind == .coordinate)
          && !isFinite(k + 2) && !Self.invertedSubjects.contains(ids[k + 2]) && opens(k + 2, clauseStart: true) == nil
          && (k + 3..<ids.count - 1).first(where: { j in
            ids[j] == .semicolon || ids[j] == .period || ids[j] == .colon
              || isFinite(j) && Self.invertedSubjects.contains(ids[j + 1]) && ids[j - 1] == .comma
          }).map({ j in isFinite(j) }) == true
        {
          open.start(.coordinate)
          open.resume = .coordinate
          sawFinite = false
          k += 1
          continue
        }
        // (Or a role as the new clause's subject, before its finite verb: "…, en de
        // integriteitscoördinator registreert deze meldingen".)
        let roleClause =
          w == .comma && sawFinite && k + 4 < ids.count && (ids[k + 1] == .en || ids[k + 1] == .maar)
          && (open.kind == .main || open.kind == .coordinate) && (ids[k + 2] == .de || ids[k + 2] == .het)
          && table.role(at: k + 3, in: words).map { role in
            k + 3 + role.1 < ids.count && isFinite(k + 3 + role.1) && !words.flags(k + 3 + role.1).contains(.participle)
          } == true
        if w == .comma && sawFinite && k + 3 < ids.count && (ids[k + 1] == .en || ids[k + 1] == .maar)
          && ((open.kind == .complement || open.kind == .relative) && open.closed.contains(where: { $0.kind == .main })
            || open.kind == .main || open.kind == .coordinate),
          let j = (k + 2...min(k + 4, ids.count - 2)).first(where: { isFinite($0) }),
          Self.invertedSubjects.contains(ids[j + 1]) || roleClause,
          !(k + 2..<j).contains(where: { isVerb($0) || kinds[$0] == .punctuation }) || roleClause
        {
          open.start(.coordinate)
          open.resume = .coordinate
          sawFinite = false
          k += 1
          continue
        }
        // ("dat hij zich in het openbaar, waaronder begrepen sociale media, ingezonden brieven en
        // openbare bijeenkomsten, onthoudt van …": an aside that widens what the clause names, up
        // to the last comma before the next finite verb. (Whatever the clause's words so far look
        // like: `openbaar` is also a form of openbaren.)
        if w == .comma && open.indices.count >= 2 && Self.verbFinal.contains(open.kind)
          && k + 2 < ids.count && words.spelling(k + 2) == "begrepen"
          && ["waaronder", "daaronder", "hieronder"].contains(words.spelling(k + 1)),
          let verb = (k + 3..<min(ids.count, k + 24)).first(where: { isFinite($0) }),
          let close = (k + 3..<verb).last(where: { ids[$0] == .comma })
        {
          open.indices.append(contentsOf: (k + 1)..<close)
          k = close + 1
          continue
        }
        // "op voorwaarde dat de gever geen aanvraag, offerte of bezwaarschrift heeft lopen": a
        // comma between listed words, before the verb-final clause has its verb, keeps it open.
        // (In a clause of cause too: "doordat een familielid, een vriend of een buur … is".)
        if w == .comma && !sawFinite && open.indices.count >= 2
          && (Self.verbFinal.contains(open.kind) || open.kind == .cause) && listCommaAhead(k)
        {
          k += 1
          continue
        }
        // ("Aangezien een attentie van hooguit € 25, zoals een doos bonbons, niemand aan ons bindt,
        // …": an aside of examples between commas, before the verb-final clause has its verb.)
        if w == .comma && !sawFinite && open.indices.count >= 2
          && (Self.verbFinal.contains(open.kind) || open.kind == .cause) && k + 1 < ids.count && ids[k + 1] == .zoals,
          let close = (k + 2..<min(ids.count, k + 14)).first(where: { ids[$0] == .comma }),
          !(k + 2..<close).contains(where: { isFinite($0) })
        {
          open.indices.append(contentsOf: (k + 1)..<close)
          k = close + 1
          continue
        }
        // "zij worden geen lid van een partij, zetten hun naam niet onder petities en …": after a
        // main clause with its finite verb, a comma and a finite verb of the same person coordinate
        // a second predicate of the same subject.
        // ("wij zijn onpartijdig, wij gaan zorgvuldig om met …": a subject pronoun and its finite
        // verb after the comma open a main clause of their own.)
        // (So does a finite verb with its subject after it: "… mag je die belangen niet hebben,
        // meld je je overige belangen bij …".)
        if w == .comma && (open.kind == .main || open.kind == .coordinate) && sawFinite
          && (asyndeticPredicate(at: k + 1, after: open.indices, coordinated: open.kind == .coordinate)
            || k + 2 < ids.count && ClauseReader.invertedSubjectWords.contains(ids[k + 1]) && isFinite(k + 2)
            || k + 2 < ids.count && isFinite(k + 1) && !words.flags(k + 1).contains(.modal)
              && ClauseReader.invertedSubjectWords.contains(ids[k + 2])
              // (after a main clause whose finite verb stands first or second, not one resumed
              // after a relative clause: "Foto's … die je … maakt, plaats je …")
              && open.indices.prefix(2).contains(where: { isFinite($0) })
              && !open.closed.contains(where: { $0.kind == open.kind || $0.kind == .relative }))
        {
          open.start(.coordinate)
          sawFinite = false
          k += 1
          continue
        }
        // "wanneer daardoor de vervulling van de functie, voor zover deze …, niet in redelijkheid
        // is verzekerd": a condition between commas before the verb of a verb-final clause
        // interrupts it.
        // (Its words so far may look finite: "van zijn of haar functie", "het goed functioneren".)
        // (So in a clause of result: "… te verrichten waardoor de goede vervulling …, voor zover
        // deze …, niet in redelijkheid zou zijn verzekerd".)
        // (And a relative clause of result on a noun: "nevenwerkzaamheden waardoor de goede
        // vervulling …, voor zover dat …, niet in redelijkheid is verzekerd".)
        let resultClause = open.kind == .relative && open.indices.first.map { ids[$0] == .waardoor } == true
        if w == .comma && (Self.verbFinal.contains(open.kind) && open.kind != .relative || open.kind == .cause || resultClause)
          && open.indices.dropFirst().allSatisfy({ !isFinite($0) || nounLike($0) })
          && open.indices.count >= 2 && k + 1 < ids.count
          && (opens(k + 1, clauseStart: false) == .condition
            // (Or a clause of time in a dat-clause: "dat wij, zolang wij hier werken, …".)
            || open.kind == .complement && ids[k + 1] == .zolang
            // (Or a relative clause on its subject: "Als een nevenwerkzaamheid, die je nu verricht,
            // de belangen … kan raken, meld je …".)
            || open.kind != .cause && !resultClause && opens(k + 1, clauseStart: false) == .relative)
        {
          interruptedNext = open.kind
          k += 1
          continue
        }
        // "dat hij zich, ook buiten werktijd en op sociale media, onthoudt van …": an aside between
        // commas before a verb-final clause's verb keeps the clause open.
        // (With a plural subject, whose verb has the infinitive's form: "dat zij zich, in en buiten
        // diensttijd, van iedere politieke uiting onthouden".)
        func plural() -> Bool { open.indices.contains { NormAnalyser.pluralSubjects.contains(ids[$0]) } }
        if w == .comma && !sawFinite && Self.verbFinal.contains(open.kind) && open.indices.count >= 2
          && (aside
            ? verbSoonAfter(k) || plural() && pluralVerbAhead(k)
            : asideBeforeVerb(k) || plural() && asideBeforePluralVerb(k))
        {
          aside.toggle()
          k += 1
          continue
        }
        // "Dat onbetaalde nevenwerkzaamheden, zoals vrijwilligerswerk, niet worden gemeld, is …": a
        // sentence-initial dat-clause without its verbs yet runs on to the comma before the main verb.
        if w == .comma && !sawFinite && open.kind == .complement && open.indices.first == 0 && verbFinalBeforeMain(from: k) {
          k += 1
          continue
        }
        // ("Heeft u bij een besluit waaraan u meewerkt een belang, of kan de indruk ontstaan …,
        // dan …": after a clause inside the first condition, `of` or `en` and a finite verb before
        // that `dan` start the next condition.)
        if w == .comma && open.kind != .condition && open.kind != .main, let then = thenComma, k < then,
          k + 2 < ids.count, ids[k + 1] == .en || ids[k + 1] == .of, isFinite(k + 2)
        {
          open.start(.condition)
          interrupted = nil
          sawFinite = false
          k += 1
          continue
        }
        if w == .comma && open.kind == .condition, let then = thenComma, k < then, k + 2 < ids.count,
          plainCommas
            || (ids[k + 1] == .en || ids[k + 1] == .of
              ? isFinite(k + 2) : listCommaAhead(k) || listBeforeVerbFirst(k, upTo: then))
        {
          k += 1
          continue
        }
        // "waarbij een bloedverwant, zijn echtgenoot of een huisgenoot belang heeft": a list before
        // the relative clause's verb does not end it; nor does the hyphen of "een bloed- of
        // aanverwant" (a compound's first part, before `of` or `en`).
        // (A `zijn` first in an earlier item was a possessive, no verb.)
        let noVerbYet =
          !sawFinite
          || open.indices.allSatisfy { j in
            !isFinite(j) || (ids[j] == .zijn || ids[j] == .haar) && j > 0 && ids[j - 1] == .comma
          }
        // (Also after the verb, before a list that goes on the phrase the clause ends with: "een
        // geschenk dat u krijgt van een leverancier, een opdrachtgever of een andere relatie die …".)
        // (So in a condition before its verb: "als er geen inwoners, vertrouwelijke stukken of
        // beveiligde ruimtes op staan".)
        if w == .comma
          && (open.kind == .relative && (noVerbYet || k > 0 && !isVerb(k - 1))
            || open.kind == .condition && !sawFinite && open.indices.count >= 2)
          && listCommaAhead(k)
          || w == .dash && k + 1 < ids.count && (ids[k + 1] == .of || ids[k + 1] == .en || ids[k + 1] == .comma)
          // (Nor the comma after such a part: "een familie-, vriendschaps- of liefdesrelatie".)
          || w == .comma && k > 0 && ids[k - 1] == .dash && k + 1 < ids.count && kinds[k + 1] == .word
        {
          k += 1
          continue
        }
        if w == .comma || w == .colon || w == .closeParen || w == .dash || w == .quote {
          // (Not when a finite verb with more after it follows: "…, worden door de medewerker
          // opgegeven" is the main clause's; a finite verb alone before a comma closes the
          // interrupted clause: "Als je een geschenk dat … waard is, krijgt, meld je het". A
          // dat-clause with no verb yet takes one with more after it, unless a subject follows it
          // as in a main clause: "dat je nevenwerk dat … raakt, opgeeft bij HR".)
          if w == .comma && (open.kind == .relative || open.kind == .condition || open.kind == .temporal) && sawFinite,
            let resume = interrupted,
            k + 1 < ids.count,
            ids[k + 1] != .dan,
            !isFinite(k + 1) || k + 2 >= ids.count || ids[k + 2] == .comma || ids[k + 2] == .period
              || resume == .complement && open.kind == .relative
                && !ClauseReader.invertedSubjectWords.contains(ids[k + 2])
          {
            open.start(resume)
            resumed.insert(open.closed.count)
            interrupted = nil
            sawFinite = false
            resumedAt = k + 1
            k += 1
            continue
          }
          // ("die beslist of wij het mogen houden, moeten teruggeven of aan een goed doel schenken":
          // a modal and its infinitive after a comma go on listing in the clause that has one.)
          if w == .comma && open.kind == .complement && k + 2 < ids.count && words.flags(k + 1).contains(.modal)
            && words.flags(k + 2).contains(.infinitive) && open.indices.contains(where: { words.flags($0).contains(.modal) })
          {
            k += 1
            continue
          }
          interrupted = nil
          if open.kind != .main && open.kind != .coordinate {
            open.start(open.resume)
            sawFinite = false
          }
          // "…, dan …": what follows is the main clause.
        }
        k += 1
        continue
      }
      let clauseStart = open.indices.isEmpty
      // "bijvoorbeeld omdat …", "bijvoorbeeld als …": the adverb belongs to the clause it opens.
      // (So does "Alleen als …" first in the sentence: "Alleen als je afdelingshoofd bent: het team HR
      // registreert …" restricts no one's act in the main clause.)
      if (Self.openerAdverbs.contains(w) || k == 0 && Self.restrictingFirst.contains(w)) && k + 1 < ids.count
        && opens(k + 1, clauseStart: false) != nil
      {
        k += 1
        continue
      }
      // ("…, wanneer …, die nevenwerkzaamheid niet hoeft te melden": first in the verb-final clause
      // resumed after its interruption, `die` or `deze` before a noun is a demonstrative.)
      let demonstrativeResumed =
        k == resumedAt && (w == .die || w == .deze) && k + 1 < ids.count && kinds[k + 1] == .word && !isVerb(k + 1)
        && !Self.subjectPronouns.contains(ids[k + 1]) && !ClauseReader.articles.contains(ids[k + 1])
        && !ClauseReader.prepositions.contains(ids[k + 1])
      if !demonstrativeResumed, let kind = opens(k, clauseStart: clauseStart) {
        // (A second relative clause joined to the first, "die u verricht … en die de belangen …
        // kunnen raken", interrupts the same clause.)
        // (So does a clause of time inside a dat-clause before its verb: "dat je je aandelen,
        // binnen een maand nadat je bent begonnen, meldt aan …".)
        interrupted =
          kind == .relative && open.kind == .relative && interrupted != nil
          ? interrupted
          : (kind == .relative || kind == .temporal && open.kind == .complement) && Self.verbFinal.contains(open.kind)
            && open.kind != .relative && !sawFinite && open.indices.count >= 2 ? open.kind : interruptedNext
        interruptedNext = nil
        open.start(kind)
        open.indices.append(k)
        sawFinite = false
        k += 1
        continue
      }
      // "Vertrouwelijke informatie zal door de medewerker zolang het dienstverband duurt geheim
      // worden gehouden", "Je zult zolang je hier werkt geen geschenken aannemen": a clause of
      // time or condition without commas, inside a main clause whose modal or auxiliary still
      // waits for its infinitive, ends at its own finite verb; what follows is the main clause's.
      if (open.kind == .temporal || open.kind == .condition) && sawFinite && interrupted == nil && k > 0 && isFinite(k - 1)
        && kinds[k] == .word && ids[k] != .dan && !isFinite(k) && opens(k, clauseStart: false) == nil
        // (Not the clause's own verb cluster, an auxiliary's participle or a modal's infinitive:
        // "als het college … toestemming heeft gegeven"; but "nadat je het ontdekt gemeld zijn".)
        && !(!words.flags(k).isDisjoint(with: [.infinitive, .participle])
          && (words.flags(k - 1).contains(.modal) || ClauseReader.auxiliaryForms.contains(ids[k - 1]))),
        let main = open.closed.last, main.kind == .main || main.kind == .coordinate,
        let modal = main.indices.last(where: isFinite),
        words.flags(modal).contains(.modal) || ClauseReader.auxiliaryForms.contains(ids[modal]),
        !main.indices.contains(where: { $0 > modal && words.flags($0).isDisjoint(with: [.infinitive, .participle]) == false }),
        (k..<ids.count).prefix(while: { ids[$0] != .comma && ids[$0] != .period }).contains(where: {
          words.flags($0).contains(.infinitive) || words.flags($0).contains(.participle)
        })
      {
        open.start(main.kind)
        sawFinite = true
      }
      // A negator after the finite verb of a verb-final clause belongs to the main clause
      // ("de kennis die horen bij jouw positie niet om …", "Je neemt van iemand met wie je
      // contact hebt geen geschenk aan").
      // So does a finite verb right after the clause's closing verbs (`followsClosingVerbs`).
      // (Not a verb the relative clause coordinates, "die meldingen kan registreren en zo nodig
      // maatregelen kan nemen", when the main clause has its finite verb already.)
      let coordinatedInClause =
        interrupted == nil && isFinite(k)
        && open.closed.contains(where: { $0.kind == open.resume && $0.indices.contains(where: isFinite) })
        && open.indices.first(where: isFinite).map { first in (first + 1..<k).contains { ids[$0] == .en || ids[$0] == .of } }
          == true
      // (Not the `niet` of "of … of niet", whether or not: "of daar nu een vergoeding tegenover
      // staat of niet".)
      if open.kind == .relative && sawFinite && !coordinatedInClause
        && ((w == .niet || w == .nooit || w == .geen && k + 1 < ids.count && kinds[k + 1] == .word)
          && !(k > 0 && ids[k - 1] == .of && (k + 1 == ids.count || kinds[k + 1] == .punctuation))
          || isFinite(k) && followsClosingVerbs(k) && !ClauseReader.prepositions.contains(ids[k - 1])
          || isFinite(k) && !words.flags(k).contains(.participle)
            && verbBeforeAdverbs(k).map { followsClosingVerbs(k, after: $0) } == true
          || isFinite(k) && afterComparison(k)
          || isFinite(k) && afterExtraposedPhrase(k)
          || w == .te && teAfterRelative(k))
      {
        // (Back to the verb-final clause the relative clause interrupted, if one did: "dat u de
        // nevenwerkzaamheden die … kunnen raken vooraf opgeeft aan …".)
        // (A negator too: "en dat je de belangen die in de bijlage staan niet bezit".)
        if let resume = interrupted, isFinite(k) || ClauseReader.negatorLike.contains(w) {
          open.start(resume)
          resumed.insert(open.closed.count)
          interrupted = nil
        } else if open.resume == .main, open.closed.last?.kind == .coordinate {
          // (A coordinate main clause goes on after its relative clause: "…, en je bezit de
          // aandelen die in de bijlage staan niet".)
          open.start(.coordinate)
          resumed.insert(open.closed.count)
        } else {
          open.start(open.resume)
        }
        sawFinite = false
      } else if open.kind == .temporal && sawFinite, let resume = interrupted, resume == .complement, isFinite(k),
        !words.flags(k).contains(.participle), followsClosingVerbs(k)
      {
        open.start(resume)
        resumed.insert(open.closed.count)
        interrupted = nil
        sawFinite = false
      } else if open.kind == .temporal && sawFinite, let resume = interrupted, resume == .complement, isFinite(k),
        !words.flags(k).contains(.participle), lastFiniteOfPart(k),
        let first = open.indices.first(where: isFinite), (first + 1..<k).contains(where: { ids[$0] == .en || ids[$0] == .of }),
        open.closed.last(where: { $0.kind == .complement }).map({ !$0.indices.contains(where: isFinite) }) == true
      {
        // ("dat je je belangen binnen een maand nadat je bent begonnen en daarna bij iedere
        // wijziging meldt aan …": the last finite verb after `en`, when the dat-clause the clause
        // of time interrupted has none yet, is the dat-clause's.)
        open.start(resume)
        resumed.insert(open.closed.count)
        interrupted = nil
        sawFinite = false
      } else if open.kind == .temporal || open.kind == .condition, sawFinite, interrupted == nil, k > 0, isFinite(k - 1),
        !words.flags(k - 1).contains(.infinitive),
        let te = (k..<min(ids.count, k + 3)).first(where: { ids[$0] == .te }), teAfterRelative(te),
        !(k..<te).contains(where: { isVerb($0) || kinds[$0] == .punctuation || ids[$0] == .of || ids[$0] == .en }),
        open.closed.contains(where: { c in
          c.kind == .main && c.indices.contains(where: { words.flags($0).contains(.modal) || ids[$0] == .verplicht })
        })
      {
        // ("is verplicht binnen een maand nadat hij is benoemd en telkens wanneer … voordoet melding
        // te doen van …": after a clause of time's closing verb, a `te` with its infinitive (and the
        // object before it) belongs to the main clause of duty it interrupted.)
        open.start(open.resume)
        sawFinite = false
      } else if open.kind == .relative && sawFinite, let resume = interrupted, isFinite(k - 1),
        Self.invertedSubjects.contains(w), open.indices.dropFirst().contains(where: { ids[$0] == w })
      {
        // ("Wanneer een bedrijf waarop u toezicht houdt u een baan aanbiedt": a second subject
        // pronoun after the relative clause's verb is the interrupted clause's.)
        open.start(resume)
        resumed.insert(open.closed.count)
        interrupted = nil
        sawFinite = false
      }
      // "geef je je belangen die de gemeente kunnen raken op aan de secretaris": the particle of
      // the main clause's separable verb, after the verbs that close a relative or dat-clause,
      // takes the sentence back to the main clause.
      // (With an adverb or two between: "… die uw werk kunnen raken schriftelijk door"; or a
      // phrase the relative clause ends with: "Geef je belangen in bedrijven die zaken doen met de
      // gemeente op aan …".)
      // (So after a clause of time: "geef je dat binnen twee weken nadat je het bericht hebt
      // ontvangen op".)
      if (open.kind == .relative || open.kind == .complement || open.kind == .temporal) && sawFinite && k > 0,
        case let closer = (max(0, k - 4)..<k).reversed().first(where: { j in
          !(j + 1..<k).contains { kinds[$0] != .word || isVerb($0) }
            && (isFinite(j) || words.flags(j).contains(.infinitive)
              || open.kind == .temporal && words.flags(j).contains(.participle))
        }),
        let closer,
        isFinite(closer) || words.flags(closer).contains(.infinitive)
          || open.kind == .temporal && words.flags(closer).contains(.participle),
        let main = open.closed.last(where: { $0.kind == .main || $0.kind == .coordinate }),
        main.indices.contains(where: { m in
          isFinite(m)
            && table.verbs[Int(words.infos[m].verbStart)..<Int(words.infos[m].verbEnd)].contains {
              $0.particle == w && $0.kind == .finite
            }
        }),
        !main.indices.contains(where: { ids[$0] == w }),
        // (A particle ends its clause; before an article or possessive the word is a
        // preposition of the clause it stands in: "Wij stellen het op prijs als u … meldt bij de
        // secretaris", not the `bij` of "stel … bij".)
        !(k + 1 < ids.count
          && (ClauseReader.articles.contains(ids[k + 1]) || ClauseReader.possessiveDeterminers.contains(ids[k + 1])))
      {
        open.start(open.resume)
        sawFinite = false
      }
      // "dient u uw belangen die de dienst kunnen raken schriftelijk te melden bij …": after a
      // verb-final clause's verbs, `te` and an infinitive (perhaps after a few words) complete the
      // main clause's `dient` or `hoeft`.
      // (So does a bare infinitive after a modal: "je moet onbetaald werk dat je functie kan raken
      // vooraf opgeven bij …"; or after a verb of will or future: "zult u uw belangen die … kunnen
      // raken melden bij …".)
      // (Across an aside in brackets: "… die de dienst kunnen raken (aandelen in …) binnen een
      // maand op te geven".)
      if (open.kind == .relative || open.kind == .complement) && sawFinite && k > 0,
        case let before = wordBeforeBrackets(k), isFinite(before) || words.flags(before).contains(.infinitive),
        let main = open.closed.last(where: { $0.kind == .main || $0.kind == .coordinate }),
        teAhead(from: k) && !main.indices.contains(where: { ids[$0] == .te })
          && main.indices.contains(where: { Self.teVerbs.contains(ids[$0]) || Self.teVerbStems.contains(words.spelling($0)) })
          || infinitiveAhead(from: k)
            && main.indices.contains(where: {
              words.flags($0).contains(.modal) || Self.willing.contains(ids[$0]) || ids[$0] == .zult
            })
            && !main.indices.contains(where: { words.flags($0).contains(.infinitive) && ids[$0] != .zijn && ids[$0] != .haar })
      {
        open.start(open.resume)
        sawFinite = false
      } else if w == .te, open.kind == .relative, sawFinite, k + 1 < ids.count, words.flags(k + 1).contains(.infinitive),
        let main = open.closed.last(where: { $0.kind == .main || $0.kind == .coordinate }),
        !main.indices.contains(where: { ids[$0] == .te }),
        main.indices.contains(where: { Self.teVerbs.contains(ids[$0]) || Self.teVerbStems.contains(words.spelling($0)) }),
        let f = open.indices.last(where: isFinite), f + 2 < k,
        (f + 1..<k).contains(where: { ClauseReader.prepositions.contains(ids[$0]) }),
        !(f + 1..<k).contains(where: { ids[$0] == .om || ids[$0] == .te || isFinite($0) || words.flags($0).contains(.infinitive) }
        )
      {
        // ("dient door de medewerker die werkzaam is in een functie als bedoeld in de bijlage
        // onverwijld te worden gemeld": `te` and its infinitive after the phrase that ends the
        // relative clause complete the main clause's `dient`; not "die je van plan bent te gaan
        // verrichten", whose `te` follows its own verb.)
        open.start(open.resume)
        sawFinite = false
      }
      // An inverted main clause resumes after a verb-final subordinate clause without comma, and
      // after an exception that is only a phrase ("Behoudens toestemming van het college verricht
      // de ambtenaar geen …", "Behalve met toestemming neem je geen …"): its first finite verb is
      // the main clause's.
      let phraseException =
        open.kind == .exception && !sawFinite && open.indices.count > 1
        && Self.prepositionalExceptions.contains(ids[open.indices[0]])
        && !Self.clauseAfterException.contains(ids[open.indices[1]])
      // "Teneinde … te waarborgen onthoudt de ambtenaar zich …": a fronted infinitive clause ends
      // with its `te` + infinitive; the finite verb after it is the main clause's.
      if open.kind == .infinitive && k >= 2 && ids[k - 2] == .te && isFinite(k) && k + 1 < ids.count
        && open.indices.first.map({ ids[$0] == .teneinde || ids[$0] == .om || ids[$0] == .zonder }) == true
        && open.indices.first == 0
      {
        open.start(.main)
        sawFinite = false
      }
      // ("Doe je nevenwerk of ben je het van plan, …": after `of` or `en`, a second condition.)
      let joinedCondition = open.kind == .condition && k > 0 && (ids[k - 1] == .en || ids[k - 1] == .of)
      // ("Wanneer een bedrijf waarop u toezicht houdt u een baan aanbiedt, …": a relative clause
      // with its own subject and no verb yet ends with the verb; the subject after it is the
      // object of the clause it interrupted.)
      let ownVerbAhead =
        open.kind == .relative && !sawFinite
        && open.indices.dropFirst().contains { Self.invertedSubjects.contains(ids[$0]) }
      // (A subject that is no pronoun too, when subordinate clauses stand first and the verbs of
      // the last end right before: "Omdat de dienst onpartijdig moet zijn is het de medewerker niet toegestaan …",
      // "Als de waarde onbekend is mag de medewerker …": two finite verbs side by side.)
      let firstClauseEnds =
        sawFinite && (open.closed.first?.indices.first ?? open.indices.first) == 0
        && open.closed.allSatisfy({ $0.kind != .main && $0.kind != .coordinate }) && k > 0 && k + 1 < ids.count && isVerb(k - 1)
        && [.condition, .temporal, .cause, .proviso].contains(open.kind) && Self.nounSubjectStarts.contains(ids[k + 1])
        && !words.flags(k).contains(.infinitive) && !words.flags(k).contains(.participle)
      if open.kind != .main && open.kind != .coordinate && isFinite(k) && k + 1 < ids.count && !joinedCondition
        && !ownVerbAhead
        && ((sawFinite || open.indices.count > 2) && Self.invertedSubjects.contains(ids[k + 1]) || firstClauseEnds
          || phraseException && !ClauseReader.prepositions.contains(ids[k - 1]))
      {
        open.start(open.resume == .coordinate && !phraseException ? .coordinate : .main)
        sawFinite = false
      }
      // "…, maar als weigeren onbeleefd is, mag je het houden", "…, maar is weigeren onbeleefd,
      // dan mag je het houden": after a main clause and a comma, `maar` or `en` before a condition
      // opens a second main clause, which goes on after the condition.
      if (open.kind == .main || open.kind == .coordinate) && sawFinite && (w == .maar || w == .en) && k > 0
        && ids[k - 1] == .comma && k + 2 < ids.count
      {
        let verbFirst =
          isFinite(k + 1) && !Self.invertedSubjects.contains(ids[k + 2])
          && ids[(k + 2)...].indices.contains { j in
            j + 1 < ids.count && ids[j] == .comma && ids[j + 1] == .dan
              && !ids[(k + 2)..<j].contains { $0 == .period || $0 == .semicolon || $0 == .colon }
          }
        if opens(k + 1, clauseStart: true) == .condition || verbFirst {
          open.start(verbFirst ? .condition : .coordinate)
          open.resume = .coordinate
          sawFinite = false
          k += 1
          continue
        }
      }
      // "en je meldt …", "maar u mag …": a second main clause. (Not "meldt hij of zij dit": two
      // pronouns joined are one subject.)
      // (Nor "… je financiële belangen en je aandelentransacties elk jaar": `je` before a noun
      // with no finite verb after it is a possessive.)
      // (Not before a pronoun or an adverb: "of je dat nu binnen of buiten werktijd doet".)
      // (Nor "je financiële belangen en je bezit van … effecten": a word that may be finite,
      // with `van` after it, is a noun.)
      // (Nor "Je moet je belangen, je effecten en je transacties melden": an infinitive after the
      // noun, with a modal before in the clause, closes its verb cluster.)
      let clusterEnd =
        k + 3 < ids.count && words.flags(k + 3).contains(.infinitive)
        && open.indices.contains { words.flags($0).contains(.modal) }
      let possessive =
        (ids[min(k + 1, ids.count - 1)] == .je || ids[min(k + 1, ids.count - 1)] == .u) && k + 2 < ids.count
        && (!isFinite(k + 2) && !(k + 3 < ids.count && isFinite(k + 3) && !clusterEnd)
          || k + 3 < ids.count && ids[k + 3] == .van && !words.flags(k + 2).contains(.modal))
        && !Self.pointingPronouns.contains(ids[k + 2]) && !Self.notNouns.contains(ids[k + 2])
      if (open.kind == .main || open.kind == .coordinate) && Self.coordinators.contains(w) && k + 1 < ids.count
        && Self.invertedSubjects.contains(ids[k + 1]) && !open.indices.isEmpty
        && !(k > 0 && Self.invertedSubjects.contains(ids[k - 1])) && !possessive
      {
        open.start(.coordinate)
        sawFinite = false
        k += 1
        continue
      }
      // "Weliswaar mag je veel naast je werk doen, maar betaald of onbetaald advies aan … is niet
      // toegestaan": after a main clause and a comma, `maar` and a subject with its own finite verb
      // before the next punctuation open a second main clause.
      if (open.kind == .main || open.kind == .coordinate) && sawFinite && w == .maar && k > 0 && ids[k - 1] == .comma
        && k + 2 < ids.count && kinds[k + 1] == .word && !isFinite(k + 1) && !isVerb(k + 1)
        && !ClauseReader.subordinators.contains(ids[k + 1]) && !Self.notSubjectStarts.contains(ids[k + 1])
        && !ClauseReader.negatorLike.contains(ids[k + 1]),
        case let end = (k + 1..<ids.count).first(where: { kinds[$0] == .punctuation }) ?? ids.count,
        (k + 2..<end).contains(where: { isFinite($0) })
      {
        open.start(.coordinate)
        sawFinite = false
        k += 1
        continue
      }
      // "Medewerkers melden hun belangen en verrichten geen transacties": `en` + a finite verb,
      // after a clause whose first finite verb is a full verb (not a modal or auxiliary, which
      // would govern infinitives: "mag je aannemen en houden"), coordinates a second predicate.
      if (open.kind == .main || open.kind == .coordinate) && (w == .en || w == .maar) && isFinite(k + 1)
        && !words.flags(k + 1).contains(.modal) && k + 1 < ids.count && ids[k + 1] != .te,
        // (The clause's first finite verb may stand before a relative clause it resumed after:
        // "bezit je de belangen die daar staan niet, en meld je …".)
        let first = open.indices.first(where: { isFinite($0) })
          ?? open.closed.last(where: { $0.kind == open.kind })?.indices.first(where: { isFinite($0) }), first < k - 1,
        // (After a modal too when the verb has its own subject after it: "moet je dat melden en
        // behandel je de aanvraag niet zelf".)
        // (An auxiliary as a full verb, with no participle or infinitive after it, too: "heeft geen
        // belangen in die bedrijven en meldt zijn overige belangen".)
        !words.flags(first).contains(.modal)
          && (!ClauseReader.auxiliaryForms.contains(ids[first])
            || !(first + 1..<k).contains { words.flags($0).contains(.participle) || words.flags($0).contains(.infinitive) })
          || k + 2 < ids.count && Self.invertedSubjects.contains(ids[k + 2]) && !words.flags(k + 1).contains(.infinitive),
        !ClauseReader.auxiliaryForms.contains(ids[k + 1])
      {
        open.start(.coordinate)
        sawFinite = false
        k += 1
        continue
      }
      // "dan" after a condition opens the main clause.
      if w == .dan && (open.kind == .main && open.indices.isEmpty || k > 0 && ids[k - 1] == .comma) {
        if open.kind != .main && open.kind != open.resume {
          open.start(open.resume)
          sawFinite = false
        }
        k += 1
        continue
      }
      open.indices.append(k)
      // (In a verb-final clause without its verb, `zijn` or `haar` first in a listed item is a
      // possessive: "dat hij zijn belangen, zijn effectenbezit en zijn transacties … meldt".)
      let listedPossessive =
        !sawFinite && Self.verbFinal.contains(open.kind) && (w == .zijn || w == .haar) && k > 0
        && (ids[k - 1] == .comma || ids[k - 1] == .en || ids[k - 1] == .of) && !isFinite(k + 1)
      if isFinite(k) && !listedPossessive { sawFinite = true }
      k += 1
    }
    open.close()
    // Main-clause parts split by a relative or other clause belong together.
    var merged: [Clause] = []
    for (n, c) in open.closed.enumerated() {
      if c.kind == .main, let i = merged.firstIndex(where: { $0.kind == .main }) {
        merged[i].indices += c.indices
      } else if resumed.contains(n), let i = merged.lastIndex(where: { $0.kind == c.kind }) {
        merged[i].indices += c.indices
      } else {
        merged.append(c)
      }
    }
    return merged
  }
}

/// The clauses `ClauseSplitter.split` has closed and the one it reads, whose indices gather in one
/// buffer kept for the whole sentence: each closed clause gets an exact copy, where a new array
/// per clause grew one index at a time.
private struct OpenClauses {
  var closed: [Clause] = []
  var kind = Clause.Kind.main
  var indices: [Int] = []
  /// The kind a main clause interrupted by a subordinate one goes on as (`coordinate` after a
  /// colon that starts a second main clause).
  var resume = Clause.Kind.main

  init(capacity: Int) { indices.reserveCapacity(capacity) }

  mutating func close() {
    guard !indices.isEmpty else { return }
    closed.append(Clause(kind: kind, indices: indices.withUnsafeBufferPointer { Array($0) }))
    indices.removeAll(keepingCapacity: true)
  }

  /// Closes the clause read and starts one of `kind`.
  mutating func start(_ kind: Clause.Kind) {
    close()
    self.kind = kind
  }
}
