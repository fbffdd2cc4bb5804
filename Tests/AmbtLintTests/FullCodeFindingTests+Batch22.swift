import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-second batch of whole codes led to (Broekhorst, Oudewaarde,
/// Zevenmeren), each in wordings of its own.
extension FullCodeFindingTests {
  @Test("'… zonder vergoeding geef je niet door' waives the report of unpaid work; a waiver by the tie to the function does not")
  func notPassedOn() {
    let duty = "Nevenwerk dat je nu doet of gaat doen, meld je vooraf bij HR."
    let unpaid = lint(Self.code("Nevenwerk", duty + " Klussen zonder vergoeding geef je niet door."))
    #expect(unpaid.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-2a is covered only in part") })
    let lawful = lint(
      Self.code("Nevenwerk", duty + " Onbetaald werk zonder enige band met je functie of de gemeente geef je niet door."))
    #expect(!lawful.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-2a") })
  }

  @Test("the Huis named just before, 'pas … als' the internal report is handled: internal first")
  func onceHandled() {
    let first = lint(
      Self.code(
        "Melden",
        "Het Huis voor Klokkenluiders helpt bij meldingen die intern zijn vastgelopen. Ga daar dus pas heen als de gemeente je melding heeft afgehandeld."
      ))
    #expect(Self.has(first, "internal-reporting-first"))
    let free = lint(
      Self.code(
        "Melden",
        "Het Huis voor Klokkenluiders geeft advies. Ga daar heen als je twijfelt, ook als je nog niets intern hebt gemeld."))
    #expect(!Self.has(free, "internal-reporting-first"))
  }

  @Test("secrecy 'tot het tijdstip waarop' the employment 'een einde neemt' is limited to it")
  func endTaken() {
    let limited = lint(
      Self.code(
        "Geheimhouding",
        "De ambtenaar houdt geheim wat hem ter kennis komt. Deze plicht geldt tot het tijdstip waarop zijn dienstbetrekking een einde neemt."
      ))
    #expect(Self.has(limited, "secrecy-limited-to-employment"))
  }

  @Test("a purpose clause ('teneinde … te waarborgen') does not bound a political ban")
  func purposeIsNoBound() {
    let ban = lint(
      Self.code(
        "Politiek",
        "Teneinde de onpartijdigheid van de dienst te waarborgen onthoudt de ambtenaar zich van het lidmaatschap van een politieke partij."
      ))
    #expect(Self.has(ban, "blanket-political-ban"))
  }

  @Test("supplying the municipality is art. 8 lid 1 b, covered by its consent; 'Staat je functie in bijlage 1?' designates")
  func supplyingAndAnnex() {
    let supply = lint(
      Self.code(
        "Zaken doen",
        "Neem geen opdrachten van de gemeente aan. Alleen met schriftelijke toestemming van het college mag het wel."))
    #expect(!Self.missing(supply, "AW17-8-1b"))
    #expect(!Self.has(supply, "side-activities-beyond-act"))
    let annex = lint(
      Self.code("Belangen", "Staat je functie in bijlage 1? Meld dan je financiële belangen bij de integriteitscoördinator."))
    #expect(!Self.has(annex, "financial-interest-duty-beyond-act"))
  }
}
