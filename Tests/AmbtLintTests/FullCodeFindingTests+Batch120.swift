import AmbtLint
import AmbtModel
import Testing

/// The general changes of the session of 5 December 2026 (fifth): leftovers of the
/// hundred-and-sixteenth to hundred-and-nineteenth batches and the batches from the
/// hundred-and-twentieth on, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'het is van (groot) belang dat' frames the norm of its dat-clause like 'belangrijk'")
  func vanBelangFrame() {
    let ban = "Het is van groot belang dat je je in het openbaar onthoudt van elke uitlating over politiek."
    #expect(Self.has(lint(Self.code("Politiek", ban)), "blanket-political-ban"))
    let lawful =
      "Het is van belang dat je je in het openbaar onthoudt van uitlatingen over politiek die de goede vervulling van je functie kunnen schaden."
    #expect(!Self.has(lint(Self.code("Politiek", lawful)), "blanket-political-ban"))
  }
}

extension FullCodeFindingTests {
  @Test("a dat-clause a relative clause interrupted takes its verb after the comma, even with more after it")
  func datClauseResumedAfterComma() {
    // (Without the report read, the reporting of side activities is reported missing.)
    let framed = Self.code(
      "Nevenwerk",
      "Het college verwacht dat je iedere nevenfunctie die je vervult of wilt gaan vervullen en die de dienst kan raken, doorgeeft aan de afdeling P&O via het personeelsportaal."
    )
    #expect(!Self.missing(lint(framed), "AW17-8-2a"))
    // (A finite verb with its subject after it opens the main clause: "…, doet u …".)
    let main = Self.code(
      "Nevenwerk",
      "Van een nevenfunctie die u hebt of wilt gaan vervullen en die de dienst kan raken, doet u melding bij de afdeling P&O.")
    #expect(!Self.missing(lint(main), "AW17-8-2a"))
  }

  @Test("'worden opgenomen in het register' without an agent is the employer's record, no one's report")
  func registerEntryIsEmployers() {
    let record = Self.code(
      "Financiële belangen", "De meldingen over financiële belangen worden vertrouwelijk opgenomen in een afgeschermd register.")
    #expect(!Self.has(lint(record), "financial-interest-duty-beyond-act"))
    let all = Self.code("Financiële belangen", "Iedere medewerker meldt zijn financiële belangen aan de concerncontroller.")
    #expect(Self.has(lint(all), "financial-interest-duty-beyond-act"))
  }

  @Test("a yes-or-no question answered with 'dan' in the next sentence is the answer's condition")
  func questionThenDan() {
    let asked = Self.code(
      "Financiële belangen",
      "Kom je voor op de lijst achterin deze code? Geef dan je aandelen door aan de controller.")
    #expect(!Self.has(lint(asked), "financial-interest-duty-beyond-act"))
    // (A question that is not answered with `dan` does not limit the sentence after it.)
    let unlimited = Self.code(
      "Financiële belangen", "Heb je beleggingen? Iedereen geeft ieder jaar zijn beleggingen door aan de controller.")
    #expect(Self.has(lint(unlimited), "financial-interest-duty-beyond-act"))
  }

  @Test("'zo'n nevenfunctie' bans only the side work the sentence before qualified")
  func zoNAnaphor() {
    let qualified = Self.code(
      "Nevenwerk",
      "Naast je baan mag je veel. Dat is anders zodra een nevenfunctie je onafhankelijkheid als ambtenaar aantast. Zo'n nevenfunctie neem je niet aan."
    )
    #expect(!Self.has(lint(qualified), "side-activities-beyond-act"))
    let blanket = Self.code("Nevenwerk", "Naast je baan werk je niet. Zo'n nevenfunctie neem je dus niet aan.")
    #expect(Self.has(lint(blanket), "side-activities-beyond-act"))
  }

  @Test("'Bij de afdeling … kan dat' after a report names where it goes")
  func frontedPlaceOfReport() {
    let routed = Self.code(
      "Nevenwerk", "Twijfel je of je nevenfunctie de dienst raakt, meld haar dan toch. Bij het team HRM kan dat ook per e-mail.")
    #expect(!Self.has(lint(routed), "report-without-addressee"))
    let unrouted = Self.code(
      "Nevenwerk", "Twijfel je of je nevenfunctie de dienst raakt, meld haar dan toch. Bij twijfel kan dat ook per e-mail.")
    #expect(Self.has(lint(unrouted), "report-without-addressee"))
  }
}

/// The hundred-and-twenty-fourth to hundred-and-twenty-seventh batches.
extension FullCodeFindingTests {
  @Test("'een relatie of andere nauwe band met een collega' names the relation, not whom one reports to")
  func relationAfterCoordination() {
    let unnamed = Self.code(
      "Relaties", "Een vriendschap of andere hechte persoonlijke band met een collega in je team meld je zo snel mogelijk.")
    #expect(Self.has(lint(unnamed), "report-without-addressee"))
    let named = Self.code(
      "Relaties", "Een vriendschap of andere hechte persoonlijke band met een collega in je team meld je bij je teamleider.")
    #expect(!Self.has(lint(named), "report-without-addressee"))
  }

  @Test("a ban with an exception for kinds of work ('tenzij het gaat om …') still bans every other side activity")
  func exceptionOfKinds() {
    let kinds = Self.code(
      "Nevenwerk",
      "In geen geval neemt de ambtenaar nevenwerk aan, tenzij het gaat om onbezoldigde bestuursfuncties bij een vereniging.")
    #expect(Self.has(lint(kinds), "side-activities-beyond-act"))
    let harm = Self.code(
      "Nevenwerk",
      "In geen geval neemt de ambtenaar nevenwerk aan, tenzij het gaat om werk dat de belangen van de dienst niet kan raken.")
    #expect(!Self.has(lint(harm), "side-activities-beyond-act"))
  }

  @Test("', en dus niet bij …,' denies the phrase between the commas, not the report")
  func contrastedAside() {
    let rule = Self.rules(
      "Nevenwerk",
      [
        "Nevenwerk dat je functie niet raakt, mag je doen.",
        "Bij de afdeling P&O, en dus niet bij je teamleider, geef je je huidige en voorgenomen nevenfuncties op.",
      ])
    let found = lint(rule)
    #expect(!Self.has(found, "side-activities-beyond-act"))
    #expect(!Self.missing(found, "AW17-8-2a"))
  }

  @Test("'… betekent niet dat je … mag' denies the permission; 'is geen overtreding' denies the violation")
  func deniedPermissionAndViolation() {
    let denied = Self.code(
      "Geschenken",
      "Voor elk geschenk van een relatie vraag je toestemming aan je teamleider. Dat een cadeau goedkoop is, wil niet zeggen dat je het zonder toestemming mag houden."
    )
    #expect(!Self.has(lint(denied), "gift-requires-consent"))
    let allowed = Self.code(
      "Politiek", "Lid zijn van een politieke partij is op zich geen overtreding van deze regels.")
    #expect(!Self.has(lint(allowed), "blanket-political-ban"))
    let banned = Self.code("Politiek", "Lid zijn van een politieke partij is een overtreding van deze regels.")
    #expect(Self.has(lint(banned), "blanket-political-ban"))
  }

  @Test("consent given 'daar vooraf mee' by a role counts, the adverb inside the split pronominal adverb")
  func splitPronominalAdverbConsent() {
    let rule = Self.code(
      "Geschenken",
      "Een geschenk van een leverancier mag je alleen houden als het afdelingshoofd er schriftelijk mee heeft ingestemd.")
    #expect(!Self.has(lint(rule), "gift-requires-consent"))
  }
}

/// The hundred-and-twenty-eighth to hundred-and-thirty-first batches.
extension FullCodeFindingTests {
  @Test("'je X, je Y en je Z melden' after a modal is one list of objects, not a second clause")
  func possessiveListBeforeInfinitive() {
    let rule = Self.code(
      "Financiële belangen",
      "Sta je in bijlage 2, dan moet je je aandelen, je opties en je obligaties opgeven voor zover die de dienst kunnen raken, en je moet daarna elk jaar een overzicht geven."
    )
    #expect(Self.has(lint(rule), "report-without-addressee"))
  }

  @Test("'werk dat je … doet, is geen nevenwerk' in a definition defines; it bans nothing")
  func bareNounWithRelative() {
    let rule = """
      In deze code wordt verstaan onder:
      - nevenwerk: alle werk, betaald of onbetaald, naast de functie; werk dat je in opdracht van de gemeente doet, is geen nevenwerk;
      - geschenk: elk voordeel van een derde.
      """
    #expect(!Self.has(lint(Self.code("Begrippen", rule)), "side-activities-beyond-act"))
  }

  @Test("after a sentence that names a law, bare references in its paragraph are to that law")
  func referencesAfterALaw() {
    let quoted = Self.code(
      "Nevenwerk",
      "Wettelijk kader: artikel 8, eerste lid, onder a, van de Ambtenarenwet 2017 verbiedt schadelijk nevenwerk. De ambtenaar geeft nevenwerk op (artikel 8, tweede lid, onder a). Je geeft je nevenwerk op bij P&O."
    )
    #expect(!Self.has(lint(quoted), "broken-reference"))
    let own = Self.code(
      "Nevenwerk",
      "Artikel 8 van de Ambtenarenwet 2017 en artikel 7.9 van deze gedragscode gelden hier. Je geeft je nevenwerk op bij P&O."
    )
    #expect(Self.has(lint(own), "broken-reference"))
  }

  @Test("the role that receives the report, or a contact named in a copula, says to whom")
  func receiverNamed() {
    let receives = Self.code(
      "Belangen",
      "Raakt een dossier je eigen belang, dan meld je dat meteen. De teamleider ontvangt die melding en wijst een ander toe.")
    #expect(!Self.has(lint(receives), "report-without-addressee"))
    let contact = Self.code(
      "Belangen", "Raakt een dossier je eigen belang, dan meld je dat meteen. Aanspreekpunt is de integriteitscoördinator.")
    #expect(!Self.has(lint(contact), "report-without-addressee"))
    let nobody = Self.code(
      "Belangen", "Raakt een dossier je eigen belang, dan meld je dat meteen. Het dossier gaat dan naar een ander.")
    #expect(Self.has(lint(nobody), "report-without-addressee"))
  }

  @Test("'na je vertrek ben je niet meer gebonden' ends secrecy with the employment")
  func notBoundAfterLeaving() {
    let rule = Self.code(
      "Geheimhouding",
      "Je houdt geheim wat je vertrouwelijk hoort. Na je uitdiensttreding ben je niet langer aan die plicht gebonden.")
    #expect(Self.has(lint(rule), "secrecy-limited-to-employment"))
  }

  @Test("a superseded law named with what one had to do under it is history")
  func pastModalIsHistory() {
    let history = Self.code(
      "Melden",
      "Een misstand meld je intern of extern, zoals je wilt. Onder de Wet Huis voor klokkenluiders moest je eerst intern melden; dat hoeft nu niet meer."
    )
    #expect(!Self.has(lint(history), "superseded-law"))
    let current = Self.code("Melden", "Een misstand meld je volgens de Wet Huis voor klokkenluiders.")
    #expect(Self.has(lint(current), "superseded-law"))
  }

  @Test("a free relative clause first bounds a political restriction to those it names, unless it names everyone")
  func freeRelativeBoundsBan() {
    let bounded = Self.code(
      "Politiek", "Wie een besluit van de raad voorbereidt, geeft daarover in het openbaar geen mening.")
    #expect(!Self.has(lint(bounded), "blanket-political-ban"))
    let everyone = Self.code("Politiek", "Wie bij de gemeente werkt, geeft in het openbaar geen politieke mening.")
    #expect(Self.has(lint(everyone), "blanket-political-ban"))
  }

  @Test("a ban that a law's name forbids ('de Provinciewet staat dat niet toe') restates the law")
  func lawForbids() {
    let rule = Self.code(
      "Nevenwerk", "Lid van Provinciale Staten van deze provincie kun je niet zijn: de Provinciewet staat dat niet toe.")
    #expect(!Self.has(lint(rule), "side-activities-beyond-act"))
  }
}

/// The hundred-and-thirty-second to hundred-and-thirty-fifth batches.
extension FullCodeFindingTests {
  @Test("a consent asked in a rule on contracts and supplies is the Act's, whatever its sentence's topics")
  func consentInContractsRule() {
    let code =
      Self.header + """
        # 1. Nevenwerk en opdrachten

        § 1.1. [Nevenwerk] Nevenwerk dat de dienst kan schaden, doe je niet. Ander nevenwerk geef je op bij P&O.

        § 1.2. [Aannemingen en leveringen]
        1. De medewerker neemt niet deel aan aannemingen en leveringen voor de dienst, ook niet via een ander.
        2. Een uitzondering daarop kan alleen het dagelijks bestuur toestaan.
        3. Een verzoek om toestemming moet schriftelijk worden ingediend bij de directeur.

        """
    #expect(!Self.has(lint(code), "side-activities-beyond-act"))
  }

  @Test("'(art. 4 lid 4 AW 2017)' and 'art. 6 Wbk' name a law, not the code's own rule")
  func lawAbbreviations() {
    let rule = Self.rules(
      "Melden",
      [
        "1. Je meldt een misstand bij de vertrouwenspersoon of extern (art. 6 Wbk).",
        "2. Het college legt jaarlijks verantwoording af (art. 4 lid 4 AW 2017).",
      ])
    #expect(!Self.has(lint(rule), "broken-reference"))
  }

  @Test("where a report lands names its recipient: 'komt terecht bij', 'bij wie:', 'Adres voor', 'Die meldingen gaan naar'")
  func whereReportsLand() {
    for route in [
      "Het formulier komt terecht bij team P&O.", "Je kiest zelf bij wie: je teamleider of de vertrouwenspersoon.",
      "Adres voor die melding: de integriteitscoördinator.", "Die meldingen gaan naar de IC.",
    ] {
      let rule = Self.code("Belangen", "Speelt er een persoonlijk belang, dan meld je dat direct. \(route)")
      #expect(!Self.has(lint(rule), "report-without-addressee"), "\(route)")
    }
    let organisation = Self.code(
      "Belangen", "Speelt er een persoonlijk belang, dan meld je dat direct. Die meldingen gaan naar de gemeente.")
    #expect(Self.has(lint(organisation), "report-without-addressee"))
  }

  @Test("records kept ('worden … bewaard', 'Zij legt de meldingen vast') ask no report of the reader")
  func recordsKept() {
    let kept = Self.code("Financiële belangen", "Meldingen van financiële belangen worden tien jaar bewaard.")
    #expect(!Self.has(lint(kept), "financial-interest-duty-beyond-act"))
    let she = Self.rules(
      "Financiële belangen",
      ["Wie in bijlage 2 staat, meldt zijn aandelen bij de controller.", "Zij legt die meldingen vast in een register."])
    #expect(!Self.has(lint(she), "report-without-addressee"))
  }

  @Test("'is daarin opgegaan' names a superseded law as history")
  func mergedLawIsHistory() {
    let rule = Self.code(
      "Melden",
      "De Wet Huis voor klokkenluiders is opgegaan in de Wet bescherming klokkenluiders. Een misstand meld je waar je wilt.")
    #expect(!Self.has(lint(rule), "superseded-law"))
  }

  @Test("what the employer does not forbid ('verbiedt de provincie niet') is allowed, no ban")
  func notForbiddenByEmployer() {
    let rule = Self.code(
      "Nevenwerk",
      "Nevenwerk dat je functie kan schaden, doe je niet. Ander nevenwerk verbiedt de provincie niet. Je geeft het op bij P&O.")
    #expect(!Self.has(lint(rule), "side-activities-beyond-act"))
  }

  @Test("a label and when it is done ('Eed of belofte: bij indiensttreding, …') is a duty")
  func labelAndTime() {
    let rule = Self.code("Eed", "Eed of belofte: bij je indiensttreding, ten overstaan van de directeur.")
    #expect(!Self.missing(lint(rule), "AW17-5-1a"))
  }

  @Test("'dan' after an instruction's object answers the yes-or-no question before it")
  func danLater() {
    let rule = Self.code(
      "Financiële belangen", "Zit je op de lijst in de bijlage? Meld je aandelen dan binnen een maand bij de controller.")
    #expect(!Self.has(lint(rule), "financial-interest-duty-beyond-act"))
  }
}

/// The hundred-and-thirty-sixth to hundred-and-thirty-ninth batches.
extension FullCodeFindingTests {
  @Test("'Je teamleider is degene bij wie je dat meldt' names the recipient")
  func degeneBijWie() {
    let rule = Self.code(
      "Belangen", "Heb je een band met een aanvrager, dan laat je dat weten. Je teamleider is degene bij wie je dat meldt.")
    #expect(!Self.has(lint(rule), "report-without-addressee"))
  }

  @Test("a gift permitted 'als daarvoor toestemming is gegeven' holds only with consent")
  func consentAsCondition() {
    let rule = Self.code(
      "Geschenken",
      "Een attentie van een leverancier, tot een waarde van dertig euro, mogen jullie aannemen als daarvoor toestemming is gegeven."
    )
    #expect(!Self.has(lint(rule), "gift-requires-consent"))
    let without = Self.code("Geschenken", "Een attentie tot een waarde van dertig euro mag je aannemen.")
    #expect(Self.has(lint(without), "gift-requires-consent"))
  }

  @Test("'artikel 12 van de Algemene inkoopvoorwaarden' is another document's article")
  func otherDocumentsArticle() {
    let rule = Self.code(
      "Inkoop", "Bij inkoop volg je artikel 12 van de Algemene inkoopvoorwaarden. Je meldt een belang bij P&O.")
    #expect(!Self.has(lint(rule), "broken-reference"))
  }
}

/// The hundred-and-fortieth to hundred-and-forty-third batches.
extension FullCodeFindingTests {
  @Test("a route in another lid ('Het formulier komt binnen bij team P&O') names the rule's recipient")
  func routeInAnotherLid() {
    let rule = Self.rules(
      "Nevenwerk",
      [
        "1. Je geeft nevenwerk op dat de dienst kan raken, ook voorgenomen werk.",
        "2. Het formulier komt binnen bij team P&O, dat de opgave registreert.",
      ])
    #expect(!Self.has(lint(rule), "report-without-addressee"))
    let relative = Self.code(
      "Belangen", "Raakt een zaak je familie, dan meld je dat; je teamleider, bij wie deze melding hoort, wijst een ander aan.")
    #expect(!Self.has(lint(relative), "report-without-addressee"))
  }

  @Test("advice ('We raden je aan … te vermelden') is no duty to report")
  func adviceIsNoDuty() {
    let rule = Self.code("Sociale media", "We raden je aan op je profiel te vermelden dat je op persoonlijke titel schrijft.")
    #expect(!Self.has(lint(rule), "report-without-addressee"))
  }

  @Test("'Niet alle nevenwerkzaamheden zijn toegestaan' bans some, not all")
  func notAll() {
    let rule = Self.code(
      "Nevenwerk",
      "Niet alle nevenwerkzaamheden zijn toegestaan. Verboden is nevenwerk dat de goede vervulling van je functie in gevaar brengt."
    )
    #expect(!Self.has(lint(rule), "side-activities-beyond-act"))
  }

  @Test("a superseded law that 'nu … heet' or that an old request 'nog naar' points to is history")
  func renamedOrPointedTo() {
    let renamed = Self.code(
      "Melden", "Let wel: de Wet Huis voor klokkenluiders sinds 2023 Wet bescherming klokkenluiders heet. Je meldt waar je wilt.")
    #expect(!Self.has(lint(renamed), "superseded-law"))
    let old = Self.code("Informatie", "Een verzoek dat nog naar de Wob verwijst, behandelen we als verzoek onder de Woo.")
    #expect(!Self.has(lint(old), "superseded-law"))
  }

  @Test("'dit is geen geschenk van een derde; melden is niet nodig' waives nothing the Act asks")
  func notAThirdPartysGift() {
    let rule = Self.code(
      "Geschenken",
      "Geschenken van relaties meld je bij je teamleider, die beslist. Taart van je eigen team — dit is geen geschenk van een derde; melden is niet nodig."
    )
    #expect(!Self.has(lint(rule), "gift-requires-consent"))
  }
}

/// The hundred-and-forty-fourth to hundred-and-forty-seventh batches.
extension FullCodeFindingTests {
  @Test("'zulk nevenwerk' points back past examples to the sentence that qualified it")
  func zulkPastExamples() {
    let rule = Self.code(
      "Nevenwerk",
      "Werk naast je baan mag. Maar het mag je werk voor de gemeente niet schaden. Bijvoorbeeld omdat je te moe bent. Zulk nevenwerk doe je niet."
    )
    #expect(!Self.has(lint(rule), "side-activities-beyond-act"))
  }

  @Test("'is geen (enkel) probleem' allows; 'valt hier niet onder' binds no one")
  func noObjectionAndNotCovered() {
    let rule = Self.code(
      "Nevenwerk",
      "Meestal is een nevenfunctie geen enkel probleem. Verboden is alleen nevenwerk dat je functie schaadt. Een bijbaan in de horeca valt hier niet onder."
    )
    #expect(!Self.has(lint(rule), "side-activities-beyond-act"))
  }

  @Test("'Hij doet dat bij de coördinator handhaving', 'Ontvanger van de melding is …' name the recipient")
  func pronounRouteAndReceiver() {
    let pronoun = Self.code(
      "Belangen", "Een toezichthouder met een band met een bedrijf meldt dat vooraf. Hij doet dat bij de coördinator toezicht.")
    #expect(!Self.has(lint(pronoun), "report-without-addressee"))
    let receiver = Self.code(
      "Financiële belangen",
      "Wie een aangewezen functie heeft, meldt zijn financiële belangen.\n1. De melding wordt gedaan bij de aanvang van de functie.\n2. Ontvanger van de melding is de integriteitscoördinator."
    )
    #expect(!Self.has(lint(receiver), "report-without-addressee"))
  }

  @Test("a ban on named kinds of side work for one team ('geen nevenwerkzaamheden als belastingadviseur') is no ban on all")
  func namedKindsForATeam() {
    let rule = Self.code(
      "Nevenwerk", "Medewerkers van team Belastingen verrichten geen nevenwerkzaamheden als belastingadviseur voor inwoners.")
    #expect(!Self.has(lint(rule), "side-activities-beyond-act"))
  }

  @Test("a contract rule's consent, in a sentence with topics of its own, is the Act's")
  func contractRuleConsent() {
    let code =
      Self.header + """
        # 1. Nevenwerk en opdrachten

        § 1.1. [Nevenwerk] Nevenwerk dat de dienst kan schaden, doe je niet. Ander nevenwerk geef je op bij P&O.

        § 1.2. [Aannemingen en leveringen]
        1. Je neemt niet deel aan aannemingen of leveringen voor de gemeente, ook niet via een eigen bedrijf.
        2. Dit verbod geldt niet als het college vooraf toestemming heeft gegeven. Vraag die toestemming eerst aan via je teamleider; zonder toestemming begin je er niet aan.

        """
    #expect(!Self.has(lint(code), "side-activities-beyond-act"))
  }
}
