import AmbtModel
import AmbtSemantics

/// How a sentence orders internal and external reporting.
extension NoInternalReportingFirst {
  static let reportingWords = PhraseList([
    "procedure", "meldregeling", "route", "klokkenluidersregeling", "melden", "melding", "aankaarten", "kaart", "aan de orde",
    "bespreekbaar",
    // "U wendt zich pas tot een externe instantie als …": turning to someone with it.
    "wendt", "wenden", "wend",
    // "… voordat zij het Huis voor Klokkenluiders inschakelen": calling it in.
    "inschakel",
  ])
  /// The organisation itself looking into it first ("geven de gemeente de gelegenheid een
  /// vermoeden eerst zelf te onderzoeken"): an internal route.
  static let organisationItself = ["gemeente", "organisatie", "werkgever", "college", "waterschap", "dienst"]
  static let lookingInto = PhraseList(["onderzoek", "oplossen", "op te lossen", "gelegenheid", "kans"])
  static let conditionFor = PhraseList(["voorwaarde voor", "vereiste voor", "voorwaarde om"])
  static let precedence = PhraseList(["gaat voor", "gaan voor", "voorrang", "heeft voorrang", "gaat altijd voor"])
  /// (Whole words: `direct` is no `directeur`.)
  static let directly = PhraseList(["direct ", "directe ", "rechtstreeks", "meteen", "zonder"])
  static let only = PhraseList(["alleen", "uitsluitend", "pas", "slechts", "enkel"])
  /// (`zonder` only with what it leaves out: "zonder eerst intern te melden", not "zonder redelijke
  /// grond"; `direct` as a whole word, not `directeur`.)
  static let alsoDirectly = PhraseList([
    "ook", "direct ", "directe ", "rechtstreeks", "meteen", "zonder eerst", "zonder voorafgaande", "zonder tussenkomst",
    "zonder intern",
    "zonder interne", "zonder dat je eerst", "zonder dat u eerst", "zonder dat hij eerst", "zonder dat de medewerker eerst",
    "zonder melding", "zonder een melding", "zonder de interne",
  ])
  static let notObliged = PhraseList([
    "niet verplicht", "verplicht is dat niet", "geen verplichting", "hoeft niet eerst", "hoef je niet eerst",
    "niemand is daartoe verplicht", "niemand is verplicht", "niemand is dat verplicht",
    // "intern … of rechtstreeks extern …; u kiest zelf": the reporter's choice.
    "kiest zelf", "kies zelf", "kiezen zelf", "zelf kiezen", "naar keuze",
    // "Een interne melding is dus geen voorwaarde voor een externe melding".
    "geen voorwaarde voor", "geen vereiste voor", "niemand mag van",
  ])
  /// Words of a procedure brought to its end ("zodra de interne procedure is afgerond").
  static let completed = PhraseList(["afgerond", "doorlopen", "afgehandeld", "beeindigd", "voltooid"])
  /// What one receives after a report ("Na een interne melding ontvangt u …") is no order of reporting.
  static let receiving: Set<String> = ["ontvangen", "krijgen", "horen"]

  /// Why a sentence requires reporting internally before externally, or nil.
  func requiresInternalFirst(_ s: SentenceAnalysis) -> String? {
    guard s.addressee == "medewerker" || s.addressee == nil, !(s.action.map(Self.receiving.contains) ?? false) else {
      return nil
    }
    let toInternal =
      s.mentions(Self.internalWords) || s.reportTo.contains { Self.internalRoles.contains($0) }
      || s.mentions(Self.organisationItself, within: 6, ["zelf"]) && s.mentions(Self.lookingInto)
    let external = s.mentions(Self.externalMentions) || s.reportTo.contains { Self.externalRoles.contains($0) }
    let ordered = s.mentions(Self.orderWords)
    let reporting =
      s.modality == .meldplicht || s.norms.contains { $0.modality == .meldplicht }
      || s.mentions(Self.reportingWords)
    if toInternal && external && s.mentions(Self.precedence) {
      return "intern gaat voor"
    }
    // "Voorwaarde voor een melding bij het Huis … is een voorafgaande interne melding" (not "… is
    // geen voorwaarde voor …").
    if toInternal && external && !s.negated && s.mentions(Self.conditionFor) {
      return "extern alleen na intern"
    }
    // ("… mag je melden bij …, maar je meldt het altijd eerst binnen de gemeente voordat …": the
    // duty in the clause after `maar`.)
    // (So after a colon that says what a denial means: "Er is geen sprake van dat je meteen naar
    // een externe instantie stapt: je meldt altijd eerst intern …".)
    let duty =
      s.norms.contains { $0.role == .coordinate && $0.modality == .meldplicht && !$0.negated }
      && (s.mentions(["maar"]) || s.negated && s.text.contains(":"))
    switch s.modality == .toestemming && duty ? .meldplicht : s.modality {
    case .meldplicht, .gebod:
      // ("desgewenst bespreekt u het eerst met de vertrouwenspersoon": an option, not an order.)
      guard !s.negated || duty, reporting, toInternal, ordered, !s.mentions(Self.optional) else { return nil }
      // "intern of extern", "eerst intern of rechtstreeks bij het Huis": a choice, not an order.
      // (Not "bij het Huis of bij een andere externe instantie": two external bodies.)
      if s.mentions(["of"], within: 5, Self.routeWords) && !Self.choiceBetweenExternals(s) && !Self.onlyPronounPairs(s) {
        return nil
      }
      // Without an external body, only a word that puts the internal report first orders it
      // ("daarna jaarlijks" after a first report is a time, not an order of routes).
      // (`voordat` orders the report before another report or a step outside, not before
      // one's own action: "bespreek je dat met de integriteitscoördinator voordat je actie
      // onderneemt".)
      // ("spreek hem er dan eerst zelf op aan …, en bespreek het anders met je leidinggevende":
      // first one's own word with the colleague, no report before another.)
      guard
        external || s.mentions(Self.firstOfAllButBefore) && !s.mentions(["eerst"], within: 2, ["zelf"])
          || s.mentions(["voordat", "alvorens"], within: 5, Self.outwardSteps)
      else { return nil }
      return external ? "pas daarna extern" : "eerst intern"
    case .verbod:
      // "Je meldt niet extern voordat …", "niet rechtstreeks extern", "stap je niet naar een externe instantie zolang …".
      guard external && (ordered || s.mentions(Self.directly)) else { return nil }
      return "niet direct extern"
    case .toestemming:
      // "Je mag alleen extern melden als je eerder intern hebt gemeld".
      // "Nadat u intern heeft gemeld en de procedure is afgerond, kunt u … voorleggen aan het
      // Huis": a permission that opens only after the internal report (not "ook nadat …").
      // (Or "zodra de interne procedure is afgerond".)
      let afterInternal =
        s.mentions(["nadat", "zodra"]) && !s.mentions(Self.alsoDirectly)
        && (s.norms.contains { $0.role == .condition && $0.modality == .meldplicht && !$0.negated }
          || s.mentions(Self.completed))
      // ("… staat de medewerker open, behoudens het geval dat hij de interne melding nog niet heeft
      // gedaan": open unless the internal report is still to be made.)
      let unlessNotInternal = s.mentions(["behoudens", "tenzij", "behalve"]) && s.mentions(["nog niet", "niet eerst"])
      guard !s.negated, external, toInternal, s.mentions(Self.only) || afterInternal || unlessNotInternal else { return nil }
      return "extern alleen na intern"
    default:
      return nil
    }
  }

  /// (Whole words: `eerst` is no `eerste`, "het eerste lid"; `pas` no `passend`.)
  /// Words that make what follows an option the reader may take.
  static let optional = PhraseList(RuleWords.list("NoInternalReportingFirst", "optional"))

  static let firstOfAll = PhraseList([
    "eerst ", "in eerste instantie", "allereerst", "voorafgaand", "pas ", "alvorens", "voordat",
  ])

  static let firstOfAllButBefore = PhraseList(["eerst ", "in eerste instantie", "allereerst", "voorafgaand", "pas "])
  static let outwardSteps = ["meld", "gemeld", "extern", "naar buiten", "aangifte", "openbaar", "pers", "media", "publiek"]

  /// "Meld het bij de gemeentesecretaris. … Pas dan stap je naar het Huis voor Klokkenluiders.":
  /// going external only after what an earlier sentence of the rule asks internally.
  static let onlyThen = PhraseList([
    "pas dan", "pas daarna", "daarna pas", "dan pas", "pas nadat", "pas na", "alleen dan", "pas als", "pas wanneer",
    "pas indien",
  ])

  /// (Or `pas` with its condition further on: "hij legt het vermoeden pas voor aan een externe
  /// instantie, zoals …, wanneer hij het niet eens is met het standpunt van het waterschap".)
  func externalOnlyAfter(_ s: SentenceAnalysis, internalBefore: Bool) -> String? {
    guard internalBefore, !s.negated, s.modality != .verbod,
      s.mentions(Self.onlyThen)
        || s.mentions(["pas"], within: 20, ["wanneer", "nadat", "indien", "zodra", "als"])
          // ("Je krijgt pas bericht … nadat zij je melding heeft onderzocht": what one receives.)
          && !(s.action.map(Self.receiving.contains) ?? false)
    else { return nil }
    let external = s.mentions(Self.externalMentions) || s.reportTo.contains { Self.externalRoles.contains($0) }
    return external ? "pas daarna extern" : nil
  }

  /// "Het Huis … is er voor meldingen die binnen de gemeente zijn vastgelopen. Stap daar dus pas
  /// naartoe als de gemeente je melding heeft afgerond": going to an external body named just
  /// before (`daar`) only once the internal report is handled. (`pas` and its conjunction may
  /// stand a light predicate apart: "is pas aan de orde nadat", "pas op het moment dat".)
  func externalOnlyOnceHandled(_ s: SentenceAnalysis, externalBefore: Bool) -> String? {
    guard !s.negated, s.modality != .verbod, s.mentions(["pas"], within: 4, ["als", "nadat", "wanneer", "indien", "moment"])
    else {
      return nil
    }
    let external =
      s.mentions(Self.externalMentions) || externalBefore && s.mentions(["daar", "daarheen", "daarnaartoe", "ernaartoe"])
    let internalReport = s.mentions(Self.internalWords) || s.mentions(["je melding", "uw melding", "de melding"])
    return external && internalReport ? "pas daarna extern" : nil
  }

  /// "U kunt extern melden, indien de interne melding niet binnen de termijn is afgehandeld": a
  /// permission to go external whose condition presupposes an internal report. (Only when no rule
  /// of the code lets one go external directly: the caller checks.)
  /// `externalLead`: the sentence is an item of a list whose lead-in permits going external.
  /// (Or the external body is there for you on that condition: "Het Huis voor Klokkenluiders is
  /// er voor als je melding binnen de gemeente niets heeft opgeleverd".)
  func externalOnInternalCondition(_ s: SentenceAnalysis, externalLead: Bool) -> String? {
    let bodyAvailable = s.addressee.map(Self.externalRoles.contains) ?? false
    let permits =
      s.modality == .toestemming || s.modality == .bevoegdheid && (s.addressee == "medewerker" || s.addressee == nil)
      || bodyAvailable
    let external =
      externalLead || s.mentions(Self.externalMentions) || s.reportTo.contains(where: Self.externalRoles.contains)
      || bodyAvailable
    // ("heeft die melding na drie maanden nog niet tot een reactie geleid, dan kun je …": the
    // report just asked.)
    let internalReported =
      s.mentions(Self.internalReport) || s.mentions(["die melding", "deze melding", "je melding", "uw melding"])
      || s.mentions(["melding", "melden", "gemeld"], within: 2, ["binnen"])
        && s.mentions(["binnen"], within: 2, Self.organisations)
    guard permits, !s.negated, s.conditional, external, internalReported else { return nil }
    return "extern alleen na intern"
  }

  /// The organisation one works for, after `binnen` ("je melding binnen de gemeente").
  static let organisations = ["gemeente", "organisatie", "waterschap", "provincie", "dienst", "regio", "werkorganisatie"]

  /// "Een melding bij het Huis voor Klokkenluiders staat voor de medewerker open nadat hij de
  /// interne procedure heeft doorlopen": the external route opens once the internal one is
  /// completed. (Only when no rule of the code lets one go external directly: the caller checks.)
  func externalOnceCompleted(_ s: SentenceAnalysis) -> String? {
    guard !s.negated, s.modality != .verbod, s.mentions(["nadat", "zodra"]), s.mentions(Self.completed),
      !s.mentions(Self.alsoDirectly)
    else { return nil }
    let external = s.mentions(Self.externalMentions) || s.reportTo.contains(where: Self.externalRoles.contains)
    return external && s.mentions(Self.internalReport) ? "extern alleen na intern" : nil
  }

  /// An internal report as something that has happened ("de interne melding", "intern gemeld").
  static let internalReport = PhraseList([
    "interne melding", "interne meldingen", "intern gemeld", "intern heeft gemeld", "intern hebt gemeld", "interne procedure",
    "interne afhandeling", "interne meldprocedure",
  ])

  /// Pronouns an `of` joins for either sex ("hij of zij").
  static let pronounPair: Set<String> = ["hij", "zij", "ze"]
  /// Words of an external route that an `of` before them offers as a choice.
  static let routeWords = ["extern", "huis", "autoriteit", "toezichthouder", "politie", "rechtstreeks", "direct"]

  /// Whether every `of` with a route after it joins two pronouns ("Alvorens hij of zij zich tot
  /// het Huis wendt, …": no choice of routes).
  static func onlyPronounPairs(_ s: SentenceAnalysis) -> Bool {
    let w = s.foldedWords
    return w.indices.allSatisfy { j in
      w[j] != "of" || !w[(j + 1)..<min(w.count, j + 6)].contains { x in routeWords.contains { x.hasPrefix($0) } }
        || j > 0 && j + 1 < w.count && pronounPair.contains(w[j - 1]) && pronounPair.contains(w[j + 1])
    }
  }

  /// Whether every `of` before an external body follows another external body, not something
  /// internal ("het Huis voor Klokkenluiders of … een andere externe instantie").
  static func choiceBetweenExternals(_ s: SentenceAnalysis) -> Bool {
    let w = s.foldedWords
    let external = ["extern", "huis", "klokkenluiders", "autoriteit", "toezichthouder", "politie", "instantie"]
    // (Not the `of` of "hij of zij": "Alvorens hij of zij zich tot het Huis … wendt".)
    let ors = w.indices.filter {
      w[$0] == "of" && w[($0 + 1)..<min(w.count, $0 + 6)].contains { x in external.contains { x.hasPrefix($0) } }
        && !($0 > 0 && $0 + 1 < w.count && pronounPair.contains(w[$0 - 1]) && pronounPair.contains(w[$0 + 1]))
    }
    guard !ors.isEmpty else { return false }
    return ors.allSatisfy { j in w[max(0, j - 4)..<j].contains { x in external.contains { x.hasPrefix($0) } } }
  }

  /// Whether a sentence asks a report to someone inside the organisation.
  func reportsInternally(_ s: SentenceAnalysis) -> Bool {
    !s.negated && (s.modality == .meldplicht || s.modality == .gebod)
      && (s.reportTo.contains { Self.internalRoles.contains($0) } || s.mentions(Self.internalWords))
  }

  /// Whether the rule says outright that one may go external directly.
  static let onlyIf = PhraseList([
    "alleen als", "alleen wanneer", "alleen indien", "uitsluitend als", "uitsluitend wanneer", "uitsluitend indien", "pas als",
    "pas wanneer", "slechts als", "slechts indien", "enkel als",
  ])

  func allowsDirectExternal(_ m: RuleMeaning) -> Bool {
    m.allSentences.contains { s in
      let direct = s.mentions(Self.alsoDirectly)
      // "Alleen als dat redelijkerwijs niet van je kan worden gevraagd, mag je direct extern
      // melden": a permission only in an exceptional case keeps internal reporting first (the
      // wording of the Wet Huis voor klokkenluiders, before 2023).
      // ("… is alleen mogelijk als …", "slechts toegestaan indien …": a few words between.)
      func onlyIf() -> Bool {
        s.mentions(Self.onlyIf)
          || s.mentions(["alleen", "uitsluitend", "slechts", "enkel"], within: 3, ["als", "wanneer", "indien"])
      }
      // The permission may be the sentence's second clause ("…, maar je mag ook direct naar …").
      let permits =
        s.modality == .toestemming && !s.negated
        || s.norms.contains { $0.role == .coordinate && $0.modality == .toestemming && !$0.negated }
      // ("b. extern, rechtstreeks bij het Huis …, zonder eerst intern te melden": going external
      // without the internal report, not forbidden.)
      let without =
        !s.negated && s.modality != .verbod && s.mentions(["zonder"], within: 3, ["intern", "interne"])
        && s.mentions(Self.externalMentions) && !onlyIf()
      // ("Voor het melden van een misstand geldt die volgorde niet", "er is geen vaste volgorde":
      // an order denied.)
      let noOrder = s.mentions(["volgorde"], within: 2, ["niet"]) || s.mentions(["geen"], within: 2, ["volgorde"])
      return permits && s.mentions(Self.externalMentions) && direct && !onlyIf()
        || s.mentions(Self.notObliged) || without || noOrder
    }
  }
}
