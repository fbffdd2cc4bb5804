import AmbtLint
import AmbtModel
import Testing

/// The general changes the fifty-second and fifty-third batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  static func twoRules(_ chapter: String, _ first: String, _ second: String) -> String {
    header + "# 1. \(chapter)\n\n§ 1.1. [Eerste] \(first)\n\n§ 1.2. [Tweede] \(second)\n"
  }

  @Test("a ban reaches a permission only where the permitted case falls under it")
  func banReachesPermission() {
    let permission = "Een kleine attentie, zoals een plant of een boek, mag je aannemen en houden."
    // A ban on asking, on money, or bound to a situation, names cases of its own.
    for ban in [
      "Je vraagt nooit om cadeaus of andere voordelen.",
      "Contant geld en tegoedbonnen accepteer je nooit.",
      "Loopt er een inkoopprocedure, dan neem je van de inschrijvers ook geen attentie aan.",
    ] {
      let found = lint(Self.twoRules("Geschenken", ban, permission))
      #expect(!Self.has(found, "prohibition-permission-unlinked"), "\(ban)")
    }
    // A ban on the topic itself, or on what the permission names, reaches it.
    for ban in ["Je neemt geen geschenken aan.", "Attenties accepteer je niet."] {
      let found = lint(Self.twoRules("Geschenken", ban, permission))
      #expect(Self.has(found, "prohibition-permission-unlinked"), "\(ban)")
    }
    // A topic word narrowed by a relative clause is no ban on the topic.
    let narrowed = "Geschenken die bij je thuis worden afgeleverd, neem je niet aan."
    #expect(!Self.has(lint(Self.twoRules("Geschenken", narrowed, permission)), "prohibition-permission-unlinked"))
  }

  @Test("'hij/zij' and 'zijn/haar' read as their first word: the recipient after 'bij zijn/haar' is found")
  func slashAlternatives() {
    let text = "Een vermoeden van fraude meldt de medewerker bij zijn/haar leidinggevende."
    #expect(!Self.has(lint(Self.code("Melden", text)), "report-without-addressee"))
    let bare = "Een vermoeden van fraude meldt hij/zij onverwijld."
    #expect(Self.has(lint(Self.code("Melden", bare)), "report-without-addressee"))
  }

  @Test("'dat hij zijn …, zijn … en zijn … die …, meldt bij …': a list of possessives keeps the dat-clause open to its verb")
  func possessiveListInDatClause() {
    let text =
      "Van de ambtenaar in een aangewezen functie wordt verwacht dat hij zijn aandelen, zijn obligaties en zijn opties die het werk kunnen raken, jaarlijks meldt bij de compliance officer."
    let found = lint(Self.code("Financiële belangen", text))
    #expect(!Self.has(found, "report-without-addressee"))
    #expect(!found.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-1d-2b") })
  }

  @Test("what the employer does is no report of the reader's: a publication in the passive, a water board's own report")
  func employerActs() {
    for text in [
      "Het college wijst een vertrouwenspersoon aan; diens naam en telefoonnummer worden op het intranet bekendgemaakt.",
      "Bij een vermoeden van diefstal doet het waterschap aangifte.",
      "Wij gaan verantwoord om met het geld van de belastingbetaler.",
    ] {
      #expect(!Self.has(lint(Self.code("Organisatie", text)), "report-without-addressee"), "\(text)")
    }
    // The reader's report in the passive, under a modal of duty, still needs its recipient.
    let duty = "Een relatie met een inschrijver moet vooraf worden bekendgemaakt."
    #expect(Self.has(lint(Self.code("Belangen", duty)), "report-without-addressee"))
  }

  @Test("'tot de dag waarop je uit dienst gaat' limits secrecy to the employment")
  func untilTheDayYouLeave() {
    let text = "Tot het moment waarop u bij ons uit dienst treedt, bewaart u de vertrouwelijkheid van wat u weet."
    #expect(Self.has(lint(Self.code("Geheimhouding", text)), "secrecy-limited-to-employment"))
  }

  @Test("a report only of dearer gifts, beside a ban on money and on gifts sent home, leaves the cheaper ones without")
  func onlyAboveBesideNamedBans() {
    let text =
      "Alleen van geschenken met een waarde boven € 40 doe je melding bij je teamleider. Geld, cadeaukaarten en geschenken die bij je thuis worden bezorgd, neem je in geen geval aan."
    #expect(
      lint(Self.code("Geschenken", text)).contains {
        $0.id == "gift-requires-consent" && $0.message.en.contains("only for gifts above")
      })
    // A ban on gifts themselves reaches the cheaper ones.
    let banned =
      "Alleen van geschenken die meer dan € 40 waard zijn, doe je melding bij je teamleider. Geschenken neem je niet aan."
    #expect(!Self.has(lint(Self.code("Geschenken", banned)), "gift-requires-consent"))
  }

  @Test("an answer that points at its question's gifts ('Dat …') is about the gifts the question names")
  func answerPointsAtQuestion() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Mag ik iets houden?] Onder de dertig euro mag je een attentie houden, en alleen duurdere cadeaus leg je voor aan je teamleider.\n\n§ 1.2. [Wat doe ik met een cadeau van dertig euro of meer?] Dat neem je alleen aan als je teamleider ermee instemt.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
  }

  @Test("'een relatie met een collega melden' names no recipient; 'bespreek het met' and 'in overleg met' do")
  func withIsNoRecipientOfAReport() {
    let text = "[Moet ik een relatie met een collega melden?] Ja, die meld je zodra een van beiden de ander aanstuurt."
    #expect(Self.has(lint(Self.code("Relaties", text)), "report-without-addressee"))
    for named in [
      "Een relatie met een collega meld je in overleg met je teamleider.",
      "Een relatie met een collega bespreek je met je teamleider.",
    ] {
      #expect(!Self.has(lint(Self.code("Relaties", named)), "report-without-addressee"), "\(named)")
    }
  }

  @Test("no consent asked because a report takes its place is no waiver of both")
  func reportInsteadOfConsent() {
    let text =
      "Voor een geschenk tot € 40 hoef je vooraf geen toestemming te vragen: die geldt als gegeven wanneer je het binnen een week meldt bij je teamleider."
    #expect(!Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
    let waived = "Voor een geschenk tot € 40 hoef je geen toestemming te vragen en het ook niet te melden."
    #expect(Self.has(lint(Self.code("Geschenken", waived)), "gift-requires-consent"))
  }

  @Test("a restriction bounded to one's own cases or to individual files is no blanket political ban")
  func boundedToOwnCases() {
    for text in [
      "Je mag je mening geven. Over een vergunning die je zelf behandelt, laat je je in het openbaar niet uit.",
      "U mag uw mening geven. U doet in het openbaar geen uitspraken over individuele aanvragen.",
    ] {
      #expect(!Self.has(lint(Self.code("Meningsuiting", text)), "blanket-political-ban"), "\(text)")
    }
    let blanket = "Je laat je in het openbaar niet uit over politieke onderwerpen."
    #expect(Self.has(lint(Self.code("Meningsuiting", blanket)), "blanket-political-ban"))
  }

  @Test("', wij gaan …' after a comma opens a clause of its own; 'verantwoord' there is no report")
  func subjectAfterComma() {
    let text =
      "Wat verwachten wij? Wij zijn eerlijk, open en betrouwbaar, wij gaan verantwoord om met gemeenschapsgeld en wij zijn duidelijk over onze keuzes."
    #expect(!Self.has(lint(Self.code("Goed ambtenaarschap", text)), "report-without-addressee"))
  }
}
