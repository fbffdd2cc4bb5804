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
    let text = "Een vermoeden van fraude meldt de ambtenaar bij zijn/haar teamleider of bij de secretaris."
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
}
