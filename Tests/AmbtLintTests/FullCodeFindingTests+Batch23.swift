import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-third batch of whole codes led to (Heerveldam, Brakelzande,
/// Oostvlierden), each in wordings of its own.
extension FullCodeFindingTests {
  @Test("'artikel 1.2, lid 3' names a lid that must exist")
  func lidAfterComma() {
    let code =
      Self.header
      + "# 1. Regels\n\n§ 1.1. [Verwijzing] Je handelt zoals artikel 1.2, lid 3, voorschrijft.\n\n§ 1.2. [Leden]\n1. Je werkt zorgvuldig.\n2. Je werkt onpartijdig.\n"
    #expect(lint(code).contains { $0.id == "broken-reference" && $0.message.nl.contains("1.2 lid 3") })
    let fine = code.replacingOccurrences(of: "lid 3,", with: "lid 2,")
    #expect(!Self.has(lint(fine), "broken-reference"))
  }

  @Test("'Dat kan bij …' after a duty to report names its recipients")
  func routeInTheNextSentence() {
    let named = lint(
      Self.code(
        "Melden", "Zie je een integriteitsschending? Dan meld je dat. Dat kan bij je leidinggevende of bij de vertrouwenspersoon."
      ))
    #expect(!Self.has(named, "report-without-addressee"))
    let unnamed = lint(Self.code("Melden", "Zie je een integriteitsschending? Dan meld je dat. Dat is belangrijk."))
    #expect(Self.has(unnamed, "report-without-addressee"))
  }

  @Test("a political ban in coordinated predicates is found in any of them")
  func politicalBanInCoordinatedPredicates() {
    let text =
      "Medewerkers bezoeken geen bijeenkomsten van politieke partijen, zetten hun naam niet onder petities en lopen niet mee in demonstraties."
    #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"))
    let bounded = text.replacingOccurrences(of: "demonstraties.", with: "demonstraties als dat de functievervulling schaadt.")
    #expect(!Self.has(lint(Self.code("Politiek", bounded)), "blanket-political-ban"))
  }
}
