import AmbtLint
import AmbtModel
import Testing

/// The general changes the fifty-eighth and fifty-ninth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'Dit betekent voor jou:' frames the reader's norms; it is no definition")
  func meansForYou() {
    let code =
      Self.header
      + "# 1. Belangen\n\n§ 1.1. [Belangen] Je houdt werk en privé gescheiden.\nDit betekent voor jou:\n- Heb je een aangewezen functie, dan geef je je aandelen binnen een maand op.\n"
    #expect(Self.has(lint(code), "report-without-addressee"))
  }

  @Test("'wiens' opens a relative clause; 'terechtkomen' is a verb")
  func whose() {
    let text =
      "Van u mag worden verwacht dat u een vriendschap met een aanvrager wiens dossier bij u terechtkomt, onverwijld meldt."
    #expect(Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }

  @Test("a report of some gifts only ('Een geschenk dat op uw huisadres wordt bezorgd, meldt u …') reaches no other gift")
  func reportOfSomeGifts() {
    func code(_ report: String) -> String {
      Self.header
        + "# 1. Geschenken\n\n§ 1.1. [Geschenken]\n1. Een attentie tot € 30,00 mag u houden; een duurder geschenk neemt u alleen aan met toestemming van uw teamleider.\n2. Geld neemt u nooit aan.\n3. \(report)\n"
    }
    #expect(
      Self.has(
        lint(code("Een geschenk dat op uw huisadres wordt afgeleverd, meldt u bij uw teamleider.")), "gift-requires-consent"))
    // Every gift one gets is every gift.
    #expect(!Self.has(lint(code("Elk geschenk dat u krijgt, meldt u bij uw teamleider.")), "gift-requires-consent"))
  }

  @Test("', gelet op …,' after the finite verb does not split 'wordt … verwacht dat'")
  func groundBetweenCommas() {
    let text =
      "Van teamleiders wordt, gelet op hun rol, verwacht dat zij geen lid zijn van een politieke partij."
    #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"))
  }

  @Test("the commas of a citation ('artikel 5, eerste lid, onder d, van de …') separate no clauses")
  func citationCommas() {
    let text =
      "Heeft u een functie die op grond van artikel 5, eerste lid, onder d, van de Ambtenarenwet 2017 is aangewezen, dan bezit u geen verboden belangen, en meldt u uw aandelen bij de compliance officer."
    let found = lint(Self.code("Financiële belangen", text))
    #expect(!found.contains { $0.message.en.contains("obligation AW17-8-1d-2b is not covered") })
  }

  @Test("consent to supply the municipality, in a rule whose title asks about it, is the Act's own")
  func supplyingTitle() {
    let code =
      Self.header
      + "# 1. Leveren\n\n§ 1.1. [Mag ik met mijn eigen bedrijf aan de gemeente leveren?] Alleen met toestemming van het college. Je vraagt die toestemming aan via je teamleider.\n"
    #expect(!Self.has(lint(code), "side-activities-beyond-act"))
  }

  @Test("'wij rekenen erop dat' frames its dat-clause")
  func countOnIt() {
    let text = "Wij rekenen erop dat u geen lid wordt van een politieke partij."
    #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"))
  }
}
