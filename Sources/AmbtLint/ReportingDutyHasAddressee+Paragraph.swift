import AmbtModel
import AmbtSemantics

extension ReportingDutyHasAddressee {
  /// Whether two sentences stand in one paragraph or list item (no line break between them):
  /// "…, meld het dan. Dat doe je bij je leidinggevende" names the recipient of the duty before
  /// it, whatever its topics; a lid of its own on another topic does not.
  static func sameParagraph(_ source: String, _ a: SourceRange, _ b: SourceRange) -> Bool {
    let from = min(a.end, b.end)
    let to = max(a.start, b.start)
    guard from < to else { return true }
    var text = source
    return text.withUTF8 { bytes in
      guard to <= bytes.count else { return false }
      return !bytes[from..<to].contains(0x0A)
    }
  }

  /// The reader's own consent ("maken je naam niet bekend zonder jouw uitdrukkelijke
  /// toestemming"): given by the reader, not asked of anyone. So is the consent of someone the
  /// sentence names ("Gegevens over een cliënt verstrek je alleen met diens toestemming"): `diens`
  /// points back to a person just named, whose consent is no report to the employer.
  static let readersConsent = PhraseList(
    ["jouw", "je", "uw", "diens"].flatMap { p in
      ["", "uitdrukkelijke ", "schriftelijke ", "voorafgaande ", "expliciete "].map { "\(p) \($0)toestemming" }
    })

  /// "Bij wie: uw leidinggevende": a list item labelled with the question it answers names the
  /// recipient of the rule's reports, in words the role lexicon may not know ("de onafhankelijke
  /// meldfunctionaris").
  static func answersWhom(_ s: SentenceAnalysis) -> Bool {
    s.wordText.hasPrefix(" bij wie ") || s.wordText.hasPrefix(" aan wie ")
  }

  /// "… meld je en stuur je terug. — Je leidinggevende.": in a code whose rules end in a column
  /// "Bij wie" after a dash, a fragment after the dash that opens with someone named (a few words
  /// up to its first comma or stop, "— P&O, dat het register bijhoudt.") is where to go.
  static func contactColumn(_ s: SentenceAnalysis) -> Bool {
    let t = s.text.drop { $0 == " " }
    guard !s.question, t.hasPrefix("—") || t.hasPrefix("–") else { return false }
    let head = t.dropFirst().prefix { $0 != "," && $0 != ";" && $0 != "." && $0 != ":" }
    let words = head.lowercased().split(separator: " ").map(String.init)
    let lexicon = NormAnalyser.shared.lexicon
    // (Someone named, not someone who acts: "— De leidinggevende beslist binnen twee weken.")
    return words.count <= 7 && words.indices.contains { lexicon.role(at: $0, in: words).map { $0.id != "medewerker" } ?? false }
      && !words.contains { w in lexicon.verbs(w).contains { $0.kind == .finite } }
  }

  /// Sentences that give the route of the report before them: "Dat kan bij je leidinggevende, bij
  /// de integriteitscoördinator of via een vertrouwenspersoon."
  static let routeOpenings = [
    " dat kan bij ", " dat kan via ", " dit kan bij ", " dit kan via ", " dat mag bij ", " dat kan ook bij ",
    // ("… moet worden gemeld. Dat gebeurt bij de naast hogere leidinggevende".)
    " dat gebeurt bij ", " dit gebeurt bij ", " dat gebeurt via ", " dit gebeurt via ", " dat gaat via ",
    // ("Hij doet dat bij de coördinator handhaving": the report's recipient, whoever it is.)
    " hij doet dat bij ", " zij doet dat bij ", " hij doet dit bij ", " zij doet dit bij ", " doe je dat bij ",
    " doet u dat bij ", " dat doe je bij ", " dat doet u bij ", " dat doet hij bij ",
  ]

  /// Openings that point back to the report before and go on to its route (`routeAfter`).
  static let routeSubjects = [
    " dat kan ", " dit kan ", " dat mag ", " dit mag ", " dat gebeurt ", " dit gebeurt ", " dat gaat ", " dit gaat ",
    " dat doe je ", " dit doe je ", " dat doet u ", " dit doet u ",
  ]
  /// Openings that point back to a consent asked before and say who gives it.
  static let consentBack = [
    " die geeft ", " die verleent ", " deze geeft ", " deze verleent ", " die krijg je van ", " die krijgt u van ",
    " die vraag je aan ", " die vraag je bij ", " die vraagt u aan ", " die vraagt u bij ",
  ]

  /// Words by which a sentence speaks of the whole rule ("Meldingen op grond van dit artikel worden
  /// gericht aan de integriteitscoördinator"): the recipient it names is every lid's.
  static let ownArticle = PhraseList(["dit artikel", "deze paragraaf", "dit hoofdstuk", "deze bepaling"])

  static func wholeRule(_ s: SentenceAnalysis) -> Bool { !s.reportTo.isEmpty && s.mentions(ownArticle) }

  /// Whether a sentence defines reporting with a recipient ("melden: het schriftelijk of mondeling
  /// mededelen aan de integriteitscoördinator").
  /// Or names the recipient of every report of the code in so many words ("bij de
  /// integriteitscoördinator doe je de meldingen uit deze gedragscode", "alle meldingen doe je bij
  /// …").
  static func definesRecipient(_ s: SentenceAnalysis) -> Bool {
    guard !s.reportTo.isEmpty else { return false }
    let folded = TextFold.fold(String(s.text.prefix(32)))
    // (A definition goes on with a noun phrase, "melden: het mededelen aan …"; a paragraph's label
    // with a clause, "MELDING: Zodra …, dient dit aan de leidinggevende te worden gemeld", names
    // the recipient of its own report only.)
    return ["melden:", "melding:", "meldingen:", "een melding:", "melden :"].contains { label in
      folded.hasPrefix(label)
        && ["het ", "een ", "de "].contains {
          folded.dropFirst(label.count).drop(while: { $0 == " " }).hasPrefix($0)
        }
    }
      // (Not another role's handling of them: "P&O registreert iedere melding en legt haar voor
      // aan de algemeen directeur".)
      || !s.negated && s.mentions(everyReport) && (s.addressee == nil || s.addressee == "medewerker")
      // ("Staat in deze code dat je iets meldt, zonder dat erbij staat bij wie, dan meld je het bij
      // je leidinggevende": the recipient of every report whose own is not named.)
      || s.mentions(fallback) && (s.addressee == nil || s.addressee == "medewerker")
  }

  /// (Not a label that answers for its own rule, "Bij wie: je teamleider", nor a relative clause,
  /// "een vertrouwenspersoon, bij wie …": the recipient not named elsewhere.)
  static let fallback = PhraseList([
    "staat bij wie", "staat aan wie", "er niet bij wie", "er niet bij aan wie", "niet bij staat", "niet vermeld bij wie",
    "niet is aangegeven bij wie", "tenzij anders", "anders is bepaald", "anders bepaald",
  ])

  static let everyReport = PhraseList([
    "meldingen uit deze", "meldingen op grond van deze", "meldingen volgens deze", "meldingen in deze", "alle meldingen",
    "elke melding", "iedere melding", "meldingen doet die deze", "meldingen die deze gedragscode", "meldingen die deze code",
  ])

  /// "Deze melding doet u bij het meldpunt integriteit": a sentence that opens with the report
  /// named before, or with reports in general, says where that report goes, whatever its own
  /// topics.
  static func reportNamedBack(_ s: SentenceAnalysis) -> Bool {
    reportsNamedBack.contains { s.wordText.hasPrefix($0) }
  }

  static let reportsNamedBack = [
    " deze melding ", " die melding ", " de melding ", " zo'n melding ", " deze meldingen ", " die meldingen ",
    " de meldingen ", " deze opgave ", " die opgave ", " de opgave ",
    // ("Meldingen als bedoeld in lid 2 richt je aan de integriteitscoördinator": reports in
    // general, in a rule that asks one.)
    " meldingen ", " een melding ", " opgaven ", " een opgave ",
  ]

  /// Nouns of a point of contact: "Aanspreekpunt daarvoor is de functionaris gegevensbescherming"
  /// names where the report before it goes.
  /// Whether the report goes, in the sentence itself, to the organisation as a whole ("meldt …
  /// altijd vooraf bij het waterschap"): its writer chose a recipient, and no one, so a person
  /// named elsewhere in the rule for something else is not it.
  /// (The organisation next to the verb of reporting, "bij het waterschap meldt", "doet opgave
  /// aan de provincie"; not "toen we bij de gemeente kwamen, geven we het door"; nor with a
  /// department that receives it named as well: "de opgave komt binnen bij de afdeling HR".)
  static func toOrganisation(_ s: SentenceAnalysis) -> Bool {
    s.reportTo.isEmpty && s.mentions(["bij", "aan"], within: 2, organisations)
      && (s.mentions(organisations, within: 2, reportVerbs) || s.mentions(reportVerbs, within: 6, organisations))
      && !s.mentions(departments)
  }
  static let reportVerbs = ["meld", "gemeld", "opgave", "opgeeft", "opgeven", "op te geven", "doorgeeft", "door te geven"]
  static let departments = PhraseList(["afdeling", "team", "bureau", "loket", "meldpunt", "portaal"])
  static let organisations = [
    "gemeente", "provincie", "waterschap", "hoogheemraadschap", "organisatie", "werkorganisatie", "veiligheidsregio",
    "ggd", "omgevingsdienst", "belastingsamenwerking", "samenwerkingsverband", "dienst",
  ]

  /// Whether the report goes to the code's reader, named by a pronoun, from someone else ("Heeft
  /// hij zo'n belang, dan meldt hij dat vooraf bij jou", in a code for managers).
  static func toReader(_ s: SentenceAnalysis) -> Bool {
    s.mentions(["bij jou", "aan jou", "met jou", "bij u", "aan u"])
      && s.mentions(["hij", "zij", "je medewerker", "jouw medewerker", "uw medewerker", "de medewerker"])
      // ("Binnen drie maanden informeren wij u over de opvolging": the reader is the one told.)
      || s.mentions(toldReader)
  }
  static let toldReader = PhraseList(
    ["wij", "we"].flatMap { w in
      ["informeren", "berichten", "laten"].flatMap { v in
        ["u", "je", "jou"].flatMap { o in ["\(v) \(w) \(o)", "\(w) \(v) \(o)"] }
      }
    })

  /// Reports of presence rather than disclosure ("meldt zich af bij de meldkamer", "meld je ziek"):
  /// a roster's procedure, not a duty of integrity whose recipient the code must name.
  static let rosterActions: Set<String> = ["afmelden", "aanmelden", "ziekmelden", "betermelden"]

  static let contactNouns = PhraseList([
    // ("Ontvanger is de leidinggevende": the recipient named with a copula.)
    "aanspreekpunt", "contactpersoon", "meldpunt", "loket", "adres voor", "adres daarvoor", "het adres", "ontvanger",
  ])

  /// Whether a duty read as a report asks no report of the reader: an entry in a record ("Zij legt
  /// de meldingen vast in een afgeschermd register"), or an item that opens with a pronoun as the
  /// one told ("- haar op verzoek nadere informatie geven", after an item that names the
  /// integriteitscoördinator: someone named before).
  static func noReportOfTheReader(_ s: SentenceAnalysis) -> Bool {
    if s.action.map(NormAnalyser.recordingVerbs.contains) == true { return true }
    // ("We raden je aan in je profiel te vermelden dat …": advice, no duty.)
    if s.mentions(advice) { return true }
    // ("Bij een vermoeden van een ambtsmisdrijf doen wij aangifte": a criminal complaint is made to
    // the police or the public prosecutor by what the word means; no code need say so. Not "de
    // behandeling van een aangifte": a tax return handled is no complaint made.)
    if s.action == "doen", s.mentions(complaint) { return true }
    // ("… dan vraag je eerst diens toestemming": the consent of the person named is asked of them.)
    if s.mentions(readersConsent) { return true }
    return ["hem", "haar", "hen"].contains { p in
      s.wordText.hasPrefix(" \(p) ") && !s.wordText.dropFirst(p.count + 2).hasPrefix("eigen")
        && s.wordText.split(separator: " ").dropFirst().first.map { !objectsAfterPossessive.contains(String($0)) } == true
    }
  }
  static let objectsAfterPossessive: Set<String> = ["functie", "werk", "belangen", "leidinggevende", "partner", "melding"]
  static let complaint = PhraseList(["aangifte"])

  static func routeAfter(_ s: SentenceAnalysis) -> Bool {
    routeOpenings.contains { s.wordText.hasPrefix($0) } || contactColumn(s)
      // ("… dat je dat meldt. Bij je leidinggevende, of bij …", "Meld het direct. Niet bij je
      // teammanager, maar bij …": a fragment that only says where, a role named.)
      || (s.wordText.hasPrefix(" bij ") || s.wordText.hasPrefix(" niet bij ")) && !s.question && namesRole(s)
      // ("Intern kan dat bij …", "Dat zal gebeuren bij …": the report pointed back to, and where.)
      || s.mentions(pointedRoute) && routeNearStart(s.wordText) && namesRole(s)
      // ("Dat kan dag en nacht bij de servicedesk": the route with words between; "Die geeft je
      // teamleider": the consent asked before, pointed back to, and who gives it.)
      || (routeSubjects.contains { s.wordText.hasPrefix($0) } && (s.wordText.contains(" bij ") || s.wordText.contains(" via "))
        || consentBack.contains { s.wordText.hasPrefix($0) }) && namesRole(s)
      // (Not a report of its own under a condition, where the contact is part of the case: "…
      // of wordt een familielid je contactpersoon bij een leverancier, dan moet je dit melden".)
      || !s.negated && s.mentions(contactNouns) && !(s.modality == .meldplicht && s.conditional)
        && (s.addressee.map { $0 != "medewerker" && $0 != "werkgever" } ?? false || namesRole(s))
      // ("Ontvanger van die melding is de bestuurder": whoever the copula names, a title the role
      // lexicon may not know, but not an organisation as a whole.)
      || !s.negated && s.mentions(contactNouns) && copulaNamesSomeone(s.wordText)
      // ("Bevoegd om haar te verlenen is de leidinggevende": who may give the consent asked.)
      || !s.negated && s.mentions(["bevoegd"], within: 5, ["verlenen", "geven"]) && namesRole(s)
      // ("Tot het ontvangen van zulke meldingen zijn bevoegd de leidinggevende, …": who may receive
      // them.)
      || !s.negated && s.mentions(["ontvangen"], within: 6, ["bevoegd"]) && namesRole(s)
      // ("…; zij komt terecht bij je leidinggevende", "Je kiest zelf bij wie: je leidinggevende, …":
      // where the report lands, a role named.)
      || (s.mentions(landing) || namesWhomAfterColon(s)) && namesRole(s)
      // ("Je kiest zelf of je daarvoor naar je teamhoofd, de directeur of … gaat": to whom one goes,
      // the verb last.)
      // (The reader who goes, not the file: "… zodat het dossier naar een collega gaat".)
      || !s.negated && s.mentions(["je", "jij", "u"], within: 3, ["naar"])
        && (s.mentions(["naar"], within: 14, ["gaat", "gaan", "stapt", "stappen"])
          || s.mentions(["ga", "gaat", "stap", "stapt"], within: 4, ["naar"]))
        && namesRole(s)
      // ("Die meldingen gaan naar de ICO": the reports pointed back to, sent to someone the role
      // lexicon may not know; not to the organisation as a whole.)
      || reportNamedBack(s) && s.mentions(landing)
        && !organisations.contains { s.wordText.contains(" naar de \($0)") || s.wordText.contains(" naar het \($0)") }
      // ("Je leidinggevende ontvangt die melding en beslist …": the role that receives the report.)
      || s.action == "ontvangen" && s.addressee != nil && s.addressee != "medewerker" && !s.negated
        && s.mentions(receivedReports)
      // ("Bij de afdeling HR kan dat ook mondeling": the place fronted, the report pointed back to;
      // "Bij P&O, via het formulier op intranet, gebeurt dat …": any role fronted.)
      || s.wordText.hasPrefix(" bij ") && s.mentions(pointedRoute)
        && (frontedPlaces.contains { s.wordText.hasPrefix($0) } || namesRole(s))
      // ("Het formulier lever je in bij P&O": the report handed in somewhere, a role named.)
      || s.action.map(deliveringVerbs.contains) == true && !s.negated
        && [" bij ", " aan ", " naar "].contains(where: s.wordText.contains) && namesRole(s)
      // ("De teamleider noteert haar in het giftenregister": the role that records what was
      // reported, named as the subject, received it.)
      || !s.negated && s.action.map(NormAnalyser.recordingVerbs.contains) == true
        && s.addressee.map { !["medewerker", "werkgever"].contains($0) } == true
      // ("… dan meld je hem in de HR-portal", "via het meldsysteem": the employer's system where
      // the report is lodged.)
      || !s.negated && lodgedInSystem(s)
      // ("…; de griffier beoordeelt dan of …": the role that judges what was reported.)
      || s.modality == .bevoegdheid && !s.negated && s.action.map(judgingVerbs.contains) == true
        && s.addressee.map { !["medewerker", "werkgever"].contains($0) } == true
  }
  static let systems = ["portal", "portaal", "systeem", "selfservice", "self-service"]
  /// Whether `in` or `via` puts the report in a system, within three words ("in de HR-portal",
  /// "via het e-HRM-systeem"); the word may be a compound that ends in it.
  static func lodgedInSystem(_ s: SentenceAnalysis) -> Bool {
    guard s.wordText.contains(" in ") || s.wordText.contains(" via ") else { return false }
    let w = s.foldedWords
    return w.indices.contains { i in
      (w[i] == "in" || w[i] == "via") && w[(i + 1)..<min(w.count, i + 4)].contains { x in systems.contains { x.hasSuffix($0) } }
    }
  }
  /// Whether a copula names a person or body after its article ("… is de bestuurder"), not an
  /// organisation ("… is de gemeente") or the reader.
  static func copulaNamesSomeone(_ text: String) -> Bool {
    for copula in [" is de ", " zijn de ", " is het "] {
      guard let r = text.range(of: copula) else { continue }
      let next = text[r.upperBound...].split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
      return !next.isEmpty && !organisations.contains(next) && !["medewerker", "medewerkers", "ambtenaar"].contains(next)
    }
    return false
  }
  static let deliveringVerbs: Set<String> = ["inleveren", "indienen", "insturen", "sturen", "mailen", "afgeven", "toesturen"]
  static let judgingVerbs: Set<String> = ["beoordelen", "beslissen", "toetsen", "afwegen"]
  /// Whether a role other than the reader's is named in the sentence ("Aanspreekpunt daarvoor is
  /// je leidinggevende": the predicate of a copula names it, not the subject).
  static func namesRole(_ s: SentenceAnalysis) -> Bool {
    let words = s.wordText.split(separator: " ").map(String.init)
    let lexicon = NormAnalyser.shared.lexicon
    // (Or a compound title the role lexicon does not know: "Ontvanger van de melding is je
    // gebiedsmanager".)
    return words.indices.contains { k in
      lexicon.role(at: k, in: words).map { $0.id != "medewerker" } ?? NormAnalyser.isLeadingTitle(words[k])
    }
  }
  /// "Je kiest zelf bij wie: je leidinggevende, …": the question a list after a colon answers.
  static func namesWhomAfterColon(_ s: SentenceAnalysis) -> Bool {
    let text = s.text.lowercased()
    // ("Je kunt kiezen: je leidinggevende, de integriteitscoördinator of …": a choice of whom.)
    return text.contains("bij wie:") || text.contains("aan wie:") || text.contains("kiezen:") || text.contains("keuze:")
  }
  static let landing = PhraseList([
    "terecht bij", "komt bij", "komen bij", "gaat naar", "gaan naar", "degene bij wie", "degene aan wie", "binnen bij",
    // ("daarna komt ze bij je leidinggevende terecht": the report, inverted, between.)
    "komt ze bij", "komt die bij", "komt deze bij", "komt het bij", "komt hij bij", "komen ze bij", "komen die bij",
    "komt zij bij", "komen zij bij",
    // ("het team HR ontvangt het en registreert elke opgave": a role that receives it.)
    "ontvangt het", "ontvangt die", "ontvangt deze", "ontvangt ze", "ontvangt de opgave", "ontvangt de melding",
    "ontvangt haar", "ontvangt hem", "ontvangen haar", "ontvangen hem",
    "ontvangen het", "ontvangen de opgave", "ontvangen de melding",
    "bij wie deze melding", "bij wie die melding", "bij wie de melding", "bij wie ook die melding",
    "bij wie ook deze melding", "bij wie ook de melding",
    // ("Hij kan daarvoor kiezen tussen zijn leidinggevende, de integriteitscoördinator en …": the
    // recipients to choose from.)
    "kiezen tussen", "kiest tussen", "kies tussen", "kiezen uit", "kiest uit", "kies uit",
    // ("De integriteitsfunctionaris neemt deze meldingen in ontvangst": the role that receives them.)
    "in ontvangst",
    // ("Hij kiest zelf of hij zich richt tot zijn leidinggevende of …", "wend je tot …": the one
    // turned to.)
    "richt tot", "richten tot", "richt je tot", "richt u tot", "zich tot", "wend je tot", "wendt u tot", "wenden tot",
  ])
  static let advice = PhraseList([
    "raden je aan", "raden u aan", "raden wij aan", "raden we aan", "raad je aan", "raden jullie aan", "adviseren wij",
    "adviseren we", "is verstandig", "is raadzaam",
  ])
  /// Whether a sentence says where reports land ("Het formulier komt binnen bij team HR"): a route
  /// for every report of the rule, whatever its topics.
  static func lands(_ s: SentenceAnalysis) -> Bool { (s.mentions(landing) || s.mentions(contactNouns)) && namesRole(s) }
  static let receivedReports = PhraseList(["melding", "meldingen", "opgave", "opgaven", "opgaaf"])
  static let frontedPlaces = [" bij de ", " bij het ", " bij je ", " bij jouw ", " bij uw ", " bij onze "]
  /// The two words that point back to the report and may open a sentence that names its route.
  static let routeOpeningPairs: [(Substring, Substring)] = [
    ("kan", "dat"), ("kan", "dit"), ("zal", "gebeuren"), ("gebeurt", "dat"), ("gebeurt", "dit"),
  ]
  static let pointedRoute = PhraseList(
    routeOpeningPairs.map { "\($0.0) \($0.1)" } + ["kan het", "kun je dat", "kunt u dat", "kun je dit", "kunt u dit"])

  /// Whether the sentence opens (within its first words) with the report pointed back to, and a
  /// place after it: "Intern kan dat bij …", "Dat zal gebeuren bij …" (not "Wil je via een bedrijf
  /// meedoen …, dan kan dat alleen met toestemming van …").
  static func routeNearStart(_ words: String) -> Bool {
    let w = words.split(separator: " ")
    for k in 0..<min(4, max(0, w.count - 1)) where routeOpeningPairs.contains(where: { $0.0 == w[k] && $0.1 == w[k + 1] }) {
      let after = w[(k + 2)...].prefix(5)
      if after.contains("bij") || after.contains("via") { return true }
    }
    return false
  }

  /// Whether the report is made to "hem" or "hen", a role a sentence of the rule before it names
  /// ("De teamleider wijst het toe; je laat het hem weten", "Jij zult hem tijdig inlichten").
  static func pronounBack(_ s: SentenceAnalysis, in m: RuleMeaning) -> Bool {
    (s.wordText.contains(" hem ") || s.wordText.contains(" hen "))
      && m.allSentences.contains { o in o.range.start < s.range.start && (namesRole(o) || !o.reportTo.isEmpty) }
  }

  /// "Alleen als … de uitnodiging vooraf is gemeld, ga je erop in": a report the sentence makes
  /// a proviso of what it allows is asked of the reader. (Not a report that is only the
  /// situation: "Als je een vermoeden meldt, word je beschermd"; nor an entry in a register,
  /// "mits hij deze registreert in het geschenkenregister", which says where it goes; nor a report
  /// in a rule that names the regulation that says to whom.)
  static func reportRequired(_ s: SentenceAnalysis) -> Bool {
    s.norms.contains { n in
      n.role == .condition && n.modality == .meldplicht && !n.negated
        && !(n.action.map(NormAnalyser.recordingVerbs.contains) ?? false)
    } && s.mentions(provisos) && !s.mentions(registers)
  }
  /// Whether a rule just before rule `r`, in its chapter, names a recipient for the same act
  /// ("… geef je op bij het team HR." then "Toestemming vragen hoeft niet: je geeft het nevenwerk
  /// op, en …"): the same report, told where it goes one rule earlier. For a report in doubt or
  /// restricted, up to three rules back, through rules on the same topic ("3.2 … geef je op aan je
  /// leidinggevende. 3.3 Ook onbetaald werk geef je op … 3.4 … hoef je niet op te geven. Twijfel
  /// je, geef het dan wel op.").
  static func namedJustBefore(_ s: SentenceAnalysis, _ meanings: [RuleMeaning], _ r: Int) -> Bool {
    // (With the thing reported named as known: "het nevenwerk", or a kind of thing named before:
    // "je meldt zo'n belang alleen als …", its topic the rule's when the sentence names none; or
    // "Ook …" first: "Ook nevenwerk waarmee je niets verdient, geef je op als …", the same act
    // extended to more; or a report that presupposes one told before: in doubt ("Twijfel je,
    // geef ze dan toch op", or asked in the question before: "Twijfel je of …? Geef haar dan
    // op."), or a duty restricted ("Je eigen woning hoef je alleen te melden als …"):
    // `presupposes`. Not a new duty: "Heb jij … aandelen in een opdrachtnemer, dan meld je dat …"
    // after an article whose designated functions report to the secretary.)
    let own = meanings[r].sentences
    // (A question that restricts the report itself presupposes it as well: "Hoef je nevenwerk pas
    // op te geven als je ermee begonnen bent? Nee, je geeft ook … op".)
    let asked = own.firstIndex { $0.range == s.range }.map { k in
      k > 0 && own[k - 1].question
        && (doubts(own[k - 1]) || own[k - 1].mentions(presupposing)
          || own[k - 1].mentions(["hoef", "hoeft", "hoeven"], within: 4, ["pas", "alleen"]))
    }
    let presupposes = Self.presupposes(s) || asked == true
    guard s.mentions(definiteObjects) || s.mentions(kindsNamedBefore) || s.wordText.hasPrefix(" ook ") || presupposes else {
      return false
    }
    let acts = Set(([s.action] + s.norms.map(\.action)).compactMap { $0 })
    // (The rule's topics too: "Twijfel je, …" is also about doubt.)
    // (Or, when neither names one, the rule's before it: "Je eigen woning hoef je alleen te melden
    // als …" after a rule on financial interests.)
    var topics = s.topics + meanings[r].topics
    if topics.isEmpty && r > 0 && meanings[r - 1].chapterStart == meanings[r].chapterStart {
      topics = meanings[r - 1].topics
    }
    guard !topics.isEmpty else { return false }
    // (Further back than the rule before only for a report that presupposes one: "Zo'n
    // uitnodiging meld je altijd voordat …" two rules after gifts reported to the manager is a
    // report of its own.)
    let reach = presupposes ? 3 : 1
    var q = r - 1
    while q >= 0 && q >= r - reach && meanings[q].chapterStart == meanings[r].chapterStart {
      let before = meanings[q].sentences
      // (For a report presupposed, a sentence that names no topic is on its rule's: "Kan je
      // nevenwerk de belangen van de gemeente raken? Dan geef je het schriftelijk op bij je
      // leidinggevende". Not for "Zo'n relatie meld je …", a report of its own.)
      let ruleTopics = presupposes ? meanings[q].topics : []
      func on(_ o: SentenceAnalysis) -> Bool { topics.contains(where: (o.topics.isEmpty ? ruleTopics : o.topics).contains) }
      // (The same act on the same topic; the act may be a second main clause's.)
      // (A coordinate's act counts: "Of je … betaald wordt, maakt niet uit: ook … geef je op als …".)
      let same = { (o: SentenceAnalysis) in
        (o.action.map(acts.contains) == true || o.norms.contains { $0.action.map(acts.contains) == true }
          || sameDeclaration(o, s)) && on(o)
      }
      // (A recipient named with an act not read counts on the same topic: "We verwachten van je dat je
      // nevenwerk dat …, opgeeft aan je leidinggevende"; so does any, for a report presupposed:
      // "die meldplicht geldt alleen voor …".)
      if before.contains(where: {
        !$0.reportTo.isEmpty && (same($0) || ($0.action == nil || presupposes) && on($0))
      }) {
        return true
      }
      // ("… meld je je financiële belangen. De melding gaat naar de compliance officer.": the act
      // in one sentence, where its report goes in the next.)
      if before.contains(where: same) && before.contains(where: { !$0.reportTo.isEmpty && reportNamedBack($0) }) {
        return true
      }
      // (A rule between on another topic ends the search.)
      guard topics.contains(where: meanings[q].topics.contains) else { return false }
      q -= 1
    }
    return false
  }

  /// Whether `s` declares, with another verb of declaring, what `o` declares to someone named, and
  /// names no other subject of reports ("… melden wij vooraf bij onze leidinggevende. … Twijfelen
  /// wij, dan geven wij ze wel op.").
  static func sameDeclaring(_ o: SentenceAnalysis, _ s: SentenceAnalysis) -> Bool {
    guard let a = o.action, let b = s.action, declaringActs.contains(a), declaringActs.contains(b) else { return false }
    return !s.topics.contains { reportSubjects.contains($0) && !o.topics.contains($0) }
  }
  static let declaringActs: Set<String> = ["melden", "opgeven", "doorgeven", "aangeven", "doen"]
  static let reportSubjects: Set<String> = [
    "nevenwerkzaamheden", "geschenken", "financiele-belangen", "uitnodigingen-en-reizen", "belangenverstrengeling",
    "familie-en-relaties", "melden-van-misstanden", "melden-van-integriteitsschendingen", "informatiebeveiliging",
  ]

  /// Whether `s` points back at the report or consent `o` names with its recipient ("doe je die
  /// opgave voordat …"; "Die toestemming vraag je twee weken vooraf aan" after "… alleen met
  /// toestemming van de gemeentesecretaris").
  static func pointsBack(from s: SentenceAnalysis, to o: SentenceAnalysis) -> Bool {
    !o.reportTo.isEmpty && (s.mentions(pointedReports) || sameDeclaring(o, s))
      || !o.consentBy.isEmpty && s.mentions(pointedConsents)
  }
  static let pointedConsents = PhraseList([
    "die toestemming", "deze toestemming", "dezelfde toestemming", "die goedkeuring", "deze goedkeuring",
    "dat akkoord", "dit akkoord",
  ])
  /// A report pointed back at ("doe je die opgave voordat …"): the one a sentence before named,
  /// with its recipient.
  static let pointedReports = PhraseList([
    "die opgave", "deze opgave", "die melding", "deze melding", "die meldingen", "deze meldingen", "dezelfde opgave",
    "dezelfde melding",
  ])
  static let kindsNamedBefore = PhraseList(["zo'n", "zulke", "dergelijke"])
  /// Whether `s` presupposes a report told before: in doubt, first in the sentence ("Twijfel je,
  /// geef ze dan toch op"; not "… wordt, ook als twijfel bestaat, onmiddellijk gemeld", a report of
  /// its own), or in the words of `presupposing`.
  static func presupposes(_ s: SentenceAnalysis) -> Bool { doubts(s) || s.mentions(presupposing) }
  static func doubts(_ s: SentenceAnalysis) -> Bool {
    [" twijfel", " bij twijfel", " in geval van twijfel", " in twijfelgevallen"].contains(where: s.wordText.hasPrefix)
  }

  /// Whether `s` names no topic of its own besides the doubt it may speak of ("Twijfel je, geef ze
  /// dan toch op"), or one that `o` names.
  static func onTopicOf(_ s: SentenceAnalysis, _ o: SentenceAnalysis) -> Bool {
    let own = s.topics.filter { $0 != "bespreekbaarheid" }
    return own.isEmpty || own.contains(where: o.topics.contains)
  }

  /// Words of a report that presupposes one told before: in doubt, restricted, said to suffice
  /// ("melden is genoeg"), or named with a demonstrative ("die meldplicht geldt alleen voor …").
  static let presupposing = PhraseList([
    "hoef je alleen", "hoeft u alleen", "hoeft hij alleen", "hoeft alleen", "hoeven alleen", "hoef je pas",
    "hoeft u pas", "hoeft pas", "is genoeg", "volstaat", "is voldoende", "die meldplicht", "deze meldplicht",
    "die meldingsplicht", "deze meldingsplicht", "die plicht", "deze plicht",
    // ("Dan doe je daarvan … alsnog opgave": what one does after all is what one was told to do.)
    "alsnog",
  ])
  static let definiteObjects = PhraseList([
    "geef je het", "geeft u het", "meld je het", "meldt u het", "je geeft het", "u geeft het", "je meldt het", "u meldt het",
  ])
  /// Whether a report is made the way another rule of the code says ("Een raadszetel geef je op
  /// volgens 7 lid 2"): that rule says where it goes, and is checked on its own.
  /// Whether the report is said elsewhere: made the way another rule says (`followsRule`), or
  /// quoted from the law ("Artikel 8, tweede lid, verplicht de ambtenaar: ‘… melding te doen …’").
  /// Also a sentence on where a duty stated elsewhere reaches ("Nee: de meldplicht geldt alleen
  /// voor de functies in de bijlage"), and a report made as another kind of report of the code
  /// that names its recipient ("Het raadslidmaatschap geef je op als nevenwerkzaamheid").
  static func saidElsewhere(_ s: SentenceAnalysis, _ context: LintContext) -> Bool {
    followsRule(s) || s.mentions(["artikel"]) && [": ‘", ": '", ": \"", ": “", ": „"].contains(where: s.text.contains)
      || s.mentions(definiteDuties) && (s.action == "gelden" || s.action == "vervallen" || s.mentions(["van toepassing"]))
      || s.mentions(asSideActivity)
        && context.meanings.contains { m in
          m.allSentences.contains { $0.topics.contains("nevenwerkzaamheden") && !$0.reportTo.isEmpty }
        }
  }
  /// A duty to report named as known: its article or demonstrative points to where it is stated.
  static let definiteDuties = PhraseList([
    "de meldplicht", "die meldplicht", "deze meldplicht", "de meldingsplicht", "die meldingsplicht", "deze meldingsplicht",
    "de opgaveplicht", "de plicht tot melden", "de plicht om te melden",
  ])
  static let asSideActivity = PhraseList([
    "als nevenwerkzaamheid", "als nevenwerkzaamheden", "als nevenwerk", "als nevenfunctie", "als nevenactiviteit",
  ])
  /// (Not "De medewerker in een functie als bedoeld in artikel 7 …": that names who reports.)
  static func followsRule(_ s: SentenceAnalysis) -> Bool {
    guard s.references.contains(where: { $0.article != nil }) else { return false }
    let w = s.wordText.split(separator: " ")
    return w.indices.contains { k in
      ["volgens", "conform", "overeenkomstig"].contains(w[k]) && k + 1 < w.count
        && (w[k + 1] == "artikel" || w[k + 1] == "art" || w[k + 1].first?.isNumber == true)
    }
  }
  static let registers = PhraseList(["registr", "register", "vastleg", "vast te leggen"])
  static let provisos = PhraseList(["alleen als", "alleen wanneer", "uitsluitend als", "pas als", "mits", "op voorwaarde dat"])

  /// Whether a sentence is about reporting or consent: a report read in it, or its words.
  /// The sentences on reporting, with one that follows such a sentence and points back at it
  /// ("Geef het door. Dat doe je op dezelfde manier als in artikel 3.2.").
  static func reportingSentences(_ sentences: [SentenceAnalysis]) -> [SentenceAnalysis] {
    sentences.indices.filter { k in
      onReporting(sentences[k])
        || k > 0 && onReporting(sentences[k - 1])
          && [" dat ", " dit "].contains {
            sentences[k].wordText.hasPrefix($0) || sentences[k].wordText.hasPrefix($0.dropFirst())
          }
        // ("De afspraken in artikel 5, derde lid, gelden ook voor …; daarvan doe je … opgave": the
        // report that points back to what the sentence before refers to.)
        || k + 1 < sentences.count && onReporting(sentences[k + 1])
          && [" daarvan ", " hiervan ", " daarover ", " hierover "].contains { sentences[k + 1].wordText.hasPrefix($0) }
    }.map { sentences[$0] }
  }

  static func onReporting(_ s: SentenceAnalysis) -> Bool {
    s.modality == .meldplicht || s.norms.contains { $0.modality == .meldplicht } || s.mentions(reportingWords)
  }
  static let reportingWords = PhraseList(["meld", "opgave", "opgeven", "geef op", "toestemming", "kennis"])
  /// Whoever receives a report, as a sentence's subject.
  static let receiver = PhraseList([
    "degene die een melding", "degene die de melding", "wie een melding ontvangt", "die een melding ontvangt",
    "die de melding ontvangt", "ontvanger van de melding", "ontvanger van een melding",
  ])

  /// "Vraag vooraf toestemming", "je hebt toestemming nodig": consent to be asked of someone.
  /// Not consent that is only handled ("Verleende toestemmingen worden geregistreerd"): the
  /// sentence must ask, need or be without it.
  /// Whether the sentence's own norm is a report (or asks consent), or a predicate joined to a
  /// ban reports with a modal of duty of its own: "Je neemt de zaak niet in behandeling en je moet
  /// je betrokkenheid melden". (Not a bare instruction after the ban, "Geschenken op het huisadres
  /// niet houden, maar melden en terugsturen": the same gifts as the rule before, whose report
  /// goes where that rule says.)
  static func imposesReport(_ s: SentenceAnalysis) -> Bool {
    !s.negated && (s.modality == .meldplicht || asksConsent(s))
      || s.modality == .verbod && s.mentions(dutyModals)
        && s.norms.contains { $0.role == .coordinate && $0.modality == .meldplicht && !$0.negated }
  }
  static let dutyModals = PhraseList(["moet", "moeten", "dient", "dienen", "verplicht"])

  static func asksConsent(_ s: SentenceAnalysis) -> Bool {
    s.mentions(Self.consent) && s.mentions(Self.asking) && !s.mentions(Self.readersConsent)
      && (s.modality == .gebod || s.modality == .meldplicht || s.modality == .verbod && s.mentions(Self.without))
      // ("Houd het gerust zelf, zonder er toestemming voor te vragen": consent waived, not asked.)
      && (s.modality == .verbod || !s.mentions(["zonder"], within: 12, Self.consent.strings))
  }

  static let asking = PhraseList([
    "vraag", "vraagt", "vragen", "aanvraag", "aanvragen", "verzoek", "nodig", "zonder", "behoeft", "vereist", "krijg",
    "krijgt", "krijgen", "hebben", "hebt", "heb", "heeft", "alleen", "uitsluitend", "pas",
  ])

  /// Whether two sentences of a rule both ask a declaration ("… wordt vooraf opgave gedaan bij de
  /// leidinggevende …; bij twijfel wordt wel opgave gedaan"): the same act of reporting, whatever
  /// verb each is read with.
  static func sameDeclaration(_ a: SentenceAnalysis, _ b: SentenceAnalysis) -> Bool {
    // (The noun in one, the verb in the other: "Je geeft … opgave van …" and "… dan geef je het op".)
    (a.mentions(declarations) || a.action == "opgeven") && (b.mentions(declarations) || b.action == "opgeven")
  }
  static let declarations = PhraseList(["opgave", "opgaaf"])
}
