import AmbtLint
import AmbtModel
import Testing

/// The general changes the forty-fourth and forty-fifth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'het eerste lid' is no 'eerst': a rule citing its first lid asks no internal reporting first")
  func firstLidIsNoFirst() {
    let text =
      "1. De medewerker meldt een vermoeden van een misstand bij de vertrouwenspersoon.\n2. Het eerste lid laat een melding bij het Huis voor Klokkenluiders onverlet."
    #expect(!Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
    let first =
      "Een vermoeden van een misstand meld je eerst bij de vertrouwenspersoon, pas daarna bij het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", first)), "internal-reporting-first"))
  }

  @Test("'Geen nevenwerkzaamheid is … uitgezonderd op de grond dat zij onbetaald is' includes unpaid side activities")
  func noExemptionForUnpaid() {
    let denied =
      "De medewerker meldt zijn huidige en voorgenomen nevenwerkzaamheden bij zijn leidinggevende. Geen nevenwerkzaamheid is van deze melding uitgezonderd omdat zij onbetaald is."
    let found = lint(Self.code("Nevenwerkzaamheden", denied)).filter { $0.id == "missing-obligation" }
    #expect(!found.contains { $0.message.nl.contains("onbetaald") || $0.message.en.contains("unpaid") })
    let waived =
      "De medewerker meldt zijn huidige en voorgenomen nevenwerkzaamheden bij zijn leidinggevende. Een melding is niet vereist voor onbetaalde nevenwerkzaamheden."
    let partial = lint(Self.code("Nevenwerkzaamheden", waived)).filter { $0.id == "missing-obligation" }
    #expect(partial.contains { $0.message.en.contains("unpaid") })
  }

  @Test("'komt deze verplichting te vervallen' after a sentence on secrecy limits it to the employment")
  func thisDutyLapses() {
    let text =
      "U bent verplicht tot geheimhouding van vertrouwelijke gegevens. Bij het einde van uw arbeidsovereenkomst vervalt deze verplichting."
    #expect(Self.has(lint(Self.code("Geheimhouding", text)), "secrecy-limited-to-employment"))
  }

  @Test("keeping political views to oneself 'op het werk en daarbuiten' is a ban not tied to the function")
  func everywhereIsNoQualifier() {
    let text = "Onze medewerkers houden hun politieke opvattingen voor zich, binnen en buiten werktijd."
    #expect(Self.has(lint(Self.code("Meningsuiting", text)), "blanket-political-ban"))
    let atWork = "Onze medewerkers houden hun politieke opvattingen voor zich tijdens hun werk als dat hun functie raakt."
    #expect(!Self.has(lint(Self.code("Meningsuiting", atWork)), "blanket-political-ban"))
  }

  @Test("giving the organisation the chance to look into it itself first keeps internal reporting first")
  func organisationLooksFirst() {
    let text =
      "Een vermoeden van een misstand meld je bij je leidinggevende. Je geeft de organisatie de kans het eerst zelf te onderzoeken, voordat je de Inspectie inschakelt."
    #expect(Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
  }

  @Test("'maken we een uitzondering: die mag je houden' takes gifts out of the safeguards")
  func giftsMadeAnException() {
    let text =
      "Je meldt elk geschenk bij je leidinggevende. Voor een bos bloemen na een rondleiding maken we een uitzondering: die mag je zelf houden."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }

  @Test("', te weten ten hoogste € 30,' is no verb: the permission is the sentence's")
  func teWetenIsNamely() {
    let text =
      "Attenties van geringe waarde, te weten ten hoogste € 30, mogen door de medewerker worden behouden zonder dat daarvan melding wordt gedaan."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }
}
