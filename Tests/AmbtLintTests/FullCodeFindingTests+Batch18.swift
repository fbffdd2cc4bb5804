import AmbtLint
import AmbtModel
import Testing

/// The general changes the eighteenth batch of whole codes led to (Ravensloot, Lindeberg,
/// Noorderhaven, Werkorganisatie HBZ), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a rule number after '§' in the running text must exist")
  func sectionSignReference() {
    let broken = lint(
      Self.header + "# 3. Belangen\n\n§ 3.1. [Belangen] Voor aanbestedingen gelden ook de regels van § 3.9.\n")
    #expect(Self.has(broken, "broken-reference"))
    let fine = lint(
      Self.header
        + "# 3. Belangen\n\n§ 3.1. [Belangen] Voor aanbestedingen gelden ook de regels van § 3.2.\n\n§ 3.2. [Aanbesteden] Je houdt je aan het inkoopbeleid.\n"
    )
    #expect(!Self.has(fine, "broken-reference"))
  }

  @Test("a ban on discrimination that names political views among its grounds restricts no one's expression")
  func discriminationGrounds() {
    for text in [
      "Het maken van onderscheid op grond van godsdienst, politieke gezindheid of afkomst is niet toegestaan.",
      "We maken geen onderscheid naar geloof, geslacht of politieke voorkeur.",
    ] {
      #expect(!Self.has(lint(Self.code("Respect", text)), "blanket-political-ban"), "\(text)")
    }
    #expect(Self.has(lint(Self.code("Politiek", "We uiten geen politieke voorkeur in het openbaar.")), "blanket-political-ban"))
  }

  @Test("'niemand is daartoe verplicht', 'u kiest zelf' and what one receives after a report put nothing first")
  func reportingChoice() {
    for text in [
      "We vinden het fijn als een collega een misstand eerst intern meldt, maar niemand is daartoe verplicht.",
      "Een vermoeden van een misstand meldt u intern bij de vertrouwenspersoon of extern bij het Huis voor Klokkenluiders; u kiest zelf.",
      "Na een interne melding van een misstand ontvangt u binnen zeven dagen een ontvangstbevestiging.",
    ] {
      #expect(!Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"), "\(text)")
    }
  }

  @Test("old law said no longer to exist, just after its name, is history")
  func historyAfterTheName() {
    let history = lint(Self.code("Slot", "De straffen uit de CAR/UWO bestaan sinds 2020 niet meer."))
    #expect(!Self.has(history, "superseded-law"))
    let current = lint(Self.code("Slot", "Bij overtreding volgt een straf volgens de CAR/UWO."))
    #expect(Self.has(current, "superseded-law"))
  }

  @Test("a chapter's text that says to whom one reports gives its rules a recipient")
  func recipientInTheChapter() {
    let intro =
      Self.header
      + "# 3. Nevenwerk\n\nIn dit hoofdstuk betekent melden steeds: melden bij je teamleider.\n\n§ 3.1. [Melden] Je meldt je nevenwerkzaamheden vooraf.\n"
    #expect(!Self.has(lint(intro), "report-without-addressee"))
    // A text in another chapter does not.
    let elsewhere =
      Self.header
      + "# 2. Belangen\n\nIn dit hoofdstuk betekent melden steeds: melden bij je teamleider.\n\n§ 2.1. [Belangen] Je vermijdt belangenverstrengeling.\n\n# 3. Nevenwerk\n\n§ 3.1. [Melden] Je meldt je nevenwerkzaamheden vooraf.\n"
    #expect(Self.has(lint(elsewhere), "report-without-addressee"))
  }

  @Test("'Het is niet zo dat …' denies what its dat-clause says")
  func itIsNotSo() {
    let found = lint(
      Self.code(
        "Nevenwerk",
        "Je meldt nevenwerk bij je leidinggevende. Het is niet zo dat een nevenfunctie verboden is zolang je geen antwoord hebt."
      ))
    #expect(!Self.has(found, "side-activities-beyond-act"))
    let ban = lint(Self.code("Nevenwerk", "Het is zo dat een nevenfunctie verboden is."))
    #expect(Self.has(ban, "side-activities-beyond-act"))
  }
}
