import AmbtLint
import AmbtModel
import Testing

/// The general changes the seventy-seventh to seventy-ninth batches of whole codes led to, each in
/// wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a ground opening with 'Doordat' is no qualifier of a political ban; an aside 'zoals …' does not end a fronted ground")
  func groundsWithDoordatAndAsides() {
    let political =
      "Doordat burgers van elke overtuiging op ons moeten kunnen rekenen, onthouden we ons van iedere openbare politieke uiting."
    #expect(Self.has(lint(Self.code("Politiek", political)), "blanket-political-ban"))
    let gift =
      "Aangezien een kleinigheid van hooguit twintig euro, zoals een fles wijn, niemand bindt, mogen we die zonder verdere formaliteiten houden."
    #expect(Self.has(lint(Self.code("Geschenken", gift)), "gift-requires-consent"))
  }

  @Test("in a code of 'Afspraak N' rules, 'het derde lid van Afspraak 2' and 'Afspraak 9' are references to it")
  func agreements() {
    let code =
      Self.header
      + "# 1. Afspraken\n\n§ Afspraak 1 [Melden] Twijfel je, dan volg je het derde lid van Afspraak 2.\n\n§ Afspraak 2 [Vragen]\n1. Je vraagt je leidinggevende om raad.\n2. Je leidinggevende antwoordt binnen een week.\n\n§ Afspraak 3 [Slot] Zie ook Afspraak 9.\n"
    let found = lint(code).filter { $0.id == "broken-reference" }
    #expect(found.count == 2, "\(found.map(\.message))")
  }

  @Test("a waiver answering a question about a refused gift waives nothing; Gedeputeerde Staten are the board")
  func refusedAndBoard() {
    let refused = "Wat als u een geschenk direct terugstuurt? Dan hoeft u het niet te melden."
    #expect(!Self.has(lint(Self.code("Geschenken", refused)), "gift-requires-consent"))
    let board = "Vraag vooraf toestemming aan Gedeputeerde Staten voordat u deelneemt aan een levering aan de provincie."
    #expect(!Self.has(lint(Self.code("Leveringen", board)), "report-without-addressee"))
  }
}
