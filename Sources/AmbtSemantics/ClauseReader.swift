/// Decides what one clause says: its modality, negation, action and subject.
struct ClauseReader {
  let table: WordTable
  let words: SentenceWords
  /// Whether a punctuation mark ends a prepositional phrase (`decidesPhrase`).
  let punctuationKinds: Bool

  /// What was read of each clause, shared by the readers of one sentence: a clause is asked
  /// whether it reports, and for its action, by several of them.
  final class Memo {
    struct Lists {
      var reports: [(indices: [Int], value: Bool)] = []
      var actions: [(indices: [Int], value: String?)] = []
    }
    /// The lists behind a pointer: a class's stored properties are checked for exclusive access
    /// at run time, at each of the many look-ups; memory a pointer points to is not.
    let lists: UnsafeMutablePointer<Lists>

    init() {
      lists = .allocate(capacity: 1)
      lists.initialize(to: Lists())
    }

    deinit {
      lists.deinitialize(count: 1)
      lists.deallocate()
    }
  }
  let memo: Memo

  init(table: WordTable, words: SentenceWords, punctuationKinds: Bool = true, memo: Memo = Memo()) {
    self.table = table
    self.words = words
    self.punctuationKinds = punctuationKinds
    self.memo = memo
  }

  typealias Decision = (modality: Modality, negated: Bool, action: String?, subject: String?)

  static let prepositions: WordSet = [
    .bij, .aan, .met, .van, .door, .voor, .tot, .naar, .over, .tegen, .namens, .via, .op, .in, .uit, .om, .onder,
    .tussen, .zonder, .binnen, .buiten, .na, .tijdens, .jegens, .richting, .vanuit, .omtrent, .inzake, .behalve,
    .ten, .ter, .volgens,
  ]
  static let possessives: WordSet = [.je, .jouw, .uw, .zijn, .haar, .hun, .onze, .ons, .mijn]
  static let expletives: WordSet = [.het, .dit, .dat, .er, .hier, .daar]
  static let determiners: WordSet = [
    .de, .het, .een, .deze, .die, .dit, .dat, .elk, .elke, .ieder, .iedere, .alle, .geen, .zoN, .dergelijke,
  ]

  // MARK: Negation

  static let auxiliaryForms: WordSet = [
    .zijn, .worden, .word, .hebben, .zullen, .zal, .zult, .zou, .zouden, .laten, .is, .ben, .bent, .wordt, .werd, .werden,
    .heeft, .hebt, .heb, .had, .hadden, .laat, .was, .waren,
  ]
  static let comparatives: WordSet = [
    .meer, .hoger, .groter, .langer, .later, .minder, .lager, .eerder, .korter, .kleiner,
  ]

  @inline(__always) func id(_ k: Int) -> WordID { words.ids[k] }
  @inline(__always) func flags(_ k: Int) -> WordFlags { words.infos[k].flags }
  /// The verb forms word `k` can be.
  @inline(__always) func verbs(_ k: Int) -> ArraySlice<VerbEntry> {
    let info = words.infos[k]
    return table.verbs[Int(info.verbStart)..<Int(info.verbEnd)]
  }

  /// Negators that scope over the clause's predicate (a `niet meer dan` boundary, `niet alleen`
  /// and the like do not). Several negators in one clause do not cancel (`niet X, en ook niet Y`);
  /// a double negation is read where it is lexical (`niet verboden`, `niet de bedoeling dat … geen`).
  func negation(_ indices: [Int]) -> (count: Int, negated: Bool) {
    var count = 0
    for (n, k) in indices.enumerated() where flags(k).contains(.negator) {
      let w = id(k)
      if flags(k).contains(.notNegatingStart), let phrases = table.notNegatingIDs[w] {
        let skip = phrases.contains { p in
          n + p.count <= indices.count && p.indices.allSatisfy { id(indices[n + $0]) == p[$0] }
        }
        if skip { continue }
      }
      // "…, of daar nu een vergoeding tegenover staat of niet": a closing `of niet` is a
      // concession (whether or not), not a negation.
      if w == .niet, n > 0, id(indices[n - 1]) == .of, n + 1 == indices.count || id(indices[n + 1]) == .comma {
        continue
      }
      // "Bij de coördinator, en dus niet bij je leidinggevende, doe je de melding": a phrase set
      // against another between commas is denied, not the clause.
      if w == .niet && contrastedPhrase(k) { continue }
      // "niet meer bedragen dan", "niet hoger is dan": a boundary, not a negation.
      // (The comparative right after `niet`: not "Je mag niet: geschenken van meer dan € 50".)
      if w == .niet, n + 1 < indices.count {
        let c = n + 1
        if Self.comparatives.contains(id(indices[c])),
          indices[c..<min(indices.count, c + 4)].contains(where: { id($0) == .dan })
        {
          continue
        }
      }
      count += 1
    }
    return (count, count > 0)
  }

  /// Whether the `niet` at word `k` opens an aside that sets a phrase against the one before it:
  /// ", en (dus) niet bij …," or ", maar niet aan …,", a preposition after it and a comma closing
  /// the aside a few words on (the ANS on constituent negation: `niet` before the phrase it
  /// denies).
  func contrastedPhrase(_ k: Int) -> Bool {
    var p = k - 1
    if p >= 0 && Self.asideAdverbs.contains(id(p)) { p -= 1 }
    guard p >= 1, id(p) == .en || id(p) == .maar, id(p - 1) == .comma, k + 1 < words.count,
      Self.prepositions.contains(id(k + 1))
    else { return false }
    return (k + 2..<min(words.count, k + 8)).contains { id($0) == .comma }
  }
  static let asideAdverbs: WordSet = [.dus, .ook, .zeker]

  func has(_ indices: [Int], _ set: WordSet) -> Bool { indices.contains { set.contains(id($0)) } }
  /// Whether `laat`/`laten` is followed, at most eight words on, by `weten`.
  func laatWeten(_ indices: [Int]) -> Bool {
    guard let n = indices.firstIndex(where: { id($0) == .laat || id($0) == .laten }) else { return false }
    return indices[(n + 1)..<min(indices.count, n + 9)].contains { id($0) == .weten }
  }
  func has(_ indices: [Int], _ flag: WordFlags) -> Bool { indices.contains { flags($0).contains(flag) } }

  /// Whether the words `w0`, `w1`, `w2` (one to three of them) stand in a row in the clause; as
  /// parameters, not an array literal, which cost an allocation per call.
  func has(_ indices: [Int], phrase w0: RuleWord, _ w1: RuleWord? = nil, _ w2: RuleWord? = nil) -> Bool {
    let length = w2 != nil ? 3 : w1 != nil ? 2 : 1
    guard indices.count >= length else { return false }
    for i in 0...(indices.count - length) where id(indices[i]) == w0 {
      if let w1, id(indices[i + 1]) != w1 { continue }
      if let w2, id(indices[i + 2]) != w2 { continue }
      return true
    }
    return false
  }

  func hasAny(_ indices: [Int], phrases: PhraseSet) -> Bool { phrases.occurs(in: words, at: indices) }

  // MARK: Verbs

  static let particleFollowers: WordSet = [.ook, .zelfs, .want, .dus, .maar]
  static let clauseOpeners: WordSet = [
    .als, .indien, .wanneer, .dat, .die, .om, .zodat, .tenzij, .mits, .en, .of, .maar, .zolang, .voordat, .nadat, .zonder,
    // Relative pronoun adverbs: "wijst functies aan waaraan een risico verbonden is".
    .waaraan, .waarbij, .waardoor, .waarin, .waarmee, .waarnaar, .waarop, .waarover, .waaruit, .waarvan, .waarvoor,
  ]

  /// Whether a separable verb's particle stands at `p` in its verb-final place: last in the
  /// clause, or before a verb, `te` or the end of a phrase (`neem … aan.`, not `aan je
  /// leidinggevende`). `p` is a position in `indices`.
  func particleStands(at p: Int, in indices: [Int]) -> Bool {
    if p == indices.count - 1 { return true }
    // (A punctuation mark right after it in the sentence ends it, whatever the clause goes on
    // with: "sta je geen enkele nevenwerkzaamheid toe, betaald of onbetaald".)
    let after = indices[p] + 1
    if after < words.count && (words.ids[after] == RuleWord.comma.rawValue || words.ids[after] == RuleWord.semicolon.rawValue) {
      return true
    }
    // (Another clause right after it in the sentence ends its part: "Je geeft wel op welk nevenwerk
    // je doet …, betaald of onbetaald".)
    if indices[p + 1] != after && after < words.count && words.kinds[after] == .word
      && (ClauseSplitter.questionOpeners.contains(words.ids[after]) || Self.subordinators.contains(words.ids[after]))
    {
      return true
    }
    let next = id(indices[p + 1])
    if next == .te || next == .comma || next == .period || next == .semicolon || next == .colon { return true }
    // A prepositional phrase may follow the particle ("neem deel aan", "meld je aan bij"), and
    // a comma lost in a merged clause ("neem je nooit deel, ook niet …").
    if Self.prepositions.contains(next) || Self.particleFollowers.contains(next) { return true }
    if !flags(indices[p + 1]).isDisjoint(with: [.infinitive, .participle]) { return true }
    // ("Houd u, in en buiten diensttijd, verre van …": a preposition joined to another.)
    if (next == .en || next == .of) && p + 2 < indices.count && Self.prepositions.contains(id(indices[p + 2])) {
      return false
    }
    // ("geef … je belangen op en verstrek daarover …": before a coordinated verb, the clause ends;
    // not "aan of overleg met …", a noun with its phrase.)
    if (next == .en || next == .of) && p + 3 < indices.count && flags(indices[p + 2]).contains(.finite)
      && !flags(indices[p + 2]).contains(.infinitive) && !Self.prepositions.contains(id(indices[p + 3]))
      && !Self.determiners.contains(id(indices[p + 3]))
    {
      return true
    }
    // ("… zonder opgave aan of akkoord van wie dan ook": the preposition of a noun in a phrase.)
    if (next == .en || next == .of) && p >= 2 && Self.prepositions.contains(id(indices[p - 2])) { return false }
    if Self.clauseOpeners.contains(next) { return true }
    return false
  }

  /// The last position after `n` in `indices` where word `particle` stands as a particle
  /// (`particleStands`), trying each place it occurs from the last: "geeft u vooraf op bij uw
  /// leidinggevende, met het formulier op intranet", where the last `op` is a preposition.
  func standingParticle(_ particle: WordID, after n: Int, in indices: [Int]) -> Int? {
    var p = indices.count - 1
    while p > n {
      if id(indices[p]) == particle && particleStands(at: p, in: indices) { return p }
      p -= 1
    }
    return nil
  }

  /// The lemma a finite verb at position `n` of `indices` stands for, with its particle when it
  /// stands later in the clause.
  func finiteLemma(at n: Int, in indices: [Int]) -> String? {
    // The finite forms read in place (a filtered array cost an allocation per verb).
    let forms = verbs(indices[n])
    // A plural present before an inverted subject has only the infinitive's form.
    if !forms.contains(where: { $0.kind == .finite }) { return forms.first { $0.kind == .infinitive }.map(table.lemma) }
    // Of two particles that may stand, the later: "legt bij zijn indiensttreding de eed af"
    // (`bij` before a phrase is its preposition; the particle stands last).
    var best: (at: Int, form: VerbEntry)?
    for f in forms where f.kind == .finite && f.particle != .unknown {
      if let p = standingParticle(f.particle, after: n, in: indices), p > (best?.at ?? -1) { best = (p, f) }
    }
    if let best { return table.lemma(best.form) }
    return forms.first { $0.kind == .finite && $0.particle == .unknown }.map(table.lemma)
  }

  static let possessiveDeterminers: WordSet = [.jouw, .uw, .zijn, .haar, .hun, .onze, .mijn]
  static let copulaForms: WordSet = [.is, .ben, .bent, .zijn, .wordt, .worden]

  /// The lemma of the clause's main verb: after a modal or auxiliary, the infinitive or
  /// participle it governs (`te` + infinitive first); else the finite verb with its particle.
  func action(_ indices: [Int]) -> String? {
    if let known = memo.lists.pointee.actions.first(where: { $0.indices == indices }) { return known.value }
    let value = readAction(indices)
    memo.lists.pointee.actions.append((indices, value))
    return value
  }

  /// Words after which a past form in -de/-te first in the clause is an adjective.
  static let beforeAdjective: WordSet = [.noch, .geen, .alle, .zowel, .ook]
  static let pastDe: [UInt8] = Array("de".utf8)
  static let pastTe: [UInt8] = Array("te".utf8)
  /// Subjects that follow a fronted finite verb ("Meldde je …").
  static let invertedSubjectWords: WordSet = [.je, .jij, .u, .hij, .zij, .ze, .we, .wij, .men, .ik]

  /// Where a `zonder … te …` phrase stands in the clause (not first): the positions of `zonder`
  /// and of its `te`, with no comma between.
  func withoutTe(_ indices: [Int]) -> (Int, Int)? {
    guard let z = indices.firstIndex(where: { id($0) == .zonder }), z > 0,
      let t = indices[z...].firstIndex(where: { id($0) == .te || id($0) == .comma }), id(indices[t]) == .te
    else { return nil }
    return (z, t)
  }

  /// A verb form without the ending of a finite verb after `je`, `u` or a singular subject, and
  /// no infinitive: a stem that may as well be a noun (`werk`, `bezit`).
  func isBareStem(_ k: Int) -> Bool {
    let f = flags(k)
    return !Self.auxiliaryForms.contains(id(k)) && !f.contains(.modal) && !f.contains(.endsT) && !f.contains(.infinitive)
  }

  /// Whether the word at `n` of `indices` is a finite verb with an inverted subject right after it
  /// ("doe je", "neemt u").
  func invertedAfter(_ n: Int, _ indices: [Int]) -> Bool {
    guard n + 1 < indices.count, indices[n + 1] == indices[n] + 1,
      Self.invertedSubjectWords.contains(id(indices[n + 1]))
    else { return false }
    let f = flags(indices[n])
    return f.contains(.finite) || f.contains(.modal) || Self.auxiliaryForms.contains(id(indices[n]))
  }

  /// Where a clause's own words start: 1 after a one-word label and its colon ("Norm: …"), else 0.
  func afterLabel(_ indices: [Int]) -> Int {
    indices.count > 2 && indices[0] + 2 == indices[1] && id(indices[0] + 1) == .colon ? 1 : 0
  }

  func readAction(_ indices: [Int]) -> String? {
    // "… mag je aannemen zonder dit te melden": a `zonder … te …` phrase says how, not what is
    // done; the action stands before it.
    if let (z, _) = withoutTe(indices) { return readAction(Array(indices[..<z])) }
    let aux = Self.auxiliaryForms
    // A clause that opens with a nominalised infinitive: "Het verrichten van (on)betaalde
    // nevenfuncties is verboden", "Het aannemen van geschenken is niet toegestaan".
    // An auxiliary or copula counts only when `van` marks it as a noun ("Het hebben van een
    // nevenfunctie is uitgesloten"; not "Het is …", "Het zijn …").
    let nominal = indices.count > 2 && id(indices[2]) == .van
    if indices.count > 2, id(indices[0]) == .het, !flags(indices[1]).contains(.modal),
      nominal || !aux.contains(id(indices[1])),
      let v = verbs(indices[1]).first(where: { $0.kind == .infinitive }),
      nominal || !(verbs(indices[1]).first?.copula ?? false)
    {
      return table.lemma(v)
    }
    // "… geldt … een verbod op het verrichten van iedere nevenwerkzaamheid": the act a noun of
    // duty or ban names.
    if let nn = indices.firstIndex(where: { flags($0).contains(.normNoun) }), nn + 3 < indices.count,
      id(indices[nn + 1]) == .op, id(indices[nn + 2]) == .het,
      let v = verbs(indices[nn + 3]).first(where: { $0.kind == .infinitive })
    {
      return table.lemma(v)
    }
    // `te` + infinitive (with a particle before it: `aan te nemen`).
    for (n, k) in indices.enumerated() where id(k) == .te && n + 1 < indices.count {
      let next = indices[n + 1]
      if n > 0, let joined = table.joinedTe(words.spelling(indices[n - 1]), words.spelling(next)) {
        return table.lemma(joined)
      }
      if let v = verbs(next).first(where: { $0.kind == .infinitive }), !flags(next).contains(.modal) {
        // ("behoren … geen nevenwerkzaamheden te worden verricht", "… verricht te worden": the
        // passive's participle acts, not its auxiliary.)
        if Self.auxiliaryForms.contains(id(next)) {
          for m in [n + 2, n - 1] where m >= 0 && m < indices.count {
            if let p = verbs(indices[m]).first(where: { $0.kind == .participle }) { return table.lemma(p) }
          }
        }
        return table.lemma(v)
      }
    }
    // "Van politieke uitspraken in het openbaar zie je af": after a fronted phrase that opens with
    // a preposition, the finite verb is the one its inverted subject follows; a verb form in the
    // phrase before it is a noun.
    // (So after a plural noun that is also an infinitive, with a preposition after it: "Vragen
    // van journalisten verwijs je door naar …".)
    var invertedAt: Int?
    // (Also after a one-word label and its colon: "Norm: Vragen van journalisten …".)
    let first = afterLabel(indices)
    let nounFirst =
      indices.count > first + 3 && flags(indices[first]).contains(.infinitive) && !flags(indices[first]).contains(.modal)
      && !aux.contains(id(indices[first])) && Self.prepositions.contains(id(indices[first + 1]))
    if indices.count > 3, Self.prepositions.contains(id(indices[0])) || nounFirst {
      invertedAt = ((first + 1)..<(indices.count - 1)).first { n in
        (flags(indices[n]).contains(.finite) || flags(indices[n]).contains(.modal) || aux.contains(id(indices[n])))
          && Self.invertedSubjectWords.contains(id(indices[n + 1])) && indices[n + 1] == indices[n] + 1
      }
    }
    // The first finite verb.
    var finiteAt: Int?
    var lastInverted: Int?
    for (n, k) in indices.enumerated() where flags(k).contains(.finite) || flags(k).contains(.modal) || aux.contains(id(k)) {
      if let v = invertedAt, n < v { continue }
      // A word that is also a noun after a determiner (`de melding`, `je werk`) is no verb.
      if n > 0 && !aux.contains(id(k)) && !flags(k).contains(.modal) {
        let before = id(indices[n - 1])
        if Self.determiners.contains(before) || Self.possessiveDeterminers.contains(before)
          || Self.prepositions.contains(before) && !flags(k).contains(.endsT) && !flags(k).contains(.infinitive)
        {
          continue
        }
        if before == .je && !flags(k).contains(.endsT) && !(n >= 2 && flags(indices[n - 2]).contains(.finite)) {
          continue
        }
        // ("je opties en je bezit van obligaties": a stem in -t in a list of nouns, before `van`.)
        if before == .je && n >= 2 && n + 1 < indices.count && id(indices[n + 1]) == .van
          && [RuleWord.en, .of, .comma].contains(where: { $0.rawValue == id(indices[n - 2]) })
        {
          continue
        }
      }
      // "Geld, cadeaubonnen en kortingen neem je nooit aan": a bare stem first in a list of
      // nouns, with a finite verb later, is a noun.
      // (So is one whose clause's next word is a finite verb: "Werk dat je … doet, is geen
      // nevenwerkzaamheid", the relative clause set apart.)
      if n == 0 && indices.count > 2 && !aux.contains(id(k)) && !flags(k).contains(.modal)
        && !flags(k).contains(.endsT) && !flags(k).contains(.infinitive)
        && (id(indices[1]) == .en || id(indices[1]) == .of
          || k + 1 < words.count && words.ids[k + 1] == .comma
          || indices[1] > k + 1
            && (aux.contains(id(indices[1])) || flags(indices[1]).contains(.modal) || flags(indices[1]).contains(.finite)))
      {
        continue
      }
      // "Betaald werk naast je baan doe je niet": a bare stem inside a fronted phrase, with the
      // clause's finite verb and its inverted subject later, is a noun.
      if n > 0 && isBareStem(k) && !invertedAfter(n, indices) {
        // (The last finite verb with its inverted subject, found once per clause.)
        if lastInverted == nil { lastInverted = indices.indices.last(where: { invertedAfter($0, indices) }) ?? -1 }
        if lastInverted! > n { continue }
        // ("Noch betaald noch vrijwillig werk mag …": so is one right before a modal or auxiliary.)
        if n > 0 && isBareStem(k) && n + 1 < indices.count && indices[n + 1] == k + 1
          && (flags(k + 1).contains(.modal) || aux.contains(words.ids[k + 1])) && flags(k + 1).contains(.finite)
        {
          continue
        }
        // ("Nooit contant geld aannemen": so is one before the infinitive of an instruction.)
        if !Self.invertedSubjectWords.contains(id(indices[n - 1])) && id(indices[n - 1]) != .ik
          && bareInfinitive(indices[(n + 1)...])
        {
          continue
        }
      }
      // "Betaalde nevenwerkzaamheden zijn verboden": a past form in -de/-te first before its noun,
      // with an auxiliary or copula later, is an adjective.
      // (Also after a correlative or quantifier: "Noch betaalde noch onbetaalde nevenwerkzaamheden
      // mogen … worden verricht".)
      if (n == 0 || n == 1 && Self.beforeAdjective.contains(id(indices[0]))) && indices.count > n + 2
        && !aux.contains(id(k)) && !flags(k).contains(.modal)
        && flags(indices[n + 1]).isDisjoint(with: [.finite, .modal, .verb])
        && !Self.invertedSubjectWords.contains(id(indices[n + 1]))
        && (TopicReader.spellingHasSuffix(words, k, Self.pastDe) || TopicReader.spellingHasSuffix(words, k, Self.pastTe))
        && indices.dropFirst(n + 2).contains(where: { aux.contains(id($0)) || flags($0).contains(.modal) })
      {
        continue
      }
      // "Niet openbaar gemaakt worden …": a particle before its participle is no verb.
      if n + 1 < indices.count, indices[n + 1] == k + 1, words.kinds[k] == .word,
        table.joined(words.spelling(k), words.spelling(k + 1)) != nil
      {
        continue
      }
      finiteAt = n
      break
    }
    func governed(after n: Int) -> String? {
      // The infinitive or participle at the end of the clause (the last non-auxiliary one).
      // Of infinitives joined by `en` or `of`, the first ("mag je aannemen en mee naar huis
      // nemen"): the verb cluster ends before the conjunction.
      var p = indices.count - 1
      if let c = indices.indices.first(where: { m in
        m > n && (id(indices[m]) == .en || id(indices[m]) == .of)
          && indices[(n + 1)..<m].contains { flags($0).contains(.infinitive) && !flags($0).contains(.modal) }
          && indices[(m + 1)...].contains { flags($0).contains(.infinitive) }
      }) {
        p = c - 1
      }
      while p > n {
        let k = indices[p]
        p -= 1
        if flags(k).contains(.modal) { continue }
        if let v = verbs(k).first(where: { $0.kind == .infinitive || $0.kind == .participle }),
          !aux.contains(v.lemma)
        {
          if aux.contains(id(k)) { continue }
          // ("is betaald werk … evenmin toegestaan": a participle before its noun is an adjective.)
          if v.kind == .participle && !flags(k).contains(.infinitive), p + 2 < indices.count, indices[p + 2] == k + 1,
            words.kinds[k + 1] == .word, !Self.prepositions.contains(words.ids[k + 1]), words.ids[k + 1] != .te,
            flags(k + 1).isDisjoint(with: [.participle, .infinitive, .modal]), !aux.contains(words.ids[k + 1]),
            !Self.clauseOpeners.contains(words.ids[k + 1]), !ClauseSplitter.coordinators.contains(words.ids[k + 1])
          {
            continue
          }
          // ("worden openbaar gemaakt": the particle written apart.)
          if p >= 0, indices[p] == k - 1, words.kinds[k - 1] == .word,
            let whole = table.joined(words.spelling(k - 1), words.spelling(k))
          {
            return table.lemma(whole)
          }
          return table.lemma(v)
        }
      }
      return nil
    }
    if let n = finiteAt {
      let k = indices[n]
      if flags(k).contains(.modal) || aux.contains(id(k)) {
        if let g = governed(after: n) { return g }
        // ("Niet openbaar gemaakt worden de nevenwerkzaamheden van …": the participle fronted.)
        if n >= 2, indices[n - 1] == k - 1, indices[n - 2] == k - 2, words.kinds[k - 2] == .word,
          let whole = table.joined(words.spelling(k - 2), words.spelling(k - 1)), whole.kind == .participle
        {
          return table.lemma(whole)
        }
        if verbs(k).first?.copula ?? false || Self.copulaForms.contains(id(k)) {
          return verbs(k).first(where: { $0.kind == .finite }).map(table.lemma)
        }
        // "U laat dat na": an auxiliary's form with its particle standing apart is a separable verb.
        guard aux.contains(id(k)), let joined = finiteLemma(at: n, in: indices),
          joined != verbs(k).first.map(table.lemma)
        else { return nil }
        return joined
      }
      if let lemma = finiteLemma(at: n, in: indices) { return lemma }
    }
    // No singular finite verb: a plural present has the infinitive's form ("Medewerkers vervullen
    // geen nevenfunctie, betaald of onbetaald"); the first one after the subject acts, not a
    // participle later on.
    if finiteAt == nil {
      for n in 1..<max(1, indices.count) where flags(indices[n]).contains(.infinitive) {
        let before = id(indices[n - 1])
        if before == .te || before == .het || before == .van || Self.determiners.contains(before)
          || Self.possessiveDeterminers.contains(before)
        {
          continue
        }
        if let v = verbs(indices[n]).first(where: { $0.kind == .infinitive }), !aux.contains(v.lemma) {
          return table.lemma(v)
        }
        break
      }
    }
    return governed(after: -1)
  }

  /// Nouns a regulation's name opens with, before the infinitive of its subject.
  static let regulationNouns: Set<String> = ["regeling", "klokkenluidersregeling", "protocol", "procedure", "meldregeling"]
  static let reportNouns: WordSet = [.melding, .opgave, .opgaaf, .kennisgeving, .aangifte, .mededeling]
  static let lightVerbs: WordSet = [.doen, .maken, .geven, .indienen, .verstrekken]
  static let askingVerbs: WordSet = [.vragen, .aanvragen, .verzoeken, .indienen]
  static let registerBytes = Array("register".utf8)
  static let gekomenBytes = Array("gekomen".utf8)
  static let comeForms: Set<String> = ["komt", "komen", "kwam", "kwamen"]
  /// Participles of reporting used as adjectives ("gemelde geschenken").
  static let reportedParticiples: Set<String> = ["gemelde", "gemeld", "opgegeven", "aangemelde", "aangemeld"]
  static let recordingVerbs: Set<String> = ["registreren", "vastleggen", "opnemen", "noteren", "inschrijven", "aantekenen"]
  static let articles: WordSet = [.de, .het, .een]
  static let quantifyingDeterminers: WordSet = [.alle, .elke, .iedere]

  /// Whether the clause brings something to someone's knowledge, or asks consent.
  func reports(_ indices: [Int]) -> Bool {
    if let known = memo.lists.pointee.reports.first(where: { $0.indices == indices }) { return known.value }
    let value = readReports(indices)
    memo.lists.pointee.reports.append((indices, value))
    return value
  }

  static let predicateJoiners: WordSet = [.en, .of, .maar, .comma, .colon, .semicolon]

  func readReports(_ indices: [Int]) -> Bool {
    // "Houd het geschenk zelf, zonder het te melden": a `zonder … te …` phrase after an
    // affirmative clause waives the report it names; the clause reports only if the rest of it
    // does ("kan … ook rechtstreeks, zonder eerst intern te melden, melden bij het Huis"). (Under
    // a negator the two make a duty: "je neemt niets aan zonder het te melden".)
    if let (z, t) = withoutTe(indices),
      !indices[..<z].contains(where: { !flags($0).isDisjoint(with: [.negator, .forbidden, .abstain]) })
    {
      // (The phrase goes on over a coordinated `te` + infinitive: "zonder die te melden of er
      // toestemming voor te vragen".)
      var end = min(t + 2, indices.count)
      while end < indices.count, id(indices[end]) == .of || id(indices[end]) == .en,
        let next = indices[end...].prefix(8).firstIndex(where: { id($0) == .te || id($0) == .comma }),
        id(indices[next]) == .te
      {
        end = min(next + 2, indices.count)
      }
      return readReports(Array(indices[..<z] + indices[end...]))
    }
    // What the verb forms read here are, as four answers rather than a list of them: only these
    // are asked, and a list would be an allocation per clause. A reporting verb decides at once.
    var lightVerb = false
    var weakReporting = false
    var askingVerb = false
    var recordingVerb = false
    let hasTe = indices.contains { id($0) == .te }
    // A separable verb split by `te` ("op te geven", "door te geven").
    if hasTe {
      for (n, k) in indices.enumerated() where id(k) == .te && n > 0 && n + 1 < indices.count {
        if let joined = table.joinedTe(words.spelling(indices[n - 1]), words.spelling(indices[n + 1])) {
          if joined.reporting { return true }
          // ("door te sturen": weak as "stuur … door" is.)
          if joined.weakReporting { weakReporting = true }
        }
      }
    }
    var mainVerbBefore = false
    for (n, k) in indices.enumerated() {
      let before = n > 0 ? id(indices[n - 1]) : RuleWord.unknown.rawValue
      // A participle after a finite verb that is no auxiliary, in a clause with no auxiliary,
      // is an adverb ("wij gaan verantwoord om met …"), not a verb of reporting.
      // (The plural present is the infinitive's form: "wij gaan", second in the clause.)
      // So is a bare stem there, unless a subject follows it ("…, dan meld je"): no second
      // finite verb.
      let bareStem =
        mainVerbBefore && !flags(k).contains(.endsT) && !flags(k).contains(.infinitive)
        && !(n + 1 < indices.count && RolesReader.invertedSubjects.contains(id(indices[n + 1])))
        // (A coordinated imperative is one: "spreek hem aan of meld het".)
        && !Self.predicateJoiners.contains(before)
      if flags(k).contains(.finite) || flags(k).contains(.infinitive) && NormAnalyser.pluralSubjects.contains(before) {
        // (Only a verb second in its clause: a main clause's own, not one a misread list joined.)
        if (n <= 2 || RolesReader.invertedSubjects.contains(before)) && !Self.auxiliaryForms.contains(id(k))
          && !flags(k).contains(.modal)
        {
          mainVerbBefore = true
        }
      }
      for v in verbs(k) {
        if v.kind == .finite && bareStem && v.particle == .unknown { continue }
        if v.kind == .participle && mainVerbBefore && !indices.contains(where: { Self.auxiliaryForms.contains(id($0)) }) {
          continue
        }
        if v.kind == .finite && v.particle != .unknown {
          guard standingParticle(v.particle, after: n, in: indices) != nil else {
            continue
          }
        }
        // A noun use: "het melden van", "de gemelde …"; "de opgaven van …" (a past plural's form).
        if v.kind == .infinitive && (before == .het || before == .van) && !hasTe { continue }
        // (And a plural noun first, before `van`: "Vragen van journalisten verwijs je door …";
        // not "Vragen over … kun je stellen aan …", questions put to someone.)
        if v.kind == .infinitive && n == afterLabel(indices) && n + 1 < indices.count && id(indices[n + 1]) == .van {
          continue
        }
        // ("de Regeling melden vermoeden van een misstand": a regulation's name.)
        if v.kind == .infinitive && n > 0 && Self.regulationNouns.contains(words.spelling(indices[n - 1])) { continue }
        // (Not after `het`, also an object pronoun: "als je het meldt".)
        // (Nor after `deze` as a determiner: "Registratie van deze opgaven: …"; not the pronoun of
        // "mits hij deze registreert".)
        if v.kind == .finite
          && (before == .de || before == .een || Self.quantifyingDeterminers.contains(before)
            || before == .deze && !flags(k).contains(.endsT)
            // ("Van die opgaven wordt …": `die` after a preposition is a determiner.)
            || before == .die && n > 1 && Self.prepositions.contains(id(indices[n - 2])))
        {
          continue
        }
        // An adjective: "de gemelde …", "alle gemelde …", and first before its noun ("Opgegeven
        // nevenwerkzaamheden worden geregistreerd"; not a fronted "Gemeld wordt …").
        if v.kind == .participle
          && (Self.articles.contains(before) || Self.quantifyingDeterminers.contains(before)
            || k == 0 && n + 1 < indices.count && !flags(indices[n + 1]).contains(.finite))
        {
          continue
        }
        if v.reporting { return true }
        if Self.lightVerbs.contains(v.lemma) { lightVerb = true }
        if v.weakReporting { weakReporting = true }
        if Self.askingVerbs.contains(v.lemma) { askingVerb = true }
        if table.lemma(v, is: .recording) { recordingVerb = true }
      }
    }
    // A verb of recording counts where a register is named (looked for only after such a verb).
    let recording =
      recordingVerb && indices.contains(where: { TopicReader.spellingHasSuffix(words, $0, Self.registerBytes) })
    // "doet opgave", "maakt melding", "geeft kennis".
    if has(indices, Self.reportNouns) && lightVerb {
      return true
    }
    // "Wat: melding van je financiële belangen …" under a duty ("Je moet: opgave van …"): the
    // report noun right after the modal stands for its verb.
    if indices.indices.dropFirst().contains(where: {
      Self.reportNouns.contains(id(indices[$0])) && flags(indices[$0 - 1]).contains(.modal)
        && has([indices[$0 - 1]], .must)
    }) {
      return true
    }
    // "Voor … is melding van je financiële belangen verplicht": a noun of reporting as the
    // subject of a predicate of duty.
    // (Not a predicate of permission: "Een melding bij de inspectie is pas mogelijk nadat …".)
    if has(indices, Self.dutyPredicates), nominalAction(indices)?.reporting == true { return true }
    // Read only once no reporting verb has decided (the look-up of a told object costs).
    let named = hasRecipient(indices)
    // (Or a noun of the duty itself: "rust … een meldingsplicht jegens zijn leidinggevende".)
    let nouns = has(indices, .reportingNoun) || has(indices, .reportNounStart)
    if named && (weakReporting || nouns) { return true }
    // "registreert ze in het geschenkenregister": recording in a register reports to its keeper
    // (not "worden vastgelegd in een register": the keeper's own work).
    // (Not when another role records the reports themselves: "De integriteitscoördinator
    // registreert iedere melding in het register" is the keeper's own work; "Wat je voorlegt, legt
    // P&O vast in het register" still tells what the reader hands in.)
    // (Nor "De leidinggevende registreert gemelde geschenken …": what was reported, recorded.)
    if recording && !isPassive(indices)
      && !((has(indices, Self.reportNouns) || indices.contains { Self.reportedParticiples.contains(words.spelling($0)) })
        && subject(indices).map { $0 != "medewerker" } == true)
    {
      return true
    }
    for (n, k) in indices.enumerated() where flags(k).contains(.consentNoun) {
      if askingVerb { return true }
      if n > 0 && id(indices[n - 1]) == .om { return true }
    }
    // "ter kennis brengen" reports; "wat je ter kennis is gekomen" is what one knows.
    // (So is "wat u ter kennis komt": `komen`, not `brengen`.)
    let cameToKnowledge = indices.contains {
      TopicReader.spellingHasSuffix(words, $0, Self.gekomenBytes) || Self.comeForms.contains(words.spelling($0))
    }
    if has(indices, phrase: .ter, .kennis) && !cameToKnowledge || has(indices, phrase: .in, .kennis)
      || has(indices, phrase: .op, .de, .hoogte) || has(indices, phrase: .onder, .de, .aandacht)
      || has(indices, phrase: .kenbaar) || has(indices, phrase: .laat, .weten) || has(indices, phrase: .laten, .weten)
      // "dan trek je aan de bel": to raise the alarm.
      || has(indices, phrase: .aan, .de, .bel)
      // "laat je je financiële belangen weten aan …": `laat … weten` around its object.
      || named && has(indices, [.laat, .laten]) && has(indices, [.weten])
      // "Laat het dan binnen vier weken schriftelijk weten": `laat` and its `weten` a few
      // words apart, in that order.
      || laatWeten(indices)
      // "dan geeft hij daarvan terstond kennis": to give notice.
      || has(indices, [.geeft, .geven, .geef]) && has(indices, [.kennis]) && !cameToKnowledge
      // "Zorg er dan voor dat dit belang bekend is": made known (verb-final, in the dat-clause).
      || has(indices, phrase: .bekend, .is) || has(indices, phrase: .bekend, .wordt)
    {
      return true
    }
    if named
      && (has(indices, phrase: .aan, .de, .orde) || has(indices, phrase: .ter, .sprake)
        || has(indices, phrase: .in, .overleg, .met)
        || has(indices, phrase: .na, .overleg, .met)
        || has(indices, phrase: .in, .samenspraak, .met) || has(indices, phrase: .contact, .op))
    {
      return true
    }
    return false
  }

  static let recipientPrepositions: WordSet = [.bij, .aan, .met, .tot, .naar, .via, .jegens]
  static let recipientFillers: WordSet = [.direct, .directe, .eigen, .afdeling, .team]

  /// Whether a role follows a preposition of reporting (`bij`, `aan`, `met`, `tot`, `naar`, `via`),
  /// with only determiners and possessives between.
  func hasRecipient(_ indices: [Int]) -> Bool {
    for (n, k) in indices.enumerated() where Self.recipientPrepositions.contains(id(k)) {
      var j = n + 1
      while j < indices.count
        && (Self.determiners.contains(id(indices[j])) || Self.possessives.contains(id(indices[j]))
          || Self.recipientFillers.contains(id(indices[j])))
      {
        j += 1
      }
      if j < indices.count, let r = table.role(at: indices[j], in: words), r.id != "medewerker" { return true }
    }
    // A role as the object of a verb of telling ("vertel je leidinggevende het",
    // "informeer de secretaris"): `RolesReader.toldObjectVerbs`.
    // (So the one given a noun of reporting: "geef je het HR-team een heads-up".)
    let reportNoun = has(indices, .reportingNoun)
    for (n, k) in indices.enumerated()
    where verbs(k).contains(where: { $0.kind != .participle && table.lemma($0, is: .toldObject) })
      || reportNoun && verbs(k).contains(where: table.isGiving)
    {
      var j = n + 1
      while j < min(indices.count, n + 4)
        && (Self.determiners.contains(id(indices[j])) || Self.possessives.contains(id(indices[j]))
          || RolesReader.invertedSubjects.contains(id(indices[j])))
      {
        j += 1
      }
      if j < indices.count, let r = table.role(at: indices[j], in: words), r.id != "medewerker" { return true }
    }
    return false
  }

  static let phraseBreakers: WordSet = [.en, .of, .die, .dat, .als]

  /// A position of the clause is inside a prepositional phrase when a preposition stands before
  /// it with only determiners, possessives, adjectives and nouns between: the nearest word before
  /// it that decides (this is true for a preposition, false for a word that ends the phrase, nil
  /// for one the phrase may hold) says whether.
  @inline(__always)
  func decidesPhrase(_ k: Int) -> Bool? {
    let w = id(k)
    if Self.prepositions.contains(w) { return true }
    if punctuationKinds && words.kinds[k] == .punctuation && w != .ampersand { return false }
    if flags(k).contains(.finite) && !Self.determiners.contains(w) && !Self.possessives.contains(w) {
      return false
    }
    // (Not one joined to the employer's name, the unit "Personeel en Organisatie".)
    if flags(k).contains(.employee) && !Self.possessives.contains(w)
      && !(k + 2 < words.count && words.ids[k + 1] == .en && Self.employerWords.contains(words.ids[k + 2]))
    {
      return false
    }
    if Self.phraseBreakers.contains(w) { return false }
    return nil
  }

  /// Whether a role starts at position `n` of `indices`, after any determiners and possessives.
  func roleAhead(_ n: Int, _ indices: [Int]) -> Bool {
    var j = n
    while j < indices.count, Self.determiners.contains(id(indices[j])) || Self.possessives.contains(id(indices[j])) {
      j += 1
    }
    // (Or the employer's name: "bij de teamleider en de organisatie", "bij Personeel en Organisatie".)
    return j < indices.count && (table.role(at: indices[j], in: words) != nil || Self.employerWords.contains(id(indices[j])))
  }

  static let subjectPronouns: WordSet = [.jij, .u, .wij, .we, .hij, .zij, .ze, .men, .iedereen, .niemand, .eenieder, .ik]
  static let finiteAfterJe: WordSet = [
    .bent, .hebt, .zult, .wordt, .kunt, .mag, .moet, .zou, .wilt, .hoeft, .dient, .blijft, .gaat, .doet, .staat, .ziet,
  ]
  static let negatorLike: WordSet = [.niet, .geen, .nooit, .niets]
  static let adverbsAfterJe: WordSet = [
    .ook, .altijd, .dus, .zelf, .daarom, .als, .dan, .niet, .geen, .nooit, .wel, .zo, .er, .hier, .daar, .bij,
    .in, .op, .voor, .je, .jezelf, .zich,
  ]

  /// Whether `je`/`jij`/`u` at position `n` is the subject (`je meldt`, `meld je`), not a
  /// possessive (`je leidinggevende`, `je werk`).
  func pronounIsSubject(_ n: Int, _ indices: [Int]) -> Bool {
    let w = id(indices[n])
    if Self.subjectPronouns.contains(w) { return true }
    guard w == .je else { return false }
    // Before a role it is a possessive, after a verb too ("dan beslist je leidinggevende",
    // "vertel je leidinggevende het").
    if n + 1 < indices.count, table.role(at: indices[n + 1], in: words) != nil { return false }
    // After a verb: inversion ("meld je", "mag je").
    // (Not after a third-person form the second person never takes: "is je eigen zaak", "heeft
    // je collega …"; inverted, `je` asks "ben je", "heb je".)
    if n > 0, flags(indices[n - 1]).contains(.finite) || flags(indices[n - 1]).contains(.modal) {
      return !Self.thirdPersonOnly.contains(id(indices[n - 1]))
    }
    // Right after the conjunction of its clause: "dat je het afdelingshoofd meteen inlicht".
    if n > 0, Self.subordinators.contains(id(indices[n - 1])) { return true }
    guard n + 1 < indices.count else { return true }
    let k = indices[n + 1]
    let next = id(k)
    // Subject-first: the verb has its -t, or is a modal (`je mag`, `je kunt`, `je bent`).
    if flags(k).contains(.modal) || Self.finiteAfterJe.contains(next) {
      return true
    }
    if (flags(k).contains(.endsT) || next == .uitVerb) && flags(k).contains(.finite) {
      return true
    }
    if Self.negatorLike.contains(next) || Self.adverbsAfterJe.contains(next) {
      return true
    }
    return false
  }

  /// Finite forms that never agree with `je` as their subject.
  static let thirdPersonOnly: WordSet = [.is, .heeft, .was]
  static let personalPronouns: WordSet = [.je, .jij, .u, .wij, .we, .hij, .zij, .ze, .men, .ik]
  /// Conjunctions right after which a pronoun is the subject of their clause ("dat je …", "voor
  /// zover die …").
  static let subordinators: WordSet = [
    .dat, .als, .omdat, .wanneer, .zodra, .nadat, .voordat, .indien, .zolang, .totdat, .mits, .tenzij, .zodat, .zover,
    .voorzover,
  ]
  static let employerWords: WordSet = [
    .gemeente, .organisatie, .werkgever, .waterschap, .hoogheemraadschap, .veiligheidsregio, .omgevingsdienst, .provincie,
    .werkorganisatie,
  ]

  /// The subject of the clause: the first person or role that is not inside a prepositional
  /// phrase or a possessive; `medewerker` for the reader and the staff, `werkgever` for the
  /// municipality as employer.
  func subject(_ indices: [Int]) -> String? {
    // An imperative binds the reader, whoever it names ("Vertel je leidinggevende het").
    if indices.count > 1, id(indices[1]) == .je, verbFirst(indices),
      table.role(at: indices[min(2, indices.count - 1)], in: words) != nil
    {
      return "medewerker"
    }
    // "Het Huis voor Klokkenluiders kun je inschakelen": a fronted object, then the finite verb
    // and the subject pronoun it agrees with.
    // (Not "Als leidinggevende geeft u …": the role the subject acts as.)
    if id(indices[0]) != .als,
      let f = indices.firstIndex(where: { flags($0).contains(.finite) || flags($0).contains(.modal) }), f > 1,
      f + 1 < indices.count, indices[f + 1] == indices[f] + 1
    {
      let next = id(indices[f + 1])
      let t = flags(indices[f]).contains(.endsT)
      // (A bare stem before `je` is the second person only when the third differs: not `mag je`,
      // `moet je`, `kan je`, which may have a fronted subject and `je` as object.)
      let modal = flags(indices[f]).contains(.modal)
      let secondPerson =
        !t && !flags(indices[f]).contains(.infinitive) && (!modal || words.spelling(indices[f]) == "kun")
        && !Self.thirdPersonOnly.contains(id(indices[f]))
      // (`-t u` is also the third person with `u` as object: "De vertrouwenspersoon belt u".)
      if next == .je && secondPerson || next == .jij || next == .hij {
        return "medewerker"
      }
    }
    var n = 0
    // Whether position `n` is inside a prepositional phrase (`decidesPhrase`), carried along.
    var inPhrase = false
    while n < indices.count {
      let k = indices[n]
      let w = id(k)
      // ("ten overstaan van de gemeentesecretaris of de directeur": a role joined by `of` or `en`
      // to one inside a phrase is in it too.)
      if n > 0, let decided = decidesPhrase(indices[n - 1]),
        !(inPhrase && (id(indices[n - 1]) == .en || id(indices[n - 1]) == .of) && roleAhead(n, indices))
      {
        inPhrase = decided
      }
      if inPhrase {
        n += 1
        continue
      }
      // "Je leidinggevende beslist …": `je` or `u` right before a role is its possessive.
      if (w == .je || w == .u) && n + 1 < indices.count && indices[n + 1] == k + 1
        && table.role(at: indices[n + 1], in: words) != nil
      {
        n += 1
        continue
      }
      if Self.personalPronouns.contains(w) {
        if pronounIsSubject(n, indices) { return "medewerker" }
        n += 1
        continue
      }
      if Self.possessives.contains(w) {
        n += 1
        continue
      }
      if let role = table.role(at: k, in: words) {
        return role.id == "collega" ? "medewerker" : role.id
      }
      if Self.employerWords.contains(w) { return "werkgever" }
      if flags(k).contains(.employee) { return "medewerker" }
      // ("doet de brandweervrijwilliger opgave", "de beleidsmedewerker"): a compound whose last
      // part names staff is staff. (Not "vrijwilliger" alone, which names an activity as often:
      // "zoals vrijwilliger bij de voedselbank".)
      if words.kinds[k] == .word,
        Self.staffEndings.contains(where: { e in
          Int(words.spans[k].end) - Int(words.spans[k].start) > e.count + 2 && TopicReader.spellingHasSuffix(words, k, e)
        })
      {
        return "medewerker"
      }
      n += 1
    }
    return nil
  }

  /// Last parts of compounds that name staff (`roles.json`'s employee nouns).
  static let staffEndings = [
    "medewerker", "medewerkers", "ambtenaar", "ambtenaren", "werknemer", "werknemers", "vrijwilliger", "vrijwilligers",
  ].map { Array($0.utf8) }

  func hasFinite(_ indices: [Int]) -> Bool { has(indices, .finite) }

  /// Whether the clause has an infinitive of a full verb that is not a noun ("het melden"), not
  /// governed by `te` and not after an article or a preposition ("De eed afleggen bij …").
  func bareInfinitive(_ indices: [Int]) -> Bool { bareInfinitive(indices[...]) }

  func bareInfinitive(_ indices: ArraySlice<Int>) -> Bool {
    indices.contains { k in
      guard flags(k).contains(.infinitive), !flags(k).contains(.modal), k > 0,
        verbs(k).contains(where: { $0.kind == .infinitive }), !Self.auxiliaryForms.contains(id(k)),
        !(verbs(k).first?.copula ?? false)
      else { return false }
      let before = words.ids[k - 1]
      return before != .te && before != .het && before != .van && !Self.determiners.contains(before)
        && !Self.possessiveDeterminers.contains(before) && !Self.prepositions.contains(before)
    }
  }

  static let inverted: WordSet = [.jij, .u, .hij, .zij, .wij, .we, .ze]

  /// Whether the clause starts with a verb (an imperative).
  func verbFirst(_ indices: [Int]) -> Bool {
    guard let first = indices.first else { return false }
    let w = id(first)
    guard flags(first).contains(.finite) || w == .wees else { return false }
    // ("Wat daar gebeurt, is je eigen keuze": a third-person form is no imperative.)
    if Self.thirdPersonOnly.contains(w) { return false }
    // A stem without -t, not a past form: the imperative ("Meld", "Neem", "Wees").
    if flags(first).contains(.endsT) && !verbs(first).contains(where: { $0.kind == .finite && $0.stem == w })
      && w != .let && w != .zet
    {
      return false
    }
    if indices.count > 1, Self.inverted.contains(id(indices[1])) {
      return false
    }
    // ("Werk dat je voor de dienst doet, is geen nevenwerkzaamheid": a stem before the clause's
    // finite verb, the relative clause set apart, is its subject; an imperative has no finite
    // verb after it.)
    if indices.count > 1, indices[1] > first + 1, Self.verbsAfterSubject.contains(id(indices[1])) {
      return false
    }
    return true
  }
  static let verbsAfterSubject: WordSet = [.is, .wordt, .mag, .moet, .geldt, .blijft, .valt]

  static let passiveAuxiliaries: WordSet = [.wordt, .word, .worden, .werd, .werden, .geworden]
  /// Forms of `zijn` that make a participle a state ("zijn vermeld", "is gemeld").
  static let stativeForms: WordSet = [.is, .zijn]

  func isPassive(_ indices: [Int]) -> Bool {
    guard has(indices, Self.passiveAuxiliaries) else { return false }
    return indices.contains { k in verbs(k).contains { $0.kind == .participle && !$0.copula } }
  }

  /// The agent of a passive (`door de leidinggevende`).
  func agent(_ indices: [Int]) -> String? {
    for (n, k) in indices.enumerated() where id(k) == .door {
      var j = n + 1
      while j < indices.count
        && (Self.determiners.contains(id(indices[j])) || Self.possessives.contains(id(indices[j]))
          || id(indices[j]) == .afdeling)
      { j += 1 }
      if j < indices.count, let r = table.role(at: indices[j], in: words) { return r.id }
      // ("worden door de medewerker geregistreerd", "door jou": the reader is the agent.)
      if j < indices.count, flags(indices[j]).contains(.employee) || Self.readerObjects.contains(id(indices[j])) {
        return "medewerker"
      }
    }
    return nil
  }
  static let readerObjects: WordSet = [.jou, .u]
}
