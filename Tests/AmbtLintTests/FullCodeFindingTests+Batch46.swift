import AmbtLint
import AmbtModel
import Testing

/// The general changes the forty-sixth and forty-seventh batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a ban 'van welke aard of omvang ook' is a ban on every side activity")
  func whateverKind() {
    let text = "Om beschikbaar te blijven doet de medewerker geen nevenwerk, in welke vorm ook."
    #expect(Self.has(lint(Self.code("Inzetbaarheid", text)), "side-activities-beyond-act"))
  }

  @Test("how long a duty 'duurt', and 'tot het tijdstip waarop … de dienst … verlaat', limit secrecy to the employment")
  func dutyLastsWhileEmployed() {
    for text in [
      "De zwijgplicht duurt zolang je bij de regio in dienst bent.",
      "De plicht tot geheimhouding geldt tot het moment waarop de ambtenaar de dienst van het waterschap verlaat.",
    ] {
      #expect(Self.has(lint(Self.code("Geheimhouding", text)), "secrecy-limited-to-employment"), "\(text)")
    }
  }

  @Test("a report asked only above an amount, with nothing said of the gifts below it, leaves those without")
  func reportOnlyAbove() {
    let text = "Is een geschenk meer dan zestig euro waard, dan meld je het bij je leidinggevende."
    #expect(
      lint(Self.code("Geschenken", text)).contains {
        $0.id == "gift-requires-consent" && $0.message.en.contains("only for gifts above")
      })
    // A report of every gift, or a ban on gifts, reaches the ones below.
    let every = text + " Kleinere geschenken meld je ook bij je leidinggevende."
    #expect(!Self.has(lint(Self.code("Geschenken", every)), "gift-requires-consent"))
    let banned = "Geschenken neem je niet aan. Is een geschenk meer dan zestig euro waard, dan meld je het bij je leidinggevende."
    #expect(!Self.has(lint(Self.code("Geschenken", banned)), "gift-requires-consent"))
    // A manager's duty is no report of the employee's.
    let manager = "Je leidinggevende geeft elk geschenk boven zestig euro door aan de integriteitscoördinator."
    #expect(!Self.has(lint(Self.code("Geschenken", manager)), "gift-requires-consent"))
  }

  @Test("'Pas dan' after a question on how one's report went keeps internal reporting first")
  func onlyThenAfterQuestion() {
    let text =
      "Heb je binnen drie maanden niets gehoord over je melding? Pas dan kun je terecht bij het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
  }

  @Test("', en niet pas als …' negates no report; 'geeft … kennis' reports; 'laat je dat … weten' reports")
  func reportsReadAsReports() {
    for text in [
      "Heb je een band met een inschrijver? Dan meld je dat vooraf, en niet pas als iemand ernaar vraagt.",
      "Is een familielid bij een aanvraag betrokken, dan geeft de ambtenaar daarvan onverwijld kennis.",
      "Heb je een belang in een bedrijf? Dan laat je dat direct weten.",
    ] {
      #expect(Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"), "\(text)")
    }
  }

  @Test("', waaronder te verstaan …' is no definition, and 'behoeft geen mededeling' waives the report")
  func namelyAndNeedNot() {
    let text =
      "Attenties, waaronder te verstaan geschenken van ten hoogste twintig euro, kunnen door de ambtenaar worden behouden; daarvan behoeft geen mededeling te geschieden."
    #expect(
      lint(Self.code("Geschenken", text)).contains { $0.id == "gift-requires-consent" && $0.message.en.contains("explicitly") })
  }

  @Test("a particle is the last word that stands as one: 'geeft u vooraf op bij …, met het formulier op intranet'")
  func particleBeforeLaterPreposition() {
    let text =
      "Nevenwerkzaamheden die u verricht of van plan bent te verrichten, geeft u vooraf op bij uw leidinggevende, met het formulier op intranet."
    let found = lint(Self.code("Nevenwerkzaamheden", text)).filter { $0.id == "missing-obligation" }
    #expect(!found.contains { $0.message.en.contains("AW17-8-2a") })
  }

  @Test("'en je' before a noun is a possessive; 'bij P&O' after '(zoals …, …)' names the recipient")
  func possessiveAfterEnAndExamples() {
    let text =
      "Werk je in een functie die het college heeft aangewezen (zoals inkoper, jurist of controller), dan meld je je aandelen en je obligaties elk jaar bij P&O."
    #expect(!Self.has(lint(Self.code("Financiële belangen", text)), "report-without-addressee"))
  }

  @Test("a freedom limited 'als je werk eronder lijdt' covers art. 10")
  func limitByOwnWork() {
    let text = "Je mag je mening geven, ook over politiek. Je houdt je alleen in als je werk eronder lijdt."
    let found = lint(Self.code("Meningsuiting", text)).filter { $0.id == "missing-obligation" }
    #expect(!found.contains { $0.message.en.contains("AW17-10-1") })
  }

  @Test("a list before a relative clause's verb ('…, zijn partner of een huisgenoot belang heeft') does not end it")
  func listInRelativeClause() {
    let text =
      "Krijgt de medewerker te maken met een verzoek, klacht of andere zaak waarbij een bloed- of aanverwant, zijn partner of een huisgenoot belang heeft, dan geeft hij daarvan direct kennis."
    #expect(Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }

  @Test("'Zorg ervoor dat het bekend is' reports; 'Het is bekend dat …' does not")
  func madeKnown() {
    let text = "Heb je aandelen in een bedrijf onder ons toezicht? Zorg er dan voor dat dit bekend wordt voordat je begint."
    #expect(Self.has(lint(Self.code("Financiële belangen", text)), "report-without-addressee"))
    let known = "Het is bekend dat aandelen in bedrijven onder ons toezicht tot vragen leiden."
    #expect(!Self.has(lint(Self.code("Financiële belangen", known)), "report-without-addressee"))
  }

  @Test("'Wel:' and 'Niet:' lead-ins read as a permission and a ban on their infinitive items")
  func yesAndNoLists() {
    let text = "Wel:\n- een attentie tot vijftig euro aannemen en zelf houden.\n\nNiet:\n- geld of cadeaubonnen aannemen."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
    let side = "Niet:\n- nevenwerk doen onder werktijd of met spullen van de gemeente."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", side)), "side-activities-beyond-act"))
  }

  @Test("abstaining from political views 'zowel binnen als buiten werktijd' is a blanket ban; one's own dossier bounds it")
  func abstainFromPolitics() {
    let text =
      "Met het oog op de neutraliteit van de dienst onthoudt de werknemer zich, zowel binnen als buiten werktijd, van het uitdragen van politieke opvattingen."
    #expect(Self.has(lint(Self.code("Neutraliteit", text)), "blanket-political-ban"))
    let own = "Over een dossier waaraan je zelf werkt, onthoud je je van politieke uitlatingen in het openbaar."
    #expect(!Self.has(lint(Self.code("Neutraliteit", own)), "blanket-political-ban"))
  }

  @Test("an external route that opens when 'die melding' got no reaction keeps internal reporting first")
  func externalWhenThatReportFails() {
    let text =
      "Een vermoeden van een misstand meld je bij de integriteitscoördinator; heeft die melding na twee maanden niets opgeleverd, dan kun je je wenden tot het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
  }

  @Test("the same act of reporting later in a rule goes to the one named for it before")
  func sameActSameRecipient() {
    let text =
      "1. Nevenwerk dat de belangen van de dienst kan raken, geeft u vooraf op aan uw leidinggevende.\n2. Twijfelt u, dan geeft u het toch op."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", text)), "report-without-addressee"))
    let other =
      "1. Nevenwerk dat de belangen van de dienst kan raken, geeft u vooraf op aan uw leidinggevende.\n2. Twijfelt u over een geschenk, dan meldt u dat."
    #expect(Self.has(lint(Self.code("Nevenwerkzaamheden", other)), "report-without-addressee"))
  }

  @Test("a report in a second main clause after a relative clause ('…, en meld je …') covers the designated functions' duty")
  func reportInSecondClause() {
    let text =
      "Werk je in een functie uit de bijlage, dan bezit je de belangen die daar staan niet, en meld je je overige financiële belangen bij de secretaris."
    let found = lint(Self.code("Financiële belangen", text)).filter { $0.id == "missing-obligation" }
    #expect(!found.contains { $0.message.en.contains("AW17-8-1d-2b") })
  }
}
