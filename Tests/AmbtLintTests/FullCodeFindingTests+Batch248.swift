import AmbtLint
import AmbtModel
import Testing

/// The general changes of the sixth session of 6 December 2026 (the two-hundred-and-forty-eighth
/// to two-hundred-and-fiftieth batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("what a denied membership does not fit is why it is banned, not a bound on the ban")
  func denyingComplement() {
    for text in [
      "Lidmaatschap van een politieke partij strookt niet met de neutrale rol van de griffie.",
      "Het lidmaatschap van een partij en het voeren van campagne rijmen niet met het onpartijdige imago van de dienst.",
    ] {
      #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
    // (The function, or the Act's test, in what it does not fit bounds it; so does a relative clause.)
    for text in [
      "Lidmaatschap van een politieke partij strookt niet met de functie van woordvoerder van de burgemeester.",
      "Uitspraken die niet stroken met een onpartijdige uitvoering van je werk, doe je niet in het openbaar.",
    ] {
      #expect(!Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
  }

  @Test("'Alleen medewerkers die …' names whom a restraint binds: no blanket ban")
  func onlyThoseWho() {
    for text in [
      "Alleen medewerkers die raadsvoorstellen schrijven, laten zich in het openbaar niet uit over die voorstellen.",
      "Uitsluitend de adviseurs die de burgemeester bijstaan, voeren geen campagne voor een partij.",
    ] {
      #expect(!Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
    #expect(Self.has(lint(Self.code("Politiek", "Medewerkers zijn geen lid van een politieke partij.")), "blanket-political-ban"))
  }

  @Test("a report the question before restricts ('Hoef je … pas op te geven als …?') goes where the rule before names")
  func reportRestrictedInQuestion() {
    let named = "Raakt je nevenwerk je functie? Dan geef je het op bij de teamcoach."
    let asked =
      "Hoef je een bestuursfunctie alleen op te geven als je ervoor betaald wordt? Nee, je geeft ook onbetaalde functies op."
    #expect(!Self.has(lint(Self.rules("Nevenwerk", [named, asked])), "report-without-addressee"))
    #expect(Self.has(lint(Self.rules("Nevenwerk", ["Nevenwerk kan de gemeente raken.", asked])), "report-without-addressee"))
    // ("alsnog": what one does after all is what one was told to do.)
    let late = "Stel dat je al voor je indiensttreding in een bestuur zat. Dan doe je daarvan alsnog opgave."
    #expect(!Self.has(lint(Self.rules("Nevenwerk", [named, late])), "report-without-addressee"))
    #expect(Self.has(lint(Self.rules("Nevenwerk", ["Nevenwerk kan de gemeente raken.", late])), "report-without-addressee"))
  }

  @Test("'Wat doe je: niets' in a case's lines bans nothing")
  func whatDoYouDoNothing() {
    let text =
      "Nevenwerk dat de gemeente niet raakt, hoef je niet op te geven.\nSituatie: je bent scheidsrechter bij de hockeyclub.\nWat doe je: niets; opgeven hoeft niet."
    #expect(!Self.has(lint(Self.code("Nevenwerk", text)), "side-activities-beyond-act"))
  }
}
