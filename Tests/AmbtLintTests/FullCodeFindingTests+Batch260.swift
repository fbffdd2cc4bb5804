import AmbtLint
import AmbtModel
import Testing

/// The general changes of the twenty-first measuring round (the two-hundred-and-sixtieth to
/// two-hundred-and-sixty-second batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a terse note's 'Geldt zolang je hier werkt.' limits the secrecy of the note before it")
  func terseSecrecyLimit() {
    let limited = "Vertrouwelijke stukken: niet delen met derden. Geldt zolang je in dienst bent."
    #expect(Self.has(lint(Self.code("Informatie", limited)), "secrecy-limited-to-employment"))
    let continued = "Vertrouwelijke stukken: niet delen met derden. Geldt ook na je vertrek."
    #expect(!Self.has(lint(Self.code("Informatie", continued)), "secrecy-limited-to-employment"))
  }

  @Test("a terse note that bans party membership after a label's colon is a blanket political ban")
  func terseBan() {
    let ban = "Partijpolitiek: geen lidmaatschap van een politieke partij en geen uitingen over de gemeenteraad."
    #expect(Self.has(lint(Self.code("Politiek", ban)), "blanket-political-ban"))
    let free = "Partijpolitiek: geen bezwaar, zolang je werk er niet onder lijdt."
    #expect(!Self.has(lint(Self.code("Politiek", free)), "blanket-political-ban"))
  }

  @Test("a rule that names the recipient of every report whose own is not named answers for all")
  func recipientWhereNoneIsNamed() {
    let rules =
      "# 1. Melden\n\n§ 1.1. Wordt in deze code gevraagd iets te melden en staat er niet bij aan wie, dan meld je het aan je teamleider.\n\n"
      + "§ 1.2. Een aanbod van een leverancier meld je altijd.\n"
    #expect(!Self.has(lint(Self.header + rules), "report-without-addressee"))
    // A label that answers for its own rule ("Bij wie: …") names no one for the others.
    let labelled =
      "# 1. Melden\n\n§ 1.1. Nevenwerk geef je op. Bij wie: je teamleider.\n\n"
      + "§ 1.2. Een aanbod van een leverancier meld je altijd.\n"
    #expect(Self.has(lint(Self.header + labelled), "report-without-addressee"))
  }

  @Test("a report by a noun of telling after a label ('inlichten van de leidinggevende') has its recipient")
  func nominalTellingRecipient() {
    let told = "Familie in een dossier: inlichten van de teamleider, die het dossier aan een ander geeft."
    #expect(!Self.has(lint(Self.code("Belangen", told)), "report-without-addressee"))
    let untold = "Familie in een dossier: direct melden; een ander neemt het dossier over."
    #expect(Self.has(lint(Self.code("Belangen", untold)), "report-without-addressee"))
  }

  @Test("supplying something to the employer ('iets leveren aan …') is about public contracts and supplies")
  func supplying() {
    let asked =
      "Wil je via je eigen onderneming iets leveren aan de dienst, dan vraag je vooraf toestemming aan de directeur."
    #expect(!Self.missing(lint(Self.code("Zakendoen", asked)), "AW17-8-1b"))
    #expect(Self.missing(lint(Self.code("Zakendoen", "Je levert goed werk.")), "AW17-8-1b"))
  }

  @Test("a seat a statute rules out ('omdat de Gemeentewet dat uitsluit') is no blanket political ban")
  func statuteRulesOut() {
    let statute = "Je bent geen lid van de gemeenteraad, omdat de Gemeentewet dat uitsluit."
    #expect(!Self.has(lint(Self.code("Politiek", statute)), "blanket-political-ban"))
    let own = "Je bent geen lid van de gemeenteraad, omdat de directie dat uitsluit."
    #expect(Self.has(lint(Self.code("Politiek", own)), "blanket-political-ban"))
  }

  @Test("'de functionaris voor gegevensbescherming' is the data protection officer, a recipient")
  func dataProtectionOfficer() {
    let named = "Een datalek meld je binnen een uur bij de functionaris voor gegevensbescherming."
    #expect(!Self.has(lint(Self.code("Informatie", named)), "report-without-addressee"))
    #expect(Self.has(lint(Self.code("Informatie", "Een datalek meld je binnen een uur.")), "report-without-addressee"))
  }
}
