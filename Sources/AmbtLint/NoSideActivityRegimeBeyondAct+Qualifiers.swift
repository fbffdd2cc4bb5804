import AmbtModel
import AmbtSemantics

extension NoSideActivityRegimeBeyondAct {
  /// Whether a sentence that reads as a ban is none of the reader's: "doet opgave" with a noun of
  /// reporting, or a state of the employer's ("De registratie is niet openbaar, uitgezonderd de
  /// nevenwerkzaamheden van …"), unless the employer is the one who does not permit ("staat u geen
  /// nevenwerkzaamheden toe").
  static func noBanOfTheReader(_ s: SentenceAnalysis) -> Bool {
    s.action == "doen" && s.mentions(reportNouns) || s.addressee == "werkgever" && s.action != "toestaan"
  }

  /// Whether what follows sentence `k` of `m` bounds its ban: the law it restates
  /// (`WhyAndHowFar.lawAfter`), or the other side activities permitted (`othersAllowed`).
  static func boundedAfter(_ m: RuleMeaning, _ k: Int) -> Bool {
    WhyAndHowFar.lawAfter(m.sentences[k], in: m) || othersAllowed(m, k)
  }

  /// Whether the sentence after sentence `k` of `m` permits the other side activities ("…; ander
  /// nevenwerk is hem niet verboden", "Andere nevenwerkzaamheden mag je gewoon doen"): the ban
  /// before it covers only the kinds it names.
  static func othersAllowed(_ m: RuleMeaning, _ k: Int) -> Bool {
    guard k + 1 < m.sentences.count else { return false }
    let next = m.sentences[k + 1]
    return next.modality == .toestemming && !next.negated && next.mentions(otherWork)
  }
  static let otherWork = PhraseList([
    "ander nevenwerk", "andere nevenwerkzaamheden", "overig nevenwerk", "overige nevenwerkzaamheden", "ander werk",
    "andere nevenfuncties", "overige nevenfuncties",
  ])

  /// Determiners that refer back to a class the text before named ("zulke nevenwerkzaamheden").
  static let anaphoric = PhraseList([
    "zulke", "zulk", "dergelijke", "dergelijk", "zo'n",
    // ("…; deze nevenwerkzaamheden zijn verboden": the ones just qualified.)
    "dit nevenwerk", "die nevenwerkzaamhe", "deze nevenwerkzaamhe", "die nevenfunctie", "deze nevenfunctie",
  ])
  /// Words of the municipality's own contracts and supplies (art. 8 lid 1 b).
  static let contracts = PhraseList(["lever", "aanneming", "aanbested"])

  /// A lead-in whose list names what the ban includes ("alle nevenwerkzaamheden, waaronder
  /// begrepen:") widens it; other lead-ins ending in a colon are qualified by their list.
  static func including(_ s: SentenceAnalysis) -> Bool {
    s.mentions(["waaronder", "daaronder", "zoals", "onder meer", "met name", "in het bijzonder"])
  }

  /// Whether sentence `k` points back ("bemoei je je er niet mee") at a sentence that is not on
  /// side activities.
  /// (So does a demonstrative that opens it, after any label: "Regel: Dat doe je niet.")
  static func pointsElsewhere(_ m: RuleMeaning, _ k: Int) -> Bool {
    guard k > 0, !m.sentences[k - 1].topics.contains("nevenwerkzaamheden") else { return false }
    let w = m.sentences[k].wordText.drop { $0 == " " }
    // ("Die toestemming vraag je aan je leidinggevende", after a ban on gifts without consent.)
    let demonstrative =
      ["", "regel ", "antwoord "].contains { label in
        w.hasPrefix(label + "dat ") || w.hasPrefix(label + "dit ")
      } || w.hasPrefix("die ") || w.hasPrefix("deze ")
    return demonstrative || m.sentences[k].mentions(pointingBack)
  }

  /// Words that point back at what a sentence before named ("bemoei je je er niet mee").
  static let pointingBack = PhraseList(["er ", "ermee", "erin", "ervan", "erbij", "daarmee", "daarin", "daarvan", "daarbij"])

  /// Whether the clause that seemed to narrow the ban comes after words that widen it ("geen
  /// nevenwerkzaamheden, ook niet als die onbetaald zijn"): then it names more cases, not fewer.
  static func widened(_ s: SentenceAnalysis) -> Bool {
    WhyAndHowFar.widened(s.wordText) != nil
  }
  static let qualifierWords = RuleWords.list("NoSideActivityRegimeBeyondAct", "qualifiers")

  /// Whether a qualifier limits the ban: in the sentence's words before any widening words,
  /// without what says why the ban holds (`WhyAndHowFar.withoutWhy`: "Om elke schijn van
  /// belangenverstrengeling te voorkomen, verricht de medewerker geen nevenwerkzaamheden").
  /// (A condition on who, "Voor zover de medewerker deel uitmaakt van de piketdienst, …", limits
  /// the people the ban binds, not the activities: its conjunction is no qualifier.)
  ///
  /// With `groundBefore` (the ban is a second main clause), what stands before its "daarom" or
  /// "dus" is the ground it gives: "Het is belangrijk dat je al je werktijd … kunt geven, en
  /// daarom neem je geen nevenwerkzaamheden aan".
  static func namesQualifier(_ s: SentenceAnalysis, groundBefore: Bool = false) -> Bool {
    var text = WhyAndHowFar.withoutWhy(s.wordText)
    if groundBefore, let cut = [" daarom ", " dus ", " om die reden "].compactMap({ text.byteRange(of: $0) }).first {
      text = " " + String(text[cut.upperBound...])
    }
    // "Nee, tenzij het gaat om mantelzorg …: alle andere nevenwerkzaamheden … zijn niet
    // toegestaan": an exception of named kinds leaves every other side activity banned; only the
    // Act's own test, not the conjunction, qualifies it.
    if allOthers(s) || exceptsKinds(s) {
      return qualifierWords.contains { !conjunctions.contains($0) && text.byteRange(of: " " + $0) != nil }
    }
    if let cut = WhyAndHowFar.widened(text) { text = String(text[..<cut]) + " " }
    // ("Behoudens werkzaamheden die rechtstreeks uit de functie voortvloeien": the job's own work
    // excepted, every side activity.)
    for owner in ["de", "zijn", "haar", "je", "jouw", "uw", "hun"] {
      text = text.replacingOccurrences(of: " uit " + owner + " functie voortvloei", with: " ")
    }
    // ("geen enkele nevenwerkzaamheid naast uw functie": besides the job, every side activity.)
    for besides in [" naast ", " buiten "] where text.byteRange(of: besides) != nil {
      for owner in ["je", "jouw", "uw", "zijn", "haar", "hun", "de", "eigen"] {
        text = text.replacingOccurrences(of: besides + owner + " functie", with: " ")
      }
    }
    if text.byteRange(of: " voor zover ") != nil || text.byteRange(of: " indien ") != nil {
      for who in personConditions { text = text.replacingOccurrences(of: who, with: " ") }
    }
    if text == s.wordText { return s.mentions(qualifiers) }
    return qualifierWords.contains { text.byteRange(of: " " + $0) != nil }
  }

  /// Whether the sentence names consent outside a reason it gives: "bijvoorbeeld omdat je club
  /// subsidie krijgt of een vergunning aanvraagt" asks no consent of the reader.
  /// Whether a ban holds only until something is done: consent given ("… mogen medewerkers niet
  /// verrichten zolang de directeur daarvoor niet … toestemming gegeven heeft", "… totdat je
  /// leidinggevende toestemming heeft gegeven": a ban without consent in other words) or a
  /// report made ("zolang je het niet hebt gemeld, begin je er niet aan": no ban at all).
  static func untilConsent(_ s: SentenceAnalysis) -> Bool {
    // (Not the employment as the period: "zolang wij bij de GGD werken, … geen nevenwerkzaamheden".)
    s.mentions(["zolang"], within: 8, ["niet", "geen"]) && s.mentions(Self.consentOrReport)
      || s.mentions(["totdat", "voordat", "alvorens"])
  }
  /// Whether an unqualified ban is lifted by consent only ("Nevenwerkzaamheden, welke ook, verricht
  /// je niet, tenzij de directeur je daarvoor toestemming heeft gegeven"): a permission regime.
  static func unlessConsent(_ s: SentenceAnalysis) -> Bool {
    // (Qualified only by the Act's own test, not by the conjunction of the consent itself.)
    let text = WhyAndHowFar.withoutWhy(s.wordText)
    return s.mentions(["tenzij", "behalve", "behoudens"], within: 8, ["toestemming", "goedkeuring", "akkoord", "instemming"])
      && !qualifierWords.contains { !conjunctions.contains($0) && text.byteRange(of: " " + $0) != nil }
  }

  static let consentOrReport = PhraseList([
    "toestemming", "akkoord", "goedkeuring", "instemming", "gemeld", "opgegeven", "melding", "opgave",
  ])

  /// Whether sentence `k` of the rule is about the municipality's own contracts and supplies.
  static func onContracts(_ m: RuleMeaning, _ k: Int) -> Bool {
    let s = m.sentences[k]
    return s.topics.contains("aannemingen-en-leveringen") || s.mentions(contracts)
      // ("Lever niets aan de gemeente … Alleen met toestemming van het college mag het wel"; or a
      // title that asks about supplying.)
      // (So after "Je doet niet mee aan opdrachten of leveringen voor …", its "opdrachten" a word
      // of side work too: the word of supplying decides.)
      || s.topics.isEmpty && k > 0 && m.sentences[k - 1].topics.contains("aannemingen-en-leveringen")
        && (!m.sentences[k - 1].topics.contains("nevenwerkzaamheden") || m.sentences[k - 1].mentions(contracts))
      // ("Je levert niets aan de gemeente … Ook niet via je eigen bedrijf. Dat mag alleen als …".)
      || s.wordText.hasPrefix(" dat ") && m.sentences[..<k].suffix(2).contains { $0.topics.contains("aannemingen-en-leveringen") }
      || s.topics.isEmpty && m.allSentences.contains { $0.question && $0.mentions(contracts) }
      // ("§ 7. [Aannemingen en leveringen] … Een verzoek om toestemming moet … worden ingediend
      // bij de directeur": a sentence without topics of its own in a rule on contracts.)
      || !s.topics.contains("nevenwerkzaamheden")
        && m.allSentences.first.map {
          $0.topics.contains("aannemingen-en-leveringen") && !$0.topics.contains("nevenwerkzaamheden")
        } == true
  }

  /// Whether the part of a sentence before its `maar` permits side work ("Weliswaar mag je veel
  /// naast je werk doen, maar …"): the ban after it is an exception to that permission.
  static func permitsSideWork(_ s: SentenceAnalysis) -> Bool {
    guard let but = s.wordText.byteRange(of: " maar ") else { return false }
    let before = String(s.wordText[..<but.lowerBound]) + " "
    return sideWorkWords.contains { before.byteRange(of: " " + $0) != nil }
  }
  static let sideWorkWords = [
    "naast je", "naast uw", "naast zijn", "naast haar", "naast het werk", "nevenwerk", "nevenactivit", "nevenfunctie",
    "bijbaan", "buiten je werk", "buiten werktijd",
  ]

  static func namesConsent(_ s: SentenceAnalysis) -> Bool {
    // (Not consent said to be needless: "Ook als … je er geen toestemming voor nodig hebt, doe je
    // er opgave van".)
    guard s.mentions(consentWords),
      !(s.mentions(["geen"], within: 1, consentWords.strings)
        && s.mentions(consentWords.strings, within: 4, ["nodig", "vereist", "verplicht"]))
    else { return false }
    // (A ground after the norm, "…, bijvoorbeeld omdat je club subsidie aanvraagt", which
    // `withoutWhy` has cut already, is looked for in the whole sentence.)
    let text = WhyAndHowFar.withoutWhy(s.wordText)
    let cut = text.byteRange(of: " omdat ") == nil && text.byteRange(of: " doordat ") == nil
    let words = cut ? s.wordText : text
    guard let reason = words.byteRange(of: " omdat ") ?? words.byteRange(of: " doordat "), reason.lowerBound > words.startIndex
    else { return true }
    let before = String(words[..<reason.lowerBound]) + " "
    return consentWords.strings.contains { before.byteRange(of: " " + $0) != nil }
  }

  /// Whether the ban is on every side activity but those named before ("alle andere", "alle
  /// overige").
  /// (Or all but the job's own work: "Behoudens werkzaamheden die rechtstreeks uit de functie
  /// voortvloeien, is het verrichten van nevenwerkzaamheden … niet toegestaan".)
  /// Whether the ban's exception names kinds of work ("…, tenzij het gaat om onbetaald
  /// vrijwilligerswerk"): every other side activity stays banned, as with `allOthers`.
  static func exceptsKinds(_ s: SentenceAnalysis) -> Bool { s.mentions(kindExceptions) }
  static let kindExceptions = PhraseList(["tenzij het gaat om", "tenzij het om", "met uitzondering van", "uitgezonderd"])
  /// Whether sentence `k` bans "zulke nevenwerkzaamheden", the ones a sentence before it qualified:
  /// up to three sentences back, past examples ("… mag je werk voor de gemeente niet schaden.
  /// Bijvoorbeeld omdat … Of omdat … Zulk nevenwerk doe je niet.").
  static func refersBack(_ m: RuleMeaning, _ k: Int) -> Bool {
    // ("…, m.u.v. nevenwerk waardoor …; dat nevenwerk is verboden": `dat` first, a demonstrative;
    // inside the sentence it may open a clause, "geldt dat nevenwerkzaamheden … niet zijn toegestaan".)
    k > 0 && (m.sentences[k].mentions(anaphoric) || m.sentences[k].wordText.hasPrefix(" dat nevenwerk"))
      && m.sentences[max(0, k - 3)..<k].contains { $0.qualified || $0.conditional || namesQualifier($0) }
      // ("Dan zetten wij jouw nevenwerk ook op de website. Voor andere medewerkers doen we dat
      // niet.": the act of the sentence before, not side work, is what is not done.)
      || k > 0 && m.sentences[k].action == "doen" && m.sentences[k].mentions(pointedActs)
  }
  static let pointedActs = PhraseList([
    "doen we dat", "doen wij dat", "doen we dit", "doen wij dit", "we doen dat", "wij doen dat", "doet de gemeente dat",
    "doen ze dat", "doen zij dat",
  ])

  /// "Niet alle nevenwerkzaamheden zijn toegestaan": the negation denies the quantifier, so some
  /// are banned, not all.
  static let notAll = PhraseList([
    "niet alle", "niet elke", "niet iedere", "niet ieder", "niet elk",
    // ("geen nevenwerkzaamheden als belastingadviseur of taxateur": named kinds of work only.)
    "nevenwerkzaamheden als", "nevenwerk als", "nevenfuncties als", "nevenfunctie als",
  ])
  static func allOthers(_ s: SentenceAnalysis) -> Bool { s.mentions(others) || s.mentions(["functie voortvloei"]) }
  static let others = PhraseList(["alle andere", "elke andere", "iedere andere", "alle overige", "elke overige"])
  static let conjunctions: Set<String> = ["tenzij", "voor zover", "indien", "waardoor"]

  static let personConditions = ["voor zover", "indien"].flatMap { c in
    ["de medewerker", "de ambtenaar", "de werknemer", "je", "jij", "u", "hij"].map { " \(c) \($0) " }
  }

  func finding(_ context: LintContext, _ a: Article, _ s: SentenceAnalysis, _ message: LocalizedText) -> Diagnostic {
    context.finding(
      descriptor, message,
      hint: LocalizedText("lint.side-activities-beyond-act.hint"),
      at: s.range, article: a, inferred: true)
  }
}

extension NoFinancialInterestDutyBeyondAct {
  /// Words that limit a duty to designated functions.
  static let designated = PhraseList(RuleWords.list("NoFinancialInterestDutyBeyondAct", "designated"))
  /// Words of publishing.
  static let publishing = PhraseList(RuleWords.list("NoFinancialInterestDutyBeyondAct", "publishing"))
  /// Verbs of publishing, as the analyser lemmatises them ("maakt … openbaar").
  static let publishingActions = Set(RuleWords.list("NoFinancialInterestDutyBeyondAct", "publishingActions"))
  /// Words of reporting something to the employer.
  static let reporting = PhraseList(RuleWords.list("NoFinancialInterestDutyBeyondAct", "reporting"))
  /// A personal interest in a matter, and the words that name financial interests as such.
  static let personalInterest = PhraseList(RuleWords.list("NoFinancialInterestDutyBeyondAct", "personalInterest"))
  static let namedFinancial = PhraseList(RuleWords.list("NoFinancialInterestDutyBeyondAct", "namedFinancial"))

  /// Words by which a rule extends another article's duty ("De afspraken in artikel 6, derde lid,
  /// gelden ook voor …"): the duty that article sets, with its limits.
  static let extending = PhraseList(["gelden ook", "geldt ook", "van overeenkomstige toepassing"])

  /// Whether a sentence states the case its rule is about ("Situatie: …", "Casus: …", "Stel: …").
  static func statesCase(_ s: SentenceAnalysis) -> Bool {
    [" situatie ", " casus ", " stel "].contains { s.wordText.hasPrefix($0) }
  }
}
