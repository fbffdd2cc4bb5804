import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-sixth and twenty-seventh batches of whole codes led to
/// (Dalwijk, Geulvallei, Fransbergen; Reigersmeer, Wierlanden, Schoutenburg), each in wordings of
/// its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a definition of side activities narrowed to paid work covers art. 8 lid 2 a in part")
  func paidDefinition() {
    let code =
      Self.header
      + "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code verstaan we onder:\n- nevenwerkzaamheden: werk buiten je functie waarvoor je een vergoeding krijgt.\n\n# 2. Nevenwerk\n\n§ 2.1. [Opgave] Je meldt je huidige en voorgenomen nevenwerkzaamheden bij je leidinggevende.\n"
    #expect(Self.partial(lint(code), "AW17-8-2a"))
    // Leaving unpaid work out in so many words does not name it; including it does.
    let excluded = code + "\n§ 2.2. [Vrijwilligerswerk] Onbetaald vrijwilligerswerk valt niet onder nevenwerkzaamheden.\n"
    #expect(Self.partial(lint(excluded), "AW17-8-2a"))
    let included = code + "\n§ 2.2. [Vrijwilligerswerk] Meld ook onbetaald vrijwilligerswerk bij je leidinggevende.\n"
    #expect(!Self.partial(lint(included), "AW17-8-2a"))
  }

  @Test("the Huis only 'zodra de interne procedure is afgerond' is internal first; a fronted object does not hide the subject")
  func externalOnceCompleted() {
    let once =
      "De Inspectie of het Huis voor Klokkenluiders kun je benaderen zodra de interne procedure is afgerond."
    #expect(Self.has(lint(Self.code("Misstanden", once)), "internal-reporting-first"))
    let melder = "Nadat de interne procedure is doorlopen, kan de melder zich wenden tot het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", melder)), "internal-reporting-first"))
    let free = "Het Huis voor Klokkenluiders kun je altijd rechtstreeks benaderen."
    #expect(!Self.has(lint(Self.code("Misstanden", free)), "internal-reporting-first"))
  }

  @Test("an aside between commas before a dat-clause's verb keeps the clause: the frame's content is the ban")
  func asideInDatClause() {
    let text =
      "Van de medewerker wordt verwacht dat hij zich, ook in het weekend en online, onthoudt van iedere politieke uiting."
    #expect(Self.has(lint(Self.code("Uitingen", text)), "blanket-political-ban"))
  }

  @Test("'Niemand verbiedt u …' permits; a conflict of interest with 'neem je niet deel' is no political ban")
  func deniedBanAndConflict() {
    let free = "Niemand verbiedt u lid te zijn van een politieke partij of te demonstreren."
    #expect(!Self.has(lint(Self.code("Uitingen", free)), "blanket-political-ban"))
    let conflict =
      "Speelt het belang van een vereniging waarin je actief bent, dan meld je dat bij je leidinggevende en neem je niet deel aan de besluitvorming."
    #expect(!Self.has(lint(Self.code("Belangen", conflict)), "blanket-political-ban"))
  }

  @Test("a definition of reporting that names a recipient names it for every report")
  func defaultRecipient() {
    let code =
      Self.header
      + "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code verstaan we onder:\n- melden: het mededelen aan de integriteitscoördinator.\n\n# 2. Belangen\n\n§ 2.1. [Belangen] Je meldt je aandelen in bedrijven die met de gemeente zakendoen.\n"
    #expect(!Self.has(lint(code), "report-without-addressee"))
    let none = code.replacingOccurrences(
      of: "- melden: het mededelen aan de integriteitscoördinator.", with: "- code: deze gedragscode.")
    #expect(Self.has(lint(none), "report-without-addressee"))
  }

  @Test("'ging nog uit van' the CAR/UWO is history; a code revised 'met instemming van' the works council asks no employee")
  func historyAndReview() {
    let history = "De code van 2015 ging nog uit van de CAR/UWO; nu geldt de cao."
    #expect(!Self.has(lint(Self.code("Algemeen", history)), "superseded-law"))
    let review = "Deze code wordt elke twee jaar geëvalueerd en zo nodig aangepast, met instemming van de ondernemingsraad."
    #expect(!Self.has(lint(Self.code("Evaluatie", review)), "report-without-addressee"))
  }

  @Test("a small gift that 'hoeft nergens te worden vermeld' is kept without a report")
  func notMentioned() {
    let text =
      "Een attentie onder de vijftig euro mag je aannemen; die hoeft nergens te worden vermeld. Duurdere geschenken meld je bij je leidinggevende."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }
}
