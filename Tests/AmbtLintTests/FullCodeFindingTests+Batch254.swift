import AmbtLint
import AmbtModel
import Testing

/// The general changes of the nineteenth measuring round (the two-hundred-and-fifty-fourth to
/// two-hundred-and-fifty-sixth batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a ground put first without a comma ends where two finite verbs meet; the ban after it is read")
  func groundWithoutComma() {
    for text in [
      "Omdat het waterschap bij iedereen als neutraal bekend moet staan is het medewerkers niet toegestaan lid te zijn van een politieke partij.",
      "Omdat de dienst onpartijdig is mag de medewerker geen lid zijn van een politieke partij.",
    ] {
      #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
    // Bounded by the function, it is the Act's own restriction.
    let bounded =
      "Omdat het waterschap als neutraal bekend moet staan is het medewerkers niet toegestaan zich over politiek uit te laten als daardoor de goede vervulling van hun functie niet in redelijkheid is verzekerd."
    #expect(!Self.has(lint(Self.code("Politiek", bounded)), "blanket-political-ban"))
  }

  @Test("a condition put verb first that only says one works there ('Werk je bij ons, dan …') bounds nothing")
  func verbFirstEmployment() {
    for text in [
      "Werk je bij de gemeente, dan ben je geen lid van een politieke partij.",
      "Ben je bij de provincie in dienst, dan neem je niet deel aan politieke demonstraties.",
    ] {
      #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
    // A condition with more in it is a bound.
    let more = "Werk je bij de gemeente aan een dossier van de raad, dan ben je geen lid van een politieke partij."
    #expect(!Self.has(lint(Self.code("Politiek", more)), "blanket-political-ban"))
  }

  @Test("'ik' is a subject: a first-person ban is a ban, a first-person report is the reader's")
  func firstPersonSubject() {
    #expect(
      Self.has(lint(Self.code("Politiek", "Ik ben geen lid van een politieke partij.")), "blanket-political-ban"))
    #expect(
      !Self.has(
        lint(Self.code("Politiek", "Ik ben lid van een partij als ik dat wil; ik spreek niet namens de gemeente.")),
        "blanket-political-ban"))
  }

  @Test("a contact inside the case a report is asked for ('… je contactpersoon bij …, dan meld je het') names no recipient")
  func contactInsideTheCase() {
    let unnamed =
      "Word je de vaste contactpersoon van een leverancier waar je broer werkt, dan moet je dit melden."
    #expect(Self.has(lint(Self.code("Belangen", unnamed)), "report-without-addressee"))
    // A sentence that names the contact the report goes to still does.
    let named = lint(
      Self.rules(
        "Belangen",
        [
          "Heb je een zakelijke band met een leverancier, dan moet je dit melden. Je contactpersoon is de integriteitscoördinator."
        ]))
    #expect(!Self.has(named, "report-without-addressee"))
  }

  @Test("'evenmin' without a verb repeats the predicate before it: 'is niet verboden, en … evenmin' allows both")
  func evenminRepeats() {
    let allowed = "Lid worden van een vakbond is niet verboden, en op een partij stemmen of over politiek praten evenmin."
    #expect(!Self.has(lint(Self.code("Politiek", allowed)), "blanket-political-ban"))
    let banned = "Lid zijn van een politieke partij is niet toegestaan, en je mening over politiek uiten evenmin."
    #expect(Self.has(lint(Self.code("Politiek", banned)), "blanket-political-ban"))
  }

  @Test("'Lid 2 ziet niet op …' says where a provision reaches; it bans nothing")
  func zietOpIsScope() {
    let found = lint(
      Self.rules(
        "Politiek",
        [
          "Je mag lid zijn van een politieke partij.",
          "Je onthoudt je van uitingen waardoor de goede vervulling van je functie niet in redelijkheid is verzekerd.",
          "Regel 1.2 ziet niet op het lidmaatschap van een politieke partij.",
        ]))
    #expect(!Self.has(found, "blanket-political-ban"), "\(Self.labels(found, "blanket-political-ban"))")
  }

  @Test("'Het eerste lid geldt niet voor nevenwerk waardoor …' is the limit of the permission before it")
  func exceptionPointsBack() {
    let limited = lint(
      Self.rules(
        "Nevenwerk",
        [
          "Je mag nevenwerkzaamheden verrichten. Het vorige lid geldt niet voor nevenwerkzaamheden waardoor de goede vervulling van je functie niet in redelijkheid is verzekerd. Nevenwerk dat de belangen van de dienst kan raken, meld je bij je leidinggevende."
        ]))
    #expect(!Self.missing(limited, "AW17-8-1a"))
    // An exception about something else limits nothing.
    let other = lint(
      Self.rules(
        "Nevenwerk",
        [
          "Je mag nevenwerkzaamheden verrichten. Het vorige lid geldt niet voor stagiairs. Nevenwerk dat de belangen van de dienst kan raken, meld je bij je leidinggevende."
        ]))
    #expect(Self.missing(other, "AW17-8-1a"))
  }

  @Test("a sentence on where a stated duty reaches, or a report made as a side activity, asks no recipient")
  func dutyStatedElsewhere() {
    let found = lint(
      Self.rules(
        "Melden",
        [
          "Nevenwerkzaamheden die de belangen van de dienst kunnen raken, meld je vooraf bij team HR.",
          "Een bestuursfunctie bij een sportclub geef je op als nevenwerkzaamheid.",
          "Mag een collega van de receptie haar aandelen houden? Ja: de meldplicht voor aandelen geldt alleen voor inkopers.",
          "Aandelen in een aannemer moet je melden.",
        ]))
    #expect(
      Self.labels(found, "report-without-addressee") == ["1.4."], "\(Self.labels(found, "report-without-addressee"))")
    // Without a side-activity report that names its recipient, the report names no one.
    let alone = lint(Self.code("Melden", "Een bestuursfunctie bij een sportclub geef je op als nevenwerkzaamheid."))
    #expect(Self.has(alone, "report-without-addressee"))
  }
}
