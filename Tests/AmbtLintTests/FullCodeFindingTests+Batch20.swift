import AmbtLint
import AmbtModel
import Testing

/// The general changes the twentieth batch of whole codes led to (Lingeweide, Wolderbroek,
/// Scharnegoor, Valkenrode), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'zolang we voor de gemeente werken' limits secrecy to the employment, as 'zolang je … werkt' does")
  func whileWeWork() {
    let limited = lint(Self.code("Informatie", "Wat we in ons werk horen, houden we geheim zolang we voor de gemeente werken."))
    #expect(Self.has(limited, "secrecy-limited-to-employment"))
  }

  @Test("a waiver of the report for unpaid side activities leaves art. 8 lid 2 a covered only in part")
  func unpaidWaiver() {
    let duty = "Je meldt je huidige en voorgenomen nevenwerkzaamheden bij HR."
    for waiver in [
      "Voor nevenwerk waarvoor je geen vergoeding krijgt, is een melding niet nodig.",
      "Onbetaald vrijwilligerswerk hoef je niet te melden.",
    ] {
      let found = lint(Self.code("Nevenwerk", duty + " " + waiver))
      #expect(
        found.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-2a is covered only in part") },
        "\(waiver)")
    }
    let whole = lint(Self.code("Nevenwerk", duty + " Dat geldt ook voor onbetaald vrijwilligerswerk."))
    #expect(!whole.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-2a") })
  }

  @Test("an exception for what belongs to the function does not bound a ban on political statements")
  func officialException() {
    let ban = lint(
      Self.code(
        "Politiek",
        "Het is je niet toegestaan je in het openbaar uit te laten over de lokale politiek, behalve als dat bij je functie hoort."
      ))
    #expect(Self.has(ban, "blanket-political-ban"))
    let test = lint(
      Self.code(
        "Politiek",
        "Het is je niet toegestaan je in het openbaar uit te laten over de lokale politiek, tenzij de goede vervulling van je functie daardoor niet in gevaar komt."
      ))
    #expect(!Self.has(test, "blanket-political-ban"))
  }

  @Test("a time clause over the whole employment does not bound a ban")
  func wholeEmployment() {
    let ban = lint(Self.code("Politiek", "Zolang je bij de gemeente werkt, word je geen lid van een politieke partij."))
    #expect(Self.has(ban, "blanket-political-ban"))
    let bounded = lint(
      Self.code("Politiek", "Zolang je aan de verkiezingsstukken werkt, word je geen lid van een politieke partij."))
    #expect(!Self.has(bounded, "blanket-political-ban"))
  }

  @Test("'zie vraag 9' in a code written as questions must name an existing question; elsewhere it is no reference")
  func questionNumbers() {
    let faq =
      Self.header
      + "# 1. Vragen\n\n§ 1. [Mag ik een cadeau houden?] Tot € 20 wel, als je het meldt bij je leidinggevende. Zie ook vraag 9.\n\n§ 2. [Mag ik nevenwerk doen?] Ja, als je het vooraf meldt bij HR. Zie ook vraag 1.\n"
    let found = lint(faq)
    #expect(found.filter { $0.id == "broken-reference" }.map { $0.message.nl.contains("'vraag 9'") } == [true])
    let plain = lint(Self.code("Formulier", "Op het formulier beantwoord je vraag 9 naar waarheid."))
    #expect(!Self.has(plain, "broken-reference"))
  }

  @Test("'ter sprake brengen bij' someone named reports to them")
  func raiseWith() {
    let named = lint(Self.code("Twijfel", "Twijfel je over een geschenk, dan breng je dat ter sprake bij je leidinggevende."))
    #expect(!Self.has(named, "report-without-addressee"))
  }

  @Test("verb-first conditions joined over commas ('…, en kan het je werk raken, dan meld je …') are one condition")
  func chainedCondition() {
    let found = lint(
      Self.code(
        "Nevenwerk",
        "Heb je een bijbaan of wil je er een, en raakt die je werk, dan meld je dat bij je leidinggevende voordat je begint. HR houdt een register van de meldingen bij."
      ))
    #expect(!found.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-2a") })
    #expect(!Self.has(found, "report-without-addressee"))
  }
}
