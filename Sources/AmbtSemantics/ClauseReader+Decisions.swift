extension ClauseReader {
  /// Words of a definition other than `bedoeld`.
  static let definingVerbs: Set<String> = ["verstaan", "verstaat", "betekent", "betekenen", "houdt", "omvat", "omvatten"]

  static let contentlessActions: Set<String> = [
    "verwachten", "zorgen", "vinden", "willen", "wensen", "dragen", "toestaan", "verlangen", "eisen", "zijn", "worden",
    "betekenen",
    "gaan", "uitgaan", "vragen", "zorgdragen", "toezien", "hebben", "rekenen", "toezeggen", "afspreken", "volgen", "beloven",
    // ("Het college heeft besloten dat …", "… heeft bepaald dat …": a decision reported as policy.)
    "besluiten", "vaststellen", "bepalen",
    // ("Het spreekt vanzelf dat …", "Het ligt voor de hand dat …", "Wij stellen het op prijs als …".)
    "spreken", "liggen", "stellen", "passen",
    // ("Het hoort erbij dat je …": what goes with the job.)
    "horen",
  ]

  /// What a denied dat-clause leaves ("Het is niet zo dat …", "Dat … hoeft niet, is een
  /// misverstand"): a denied ban permits, a denied duty or waiver of a duty is no waiver.
  /// Forms of `maken` in "maakt niet uit".
  static let makesForms: [[UInt8]] = [Array("maakt".utf8), Array("maken".utf8)]
  /// Forms of `vallen` in "valt er niet onder".
  static let fallsForms: [[UInt8]] = [Array("valt".utf8), Array("vallen".utf8)]

  /// Words that open when something is done, right after a label's colon.
  static let whenWords: WordSet = [.bij, .vooraf, .binnen, .uiterlijk]

  /// Verbs by which something follows from something else ("betekenen", "inhouden").
  static let followingVerbs: Set<String> = ["betekenen", "inhouden", "impliceren"]
  /// Verbs of believing: told not to believe something ("Denk niet dat …", "Niet: denken dat
  /// …", "Ga er niet van uit dat …"), one is told it is not so.
  static let believingVerbs: Set<String> = ["denken", "menen", "veronderstellen", "geloven", "uitgaan"]

  func denial(of complement: Clause, context: TextContext, question: Bool) -> (
    modality: Modality, negated: Bool, action: String?, subject: String?, place: ClausePlace
  ) {
    let content = decide(complement.indices, context: context, question: question, framed: true)
    switch content.modality {
    case .verbod: return (.toestemming, false, content.action, content.subject ?? "medewerker", .sub)
    case .gebod, .meldplicht: return (.toestemming, true, content.action, content.subject ?? "medewerker", .sub)
    // "Dat onbetaald werk niet hoeft te worden opgegeven, is een misverstand": the duty stands.
    case .toestemming where content.negated:
      return (reports(complement.indices) ? .meldplicht : .gebod, false, content.action, content.subject ?? "medewerker", .sub)
    // "Dat het minder waard is, betekent niet dat je het zonder toestemming mag houden": the
    // permission is denied.
    case .toestemming: return (.verbod, true, content.action, content.subject ?? "medewerker", .sub)
    default: return (.geen, false, content.action, nil, .sub)
    }
  }

  /// Whether a main clause only denies that something exists ("Er is geen nevenwerkzaamheid",
  /// "Er zijn geen geschenken"), so that a negated relative clause after it is a double negation.
  func deniesExistence(_ indices: [Int]) -> Bool {
    guard indices.count >= 3, id(indices[0]) == .er, Self.isOrAre.contains(id(indices[1])), id(indices[2]) == .geen
    else { return false }
    // ("…, ook niet als ze onbetaald is": `ook niet` widens, it does not negate.)
    return !indices.dropFirst(3).contains { k in
      flags(k).contains(.finite) || flags(k).contains(.negator) && !(k > 0 && id(k - 1) == .ook)
    }
  }

  /// Whether a main clause denies what a dat-clause before it says (`Lexicon.denials`).
  func denies(_ indices: [Int]) -> Bool {
    for (n, k) in indices.enumerated() {
      let w = words.spelling(k)
      if table.denials.contains(w) { return true }
      if n + 1 < indices.count && table.denials.contains(w + " " + words.spelling(indices[n + 1])) { return true }
    }
    return false
  }

  /// The primary norm: the main clause, or the complement of a frame (`we verwachten dat …`,
  /// `het is niet de bedoeling dat …`, `het is niet toegestaan om … te …`).
  func primary(main: Clause, complement: Clause?, context: TextContext, question: Bool) -> (
    modality: Modality, negated: Bool, action: String?, subject: String?, place: ClausePlace
  ) {
    var d = decide(main.indices, context: context, question: question)
    guard let complement, !question else { return (d.modality, d.negated, d.action, d.subject, .main) }
    // "Het is (dus) niet zo dat een nevenfunctie verboden is": what the dat-clause says is denied.
    if complement.kind == .complement, main.indices.count <= 5, id(main.indices[0]) == .het,
      main.indices.count > 1, Self.isOrAre.contains(id(main.indices[1])),
      has(main.indices, phrase: .niet, .zo)
        // ("Het is geenszins zo dat …", "allerminst zo".)
        || main.indices.contains(where: { id($0) == .zo }) && negation(main.indices).negated
    {
      return denial(of: complement, context: context, question: question)
    }
    // "… betekent niet dat …", "… houdt niet in dat …", "… wil niet zeggen dat …": a short main
    // clause that denies that something follows denies what its dat-clause says.
    if complement.kind == .complement, main.indices.count <= 6, negation(main.indices).negated,
      action(main.indices).map(Self.followingVerbs.contains) == true || has(main.indices, phrase: .niet, .zeggen)
    {
      return denial(of: complement, context: context, question: question)
    }
    // ("Niet: denken dat je geheimhoudingsplicht ophoudt op je laatste werkdag", "Denk niet dat
    // …": a short main clause that forbids believing what its dat-clause says denies it.)
    if complement.kind == .complement, main.indices.count <= 6, negation(main.indices).negated || d.modality == .verbod,
      action(main.indices).map(Self.believingVerbs.contains) == true
    {
      return denial(of: complement, context: context, question: question)
    }
    let frameNegated = negation(main.indices).negated
    let frameGebod = hasAny(main.indices, phrases: table.frameGebod)
    let frameVerbod = hasAny(main.indices, phrases: table.frameVerbod)
    let frameToestemming = hasAny(main.indices, phrases: table.frameToestemming)
    let isFrame = frameGebod || frameVerbod || frameToestemming
    // "Wij vragen je niet om …", "het is niet nodig dat …": a request or need denied leaves the
    // content free (as "hoeft niet"); a wish or intention denied ("het is niet de bedoeling dat",
    // "we willen niet dat") forbids it.
    let requestDenied = frameNegated && frameGebod && main.indices.contains { words.spelled($0, oneOf: Self.requesting) }
    let ownAction = action(main.indices)
    // ("Er geldt een plicht om … te …": `gelden` with a noun of duty right before the infinitive
    // clause; not "… geldt ook …, zolang u redelijke gronden had om het te melden".)
    let contentless =
      ownAction == nil || Self.contentlessActions.contains(ownAction!)
      || ownAction == "gelden" && complement.indices[0] > 0 && flags(complement.indices[0] - 1).contains(.normNoun)
    // "Je laat niet na om die twijfel te bespreken met …": not failing to do it is doing it.
    if complement.kind == .infinitive && frameNegated, let own = ownAction, table.abstainLemmas.contains(own),
      !has(main.indices, Self.permissionWords)
    {
      let modality: Modality = reports(complement.indices) ? .meldplicht : .gebod
      return (modality, false, action(complement.indices) ?? d.action, d.subject ?? "medewerker", .main)
    }
    if complement.kind == .infinitive && contentless {
      // "het is (niet) toegestaan/verboden/verplicht om … te …": the frame decides, the content acts.
      var modality = d.modality
      // "De medewerker is vrij om … te …": with no modal verb of its own, a main clause that
      // merely addresses someone takes its kind from the frame.
      let ownModal =
        has(main.indices, Self.permissionWords) || has(main.indices, Self.modalMustWords) || has(main.indices, .must)
        || has(main.indices, .can)
      // What a duty frame makes of its content ("Wij vragen je (niet) om … te …": the request, or
      // its denial, decides; "Wij vragen je om geen geschenken aan te nemen": the content's own
      // negation).
      func requested() -> Modality {
        requestDenied ? .toestemming : frameNegated || negation(complement.indices).negated ? .verbod : .gebod
      }
      if frameGebod && !frameVerbod && !frameToestemming && !ownModal && (modality == .gebod || modality == .verbod) {
        modality = requested()
      } else if modality == .geen || modality == .uitgangspunt
        || modality == .gebod && !ownModal && (frameVerbod || frameToestemming)
      {
        if frameVerbod {
          modality = .verbod
        } else if frameToestemming {
          modality = frameNegated ? .verbod : .toestemming
        } else if frameGebod {
          modality = requested()
        }
      }
      // ("Er geldt een plicht om nevenwerkzaamheden die …, op te geven aan …": the infinitive
      // after the relative clauses is read with the main clause.)
      if modality == .gebod && (reports(complement.indices) || reports(main.indices)) { modality = .meldplicht }
      let contentAction = action(complement.indices)
      let negated = modality == .verbod || (modality == .toestemming && (d.negated || requestDenied))
      return (
        modality, modality == .geen ? false : negated, contentAction ?? d.action,
        d.subject ?? (modality == .geen ? nil : "medewerker"), .main
      )
    }
    // "Het is duidelijk dat je geschenken niet mag aannemen": a main clause that binds no one,
    // with a modal in its dat-clause, leaves the norm to that clause.
    let knows = ownAction.map { Self.knowing.contains($0) } ?? false
    if complement.kind == .complement && !isFrame && (contentless && d.modality == .geen || knows && d.modality == .gebod)
      && (has(complement.indices, Self.permissionWords) || has(complement.indices, Self.modalMustWords)
        || has(complement.indices, .must) || has(complement.indices, .forbidden))
    {
      let content = decide(complement.indices, context: context, question: question, framed: true)
      if content.modality != .geen {
        return (content.modality, content.negated, content.action, content.subject, .sub)
      }
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
    } else if requestDenied && modality != .verbod {
      modality = .toestemming
      negated = true
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
    // "Zorg er dan voor dat je leidinggevende het weet": an imperative frame asks the reader, who
    // sees to it, whoever the dat-clause's subject is.
    let imperativeFrame = id(main.indices[0]) == .zorg || id(main.indices[0]) == .draag
    return (modality, negated, contentAction, imperativeFrame ? "medewerker" : content.subject ?? "medewerker", .sub)
  }

  /// Whether `geen` (and `enkel`) stands before a noun of objection: "geen (enkel) probleem",
  /// "geen bezwaar".
  func deniesObjection(_ indices: [Int]) -> Bool {
    guard let g = indices.firstIndex(where: { id($0) == .geen }),
      let noun = indices[(g + 1)...].first(where: { !words.spelled($0, oneOf: Self.enkel) })
    else { return false }
    return words.spelled(noun, oneOf: Self.objections)
  }

  /// The nouns of "in principe", "in beginsel".
  static let principleNouns: [[UInt8]] = [Array("principe".utf8), Array("beginsel".utf8)]

  /// The noun of "ter zake doen" (to matter).
  static let matterNouns: [[UInt8]] = [Array("zake".utf8)]

  /// Participles of a request made of the reader in the passive ("wordt gevraagd … te …").
  static let requestedParticiples: [[UInt8]] = ["gevraagd", "verzocht", "verlangd", "opgedragen"].map { Array($0.utf8) }

  /// Words of a frame that requests or needs its content (`requestDenied`).
  static let requesting: [[UInt8]] = [
    "vragen", "vraagt", "vraag", "eisen", "eist", "verlangen", "verlangt", "verlangd", "geeist", "nodig", "noodzakelijk",
    "vereist", "verplicht", "gehouden",
  ].map { Array($0.utf8) }

  /// Whether a negator stands in the three words before a word of duty (`niet verplicht`, `geen
  /// plicht`, `is niet langer vereist`): no duty. Not "De plicht tot geheimhouding vervalt niet",
  /// where the negation is the verb's.
  ///
  /// A predicative `nodig` (or `vereist`, `noodzakelijk`) after a noun that `geen` determines is
  /// negated across the noun's phrase too ("is verder geen actie van je nodig", "is geen enkele
  /// melding vooraf vereist"), as long as no punctuation or verb stands between them.
  func negatedMustNoun(_ indices: [Int]) -> Bool {
    for (n, k) in indices.enumerated() where Self.mustNouns.contains(id(k)) {
      // ("gehouden" is a duty only before what it binds to: "gehouden om/tot … te …", not "het
      // overleg wordt niet gehouden".)
      // (Its object may stand between: "is niet gehouden een vermoeden van een misstand eerst
      // intern te melden", up to the clause's punctuation.)
      if id(k) == .gehouden
        && !(k + 1..<min(words.count, k + 13)).prefix(while: { !Self.punctuation.contains(id($0)) }).contains(where: {
          id($0) == .te || id($0) == .om || id($0) == .tot
        })
      {
        continue
      }
      if indices[max(0, n - 3)..<n].contains(where: { flags($0).contains(.negator) }) { return true }
      guard Self.predicativeNeeds.contains(id(k)) else { continue }
      for j in stride(from: n - 1, through: max(0, n - 7), by: -1) {
        let w = indices[j]
        if id(w) == .geen { return true }
        if Self.punctuation.contains(id(w)) || flags(w).contains(.finite) { break }
      }
    }
    return false
  }

  /// Adjectives of need that end the phrase they judge ("geen melding nodig").
  static let predicativeNeeds: WordSet = [.nodig, .vereist, .noodzakelijk]

  /// Verbs of knowing: "Iedereen weet dat je geen geschenken mag aannemen" states the norm of its
  /// dat-clause.
  static let knowing: Set<String> = ["weten", "begrijpen", "snappen"]

  static let making: [[UInt8]] = ["maakt", "maken", "maakte"].map { Array($0.utf8) }
  static let permissionWords: WordSet = [
    .mag, .mogen, .mocht, .mochten, .toegestaan, .toegelaten, .geoorloofd, .gerechtigd, .aanvaardbaar, .acceptabel,
    .toelaatbaar,
  ]
  /// The one word after a telegram rule's colon that bans or requires what it names.
  static let bannedWords: [[UInt8]] = ["verboden", "uitgesloten", "taboe"].map { Array($0.utf8) }
  /// Nouns of what the employer does with reports and registers, as a terse rule's label.
  static let employerActNouns: [[UInt8]] = ["openbaarmaking", "publicatie", "registratie", "bekendmaking", "vastlegging"]
    .map { Array($0.utf8) }
  /// Words that make a denied noun a need denied ("geen toestemming nodig").
  static let neededWords: [[UInt8]] = ["nodig", "vereist", "noodzakelijk", "verplicht"].map { Array($0.utf8) }
  static let requiredWords: [[UInt8]] = ["verplicht", "vereist", "standaard"].map { Array($0.utf8) }
  static let modalMustWords: WordSet = [.moet, .moeten, .moest, .moesten, .dient, .dienen, .behoort, .behoren, .hoort]
  static let falls: WordSet = [.vallen, .valt, .verstaan, .verstaat]
  static let copulasOfBeing: WordSet = [.is, .wordt, .zijn]
  static let defining: WordSet = [.verstaan, .betekent, .bedoeld]
  static let partOf: WordSet = [.onderdeel, .onderwerp, .agendapunt]
  /// States that a duty keeps ("blijft geheim", "blijft vertrouwelijk").
  static let keptStates: WordSet = [.geheim, .vertrouwelijk]
  static let remains: WordSet = [.blijft, .blijven]
  /// Verbs of a duty's lapsing (`vervalt`, `eindigt`, `houdt op`).
  static let lapsing: WordSet = [.vervalt, .vervallen, .eindigt, .eindigen, .ophoudt, .stopt, .stoppen]
  static let isOrAre: WordSet = [.is, .zijn]
  /// Determiners that point at something named ("Deze code is voor jou").
  static let pointing: WordSet = [.deze, .dit, .die, .dat]
  static let relativeOpeners: WordSet = [.die, .dat, .wat, .welke, .waarin, .waarbij, .waarvan, .waarmee, .waarop]
  static let punctuation: WordSet = [.period, .comma, .semicolon, .colon, .questionMark]
  static let quantifiers: WordSet = [.de, .het, .een, .alle, .elke, .iedere, .elk, .ieder]
  /// The words that announce examples as a sentence's subject.
  static let examples: [[UInt8]] = [Array("voorbeelden".utf8), Array("voorbeeld".utf8)]
  /// ("De geheimhoudingsplicht duurt zolang …": how long a duty lasts is that it applies.)
  static let applies: WordSet = [.geldt, .gelden, .bestaat, .rust, .rusten, .duurt, .duren]
  /// "kennen" in the sense of an organisation's rules having something ("De gemeente kent een
  /// meldplicht"), with no person addressed.
  static let having: WordSet = [.kent, .kennen]
  static let secondPerson: WordSet = [.je, .jij, .u, .jou, .jouw, .uw, .jezelf]
  /// Verbs of what a text states or contains.
  static let stating: Set<String> = ["vermelden", "noemen", "bevatten", "beschrijven", "omvatten"]
  static let definiteOpeners: WordSet = [.de, .het, .dit, .deze]
  /// (With "gehouden": "Je bent niet gehouden om eerst intern te melden" is no duty.)
  static let mustNouns: WordSet = [.verplicht, .plicht, .verplichting, .vereist, .noodzakelijk, .nodig, .gehouden]
  static let predicates: WordSet = [.is, .zijn, .geldt, .gelden, .wordt, .worden]
  static let restrictions: WordSet = [.alleen, .uitsluitend, .enkel, .slechts]
  /// Words that make `je kunt …` a capability or a means rather than an option (`zelf`,
  /// `misschien`, `door …`, `daarmee`).
  static let meansOrHedges: WordSet = [
    .zelf, .misschien, .wellicht, .bijvoorbeeld, .door, .daarmee, .hiermee, .daardoor, .hierdoor, .jezelf,
  ]
  static let readerPronouns: WordSet = [.je, .jij, .u]
  /// Plural forms of `kunnen`: `je` after them is a possessive ("kunnen je werk verrijken").
  static let pluralCan: WordSet = [.kunnen, .konden]

  /// Whether a form of `kunnen` stands next to `je`, `jij` or `u` (`je kunt`, `kun je`, `u kunt`):
  /// the reader is who can, not a thing the sentence is about ("Nevenwerkzaamheden kunnen je
  /// werk verrijken").
  func readerCan(_ indices: [Int]) -> Bool {
    indices.indices.contains { n in
      flags(indices[n]).contains(.can)
        && (n + 1 < indices.count && !Self.pluralCan.contains(id(indices[n]))
          && Self.readerPronouns.contains(id(indices[n + 1]))
          || n > 0 && Self.readerPronouns.contains(id(indices[n - 1])))
    }
  }

  static let demonstratives: WordSet = [.dit, .dat, .dergelijke, .hierdoor, .daardoor, .daarmee, .hiermee, .zo]

  /// What one clause says on its own.
  /// Verbs whose subject undergoes what others do ("mag daarvan geen nadeel ondervinden"): a
  /// norm on them binds those others, as a passive does.
  static let undergoingVerbs: Set<String> = ["ondervinden", "lijden"]

  /// The one a norm binds when its subject undergoes the act: the employer, for the reader.
  func undergoes(_ act: String?, _ subject: String?) -> String? {
    guard subject == "medewerker" || subject == nil, let act, Self.undergoingVerbs.contains(act) else { return subject }
    return "werkgever"
  }

  static let dutyVerbs: WordSet = [.dient, .dienen, .moet, .moeten, .behoort, .behoren]

  /// Whether a verb of reporting other than `act` stands in the clause ("worden gemeld en
  /// geregistreerd").
  func reportsBesides(_ act: String?, _ indices: [Int]) -> Bool {
    // (Another act of the employer's is no report besides: "wordt bekendgemaakt … en gepubliceerd".)
    indices.contains { k in
      verbs(k).contains { v in
        let lemma = table.lemma(v)
        return v.reporting && lemma != act && !table.employerActions.contains(lemma)
      }
    }
      || has(indices, .reportingNoun)
  }

  /// "staat het u vrij", "staat het je vrij": `staat … vrij` with `het` and a pronoun between.
  func staatVrij(_ indices: [Int]) -> Bool {
    guard let s = indices.firstIndex(where: { id($0) == .staat }) else { return false }
    // ("Een melding bij het Huis … staat de medewerker open": open to him, a permission.)
    // ("staat het de ambtenaar vrij …": the one it is free to, between.)
    return indices[(s + 1)..<min(indices.count, s + 6)].contains { id($0) == .vrij }
      || s + 1 < indices.count && words.spelling(indices[indices.count - 1]) == "open"
  }

  /// Whether the clause's finite verb, among its first three words, has a thing after it as its
  /// subject ("vermeldt de website dat", "toont het register …"): an article and a noun that is no
  /// person, role or employer, with no personal pronoun anywhere in the clause.
  func thingSubject(_ indices: [Int]) -> Bool {
    // (Not first, where it is an imperative with its object: "Geef het nevenwerk op", "Meld de gift";
    // unless a `dan` the clause leaves out stands before it.)
    guard let f = indices.prefix(3).firstIndex(where: { flags($0).contains(.finite) }),
      f >= 1 || indices[0] > 0 && id(indices[0] - 1) == .dan, f + 2 < indices.count,
      id(indices[f + 1]) == .de || id(indices[f + 1]) == .een, words.kinds[indices[f + 2]] == .word,
      table.role(at: indices[f + 2], in: words) == nil, !flags(indices[f + 2]).contains(.employee),
      !Self.employerWords.contains(id(indices[f + 2])),
      !indices.contains(where: { Self.personalPronouns.contains(id($0)) })
    else { return false }
    // (The verb of telling itself: not "Dat is een datalek, en een datalek moet … worden gemeld".)
    return verbs(indices[f]).contains { $0.reporting || $0.weakReporting }
  }

  /// Nouns of "Geen probleem", "Geen bezwaar": an answer that allows, not a ban.
  /// Nouns of an objection ("is geen (enkel) probleem", "is geen bezwaar").
  static let objections: [[UInt8]] = [Array("probleem".utf8), Array("bezwaar".utf8)]
  /// The nouns among the power verbs' words ("zijn besluit").
  static let decisionNouns: [[UInt8]] = [Array("besluit".utf8), Array("besluiten".utf8)]
  /// The noun of "in de weg staan", to stand in the way.
  static let inTheWay: [[UInt8]] = [Array("weg".utf8)]
  static let enkel: [[UInt8]] = [Array("enkel".utf8)]
  static let noObjection: Set<String> = ["probleem", "bezwaar", "punt", "idee", "twijfel", "zorgen", "sprake", "nood"]

  /// Whether the clause has "n.v.t." (niet van toepassing) in it.
  func notApplicable(_ indices: [Int]) -> Bool {
    let letters = indices.filter { words.kinds[$0] == .word }
    return letters.indices.dropLast(2).contains { n in
      words.spelling(letters[n]) == "n" && words.spelling(letters[n + 1]) == "v" && words.spelling(letters[n + 2]) == "t"
    }
  }

  /// Verbs of holding or belonging whose plural present looks like an instruction's infinitive.
  static let personPronouns: WordSet = [.hij, .jij, .u, .ik, .je]
  /// Subjects and auxiliaries of a perfect that describes what has happened (`decideReading`).
  static let perfectSubjects: WordSet = [.je, .jij, .u, .hij, .zij, .ik, .wij, .we]
  static let perfectAuxiliaries: WordSet = [.hebt, .heeft, .heb, .hebben, .bent, .is, .ben, .zijn]
  /// Words of a time by which something must be done.
  static let deadlineWords: WordSet = [.voordat, .uiterlijk, .tijdig, .vooraf, .binnen]
  /// Persons who report or are reported on, not those reported to: told in the passive with no
  /// one named to tell them ("de melder wordt geïnformeerd over de opvolging"), they are told by
  /// the employer. (Not `leidinggevende`: "je leidinggevende wordt direct ingelicht" is the
  /// reader's report in the passive.)
  static let toldPersons: [[UInt8]] = [
    "melder", "betrokkene", "medewerker", "werknemer", "ambtenaar", "aanvrager", "belanghebbende", "klager", "verzoeker",
    "indiener", "sollicitant",
  ].map { Array($0.utf8) }
  static let toldArticles: WordSet = [.de, .het, .deze]
  static let holding: Set<String> = ["gelden", "vallen", "betekenen", "horen", "passen", "staan", "liggen"]

  func decide(_ indices: [Int], context: TextContext, question: Bool, framed: Bool = false) -> Decision {
    var d = decideReading(indices, context: context, question: question, framed: framed)
    // ("Teruggave aan de gever is vereist": the act is the noun's, not the copula's; read after the
    // modality, which the copula and its predicate decide.)
    if d.action == "zijn", let v = nominalAction(indices) { d.action = table.lemma(v) }
    return d
  }

  /// Participles of intending ("is niet beoogd", "is niet bedoeld").
  static let intendedParticiples: [[UInt8]] = ["beoogd", "bedoeld"].map { Array($0.utf8) }

  /// Participles of regarding something as something ("wordt gezien als", "wordt beschouwd als").
  static let regardedParticiples: [[UInt8]] = ["gezien", "beschouwd", "aangemerkt", "opgevat"].map { Array($0.utf8) }

  /// Predicates of rejection after `als` ("wordt aangemerkt als ongewenst").
  static let unwanted: [[UInt8]] = ["ongewenst", "onwenselijk", "ontoelaatbaar", "onaanvaardbaar", "onacceptabel", "strafbaar"]
    .map { Array($0.utf8) }

  func decideReading(_ indices: [Int], context: TextContext, question: Bool, framed: Bool) -> Decision {
    guard !indices.isEmpty else { return (.geen, false, nil, nil) }
    // The flags of the clause's words together: each flag asked below is one bit, so a word has
    // it exactly when the union does (one pass, where each question was one).
    let clauseFlags = indices.reduce(into: WordFlags()) { $0.formUnion(flags($1)) }
    let act = action(indices)
    let (_, negated) = negation(indices)
    // "Of het betaald is, maakt voor de opgave geen verschil": what makes no difference states
    // the rule's reach; no ban.
    if negated && has(indices, [.verschil]) && indices.contains(where: { words.spelled($0, oneOf: Self.making) }) {
      return (.geen, false, act, nil)
    }
    // "Deze gedragscode geeft aan welk gedrag wordt verwacht": a text as the subject of a verb of
    // telling describes; it reports nothing.
    if documentSubject(indices) && reports(indices) { return (.geen, false, act, nil) }
    let grammaticalSubject = isPassive(indices) ? nil : subject(indices)
    // A subject that undergoes the act ("mag daarvan geen nadeel ondervinden") reads as a passive.
    let undergone = undergoes(act, grammaticalSubject) != grammaticalSubject
    let passive = undergone || isPassive(indices)
    let report = reports(indices)
    // A passive without agent: the employer's when the act is the employer's ("worden
    // geregistreerd", "worden op het intranet bekendgemaakt"), unless something else is
    // reported ("worden gemeld en geregistreerd").
    // (A passive under a modal of duty, "dient bekend te worden gemaakt", is the reader's report.)
    let employerAct =
      act.map { table.employerActions.contains($0) } ?? false
      && (!report || !indices.contains { flags($0).contains(.modal) || Self.dutyVerbs.contains(id($0)) })
    // "… wordt hij geïnformeerd over de opvolging": a person who is told, with no one named to
    // tell him, is told by the employer (no `te`: "u wordt gevraagd dit te melden" asks him).
    let told =
      isPassive(indices) && report && !has(indices, [.te]) && agent(indices) == nil
      && indices.contains { k in flags(k).contains(.participle) && verbs(k).contains { $0.kind == .participle && $0.reporting } }
      && indices.indices.contains { n in
        // (The person next to the passive's `wordt`: "wordt hij geïnformeerd", "u wordt bericht";
        // or one who reports or is reported on, with its article: "wordt de melder geïnformeerd".)
        let pronoun = Self.personPronouns.contains(id(indices[n]))
        guard pronoun || words.spelled(indices[n], oneOf: Self.toldPersons) else { return false }
        let before = !pronoun && n > 1 && Self.toldArticles.contains(id(indices[n - 1])) ? n - 2 : n - 1
        return before >= 0 && Self.passiveAuxiliaries.contains(id(indices[before]))
          || n + 1 < indices.count && Self.passiveAuxiliaries.contains(id(indices[n + 1]))
      }
    let subject =
      undergone || told
      ? "werkgever"
      : passive
        ? (agent(indices)
          ?? (employerAct && (!report || !reportsBesides(act, indices)) ? "werkgever" : "medewerker"))
          // ("Wij verantwoorden ons elk jaar in ons jaarverslag …": `wij` doing what only the
          // employer does is the employer.)
        : grammaticalSubject == "medewerker" && employerAct && has(indices, [.wij, .we]) && !has(indices, [.je, .jij, .u])
          ? "werkgever" : grammaticalSubject
    if question { return (.geen, false, act, subject) }
    // "Je hebt te goeder trouw een misstand gemeld.", "Je hebt een geschenk gekregen.": the
    // subject first, the auxiliary of the perfect right after it and its participle last, with no
    // modal and no time by which it must be done, is a situation described (what has happened),
    // no duty. (Not "Voordat je begint, heb je het gemeld", a deadline.)
    if !negated, context == .rule || context == .explanation, !clauseFlags.contains(.modal), indices.count >= 3,
      Self.perfectSubjects.contains(id(indices[0])), Self.perfectAuxiliaries.contains(id(indices[1])),
      let last = indices.last(where: { !Self.punctuation.contains(id($0)) }), flags(last).contains(.participle),
      // (A participle that is no infinitive too, in one clause: not "Zij is een onderdeel van het
      // beleid, dat misbruik wil voorkomen".)
      !flags(last).contains(.infinitive), !indices.contains(where: { id($0) == .comma }),
      !indices.contains(where: { Self.deadlineWords.contains(id($0)) })
    {
      return (.geen, false, act, subject)
    }
    // "Eed of belofte: bij indiensttreding, ten overstaan van de gemeentesecretaris": a label and,
    // after its colon, no verb at all but when it is done: a duty at that time.
    if context == .rule && !negated,
      indices.contains(where: { k in k > 1 && words.ids[k - 1] == .colon && Self.whenWords.contains(id(k)) }),
      indices.allSatisfy({ flags($0).isDisjoint(with: [.finite, .finiteLike, .infinitive, .participle, .modal]) })
    {
      return (.gebod, false, act, "medewerker")
    }
    // "Discriminatie: nooit.", "Goed ambtenaarschap: altijd.": a telegram rule, what it names and,
    // after its colon, the one word that says how.
    if context == .rule, indices.count >= 2, let how = indices.last, how > 1, words.ids[how - 1] == .colon,
      indices.allSatisfy({ flags($0).isDisjoint(with: [.finite, .finiteLike, .infinitive, .modal]) })
    {
      if id(how) == .nooit || words.spelled(how, oneOf: Self.bannedWords) { return (.verbod, true, act, "medewerker") }
      if id(how) == .altijd || words.spelled(how, oneOf: Self.requiredWords) { return (.gebod, false, act, "medewerker") }
    }
    // "…; dan vermeldt de website dat": a thing as the inverted subject of a verb of telling says
    // what it shows, no one's duty to report.
    if report && grammaticalSubject == nil && thingSubject(indices) { return (.geen, false, act, nil) }
    let first = id(indices[0])
    let reader = subject == "medewerker"
    let otherRole = subject != nil && !reader
    let imperative = verbFirst(indices) && !framed
    // ("U bent vrij uw mening te uiten": free to, with `te` and no `om`.)
    let freeTo =
      !negated && has(indices, [.te])
      && (has(indices, phrase: .bent, .vrij) || has(indices, phrase: .is, .vrij) || has(indices, phrase: .ben, .vrij)
        || has(indices, phrase: .zijn, .vrij))
    let may =
      has(indices, Self.permissionWords)
      || has(indices, phrase: .staat, .vrij) || has(indices, phrase: .vrij, .om) || staatVrij(indices)
      || has(indices, phrase: .het, .recht) || freeTo
    let modalMust = has(indices, Self.modalMustWords)
    let must =
      modalMust || clauseFlags.contains(.must) || has(indices, phrase: .draagt, .zorg)
      || has(indices, phrase: .draag, .zorg)
    // A plural `kunnen` after a singular finite verb (`meldt`) belongs to a clause the splitter
    // did not close ("meldt zijn belangen die de belangen van de dienst, voor zover …, kunnen
    // raken"): the subject of `meldt` cannot be the subject of `kunnen`.
    var can = clauseFlags.contains(.can)
    // (Not "uitlatingen die je privé doet kunnen …": there `doet` closes a relative clause.)
    if can, let c = indices.firstIndex(where: { flags($0).contains(.can) }), id(indices[c]) == .kunnen,
      let f = indices[..<c].firstIndex(where: {
        flags($0).contains(.finite) && flags($0).contains(.endsT) && !flags($0).contains(.modal)
          && !ClauseReader.auxiliaryForms.contains(id($0))
      }),
      !indices[..<f].contains(where: { Self.relativeOpeners.contains(id($0)) })
    {
      can = false
    }
    /// Whether one of the first `n` words is `w`.
    func early(_ n: Int, _ w: RuleWord) -> Bool { indices.prefix(n).contains { id($0) == w } }
    // (Not `bijvoorbeeld` after a comma, opening an aside on a word of the clause: "Nevenfuncties
    // die …, bijvoorbeeld in besturen, worden … openbaar gemaakt".)
    let example = indices.prefix(4).contains { k in
      id(k) == .bijvoorbeeld && !(k > 0 && k != indices[0] && id(k - 1) == .comma)
    }

    // Examples and illustrations bind no one ("Je meldt bijvoorbeeld extern als …").
    if first == .denk && indices.contains(where: { id($0) == .aan }) || early(3, .voorbeeld) || example
      // ("Zie artikel 4" points; "…, zie je ervan af" is the verb with its inverted subject.)
      || first == .zie && !(indices.count > 1 && Self.invertedSubjectWords.contains(id(indices[1])))
      // "Zo voorkom je …" says what a norm achieves; "Zo mag je geen …" gives one.
      || first == .zo && indices.count > 1 && hasFinite([indices[1]]) && !flags(indices[1]).contains(.modal)
    {
      return (.geen, false, act, nil)
    }
    // "Tot een waarde van € 35 is het voor jou": what is yours to keep, a permission ("Deze code
    // is voor jou" says whom a text is for).
    let plain = indices.filter { !Self.punctuation.contains(id($0)) }
    // (So "… is van jou": "Een attentie die minder dan € 25 waard is, is van jou".)
    // (A pointing word right before the verb stands for a thing named before: "…: die is voor jou";
    // not "Deze code is voor jou", a text and whom it is for.)
    if !negated, plain.count >= 3, id(plain[plain.count - 2]) == .voor || id(plain[plain.count - 2]) == .van,
      RolesReader.readerObjects.contains(id(plain[plain.count - 1])),
      has(indices, Self.isOrAre), !Self.pointing.contains(first) || first == .die && Self.isOrAre.contains(id(plain[1]))
    {
      return (.toestemming, false, "houden", "medewerker")
    }
    // ("… dan is het aan jou of je het houdt": the choice is the reader's.)
    if !negated, plain.count >= 3, id(plain[plain.count - 2]) == .aan,
      RolesReader.readerObjects.contains(id(plain[plain.count - 1])),
      has(indices, Self.isOrAre), has(indices, [.het])
    {
      return (.toestemming, false, nil, "medewerker")
    }
    // "melden of akkoord vragen n.v.t.": not applicable, so not needed (the abbreviation of "niet
    // van toepassing", written with its dots).
    if report || clauseFlags.contains(.consentNoun), notApplicable(indices) {
      return (.toestemming, true, act, subject ?? "medewerker")
    }
    // "Vrij van melding en toestemming is de aanname van …": free of a report or consent, a
    // permission that waives them.
    if let v = indices.firstIndex(where: { id($0) == .vrij }), v + 2 < indices.count, id(indices[v + 1]) == .van,
      Self.reportNouns.contains(id(indices[v + 2])) || flags(indices[v + 2]).contains(.consentNoun)
        || id(indices[v + 2]) == .toestemming
    {
      return (.toestemming, true, act, subject ?? "medewerker")
    }
    let violation = hasAny(indices, phrases: table.violations)
    // "Het aannemen van geld wordt als een overtreding beschouwd", "Nevenwerk bij een leverancier
    // wordt aangemerkt als ongewenst": what is regarded as a violation or as unwanted is banned;
    // "Een lunch … wordt gezien als een gebruikelijke attentie": a classification the code states.
    if passive && !may && !must && !can && has(indices, [.als]),
      indices.contains(where: { words.spelled($0, oneOf: Self.regardedParticiples) })
    {
      if violation || clauseFlags.contains(.forbidden) || indices.contains(where: { words.spelled($0, oneOf: Self.unwanted) }) {
        return negated ? (.toestemming, false, act, "medewerker") : (.verbod, true, act, "medewerker")
      }
      return (.uitgangspunt, negated, act, nil)
    }
    // Definitions: "onder … wordt verstaan", "… betekent …", and "X is de/het/een …" with a
    // thing (not a person) as subject.
    let definesByShape =
      first == .onder && has(indices, Self.falls)
      || (first == .van || first == .er) && indices.contains(where: { id($0) == .sprake }) && has(indices, Self.copulasOfBeing)
    // ("Van de gesprekken als hier bedoeld wordt een verslag gemaakt": `als (hier) bedoeld`
    // refers to what was meant before; its `bedoeld wordt` defines nothing.)
    let asMeant = indices.indices.contains { n in
      id(indices[n]) == .als
        && (n + 1 < indices.count && id(indices[n + 1]) == .bedoeld || n + 2 < indices.count && id(indices[n + 2]) == .bedoeld)
    }
    let defines =
      hasAny(indices, phrases: table.definition)
      && (!asMeant || indices.contains { Self.definingVerbs.contains(words.spelling($0)) })
    if (definesByShape || defines) && !modalMust && !(reader && may)
      && !(violation && !has(indices, Self.defining))
    {
      return (.definitie, negated, act, nil)
    }
    // "Integriteit is een vast onderdeel van het werkoverleg": a standing practice, not a definition.
    if subject == nil && !may && !must && !can,
      let copula = indices.firstIndex(where: { Self.isOrAre.contains(id($0)) }), copula > 0,
      indices.dropFirst(copula + 1).prefix(4).contains(where: { Self.partOf.contains(id($0)) })
    {
      return (.uitgangspunt, negated, act, nil)
    }
    // (Not a lexical ban put first: "Uitgesloten is iedere vorm van discriminatie …".)
    if subject == nil && !negated && !may && !must && !can && !violation && !clauseFlags.contains(.forbidden),
      let copula = indices.firstIndex(where: { Self.isOrAre.contains(id($0)) }), copula > 0,
      copula + 1 < indices.count,
      Self.quantifiers.contains(id(indices[copula + 1]))
        // ("… is bedoeld als blijk van waardering": a purpose, not a definition.)
        || indices.dropFirst(copula + 1).prefix(3).contains(where: { id($0) == .als && id($0 - 1) != .bedoeld }),
      !Self.expletives.contains(first), first != .er,
      // ("Voorbeelden van omkoping zijn het aanbieden van …": examples, not what a word means.)
      !words.spelled(indices[0], oneOf: Self.examples),
      !indices.prefix(copula).contains(where: {
        flags($0).contains(.finite) && !Self.determiners.contains(id($0)) && id($0) != first
      })
    {
      return (.definitie, false, act, nil)
    }
    // Sanctions: "kan leiden tot maatregelen", "kan worden ontslagen".
    if clauseFlags.contains(.sanction)
      && (can || has(indices, phrase: .leiden, .tot) || has(indices, phrase: .leidt, .tot) || passive)
    {
      return (.bevoegdheid, negated, act, (subject == "medewerker" || subject == nil) ? "werkgever" : subject)
    }
    // "Een algemeen verbod op nevenwerk zal er niet zijn", "Er is geen verbod op …": a ban that
    // does not exist forbids nothing.
    if negated && !may && !must && has(indices, [.er]) && indices.contains(where: { flags($0).contains(.banNoun) })
      && (act == nil || act == "zijn" || act == "bestaan" || act == "gelden" || act == "komen")
    {
      return (.toestemming, false, act, "medewerker")
    }
    // "Ander nevenwerk verbiedt de gemeente niet": what another does not forbid is allowed.
    // ("Een verbod op alle nevenwerk kent de omgevingsdienst niet": a ban its rules do not have.)
    let banNotHad = act == "kennen" && indices.contains { flags($0).contains(.banNoun) }
    // ("De gemeente heeft er geen enkel bezwaar tegen dat je …": an objection she does not have.)
    let noObjectionHad = act == "hebben" && deniesObjection(indices)
    if otherRole && !passive && negated && (act == "verbieden" || banNotHad || noObjectionHad) && !may && !must {
      return (.toestemming, false, act, "medewerker")
    }
    // Someone else acts: a power, or their own duty to report or act.
    if otherRole && !passive {
      // (Not the noun "besluit" after a possessive: "De leidinggevende legt zijn besluit
      // schriftelijk vast" is his duty; "neemt een besluit" still decides.)
      let verbal = indices.filter { k in
        !(k > 0 && words.spelled(k, oneOf: Self.decisionNouns)
          && ClauseReader.possessiveDeterminers.contains(id(k - 1)))
      }
      if may || can || hasAny(verbal, phrases: table.powerVerbs) {
        return (.bevoegdheid, negated, act, subject)
      }
      if report { return (negated ? .verbod : .meldplicht, negated, act, subject) }
      if must || negated { return (negated ? .verbod : .gebod, negated, act, subject) }
      return (.gebod, false, act, subject)
    }
    // "Voor deze functies geldt een meldingsplicht / een verbod": the noun names the norm.
    // ("De geheimhoudingsplicht blijft ook na … van kracht": a duty that stays in force applies.)
    // ("Een verbod op alle nevenwerk kent de dienst niet": an organisation's rules have it or not.)
    // ("Er is een verbod op het aannemen van geld": `er` with a copula says that the norm exists.)
    if has(indices, Self.applies) || has(indices, Self.remains) && has(indices, phrase: .van, .kracht)
      || (has(indices, Self.having) || has(indices, [.er]) && has(indices, Self.isOrAre)) && !has(indices, Self.secondPerson),
      let noun = indices.first(where: { flags($0).contains(.normNoun) })
    {
      // ("Er geldt een plicht tot melding van je financiële belangen": a duty whose object is a
      // report.)
      let toReport =
        noun + 2 < words.count && id(noun + 1) == .tot
        && !flags(noun + 2).isDisjoint(with: [.reportingNoun, .reportNounStart])
      let kind: Modality =
        flags(noun).contains(.banNoun)
        ? .verbod
        // ("Er geldt een plicht om nevenwerkzaamheden … op te geven aan …": a duty to report.)
        : flags(noun).contains(.reportNounStart) || report || toReport ? .meldplicht : .gebod
      if negated { return (.toestemming, true, act, subject ?? "medewerker") }
      return (kind, kind == .verbod, act, subject == "werkgever" ? "medewerker" : subject ?? "medewerker")
    }
    // Need not: a permission (for a person; "hoeft niet waar te zijn" describes).
    if clauseFlags.contains(.needNot) && negated {
      if reader || imperative || subject == nil && act != nil && act != "zijn" {
        return (.toestemming, true, act, subject ?? "medewerker")
      }
      return (.geen, false, act, subject)
    }
    // `niet verplicht`, `geen plicht`: no duty, so a permission.
    if negatedMustNoun(indices) && !modalMust {
      return (.toestemming, true, act, subject ?? "medewerker")
    }
    // "Niemand wordt gevraagd zijn politieke voorkeur bekend te maken", "Je wordt niet verzocht …
    // te …": a request denied (its negator before the participle) asks nothing, as "hoeft niet".
    // (Not "Je wordt gevraagd geen geschenken aan te nemen": the request stands, its content bans.)
    if negated && passive && has(indices, [.te]),
      let asked = indices.firstIndex(where: { words.spelled($0, oneOf: Self.requestedParticiples) }),
      indices[..<asked].contains(where: { flags($0).contains(.negator) })
    {
      return (.toestemming, true, act, subject ?? "medewerker")
    }
    // "De verplichting eindigt niet bij het einde van het dienstverband", "De plicht vervalt niet
    // wanneer …": a duty that does not lapse goes on binding; no ban.
    if negated && (has(indices, Self.lapsing) || has(indices, phrase: .houdt, .niet, .op)) && has(indices, Self.mustNouns) {
      return (.gebod, false, act, subject ?? "medewerker")
    }
    // "… kan zij worden verboden": a ban someone may impose is a power, not a ban.
    if clauseFlags.contains(.forbidden) && can && passive && !negated {
      return (.bevoegdheid, false, act, "werkgever")
    }
    // "Meestal is een nevenfunctie geen (enkel) probleem": no objection, no ban.
    // (Nor one who has none: "De gemeente heeft er geen enkel bezwaar tegen dat je …".)
    if negated && !may && !must && deniesObjection(indices),
      indices.contains(where: { Self.copulaForms.contains(id($0)) || id($0) == .heeft || id($0) == .hebben })
    {
      return (.toestemming, false, act, subject ?? "medewerker")
    }
    // "Of het werk betaald is, maakt voor de opgave niet uit": what does not matter binds no one;
    // nor does what a rule does not cover ("een bijbaan in de horeca valt hier niet onder").
    // (So does what "doet niet ter zake": "of ze betaald worden, doet niet ter zake".)
    if negated
      && (indices.contains(where: { id($0) == .uit || id($0) == .uitVerb })
        && indices.contains(where: { words.spelled($0, oneOf: Self.makesForms) })
        || has(indices, [.doet, .doen]) && indices.contains(where: { words.spelled($0, oneOf: Self.matterNouns) })
        || indices.last.map { id($0) == .onder } == true
          && indices.contains(where: { words.spelled($0, oneOf: Self.fallsForms) }))
    {
      return (.geen, false, act, nil)
    }
    // "Een algemeen verbod op nevenwerkzaamheden is met het eerste lid niet beoogd": a ban the
    // rule says it does not intend is none.
    if negated && !may && !must && indices.contains(where: { flags($0).contains(.banNoun) })
      && indices.contains(where: { words.spelled($0, oneOf: Self.intendedParticiples) })
    {
      return (.geen, false, act, nil)
    }
    // "Voor politiek werk buiten de gemeente geldt die beperking niet", "Deze regel geldt niet
    // voor vrijwilligers": what does not apply binds no one there (not "geldt niet alleen …":
    // it applies, and more widely).
    // (Its own `niet`, within a few words after the verb: not one of a condition that follows, "Een
    // beperking geldt alleen als … niet in redelijkheid is verzekerd".)
    if negated && !may && !must && !has(indices, phrase: .niet, .alleen),
      let g = indices.firstIndex(where: { id($0) == .geldt || id($0) == .gelden }),
      let n = indices[g...].prefix(6).firstIndex(where: { id($0) == .niet }),
      !indices[g..<n].contains(where: { Self.subordinators.contains(id($0)) }),
      !indices.contains(where: { flags($0).contains(.negator) && id($0) != .niet })
    {
      return (.geen, false, act, nil)
    }
    // Lexical prohibitions: `verboden`, `is uitgesloten`, `onthoud je van`.
    if clauseFlags.contains(.forbidden) {
      return negated ? (.toestemming, false, act, subject ?? "medewerker") : (.verbod, true, act, subject ?? "medewerker")
    }
    // `onthoud je van`, "van … zie je af", "laat het na": abstaining is not doing.
    // ("Dan stel je dat uit zolang je bij de gemeente werkt": putting off is not doing; not where
    // it is permitted, "je mag de melding uitstellen".)
    // ("Je laat de opgave niet achterwege", "laat niet na het te melden": not abstaining is doing.)
    // (Its `niet` right before the word of abstaining, not another clause's: "… verbindt zich niet,
    // … en van … onthoudt hij zich".)
    if clauseFlags.contains(.abstain) && negated && !may && !must,
      let a = indices.firstIndex(where: { flags($0).contains(.abstain) }), a > 0,
      indices[max(0, a - 2)..<a].contains(where: { id($0) == .niet })
    {
      return (.gebod, false, act, subject ?? "medewerker")
    }
    if (clauseFlags.contains(.abstain) || !negated && act.map({ table.abstainLemmas.contains($0) }) == true)
      && !(may && !negated && act == "uitstellen")
    {
      return (.verbod, true, act, subject ?? "medewerker")
    }
    // "Niets belet je om deel te nemen aan …", "Niets staat je in de weg om …": what nothing
    // prevents is allowed. (Not the reader who does not prevent: "Je belet collega's niet om …
    // te melden" asks to let them.)
    if negated && !may && !must && (!reader || first == .niets || first == .niemand || first == .geen)
      && indices.contains(where: { k in
        // (A separable verb's finite form counts with its particle: "houdt je … tegen", not the
        // "houden" of "een geschenk houden".)
        verbs(k).contains { v in
          table.preventing.contains(table.lemma(v))
            && (v.particle == RuleWord.unknown.rawValue || indices.contains { id($0) == v.particle })
            || table.lemma(v) == "staan" && indices.contains { words.spelled($0, oneOf: Self.inTheWay) }
        }
      })
    {
      return (.toestemming, false, act, subject ?? "medewerker")
    }
    // "Discriminatie hoort bij ons niet thuis", "Dat past niet bij een ambtenaar": rejected.
    if negated && !may && !must && act.map({ table.unfitting.contains($0) }) == true {
      return (.verbod, true, act, "medewerker")
    }
    // "X is (altijd) een overtreding", "is strafbaar": the act is forbidden.
    // (Not "Een politieke uiting is op zichzelf geen schending van deze code", "is niet
    // strafbaar": the violation denied, the act allowed.)
    if violation && has(indices, Self.predicates) && !reader && !must {
      let denied = indices.indices.contains { n in
        (id(indices[n]) == .geen || id(indices[n]) == .niet)
          && hasAny(Array(indices[(n + 1)..<min(indices.count, n + 3)]), phrases: table.violations)
      }
      return denied ? (.toestemming, false, act, "medewerker") : (.verbod, true, act, "medewerker")
    }
    // "Nooit nevenwerk waardoor …", "Geen geschenken van leveranciers": a rule in the style of a
    // headline, with no verb at all, that opens with its negation bans what it names.
    // (Not an answer that says nothing is wrong: "Geen probleem.", "Geen bezwaar.")
    // (A verb's form after `geen`, an article or a preposition is a noun: "Geen misbruik van …".)
    // (After a label and its colon too: "Politiek: geen lidmaatschap van een partij".)
    let headline =
      first == .nooit || first == .geen
      ? 0
      : indices.indices.first { n in
        n > 0 && n <= 4 && indices[n] > 0 && words.ids[indices[n] - 1] == .colon
          && (id(indices[n]) == .nooit || id(indices[n]) == .geen)
      }
    // (Not a need denied: "Nevenwerk: geen toestemming nodig".)
    if context == .rule, let h = headline,
      indices.count > h + 1
        && !indices.contains(where: { words.spelled($0, oneOf: Self.neededWords) })
        && indices.indices.allSatisfy({ n in
          flags(indices[n]).isDisjoint(with: [.finite, .finiteLike, .infinitive, .participle])
            || n > 0
              && (id(indices[n - 1]) == .geen || Self.determiners.contains(id(indices[n - 1]))
                || Self.prepositions.contains(id(indices[n - 1])) && !flags(indices[n]).contains(.infinitive))
        })
        && !Self.noObjection.contains(words.spelling(indices[h + 1]))
    {
      return (.verbod, true, act, "medewerker")
    }
    // "Bevoegdheden en informatie: alleen voor het doel waarvoor je ze krijgt": a label and, after
    // its colon, a restriction with no verb at all allows what it names only so.
    if context == .rule && !negated,
      indices.contains(where: { k in
        k > 1 && words.ids[k - 1] == .colon && Self.restrictions.contains(id(k)) && indices.prefix(5).contains(k)
      }),
      indices.allSatisfy({ flags($0).isDisjoint(with: [.finite, .finiteLike, .infinitive, .modal]) })
    {
      return (.toestemming, false, act, "medewerker")
    }
    // "Registratie van de opgaven: door de afdeling P&O, in het register …": a rule with no verb
    // at all that names who does it after `door` states that one's task.
    // (A verb form after an article is a noun: "de opgaven".)
    // (A participle after a preposition is an adjective: "van gemeld nevenwerk".)
    let verbless =
      context == .rule
      && indices.indices.allSatisfy({ n in
        flags(indices[n]).isDisjoint(with: [.finite, .finiteLike, .infinitive, .participle])
          || n > 0 && (Self.determiners.contains(id(indices[n - 1])) || Self.possessiveDeterminers.contains(id(indices[n - 1])))
          || n > 0 && flags(indices[n]).contains(.participle) && Self.prepositions.contains(id(indices[n - 1]))
      })
    if verbless && !negated && !may && !must, let doer = agent(indices), doer != "medewerker" {
      return (.gebod, false, act, doer)
    }
    // "Openbaarmaking: nevenwerk van de directeur en de sectorhoofden": a label that names what the
    // employer does, and after its colon no verb at all, states that task.
    if verbless && !negated && !may && !must, indices.count >= 3, words.spelled(indices[0], oneOf: Self.employerActNouns),
      indices[0] + 1 < words.count, words.ids[indices[0] + 1] == .colon
    {
      return (.gebod, false, act, "werkgever")
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
      if clauseFlags.contains(.consentNoun) && !negated {
        return (.toestemming, false, act, reader || subject == nil ? "medewerker" : subject)
      }
      if reader && context != .rule && !report
        && (has(indices, Self.meansOrHedges) || !readerCan(indices) || has(indices, phrase: .denken, .aan))
      {
        // "Je kunt zelf voorkomen dat …", "dan kun je misschien …", "je kunt dit tegengaan door …"
        // in an explanation: what one is able to do, or a way to do it, not an option one has.
        return (.geen, false, act, subject)
      }
      if reader || imperative {
        if negated { return (.verbod, true, act, "medewerker") }
        return (.toestemming, false, act, "medewerker")
      }
      // "Extern melden kan pas nadat …": an activity, named by an infinitive before the modal,
      // that can be done is permitted (or, negated, not).
      // (Or a longer phrase with nothing verbal after the modal: "Maar lid zijn van een politieke
      // partij, of daar een functie in hebben, kan niet zolang …".)
      // (So does what `dat` points back to, with no verb after the modal: "Kritiek op het beleid?
      // Dat kan, behalve als …", "Dat kan gewoon.")
      if subject == nil, let modal = indices.firstIndex(where: { flags($0).contains(.can) }), modal > 0,
        modal <= 2
          || !indices[(modal + 1)...].contains(where: {
            !flags($0).isDisjoint(with: [.verb, .finite, .infinitive, .participle])
          }),
        indices[..<modal].contains(where: { flags($0).contains(.infinitive) })
          // ("Privéwerk onder werktijd, dat kan niet": `dat` after a comma takes up what came before.)
          || (modal == 1 || indices[modal - 1] > 0 && words.ids[indices[modal - 1] - 1] == .comma)
            && (id(indices[modal - 1]) == .dat || id(indices[modal - 1]) == .dit)
            && !indices[(modal + 1)...].contains(where: {
              !flags($0).isDisjoint(with: [.verb, .finite, .infinitive, .participle])
            })
      {
        return negated ? (.verbod, true, act, "medewerker") : (.toestemming, false, act, "medewerker")
      }
      return (.geen, negated, act, subject)
    }
    // Principles: awareness, values.
    // "Het doel: … bevorderen en … voorkomen": a purpose announced by a colon.
    let purpose = indices.contains { id($0) == .doel && $0 + 1 < words.count && words.ids[$0 + 1] == .colon }
    // "Een geschenk … is in principe eigendom van de gemeente": what is so in principle, said with
    // `zijn` and no modal, is a principle.
    let inPrinciple =
      act == "zijn"
      && indices.indices.contains { n in
        id(indices[n]) == .in && n + 1 < indices.count && words.spelled(indices[n + 1], oneOf: Self.principleNouns)
      }
    if (hasAny(indices, phrases: table.principle) || purpose || inPrinciple) && !report && !negated {
      return (.uitgangspunt, negated, act, subject)
    }
    let impersonal = Self.expletives.contains(first)
    // "De eed of belofte afleggen bij de burgemeester", "Nooit geschenken aannemen": a rule in the
    // style of an instruction, an infinitive with no finite verb and no subject, directs the reader.
    // (Not a plural verb of being or holding: "Als vuistregels voor deze beoordeling gelden:".)
    let instruction =
      context == .rule && subject == nil && !hasFinite(indices) && bareInfinitive(indices)
      && act.map { !table.stativeVerbs.contains($0) && !Self.holding.contains($0) } ?? false
    let directed = reader || imperative || passive || instruction
    // "De openbaarmaking vermeldt de aard van de nevenwerkzaamheden": a document as the subject
    // of a verb of stating says what it contains, no one's report.
    if report && indices.count > 3 && Self.definiteOpeners.contains(first) && table.role(at: indices[1], in: words) == nil
      && !flags(indices[1]).contains(.employee) && hasFinite([indices[2]])
      && act.map({ Self.stating.contains($0) }) == true
    {
      return (.gebod, false, act, nil)
    }
    // "… is alleen mogelijk met toestemming van …", "alleen mogelijk als …": possible only on a
    // condition is a conditional permission, as "alleen toegestaan als" (a report too: "Extern
    // melden is slechts mogelijk als …").
    // (A plural "zijn" is not always taken for the verb: no action needed then.)
    if !negated && has(indices, Self.restrictions) && has(indices, [.mogelijk]) && !has(indices, phrase: .niet, .alleen)
      && (directed || subject == nil)
    {
      return (.toestemming, false, act, subject ?? "medewerker")
    }
    // "de contactgegevens zijn vermeld op het intranet": `zijn` with the participle of a verb of
    // stating and no modal or `te` says where something stands, a state; no one is asked to report.
    // ("Nevenwerk is gemeld voordat …" may still ask a report.)
    let stative =
      act.map({ Self.stating.contains($0) }) == true && !passive && !reader && !imperative && has(indices, Self.stativeForms)
      && !has(indices, [.te])
      && !indices.contains(where: { flags($0).contains(.modal) }) && indices.contains(where: { flags($0).contains(.participle) })
    if report && stative && !negated { return (.geen, false, act, subject) }
    if report && (directed || subject == nil) {
      return negated ? (.verbod, true, act, subject ?? "medewerker") : (.meldplicht, false, act, subject ?? "medewerker")
    }
    let restricted =
      has(indices, Self.restrictions) && (directed || subject == nil && act != nil)
      && !has(indices, phrase: .niet, .alleen)
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
    // ("Dat beleid bevordert …": `dat` before a noun points back to something named before, and
    // the statement binds; "Dit hoofdstuk gaat over …" describes the text at hand.)
    let demonstrative = indices.prefix(4).enumerated().contains { n, k in
      guard Self.demonstratives.contains(id(k)) else { return false }
      let determiner =
        id(k) == .dat && n + 1 < indices.count && flags(indices[n + 1]).isDisjoint(with: [.finite, .modal, .verb])
      return !determiner
    }
    // A thing that is, holds or amounts to something describes ("De vergoeding bedraagt € 0,23"),
    // unless what it is, is a duty's state ("Vertrouwelijke informatie blijft vertrouwelijk").
    // ("Het tweede lid is niet van toepassing op …" says where a rule does not reach: no ban.)
    if context == .rule && negated && has(indices, phrase: .van, .toepassing) { return (.geen, false, act, subject) }
    if context == .rule && act != nil && subject == nil && !can && hasFinite(indices) && !demonstrative
      && (!table.stativeVerbs.contains(act!) || has(indices, phrase: .van, .toepassing)
        || has(indices, Self.keptStates) && has(indices, Self.remains))
    {
      return negated ? (.verbod, true, act, "medewerker") : (.gebod, false, act, "medewerker")
    }
    return (.geen, negated, act, subject)
  }
}
