import AmbtLint
import AmbtModel
import Testing

/// The general changes the ninety-second to ninety-fifth batches of whole codes (and the misses
/// left from the ninetieth) led to, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a relative clause with its own subject inside a condition ends at its verb; the report after the frame names no one")
  func relativeInsideCondition() {
    let unnamed =
      "Als een aannemer waarmee je samenwerkt je een baan aanbiedt, vragen wij dat je dat meldt voordat je nog aan zijn dossier werkt."
    #expect(Self.has(lint(Self.code("Overstap", unnamed)), "report-without-addressee"))
    let named =
      "Als een aannemer waarmee je samenwerkt je een baan aanbiedt, vragen wij dat je dat meldt bij je afdelingshoofd."
    #expect(!Self.has(lint(Self.code("Overstap", named)), "report-without-addressee"))
  }

  @Test("a frame after a colon ('…: wij vragen dat je geen enkele nevenfunctie aanneemt') bans what its dat-clause bans")
  func frameAfterColon() {
    let all =
      "Voor inspecteurs gaan de afspraken verder: wij vragen dat je naast je functie geen enkele nevenfunctie aanneemt."
    #expect(Self.has(lint(Self.code("Nevenwerk", all)), "side-activities-beyond-act"))
    let harmful =
      "Voor inspecteurs gaan de afspraken verder: wij vragen dat je geen nevenfunctie aanneemt die je onafhankelijkheid kan schaden."
    #expect(!Self.has(lint(Self.code("Nevenwerk", harmful)), "side-activities-beyond-act"))
  }

  @Test("'hoe kort die ook duurt' concedes every case, and 'naast je functie' names none")
  func concededCases() {
    let all = "Je verricht naast je functie geen enkele nevenactiviteit, hoe kort die ook duurt."
    #expect(Self.has(lint(Self.code("Nevenwerk", all)), "side-activities-beyond-act"))
    let harmful = "Je verricht geen nevenactiviteit die je functie kan schaden, hoe kort die ook duurt."
    #expect(!Self.has(lint(Self.code("Nevenwerk", harmful)), "side-activities-beyond-act"))
  }
}
