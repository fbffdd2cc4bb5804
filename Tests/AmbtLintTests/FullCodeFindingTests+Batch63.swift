import AmbtLint
import AmbtModel
import Testing

/// The general changes the sixty-third to sixty-fifth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'van welke richting ook' is no relative clause; 'is … niet weggelegd' denies what it names")
  func whateverAndNotForYou() {
    let whatever = "Politieke opvattingen, van welke richting ook, draag je op sociale media niet uit."
    #expect(Self.has(lint(Self.code("Politiek", whatever)), "blanket-political-ban"))
    let denied = "Een lidmaatschap van een politieke partij is voor medewerkers niet weggelegd."
    #expect(Self.has(lint(Self.code("Politiek", denied)), "blanket-political-ban"))
  }

  @Test("only a reference in a sentence on reporting can name the recipient; whoever receives a report reports nothing")
  func referenceOnReporting() {
    let code =
      Self.header
      + "# 1. Belangen\n\n§ 1.1. [Belangen] Een belang bij een besluit meld je bij je teamleider.\n\n§ 1.2. [Relaties]\n1. Heeft de medewerker een relatie met iemand die hij beoordeelt, dan meldt hij dit.\n2. Regel 1.1 is van overeenkomstige toepassing op beoordelingen.\n"
    #expect(Self.has(lint(code), "report-without-addressee"))
    let receiver =
      "Een vermoeden van fraude meld je bij de integriteitscoördinator. Wie een melding ontvangt, maakt de naam van de melder niet zonder diens toestemming bekend."
    #expect(!Self.has(lint(Self.code("Melden", receiver)), "report-without-addressee"))
  }

  @Test("a comparison ', net als bij een geschenk boven € 40,' says nothing of gifts")
  func comparisonAside() {
    let text =
      "Een reis op kosten van een ander neem je alleen aan na toestemming van je teamleider; een overnachting leg je, net als bij een geschenk boven € 40, schriftelijk voor aan de directeur."
    #expect(!Self.has(lint(Self.code("Uitnodigingen", text)), "gift-requires-consent"))
  }

  @Test("'een hechte vriendschap met een collega' names the one befriended, not the recipient")
  func friendshipWith() {
    let text = "Een hechte vriendschap met een collega die je beoordeelt, meld je zo snel mogelijk."
    #expect(Self.has(lint(Self.code("Relaties", text)), "report-without-addressee"))
  }

  @Test("gifts 'van lagere waarde' are below the limit: a report above it does not reach them")
  func lowerValue() {
    let text = "Geschenken boven € 40 meld je bij je teamleider; geschenken van lagere waarde mag je houden."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }

  @Test("'Concreet:' closing a paragraph asks its items of the reader; a rule that points to a regulation names the recipient")
  func concretely() {
    let side =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Nevenwerk] Betaalde nevenbanen neem je niet aan.\nConcreet:\n- onbetaald werk dat je functie kan raken vooraf opgeven bij je teamleider, ook als je het nog maar van plan bent.\n"
    #expect(!lint(side).contains { $0.message.en.contains("obligation AW17-8-2a is not covered") })
    let regulation =
      Self.header
      + "# 1. Misstanden\n\n§ 1.1. [Melden] Een vermoeden van een misstand meld je volgens de Klokkenluidersregeling.\nConcreet:\n- mondeling of schriftelijk melden.\n"
    #expect(!Self.has(lint(regulation), "report-without-addressee"))
  }

  @Test("an adjective both share ('politieke') does not make a ban reach a permission")
  func sharedAdjective() {
    let code =
      Self.header
      + "# 1. Meningsuiting\n\n§ 1.1. [Mening] Je mag je mening geven over politiek, zolang je functie er niet onder lijdt.\n\n§ 1.2. [Partij] Lid van een landelijke politieke partij word je niet.\n"
    #expect(!Self.has(lint(code), "prohibition-permission-unlinked"))
  }
}
