import AmbtLint
import AmbtModel
import Testing

/// The general changes of the twenty-third measuring round (the two-hundred-and-sixty-sixth to
/// two-hundred-and-sixty-eighth batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a report lodged in the employer's system has its route")
  func reportInSystem() {
    for lodged in [
      "Een nevenfunctie die je werk kan raken, geef je op in het personeelsportaal.",
      "Een nevenfunctie die je werk kan raken, meld je via het e-HRM-systeem.",
    ] {
      #expect(!Self.has(lint(Self.code("Nevenwerk", lodged)), "report-without-addressee"), "\(lodged)")
    }
    let nowhere = "Een nevenfunctie die je werk kan raken, meld je altijd."
    #expect(Self.has(lint(Self.code("Nevenwerk", nowhere)), "report-without-addressee"))
  }

  @Test("talking to someone first because one prefers to orders no internal report before an external one")
  func preferenceFirst() {
    let preference =
      "Een vermoeden van een misstand meld je bij de integriteitscoördinator of bij het Huis voor Klokkenluiders. Wil je liever eerst met een collega praten, dan kan dat bij de vertrouwenspersoon."
    #expect(!Self.has(lint(Self.code("Misstanden", preference)), "internal-reporting-first"))
    let ordered =
      "Een vermoeden van een misstand meld je eerst intern bij de integriteitscoördinator en pas daarna bij het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", ordered)), "internal-reporting-first"))
  }

  @Test("functions named in a verb-first condition are designated for financial interests")
  func functionsInVerbFirstCondition() {
    let named =
      "Ben je controller, inkoper of werk je bij het team Belastingen, dan meld je je financiële belangen en effectentransacties bij de secretaris."
    #expect(!Self.missing(lint(Self.code("Financiën", named)), "AW17-5-1d"))
    let everyone = "Je meldt je financiële belangen en effectentransacties bij de secretaris."
    #expect(Self.missing(lint(Self.code("Financiën", everyone)), "AW17-5-1d"))
  }

  @Test("an e-learning and integrity on a team meeting's agenda promote integrity awareness")
  func awarenessWords() {
    for text in [
      "Iedere nieuwe collega volgt de e-learning integriteit in de eerste maand.",
      "Je teamleider zet integriteit twee keer per jaar op de agenda van het teamoverleg.",
    ] {
      #expect(!Self.missing(lint(Self.code("Integriteit", text)), "AW17-4-1-bewustzijn"), "\(text)")
    }
    #expect(Self.missing(lint(Self.code("Integriteit", "Integriteit is belangrijk voor ons.")), "AW17-4-1-bewustzijn"))
  }

  @Test("a register the reader can count on ('Ik kan erop rekenen dat P&O … registreert') is kept")
  func registerCountedOn() {
    let counted =
      "Ik geef mijn nevenwerk op bij P&O. Ik kan erop rekenen dat P&O mijn opgegeven nevenwerk registreert."
    #expect(!Self.missing(lint(Self.code("Nevenwerk", counted)), "AW17-5-1b"))
    #expect(Self.missing(lint(Self.code("Nevenwerk", "Ik geef mijn nevenwerk op bij P&O.")), "AW17-5-1b"))
  }
}
