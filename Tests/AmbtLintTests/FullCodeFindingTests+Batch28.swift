import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-sixth batch's last misses and the twenty-eighth and
/// twenty-ninth batches of whole codes led to, each in wordings of its own, not the codes'
/// sentences.
extension FullCodeFindingTests {
  @Test("'geen actie nodig' for gifts up to a limit waives any report or consent")
  func noActionNeeded() {
    let waived = "Voor een attentie tot € 40, zoals een taart of een fles wijn, is geen enkele actie van jou nodig."
    let found = lint(Self.code("Geschenken", waived))
    #expect(Self.has(found, "gift-requires-consent"))
    #expect(found.first { $0.id == "gift-requires-consent" }?.message.en.contains("explicitly") == true)
    // The same words about a gift from a colleague at a farewell are outside art. 8 lid 1 e.
    let colleague = "Voor een cadeau van je collega's bij je afscheid is geen actie van jou nodig."
    #expect(!Self.has(lint(Self.code("Geschenken", colleague)), "gift-requires-consent"))
    // A need that stands ("is nodig") waives nothing.
    let needed = "Voor het aannemen van een geschenk is toestemming van je leidinggevende nodig."
    #expect(!Self.has(lint(Self.code("Geschenken", needed)), "gift-requires-consent"))
  }

  @Test("secrecy duties that 'no longer apply' after leaving end with the employment")
  func secrecyNoLongerApplies() {
    let ended =
      "Je houdt vertrouwelijke informatie geheim. Na je vertrek uit de organisatie gelden deze geheimhoudingsplichten niet meer."
    #expect(Self.has(lint(Self.code("Geheimhouding", ended)), "secrecy-limited-to-employment"))
    let kept =
      "Je houdt vertrouwelijke informatie geheim. Ook na je vertrek uit de organisatie blijft deze geheimhoudingsplicht gelden."
    #expect(!Self.has(lint(Self.code("Geheimhouding", kept)), "secrecy-limited-to-employment"))
  }
}
