import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-first batch of whole codes led to (Omgevingsdienst
/// Loosterveen, Elsterbroek, Kortevoorde, Vinkenhove), each in wordings of its own.
extension FullCodeFindingTests {
  @Test("secrecy that 'vervalt op de dag waarop' the employment ends is limited to it")
  func lapsesOnTheDay() {
    let limited = lint(
      Self.code(
        "Geheimhouding",
        "Je houdt geheim wat je hoort. Die plicht vervalt op de dag waarop je arbeidsovereenkomst met de gemeente eindigt."))
    #expect(Self.has(limited, "secrecy-limited-to-employment"))
  }

  @Test("'vallen niet onder deze meldplicht' waives the report for what it names")
  func fallsOutside() {
    let found = lint(
      Self.code(
        "Nevenwerk",
        "Je meldt je huidige en voorgenomen nevenwerkzaamheden bij HR. Onbetaald vrijwilligerswerk valt niet onder deze meldplicht."
      ))
    #expect(found.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-8-2a is covered only in part") })
  }

  @Test("'of het nu betaald of onbetaald is' widens a ban on side activities")
  func paidOrUnpaid() {
    let ban = lint(
      Self.code("Nevenwerk", "Dit doe je niet:\n- een tweede baan hebben naast je werk, of het nu betaald of onbetaald is.\n"))
    #expect(Self.has(ban, "side-activities-beyond-act"))
  }

  @Test("a gift kept with 'daar hoef je niemand over in te lichten' is kept without a report")
  func noOneToTell() {
    let kept = lint(Self.code("Cadeaus", "Een kleine attentie mag je houden; daar hoef je niemand over in te lichten."))
    #expect(Self.has(kept, "gift-requires-consent"))
  }

  @Test("consent for work on the municipality's own contracts is the Act's, not a side-activity regime")
  func contractsConsent() {
    let contracts = lint(
      Self.code(
        "Nevenwerk",
        "Werk voor een bedrijf dat aan de gemeente levert, doe je alleen met voorafgaande toestemming van de gemeentesecretaris.")
    )
    #expect(!Self.has(contracts, "side-activities-beyond-act"))
    let regime = lint(Self.code("Nevenwerk", "Voor nevenwerk vraag je vooraf toestemming aan de gemeentesecretaris."))
    #expect(Self.has(regime, "side-activities-beyond-act"))
  }

  @Test("'Niet slechts …, maar steeds staat het u vrij' permits: no internal reporting first")
  func notOnlyButAlways() {
    let free = lint(
      Self.code(
        "Misstanden",
        "Niet slechts in uitzonderlijke gevallen, maar steeds staat het u vrij een vermoeden van een misstand rechtstreeks te melden bij het Huis voor Klokkenluiders, zonder dat u dit eerst intern hebt gemeld."
      ))
    #expect(!Self.has(free, "internal-reporting-first"))
  }

  @Test("a dat-clause that a relative clause interrupts before its verb is one clause: designated functions report")
  func interruptedDuty() {
    let found = lint(
      Self.code(
        "Belangen",
        "Het college wijst de functies met een risico op financiële belangenverstrengeling aan. Bekleedt u zo'n aangewezen functie, dan wordt van u verwacht dat u uw financiële belangen en transacties in effecten die de gemeente kunnen raken, jaarlijks meldt bij de integriteitscoördinator."
      ))
    #expect(!Self.missing(found, "AW17-8-1d-2b"))
  }
}
