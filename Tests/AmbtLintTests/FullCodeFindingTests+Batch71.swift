import AmbtLint
import AmbtModel
import Testing

/// The general changes the seventy-first to seventy-third batches of whole codes led to, each in
/// wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test(
    "a gift kept 'zonder … te melden', 'zonder iemand in te lichten' or 'zonder dat … hoeft' waives the safeguard and asks no one"
  )
  func keptWithoutTelling() {
    for text in [
      "Kost een attentie minder dan twintig euro, dan neem je die mee naar huis zonder dat je dat ergens hoeft te melden.",
      "Hou een kleine attentie gerust zelf, zonder die aan iemand te melden of er toestemming voor te vragen.",
      "Een kleine attentie mag u houden zonder iemand in te lichten.",
    ] {
      let found = lint(Self.code("Geschenken", text))
      #expect(Self.has(found, "gift-requires-consent"), "\(text)")
      #expect(!Self.has(found, "report-without-addressee"), "\(text)")
    }
  }

  @Test("'betaald noch onbetaald' is no verb; a ban in a second main clause after 'daarom' bans all side work")
  func neitherPaidNorUnpaid() {
    for text in [
      "Medewerkers nemen geen nevenfuncties op zich, betaald noch onbetaald.",
      "Het is belangrijk dat je je volle aandacht aan je werk kunt geven, en daarom doe je naast je baan geen ander werk.",
    ] {
      #expect(Self.has(lint(Self.code("Nevenwerk", text)), "side-activities-beyond-act"), "\(text)")
    }
  }

  @Test("what stays below, in a free relative clause, is kept; a decision on reported gifts safeguards no others")
  func belowInAFreeRelative() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. Is een cadeau meer dan veertig euro waard, dan meld je het bij je teamleider; wat daaronder blijft, mag je houden.\n\n§ 1.2. Je teamleider beslist of je een gemeld cadeau mag houden.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
  }

  @Test("only dearer gifts reported, 'die beslist …' a relative clause; a ban qualified by a relative clause bans not every gift")
  func onlyDearerReported() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. Alleen wanneer een geschenk meer dan veertig euro waard is, wordt het gemeld bij de leidinggevende, die beslist of het mag worden gehouden.\n\n§ 1.2. Er wordt geen geschenk aangenomen op het huisadres, noch van een relatie die een vergunning aanvraagt.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
  }

  @Test(
    "a 'Doe niet:' item on using the employer's things for side work bans no side work; a later 'Doe wel:' sentence is no ban")
  func doNotList() {
    let code =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. Let bij nevenwerk op het volgende.\nDoe:\n- meld een nieuwe nevenfunctie vooraf aan je teamleider;\n- houd je werkuren en je nevenwerk uit elkaar.\n\nDoe niet:\n- apparatuur of gegevens van de gemeente gebruiken voor je nevenwerk;\n- adviseren voor een bedrijf dat een vergunning aanvraagt waarbij jij betrokken bent. Doe wel: bespreek je twijfels met je teamleider.\n"
    #expect(!Self.has(lint(code), "side-activities-beyond-act"))
  }

  @Test("consent of 'het dagelijks bestuur' is asked of someone; an indirect question on a form asks no report")
  func boardAndIndirectQuestion() {
    let board =
      "Vraag vooraf toestemming aan het dagelijks bestuur voordat je deelneemt aan een levering aan het waterschap."
    #expect(!Self.has(lint(Self.code("Leveringen", board)), "report-without-addressee"))
    let form = "Met welk formulier je die belangen opgeeft, staat op intranet."
    #expect(!Self.has(lint(Self.code("Financiële belangen", form)), "report-without-addressee"))
  }

  @Test("'je bezit van aandelen' is a noun: 'Geef, als …, … op' is a report, here to no one")
  func possessionIsANoun() {
    let text =
      "Geef, als je een aangewezen functie hebt, binnen vier weken je financiële belangen en je bezit van aandelen op."
    #expect(Self.has(lint(Self.code("Financiële belangen", text)), "report-without-addressee"))
  }

  @Test(
    "'Zorg er dan voor dat je teamleider het weet' asks the reader; 'wij gebruiken onze bevoegdheden'; 'er wordt niet gediscrimineerd'"
  )
  func coverageOfNewWordings() {
    let report =
      "Doe je nevenwerk? Zorg er dan voor dat je teamleider het weet: je meldt al je nevenwerk dat de belangen van de gemeente kan raken, ook onbetaald en ook wat je van plan bent te gaan doen."
    #expect(!Self.missing(lint(Self.code("Nevenwerk", report)), "AW17-8-2a"))
    let powers = "Wij gebruiken onze bevoegdheden nooit voor onszelf, onze familie, onze vrienden of onze kennissen."
    #expect(!Self.missing(lint(Self.code("Integriteit", powers)), "AW17-4-1-misbruik"))
    let passive = "Er wordt niet gediscrimineerd, en pesten, agressie en intimidatie worden niet getolereerd."
    #expect(!Self.missing(lint(Self.code("Omgangsvormen", passive)), "AW17-4-1-discriminatie"))
  }

  @Test("a conditional ban that holds 'in geen geval' states its relation to a permission")
  func inNoCase() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. U neemt een geschenk in geen geval aan wanneer het uit geld of een cadeaukaart bestaat.\n\n§ 1.2. Een fles wijn of een bos bloemen mag u houden, zolang de waarde ervan niet boven de twintig euro uitkomt.\n"
    #expect(!Self.has(lint(code), "prohibition-permission-unlinked"))
  }
}
