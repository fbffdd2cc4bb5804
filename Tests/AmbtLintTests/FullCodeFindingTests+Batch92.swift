import AmbtLint
import AmbtModel
import Testing

/// The general changes the ninety-second to ninety-fifth batches of whole codes (and the misses
/// left from the ninetieth) led to, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  /// A code of one chapter whose rules are numbered 1.1, 1.2, … in order.
  static func rules(_ chapter: String, _ texts: [String]) -> String {
    header + "# 1. \(chapter)\n\n"
      + texts.enumerated().map { "§ 1.\($0.offset + 1). \($0.element)\n" }.joined(separator: "\n")
  }

  @Test("a relative clause with its own subject inside a condition ends at its verb; the report after the frame names no one")
  func relativeInsideCondition() {
    let unnamed =
      "Wanneer een leverancier waarvoor u opdrachten beoordeelt u werk aanbiedt, spreken wij met u af dat u dit meldt voordat u zijn offerte nog beoordeelt."
    #expect(Self.has(lint(Self.code("Overstap", unnamed)), "report-without-addressee"))
    let named =
      "Wanneer een leverancier waarvoor u opdrachten beoordeelt u werk aanbiedt, spreken wij met u af dat u dit meldt bij uw teamleider."
    #expect(!Self.has(lint(Self.code("Overstap", named)), "report-without-addressee"))
  }

  @Test("a frame after a colon ('…: wij vragen dat je geen enkele nevenfunctie aanneemt') bans what its dat-clause bans")
  func frameAfterColon() {
    let all =
      "Voor inspecteurs gaan de afspraken verder: wij vragen dat je naast je functie geen enkele nevenfunctie aanneemt."
    #expect(Self.has(lint(Self.code("Nevenwerk", all)), "side-activities-beyond-act"))
    let harmful =
      "Voor inspecteurs gaan de afspraken verder: wij vragen dat je geen nevenfunctie aanneemt die je onafhankelijkheid kan schaden."
    #expect(!Self.has(lint(Self.code("Nevenwerk", harmful)), "side-activities-beyond-act"))
  }

  @Test("'hoe kort die ook duurt' concedes every case, and 'naast je functie' names none")
  func concededCases() {
    let all = "Je verricht naast je functie geen enkele nevenactiviteit, hoe kort die ook duurt."
    #expect(Self.has(lint(Self.code("Nevenwerk", all)), "side-activities-beyond-act"))
    let harmful = "Je verricht geen nevenactiviteit die je functie kan schaden, hoe kort die ook duurt."
    #expect(!Self.has(lint(Self.code("Nevenwerk", harmful)), "side-activities-beyond-act"))
  }
}

extension FullCodeFindingTests {
  @Test("small gifts kept in an instruction without a report or consent; not when the rule asks consent")
  func giftInstruction() {
    let kept = "Attenties tot vijftien euro: aannemen en zelf houden, zonder melding aan of overleg met iemand."
    #expect(Self.has(lint(Self.code("Geschenken", kept)), "gift-requires-consent"))
    let asked = "Attenties tot vijftien euro: aannemen en zelf houden, na toestemming van je leidinggevende."
    #expect(!Self.has(lint(Self.code("Geschenken", asked)), "gift-requires-consent"))
  }

  @Test("'rechtstreeks extern, zonder eerst intern te melden' is a choice; 'zonder … alleen mogelijk als' is not")
  func withoutInternalFirst() {
    let choice =
      "Een vermoeden van een misstand: melden volgens de regeling, zoals het je het beste uitkomt:\n- intern, bij de vertrouwenspersoon; of\n- extern, direct bij het Huis voor Klokkenluiders, zonder eerst intern te melden."
    #expect(!Self.has(lint(Self.code("Misstanden", choice)), "internal-reporting-first"))
    let only =
      "Een vermoeden van een misstand meld je eerst intern bij de vertrouwenspersoon. Een melding bij het Huis voor Klokkenluiders zonder voorafgaande interne melding is alleen mogelijk als de directie zelf betrokken is."
    #expect(Self.has(lint(Self.code("Misstanden", only)), "internal-reporting-first"))
  }

  @Test("a rule on expression in a chapter titled with gifts does not waive a gift's report")
  func giftsFromTitleOnly() {
    let code = Self.rules(
      "Geschenken en meningsuiting",
      [
        "Een geschenk meld je altijd bij je leidinggevende, die beslist of je het mag houden.",
        "Je bent vrij je mening te uiten en lid te zijn van een politieke partij; dat lidmaatschap hoef je ook niet te melden.",
      ])
    #expect(!Self.has(lint(code), "gift-requires-consent"))
  }

  @Test("'in dat geval hoeft u het niet te melden' after a refused gift waives nothing")
  func refusedThenWaived() {
    let code = Self.code(
      "Geschenken",
      "Een geschenk meldt u bij uw leidinggevende, die beslist of u het mag houden. Dat geldt niet als u het meteen terugstuurt; in dat geval hoeft u het niet te melden."
    )
    #expect(!Self.has(lint(code), "gift-requires-consent"))
  }
}

extension FullCodeFindingTests {
  @Test("'Voorwaarde voor een externe melding is een interne melding' puts the internal report first; 'geen voorwaarde' does not")
  func conditionFor() {
    let first =
      "Voorwaarde voor een melding bij het Huis voor Klokkenluiders is een eerdere interne melding bij de vertrouwenspersoon."
    #expect(Self.has(lint(Self.code("Misstanden", first)), "internal-reporting-first"))
    let none =
      "Een interne melding bij de vertrouwenspersoon is geen voorwaarde voor een melding bij het Huis voor Klokkenluiders; niemand mag van je verlangen dat je eerst intern meldt."
    #expect(!Self.has(lint(Self.code("Misstanden", none)), "internal-reporting-first"))
  }

  @Test("small gifts 'vrij van melding en toestemming' are kept without a safeguard")
  func freeOfReport() {
    let free = "Vrij van melding en toestemming is de aanname van geschenken tot een waarde van twintig euro."
    #expect(Self.has(lint(Self.code("Geschenken", free)), "gift-requires-consent"))
  }

  @Test("a report of gifts whose keeping the manager 'instemt' with asks consent")
  func agreesAsConsent() {
    let code = Self.code(
      "Geschenken",
      "Een geschenk van meer dan vijftig euro meld je bij je leidinggevende, en je houdt het alleen als die ermee instemt. Een attentie tot vijftig euro mag je houden na een melding bij je leidinggevende."
    )
    #expect(!Self.has(lint(code), "gift-notification-only"))
  }

  @Test("a meldfunctionaris is a recipient who reports back, not a reader without recipient")
  func reportOfficer() {
    let code = Self.code(
      "Misstanden",
      "Een vermoeden van een misstand meld je bij de meldfunctionaris. De meldfunctionaris bevestigt de ontvangst binnen zeven dagen en laat je binnen drie maanden na die bevestiging weten wat er met je melding gebeurt."
    )
    #expect(!Self.has(lint(code), "report-without-addressee"))
  }
}

extension FullCodeFindingTests {
  @Test("'Relatie met collega: melden' names the relation, not a recipient")
  func bareRelation() {
    #expect(
      Self.has(lint(Self.code("Belangen", "Relatie met collega in eigen team: z.s.m. melden.")), "report-without-addressee"))
    #expect(
      !Self.has(
        lint(Self.code("Belangen", "Relatie met collega in eigen team: z.s.m. melden bij P&O.")), "report-without-addressee"))
  }

  @Test("'Alleen als je … bent:' first leaves the register and the publication after it their own")
  func onlyIfFirst() {
    let code = Self.rules(
      "Nevenwerk",
      [
        "Nevenwerk dat de belangen van de gemeente kan raken, geef je vooraf op bij P&O.",
        "Alleen als je directeur of afdelingshoofd bent: P&O registreert je opgave, en van deze functies worden de nevenwerkzaamheden gepubliceerd op de website.",
      ])
    let out = lint(code).map(\.message).map { "\($0)" }
    #expect(!out.contains { $0.contains("AW17-5-1c") }, "\(out)")
  }

  @Test("a standing consent 'met deze regel' with a report, and 'per geval toestemming vragen hoeft niet' after it")
  func standingConsentThenWaiver() {
    let kept =
      "Voor een attentie tot twintig euro geven we met deze regel vooraf toestemming, mits je haar meldt bij je leidinggevende; per geval toestemming vragen hoeft dan niet. Voor een duurder geschenk vraag je toestemming aan je leidinggevende."
    #expect(!Self.has(lint(Self.code("Geschenken", kept)), "gift-requires-consent"))
  }
}

extension FullCodeFindingTests {
  @Test("the same declaration, 'je geeft het nevenwerk op', one rule after the one that says where it goes")
  func declaredJustBefore() {
    let code = Self.rules(
      "Nevenwerk",
      [
        "Nevenwerk dat de belangen van de gemeente kan raken, geef je vooraf op bij P&O.",
        "Toestemming vragen hoeft niet: je geeft het nevenwerk op, en alleen als je leidinggevende je binnen een maand laat weten dat het je werk schaadt, stop je ermee.",
        "Financiële belangen in een aangewezen functie geef je jaarlijks op.",
      ])
    let found = lint(code).filter { $0.id == "report-without-addressee" }
    #expect(found.count == 1 && found.first?.article == "1.3.", "\(found.map(\.article))")
  }
}

extension FullCodeFindingTests {
  @Test("'het tweede lid van 3.1' without 'artikel' is a reference to a lid")
  func lidOfNumber() {
    let found = lint(Self.code("Belangen", "Twijfel je of iets onder het tweede lid van 1.1 valt, vraag dan advies aan P&O."))
    #expect(found.filter { $0.id == "broken-reference" }.count == 1, "\(found.map(\.id))")
  }

  @Test("a ban on all side work except the job's own; a ban 'zolang je hier werkt' is no ban until consent")
  func banKinds() {
    let own =
      "Behoudens werkzaamheden die uit de functie voortvloeien, is het verrichten van nevenwerkzaamheden de medewerker niet toegestaan."
    #expect(Self.has(lint(Self.code("Nevenwerk", own)), "side-activities-beyond-act"))
    let during = "Wij beloven dat wij, zolang wij hier werken, naast ons werk geen nevenwerkzaamheden verrichten."
    #expect(Self.has(lint(Self.code("Nevenwerk", during)), "side-activities-beyond-act"))
    // (A ban until consent is a permission regime, reported as such.)
    let consent = "Zolang je leidinggevende geen toestemming heeft gegeven, verricht je geen nevenwerkzaamheden."
    let regime = lint(Self.code("Nevenwerk", consent)).filter { $0.id == "side-activities-beyond-act" }
    #expect(regime.count == 1 && "\(regime[0].message)".contains("rule-label-requires-permission"), "\(regime)")
  }

  @Test("'hoef je er niets mee te doen' waives every safeguard; a waiver followed by a report of 'zo'n geschenk' does not")
  func nothingToDo() {
    let kept =
      "Geschenken neem je alleen aan met toestemming van je leidinggevende. Krijg je een attentie van hooguit twintig euro: die is voor jou, en verder hoef je er niets mee te doen."
    #expect(Self.has(lint(Self.code("Geschenken", kept)), "gift-requires-consent"))
    let reported =
      "Geschenken neemt de medewerker alleen aan met toestemming van de leidinggevende. Voor een geschenk van hooguit twintig euro hoeft niet vooraf toestemming te worden gevraagd; de medewerker meldt zo'n geschenk binnen een week aan zijn leidinggevende."
    #expect(!Self.has(lint(Self.code("Geschenken", reported)), "gift-requires-consent"))
  }

  @Test("'een opdracht of levering voor de gemeente' is on contracts and supplies")
  func supply() {
    let code = Self.code(
      "Aanbestedingen",
      "Wil je via je eigen bedrijf meedoen aan een levering voor de gemeente, dan kan dat alleen met toestemming van het college."
    )
    let out = lint(code).map { "\($0.message)" }
    #expect(!out.contains { $0.contains("AW17-8-1b") }, "\(out)")
  }

  @Test("a permission bound to a value beside a ban bound to a situation, or narrowed to some givers, is no unstated pair")
  func pairsOfValueAndSituation() {
    let code = Self.rules(
      "Geschenken",
      [
        "Blijft de waarde van een attentie onder de twintig euro, dan mag je haar houden.",
        "Zolang een aanbesteding loopt, neem je van de deelnemers geen enkel geschenk aan.",
        "Je neemt geen geschenk aan van een partij waarmee een vergunningprocedure loopt.",
      ])
    #expect(!Self.has(lint(code), "prohibition-permission-unlinked"))
  }
}
