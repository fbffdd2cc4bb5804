import AmbtModel
import AmbtSemantics

/// What the gift rules ask of a rule's meaning: does it permit gifts, and does the code ask a
/// report or consent for them.
extension GiftRequiresConsent {
  /// The sentence of a gift rule that permits accepting or keeping gifts, or waives the report or
  /// consent for them ("je hoeft geen toestemming te vragen voor het aannemen van een geschenk"),
  /// with whether that rests on inferred meaning. Nil when the permission is about givers outside
  /// official dealings (colleagues, the employer itself), which art. 8 lid 1 e does not cover.
  static func permission(in m: RuleMeaning) -> (SentenceAnalysis, inferred: Bool)? {
    permissions(in: m).first
  }

  /// Every sentence of a gift rule that `permission(in:)` would take, in order.
  static func permissions(in m: RuleMeaning) -> [(SentenceAnalysis, inferred: Bool)] {
    if m.normsConfirmed {
      // Confirmed annotations: a permission without a duty to report, and no mechanism in the text.
      guard m.norms.contains(.toestemming), !m.norms.contains(.verbod), !m.norms.contains(.meldplicht), !m.reportToConfirmed,
        let first = m.sentences.first
      else { return [] }
      return [(first, !m.topicsConfirmed)]
    }
    // A rule about gifts from colleagues or the employer (a farewell, a jubilee) is outside it.
    // (Only as the giver: "of dat het naar de personeelsvereniging gaat" says where it goes, so does
    // "naar de kerstloterij van de personeelsvereniging".)
    let thirdParty = m.allSentences.contains { $0.mentions(thirdParties) }
    if m.allSentences.contains(where: {
      ($0.mentions(outsideDealings) || !thirdParty && $0.mentions(privateOccasions))
        && !$0.mentions(["naar", "aan", "onder", "met"], within: 6, outsideDealings.strings)
    }) {
      return []
    }
    // (Not where the rule's gifts come only from its chapter's title, "Geschenken, informatie en
    // meningsuiting", while its sentences are on something else.)
    let ownTopics = m.sentences.contains { $0.topics.contains("geschenken") } || m.sentences.allSatisfy { $0.topics.isEmpty }
    // A sentence without topics of its own ("je mag ze daarna houden") is about the rule's, as the
    // rule's sentences before it give them, not an example after it ("niemand hoeft dat
    // lidmaatschap te melden. Zo geeft een taxateur …"): the first on gifts, or the first with any.
    let firstOnGifts = m.sentences.firstIndex { $0.topics.contains("geschenken") } ?? m.sentences.count
    let firstWithTopics = m.sentences.firstIndex { !$0.topics.isEmpty } ?? m.sentences.count
    let found = m.sentences.indices.filter { i in
      let s = m.sentences[i]
      let ownBefore = firstOnGifts < i || firstWithTopics >= i
      let onGifts =
        s.topics.contains("geschenken")
        || (m.topicsConfirmed || s.topics.isEmpty && ownTopics && ownBefore) && m.topics.contains("geschenken")
      // (Or whatever it permits, "ook indien de waarde … € 50 te boven gaat": "mogen … onderling
      // worden verdeeld".)
      let accepts =
        s.action.map { Self.accepting.contains($0) } ?? !s.amounts.isEmpty
        || s.mentions(regardless) && s.amounts.contains { $0.boundary == .gt || $0.boundary == .ge }
      // "…; je mag ze daarna houden": a permission in a coordinated clause counts too.
      let coordinated = s.norms.contains { n in
        n.role == .coordinate && n.modality == .toestemming && !n.negated && n.action.map { Self.accepting.contains($0) } == true
      }
      // (A plain statement that keeps a gift without a safeguard counts as a permission: "dan
      // houd je haar zonder dat je dat ergens hoeft te melden".)
      // (Not a permission that is what someone else decides: "… die beslist of u het mag houden".)
      let decided = s.clause == .sub && s.mentions(decidingWhether)
      let permission =
        s.modality == .toestemming && !s.negated && accepts && !decided || coordinated
        || s.modality == .gebod && !s.negated && accepts && waiver(s)
      // (Not for a gift refused or sent back, named here or in the question it answers: "Wat als u
      // een geschenk meteen terugstuurt? Dan hoeft u het niet te melden.")
      // (Nor one that waives asking per case after the standing consent the sentence before gives:
      // "… geven we met deze regel vooraf toestemming, mits u haar … meldt …; per geval
      // toestemming vragen hoeft dan niet".)
      let waiver =
        s.modality == .toestemming && s.negated && s.mentions(safeguardWords) && !reportInstead(s) && !consentGiven(s)
        && !refusedGift(m.sentences, i) && !(i > 0 && givesStandingConsent(m.sentences[i - 1]))
        && !reportAfter(m.sentences, i)
      // (Nor one without topics of its own right after a sentence that says the gift is no third
      // party's: "… — dit is geen geschenk van een derde; melden is niet nodig".)
      return onGifts && (permission || waiver) && !notFromThirdParty(s)
        && !(i > 0 && s.topics.isEmpty && notFromThirdParty(m.sentences[i - 1]))
    }
    return found.map { (m.sentences[$0], true) }
  }

  /// A decision on whether ("beslist of", "bepaalt of"): what follows is its question.
  static let decidingWhether = PhraseList([
    "beslist of", "beslissen of", "besluit of", "bepaalt of", "bepalen of", "beoordeelt of", "beoordelen of",
    "oordeelt of", "nagaat of", "afweegt of",
  ])

  /// Words that take some gifts out of the rules before them or elsewhere ("Dit geldt niet voor …",
  /// "valt niet onder vraag 3.1", "is niet van toepassing op").
  static let exempting = PhraseList([
    "geldt niet voor", "gelden niet voor", "valt niet onder", "vallen niet onder", "niet van toepassing op",
    "zijn uitgezonderd", "is uitgezonderd", "uitzondering hierop",
    // "Voor … attenties rond Kerstmis … maken wij een uitzondering: die mogen … houden."
    "een uitzondering", "met uitzondering van",
  ])

  /// A sentence of a gift rule that takes some gifts out of the rules and, in a clause of its own,
  /// permits accepting or keeping them, with no report or consent asked in it or after it in the
  /// rule ("Zo'n eindejaarsattentie valt niet onder vraag 3.1: die mag je gewoon houden").
  static func exemptPermission(in m: RuleMeaning) -> SentenceAnalysis? {
    let sentences = m.sentences
    for i in sentences.indices where sentences[i].mentions(exempting) {
      let s = sentences[i]
      let permits = s.norms.contains { n in
        n.modality == .toestemming && !n.negated && n.consentBy.isEmpty && n.role != .condition
          && n.action.map { accepting.contains($0) } == true
      }
      let onGifts = s.topics.contains("geschenken") || s.topics.isEmpty && m.topics.contains("geschenken")
      guard permits, onGifts, !s.mentions(consentWords) else { continue }
      // (Not a safeguard only for dearer gifts than it permits: "…, met uitzondering van attenties
      // tot € 35, die zij mogen behouden. Een geschenk van meer dan € 35 …")
      let limit = upperLimit(s) ?? .infinity
      if sentences.indices.contains(where: { j in
        j >= i && sentences[j].requiresReportOrConsent && (onlyAbove(sentences, j) ?? -1) < limit
      }) {
        continue
      }
      return s
    }
    return nil
  }

  /// Whether the rule asks a report or consent for gifts (in the rule itself any duty to report
  /// counts: "Je meldt ze bij …"; elsewhere only one on gifts).
  ///
  /// `permitted`: the permission the safeguard must reach. A report or consent asked only for
  /// gifts above the permission's limit ("tot € 25 mag je aannemen; van geschenken boven € 25 doe
  /// je melding") leaves the permitted ones without it.
  static func safeguards(_ m: RuleMeaning, sameRule: Bool, permitted: SentenceAnalysis? = nil) -> Bool {
    if m.normsConfirmed && m.norms.contains(.meldplicht) && !m.reportTo.isEmpty { return true }
    let limit = permitted.flatMap { upperLimit($0) ?? exceptedAbove($0) }
    // (And one asked only for gifts up to a limit leaves a permission above it without: "tot € 50
    // …, mits u het meldt. … van meer dan € 50 …, dan mag u het aannemen".)
    let from = permitted.flatMap { p in
      exceptedAbove(p) == nil ? onlyAbove(p).flatMap { $0 < .infinity ? $0 : nil } : nil
    }
    // ("Een geschenk met een hogere waarde mag alleen worden aangenomen als je leidinggevende
    // daarvoor toestemming geeft": the permission's own consent, with no amount in the sentence,
    // reaches the gifts it permits, dearer or not.)
    if let p = permitted, p.amounts.isEmpty, !p.consentBy.isEmpty, !p.negated, p.modality == .toestemming { return true }
    // ("… tot een waarde van vijftig euro mogen jullie aannemen als daarvoor toestemming is
    // gegeven": the permission holds only with consent, whoever gives it.)
    if let p = permitted, !p.negated, p.modality == .toestemming, p.mentions(consentConditions), !p.mentions(excepting) {
      return true
    }
    let sentences = m.allSentences
    return sentences.indices.contains { i in
      let s = sentences[i]
      // (In the rule itself, not a sentence on invitations only: "Uitnodigingen … aanvaardt de
      // medewerker uitsluitend na toestemming van zijn leidinggevende".)
      let elsewhere = s.topics.contains("uitnodigingen-en-reizen") && !s.topics.contains("geschenken")
      // (Nor the permission's own sentence where its report is of dearer gifts only: "… mag iemand
      // zelf houden, terwijl alleen wat daarboven uitkomt … wordt gemeld".)
      let dearerInPermission =
        permitted.map { $0.range == s.range } == true && s.modality == .toestemming && s.mentions(aboveWords)
      return s.requiresReportOrConsent && !dearerInPermission
        && (sameRule && !elsewhere || s.topics.contains("geschenken") || m.topicsConfirmed)
        && !GiftRequiresConsent.someGiftsOnly(s)
        // (Without a limit of its own, "Kleine attenties mag je houden" is not reached by a
        // report of dearer gifts only.)
        && (limit.map { l in (onlyAbove(sentences, i) ?? -1) < l } ?? (permitted == nil || onlyAbove(sentences, i) == nil))
        && from.map { f in (onlyBelow(s) ?? .infinity) > f } ?? true
    }
  }

  /// A condition of consent inside a permission.
  static let consentConditions = PhraseList(
    ["als", "mits", "indien", "wanneer"].flatMap { c in ["\(c) daarvoor toestemming", "\(c) toestemming", "\(c) er toestemming"] }
      + ["na toestemming", "met toestemming", "na voorafgaande toestemming", "met voorafgaande toestemming"])

  /// Words that take some gifts out of a permission in the same sentence.
  static let excepting = PhraseList(["met uitzondering van", "behalve", "uitgezonderd", "behoudens"])

  /// The amount above which a permission takes gifts out ("… mag de medewerker aannemen en
  /// behouden, met uitzondering van giften met een waarde van meer dan vijftig euro, die hij
  /// slechts na toestemming … aanneemt"): it permits the gifts up to it. Nil otherwise.
  static func exceptedAbove(_ s: SentenceAnalysis) -> Double? {
    guard s.modality == .toestemming, !s.amounts.isEmpty, s.amounts.allSatisfy({ $0.boundary == .gt || $0.boundary == .ge }),
      s.mentions(excepting)
    else { return nil }
    return s.amounts.map(\.value).min()
  }

  /// The upper limit of what a permission permits (`tot € 25`, `ten hoogste € 50`).
  static func upperLimit(_ s: SentenceAnalysis) -> Double? {
    s.amounts.first { $0.boundary == .lt || $0.boundary == .le }?.value
  }

  /// When every amount of a sentence is a lower bound ("boven € 25", "vanaf € 50"), the least of
  /// them: the sentence is only about gifts above it. Nil otherwise.
  /// Without an amount, a comparative ("Duurdere geschenken meld je", "daarboven vraag je
  /// toestemming") is about gifts above some limit the sentence does not give: `infinity`, so it
  /// reaches no permitted gift.
  /// `onlyAbove` of sentence `i`; a "Dan …" answer to a question is about what the question asks
  /// ("Is een geschenk meer waard? Dan meld je het."), and a sentence that goes on about it with a
  /// pronoun ("Die beslist of je het mag houden") about the same gifts.
  static func onlyAbove(_ sentences: [SentenceAnalysis], _ i: Int) -> Double? {
    if let a = onlyAbove(sentences[i]) { return a }
    guard i > 0, sentences[i].amounts.isEmpty else { return nil }
    if sentences[i - 1].question && sentences[i].wordText.hasPrefix(" dan ") { return onlyAbove(sentences[i - 1]) }
    // ("[Wat gebeurt er met een geschenk van € 25 of meer?] Dat nemen wij alleen aan als …": the
    // answer's first word points at what the question asks about.)
    if sentences[i - 1].question && answerPointers.contains(where: { sentences[i].wordText.hasPrefix($0) }) {
      return onlyAbove(sentences[i - 1])
    }
    // ("Wij melden zo'n aanbod altijd bij onze leidinggevende": `zo'n`, `zulke`, `dergelijke` point
    // at the gifts the sentence before was about.)
    let pointing = pointers.contains { sentences[i].wordText.containsBytes($0) }
    // ("Een duurder geschenk weiger je beleefd. Is weigeren niet mogelijk, dan meld je het …":
    // a sentence that names the act the one before it asks goes on about the same gifts.)
    let sameAct = sentences[i - 1].action.map { a in sentences[i].wordText.containsBytes(" \(a) ") } ?? false
    // ("… niet aan zonder toestemming van je leidinggevende. Je leidinggevende beslist …": the
    // role asked in the sentence before goes on about the same gifts.)
    let sameRole =
      sentences[i].addressee.map { a in sentences[i - 1].consentBy.contains(a) || sentences[i - 1].reportTo.contains(a) }
      ?? false
    // ("Een geschenk met een hogere waarde meldt u …; u zult het slechts behouden indien …": after
    // a semicolon, a pronoun points at the gifts the clause before was about.)
    // (Not one that names gifts of its own: "…; geschenken daaronder meld je bij …".)
    let joined =
      sentences[i - 1].text.hasSuffix(";") && semicolonPointers.contains { sentences[i].wordText.containsBytes($0) }
      && !giftNouns.contains { sentences[i].wordText.containsBytes($0) }
    guard continuing.contains(where: { sentences[i].wordText.hasPrefix($0) }) || pointing || sameAct || sameRole || joined,
      !sentences[i - 1].question
    else { return nil }
    return onlyAbove(sentences, i - 1)
  }

  /// Determiners that point back at what was named before.
  static let pointers = [" zo'n ", " zon ", " zulke ", " zulk ", " dergelijke ", " dergelijk ", " zodanig ", " zodanige "]

  /// Whether a report or consent sentence without an amount is about some gifts only, named with
  /// a relative clause or phrase ("Een geschenk dat op uw huisadres wordt bezorgd, meldt u …").
  /// (Not a permission with its own condition: "Geschenken met een geringe waarde mag je houden,
  /// op voorwaarde dat je ze registreert" is about the gifts it permits.)
  static func someGiftsOnly(_ s: SentenceAnalysis) -> Bool {
    s.amounts.isEmpty && s.modality != .toestemming
      && ProhibitionPermissionLinked.namesTopicOnlyNarrowed(s, "geschenken", vocabulary: .shared)
  }

  /// A gift described as reported already ("een gemeld cadeau", "de gemelde geschenken").
  static let reported = PhraseList(["een gemeld", "het gemeld", "gemelde"])

  /// Openings of an answer that point at what its question asked about.
  static let answerPointers = [" dat ", " die ", " deze ", " dit ", " zo'n ", " zulke "]

  /// Object pronouns that point back over a semicolon.
  static let semicolonPointers = [" het ", " ze "]
  /// Word starts of gifts named in so many words.
  static let giftNouns = [" geschenk", " cadeau", " attentie", " gift", " relatiegeschenk"]

  /// Openings of a sentence that goes on about what the one before it was about.
  static let continuing = [" die ", " deze ", " hij ", " zij ", " ze "]

  static func onlyAbove(_ s: SentenceAnalysis) -> Double? {
    if s.amounts.isEmpty && s.mentions(aboveWords) { return .infinity }
    // "Geschenken tot € 75 mag je behouden, met dien verstande dat geschenken met een hogere
    // waarde worden gemeld": the amount is the permission's limit, the report is for the dearer.
    if !s.amounts.isEmpty, s.amounts.allSatisfy({ $0.boundary == .lt || $0.boundary == .le }), s.mentions(aboveWords),
      s.norms.contains(where: { $0.modality == .toestemming && !$0.negated })
    {
      return .infinity
    }
    guard !s.amounts.isEmpty, s.amounts.allSatisfy({ $0.boundary == .gt || $0.boundary == .ge }) else { return nil }
    return s.amounts.map(\.value).min()
  }

  /// The report or consent the code asks for gifts outside one rule, summed up once: whether one
  /// reaches every gift, and the lowest amount above which one reaches.
  struct GeneralSafeguards {
    var everyGift = false
    var above: Double = .infinity
    /// The highest limit of safeguards that reach only gifts up to it ("ten hoogste € 50 …,
    /// mits u het meldt"); -1 when there are none.
    var below: Double = -1

    init(_ gifts: [RuleMeaning]) {
      for m in gifts where !GiftRequiresConsent.waives(m) {
        if m.normsConfirmed && m.norms.contains(.meldplicht) && !m.reportTo.isEmpty { everyGift = true }
        // A rule whose amounts are all upper limits ("ten hoogste € 50 … mits u het meldt. De
        // leidinggevende legt de melding vast …"): its sentences without an amount are about the
        // same gifts.
        let limited = m.allSentences.filter { !$0.amounts.isEmpty }
        let limits = limited.compactMap(GiftRequiresConsent.onlyBelow)
        let ruleBelow = !limited.isEmpty && limits.count == limited.count ? limits.max() : nil
        let sentences = m.allSentences
        for i in sentences.indices {
          let s = sentences[i]
          guard s.requiresReportOrConsent && (s.topics.contains("geschenken") || m.topicsConfirmed) else { continue }
          // (Not a report of some gifts only: "Een geschenk dat op uw huisadres wordt bezorgd,
          // meldt u bij uw leidinggevende".)
          if GiftRequiresConsent.someGiftsOnly(s) { continue }
          // (Nor a decision on gifts already reported, "Je leidinggevende beslist of je een gemeld
          // cadeau mag houden": it reaches the gifts the code asks to report, no others.)
          if s.mentions(GiftRequiresConsent.reported) && s.reportTo.isEmpty { continue }
          if let a = GiftRequiresConsent.onlyAbove(sentences, i) {
            above = min(above, a)
          } else if let b = GiftRequiresConsent.onlyBelow(s) ?? (s.amounts.isEmpty ? ruleBelow : nil) {
            below = max(below, b)
          } else {
            everyGift = true
          }
        }
      }
    }

    /// Whether one reaches the gifts a permission permits. A permission for dearer gifts only
    /// ("een geschenk dat de € 50,- te boven gaat, kunt u behouden") is not reached by a report
    /// asked only for gifts up to its limit.
    /// `ruleLimit`: the limit the permission's rule gives in another sentence ("Een attentie van
    /// ten hoogste € 50 hoef je niet af te slaan. Zo'n blijk van waardering mag je houden").
    func reach(_ permitted: SentenceAnalysis, ruleLimit: Double? = nil) -> Bool {
      if everyGift { return true }
      // ("…; geschenken van geringere waarde mogen zonder meer worden aanvaard": below whatever
      // limit was named, so a report asked only above one does not reach them.)
      if permitted.amounts.isEmpty && permitted.mentions(GiftRequiresConsent.belowWords) { return below >= 0 }
      // (A permission that takes the gifts above an amount out permits those up to it.)
      if let limit = GiftRequiresConsent.exceptedAbove(permitted) { return below >= limit || above < limit }
      if let from = GiftRequiresConsent.onlyAbove(permitted), from < .infinity {
        return above < .infinity || below > from
      }
      if below >= 0 { return true }
      return (GiftRequiresConsent.upperLimit(permitted) ?? ruleLimit).map { above < $0 } ?? (above < .infinity)
    }
  }

  /// When every amount of a sentence is an upper bound ("ten hoogste € 50", "tot € 25"), the
  /// greatest of them: the sentence is only about gifts up to it. Nil otherwise.
  static func onlyBelow(_ s: SentenceAnalysis) -> Double? {
    guard !s.amounts.isEmpty, s.amounts.allSatisfy({ $0.boundary == .lt || $0.boundary == .le }) else { return nil }
    return s.amounts.map(\.value).max()
  }

  /// Whether the rule says a report or consent is not needed ("ter zake daarvan behoeft geen
  /// mededeling te geschieden": `behoeven` negated is need not). (Not where it says why: the code
  /// itself gives the consent, "U hoeft geen toestemming te vragen: de werkgever verleent die
  /// toestemming met deze regeling", a standing consent of the employer.)
  /// (Nor where a report takes the consent's place: "hoeft niet vooraf toestemming te vragen: die
  /// geldt als verleend wanneer hij het geschenk … meldt bij de leidinggevende", "…, maar hij
  /// meldt het …".)
  static func waives(_ m: RuleMeaning) -> Bool {
    // (A report waived where consent is asked, "mag het team met toestemming van de teamleider
    // delen; … hoeft die dan niet daarnaast te melden", keeps the consent; a gift refused or sent
    // back, "Een geschenk dat de medewerker direct weigert, hoeft niet te worden gemeld", is not
    // accepted at all.)
    let sentences = m.allSentences
    return sentences.indices.contains { i in
      let s = sentences[i]
      // (Not a carve-out by value of its own after it: "… beslist of ik het mag houden. Een kleine
      // attentie tot € 75 mag ik houden zonder dat ik die hoef te melden.")
      let consentBefore =
        i > 0 && !sentences[i - 1].consentBy.isEmpty && !sentences[i - 1].negated
        && !(s.modality == .toestemming && !s.amounts.isEmpty && sentences[i - 1].amounts.isEmpty)
      // ("… mag je houden zonder dat vooraf te vragen; die toestemming geeft de gemeente bij
      // voorbaat, op voorwaarde dat …": the consent given in advance, after a semicolon.)
      let consentInAdvance =
        s.text.hasSuffix(";") && i + 1 < sentences.count && sentences[i + 1].mentions(consentWords)
        && sentences[i + 1].mentions(["bij voorbaat", "bij deze", "hierbij"])
      return !refusedGift(sentences, i) && !consentBefore && !consentInAdvance && waiver(s) && !reportAfter(sentences, i)
        && !notFromThirdParty(s)
    }
  }

  /// Whether the sentence says what it waives the report of comes from no third party ("het
  /// kerstpakket van de GGD zelf hoef je niet te melden: dat is geen gift van een derde", "een
  /// attentie van je werkgever"): art. 8 lid 1 e does not reach it.
  static func notFromThirdParty(_ s: SentenceAnalysis) -> Bool {
    s.mentions(outsideDealings) && !s.mentions(["naar", "aan", "onder", "met"], within: 6, outsideDealings.strings)
      || s.mentions(["geen", "niet"], within: 4, ["derde", "derden"])
      // ("Het kerstpakket dat de gemeente zelf aan haar medewerkers geeft, hoef je niet te melden".)
      || s.mentions(employerItself)
      // ("Een kop koffie tijdens een werkafspraak is geen geschenk; dat hoef je niet te melden".)
      || s.mentions(notAGift)
  }
  static let notAGift = PhraseList([
    "is geen geschenk", "zijn geen geschenken", "is geen gift", "zijn geen giften", "geldt niet als geschenk",
    "gelden niet als geschenk", "telt niet als geschenk", "tellen niet als geschenk", "beschouwen we niet als geschenk",
  ])
  static let employerItself = PhraseList([
    "de gemeente zelf", "de werkgever zelf", "de organisatie zelf", "het college zelf", "de dienst zelf", "de provincie zelf",
  ])

  /// Whether the sentence speaks of a consent already given ("Een geschenk waarvoor je toestemming
  /// hebt gekregen, hoef je niet in te leveren"): what it waives comes after the safeguard.
  static func consentGiven(_ s: SentenceAnalysis) -> Bool {
    s.mentions(consentWords.strings, within: 3, ["gekregen", "verkregen", "gegeven", "verleend"])
  }

  /// Acts of the safeguard itself: waiving one of them waives a report or consent.
  static let safeguardActs: Set<String> = [
    "melden", "opgeven", "doorgeven", "aangeven", "vragen", "aanvragen", "informeren", "overleggen", "voorleggen", "doen",
  ]

  /// Whether the sentence after a waiver asks the report instead, with its recipient ("… hoeft
  /// niet vooraf toestemming te worden gevraagd; de medewerker meldt zo'n geschenk binnen vijf
  /// werkdagen aan zijn leidinggevende").
  static func reportAfter(_ sentences: [SentenceAnalysis], _ i: Int) -> Bool {
    // (The same gift, pointed back at, not a dearer one: "meldt zo'n geschenk".)
    i + 1 < sentences.count && sentences[i + 1].modality == .meldplicht && !sentences[i + 1].negated
      && !sentences[i + 1].reportTo.isEmpty && !sentences[i].mentions(["melden", "melding", "meld"])
      && sentences[i + 1].amounts.isEmpty
      && (sentences[i + 1].mentions(["zo'n", "zon", "dit geschenk", "dat geschenk", "dergelijk"])
        // ("…; hij meldt het wel binnen vijf werkdagen bij zijn leidinggevende": after a
        // semicolon, `het` is the gift the clause before waived consent for.)
        || sentences[i].text.hasSuffix(";")
          && sentences[i + 1].mentions([
            "meldt het", "meld het", "meld je het", "meldt u het", "meldt hij het", "meldt zij het", "het wel",
          ]))
  }

  /// Whether sentence `i` is about a gift refused or sent back, named there or in the question it
  /// answers ("Wat als u een geschenk meteen weigert? Dan hoeft u het niet te melden.").
  static func refusedGift(_ sentences: [SentenceAnalysis], _ i: Int) -> Bool {
    sentences[i].mentions(refused) || i > 0 && sentences[i - 1].question && sentences[i - 1].mentions(refused)
      // ("… als u het geschenk direct weigert of terugstuurt; in dat geval hoeft u het niet te
      // melden".)
      || i > 0 && sentences[i - 1].mentions(refused) && sentences[i].wordText.hasPrefix(" in dat geval ")
  }
  static let refused = PhraseList([
    "weiger", "geweigerd", "terugstuur", "terug te sturen", "teruggestuurd", "retour", "afsla", "afgeslagen", "afwijs",
    "afgewezen", "niet aanneemt", "niet aanneem", "niet aangenomen", "niet aanvaardt",
  ])

  /// Whether the sentence waives the report or consent of what it permits.
  static func waiver(_ s: SentenceAnalysis) -> Bool {
    (s.modality == .toestemming || s.negated && s.mentions(["behoeft", "behoeven", "behoefde"])) && s.negated
      && s.mentions(safeguardWords) && !givesStandingConsent(s) && !reportInstead(s)
      && !consentGiven(s)
      // (Not another act waived on a proviso that asks the report: "… hoeft niet te worden
      // teruggegeven, mits het … is gemeld".)
      && (s.action.map(safeguardActs.contains) ?? true || !s.mentions(["mits"]))
      // "… mag je houden zonder dat je dit aan iemand hoeft te melden": a permission with its
      // report waived in a clause of its own.
      // (Or a plain statement: "dan houd je haar zonder dat je dat ergens hoeft te melden".)
      || (s.modality == .toestemming || s.modality == .gebod) && !s.negated && s.mentions(["zonder"])
        && s.action.map(accepting.contains) == true
        && (s.norms.contains { $0.role == .condition && $0.modality == .meldplicht && $0.negated }
          // ("… mag je zonder overleg aannemen en zelf houden.")
          || s.mentions(["zonder"], within: 2, Self.withoutWhat)
          // ("…, zonder dat je daarvoor iets hoeft te vragen of door te geven.")
          || s.mentions(["zonder"], within: 6, ["hoeft", "hoef", "hoeven"])
          // ("… zelf houden zonder dit te melden of om toestemming te vragen")
          || s.mentions(["zonder"], within: 6, withoutReport))
      // "…: die is voor jou, en verder hoef je er niets mee te doen": nothing at all asked.
      || s.modality == .toestemming && !s.negated && s.action.map(accepting.contains) == true
        && s.mentions(["hoef", "hoeft", "hoeven", "behoeft"], within: 3, ["niets"])
      // "Melden bij: niemand", "meld je aan niemand": a report to no one is none.
      || s.mentions(safeguardWords) && s.mentions(["bij niemand", "aan niemand", "bij: niemand", "aan: niemand"])
  }

  /// Reporting or asking after `zonder … te`: what a permission may be used without.
  static let withoutReport = [
    "melden", "vragen", "door te geven", "op te geven", "in te lichten", "te informeren", "op de hoogte te stellen",
    // ("zonder iemand daarin te kennen": without consulting anyone.)
    "te kennen",
  ]

  /// What a permission may be given without, as a waiver of the safeguards.
  static let withoutWhat = [
    "overleg", "melding", "toestemming", "goedkeuring", "opgave", "afstemming", "tussenkomst", "formaliteiten",
    "formaliteit",
    // ("… mogen zij zonder meer aannemen en houden": without more ado.)
    "meer",
  ]

  /// Whether a condition or a second main clause of the sentence asks a report to someone named
  /// ("…, maar hij meldt het binnen vijf werkdagen bij zijn leidinggevende").
  static func reportInstead(_ s: SentenceAnalysis) -> Bool {
    s.norms.contains { ($0.role == .condition || $0.role == .coordinate) && $0.modality == .meldplicht && !$0.negated }
      && !s.reportTo.isEmpty
      // ("… hoef je het niet als persoonlijk geschenk te melden, omdat het bestuurssecretariaat het
      // registreert": the gift is recorded by someone else, not kept unrecorded.)
      || s.mentions(["omdat", "want"], within: 8, ["registreert", "registreren", "vastlegt"])
  }

  static let thisCode = PhraseList([
    "met deze regeling", "met deze gedragscode", "met deze code", "met dit artikel", "met deze bepaling", "hierbij", "hiermee",
    "bij deze", "met deze regel", "met dit lid", "met deze afspraak",
  ])
  static let giving = PhraseList(["verleent", "verleend", "geeft", "gegeven", "verlenen", "geven", "verlenen we", "geven we"])

  /// Whether a sentence says the employer gives its consent by the code itself.
  static func givesStandingConsent(_ s: SentenceAnalysis) -> Bool {
    s.mentions(consentWords) && s.mentions(thisCode) && s.mentions(giving)
  }

  /// Whether the rule asks the employer's consent (not only a report) for gifts. A ban that
  /// names who consents asks it ("neemt u alleen aan met instemming van uw leidinggevende",
  /// "neem je niet aan, tenzij je leidinggevende toestemming geeft"); other negated norms waive
  /// it ("hoeft geen toestemming").
  static let onlyWith = PhraseList(["alleen met", "uitsluitend met", "slechts met", "alleen na", "pas na"])

  static func asksConsent(_ m: RuleMeaning) -> Bool {
    m.allSentences.contains { s in
      guard !s.negated || s.modality == .verbod && !s.consentBy.isEmpty,
        s.topics.contains("geschenken") || m.topics.contains("geschenken")
      else { return false }
      return !s.consentBy.isEmpty || s.norms.contains { !$0.negated && !$0.consentBy.isEmpty }
        || s.modality != .toestemming && s.mentions(consentWords)
        // "Alleen met zijn toestemming mag je het houden": a permission only with consent.
        || s.modality == .toestemming && s.mentions(onlyWith) && s.mentions(consentWords)
    }
  }
}
