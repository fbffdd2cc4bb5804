import AmbtLint
import AmbtModel
import Testing

/// The general changes the seventy-fourth to seventy-sixth batches of whole codes led to, each in
/// wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'zonder verdere formaliteiten' and 'zonder iemand daarin te kennen' waive a gift's safeguard")
  func withoutFormalities() {
    for text in [
      "Een klein bedankje van minder dan vijftien euro mag je zonder verdere formaliteiten houden.",
      "Een attentie van ten hoogste twintig euro behoudt de ambtenaar zonder iemand daarin te kennen.",
    ] {
      #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"), "\(text)")
    }
  }

  @Test(
    "bans in new shapes: 'of die nu …', after 'daarom' following a main clause, 'verdraagt zich niet met', 'daaronder begrepen'")
  func bansInNewShapes() {
    for text in [
      "U wordt geacht geen enkele nevenfunctie op u te nemen, of die nu betaald is of onbetaald.",
      "Een tweede baan past eigenlijk nooit bij dit werk, en daarom doe je naast je werk geen enkel nevenwerk.",
    ] {
      #expect(Self.has(lint(Self.code("Nevenwerk", text)), "side-activities-beyond-act"), "\(text)")
    }
    for text in [
      "Het lidmaatschap van een politieke partij verdraagt zich niet met een functie bij de dienst.",
      "Uitspraken over politieke onderwerpen doet de medewerker in het openbaar, daaronder begrepen internetfora, in het geheel niet.",
    ] {
      #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
    // An exemption from a restriction frees what it names.
    let exempt = "Het bepaalde in het eerste lid is niet van toepassing op het lidmaatschap van een politieke partij."
    #expect(!Self.has(lint(Self.code("Politiek", exempt)), "blanket-political-ban"))
  }

  @Test(
    "reports in new shapes: 'gaan wij ervan uit dat u … opgave doet', a relation 'met een collega', 'bij je naasthogere leidinggevende'"
  )
  func reportsInNewShapes() {
    for text in [
      "Heeft u een relatie met een ondergeschikte, dan gaan wij ervan uit dat u daarvan opgave doet.",
      "Van een vriendschap met een collega die hij beoordeelt, doet de ambtenaar zo spoedig mogelijk opgave.",
    ] {
      #expect(Self.has(lint(Self.code("Relaties", text)), "report-without-addressee"), "\(text)")
    }
    let named = "Beoordeel je je partner, dan meld je de relatie bij je naasthogere leidinggevende."
    #expect(!Self.has(lint(Self.code("Relaties", named)), "report-without-addressee"))
  }

  @Test("coverage in new shapes: a headline 'Nooit nevenwerk waardoor …'; '…, dan mag je … niet hebben, meld je …'")
  func coverageInNewShapes() {
    let headline = "Nooit nevenwerk waardoor je functie of het goed functioneren van de dienst in gevaar komt."
    #expect(!Self.missing(lint(Self.code("Nevenwerk", headline)), "AW17-8-1a"))
    let designated =
      "Werk je in een functie uit bijlage 1, dan mag je de daar genoemde belangen niet hebben, meld je je overige financiële belangen binnen vier weken bij team HR."
    #expect(!Self.missing(lint(Self.code("Financiële belangen", designated)), "AW17-8-1d-2b"))
  }

  @Test("no false findings: secrecy that 'loopt na je vertrek gewoon door'; a report that goes to the compliance officer")
  func noFalseFindings() {
    let secrecy = "Je houdt vertrouwelijke zaken voor je; die plicht loopt na je vertrek gewoon door."
    #expect(!Self.has(lint(Self.code("Geheimhouding", secrecy)), "secrecy-limited-to-employment"))
    let routed =
      "Twijfelt u of een activiteit gemeld moet worden, meld haar dan. De melding gaat naar de compliance officer, die u adviseert."
    #expect(!Self.has(lint(Self.code("Nevenwerk", routed)), "financial-interest-duty-beyond-act"))
  }
}
