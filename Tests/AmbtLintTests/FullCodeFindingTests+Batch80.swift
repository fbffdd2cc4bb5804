import AmbtLint
import AmbtModel
import Testing

/// The general changes the eightieth to eighty-second batches of whole codes led to, each in
/// wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a report of dearer gifts, and a consent after its semicolon, does not reach the small gifts kept without either")
  func dearerAfterSemicolon() {
    let gift =
      "Het staat u vrij een attentie van ten hoogste twintig euro te behouden. Een duurder cadeau dient u direct aan uw teamleider te melden; u zult het slechts houden indien uw teamleider daarvoor toestemming geeft."
    #expect(Self.has(lint(Self.code("Geschenken", gift)), "gift-requires-consent"))
    let every =
      "Het staat u vrij een attentie van ten hoogste twintig euro te behouden, nadat u die bij uw leidinggevende hebt gemeld."
    #expect(!Self.has(lint(Self.code("Geschenken", every)), "gift-requires-consent"))
  }

  @Test("'Alvorens hij of zij naar het Huis gaat, meldt …' puts the internal report first")
  func pronounPairBeforeExternal() {
    let first =
      "Alvorens hij of zij naar het Huis voor Klokkenluiders gaat, meldt de medewerker een vermoeden van een misstand intern bij de vertrouwenspersoon."
    #expect(Self.has(lint(Self.code("Misstanden", first)), "internal-reporting-first"))
    let choice =
      "Een vermoeden van een misstand meldt hij of zij intern bij de vertrouwenspersoon of rechtstreeks bij het Huis voor Klokkenluiders."
    #expect(!Self.has(lint(Self.code("Misstanden", choice)), "internal-reporting-first"))
  }

  @Test("'volgens 1.9' is a reference to a rule of the code")
  func accordingTo() {
    let found = lint(Self.code("Melden", "Twijfel je over een geschenk, meld het dan volgens 1.9 bij je leidinggevende."))
    #expect(found.filter { $0.id == "broken-reference" }.count == 1, "\(found.map(\.message))")
  }

  @Test(
    "a 'Wat:' item to report and a 'Bij wie:' item with the recipient; a 'Wat:' item without one ('naar een collega gaat' is no consent)"
  )
  func fieldItems() {
    let named = "Als je een aanvrager kent:\n- Wat: melden dat je de aanvrager kent.\n- Bij wie: je teamleider."
    #expect(!Self.has(lint(Self.code("Belangen", named)), "report-without-addressee"))
    let unnamed =
      "Als je een aanvrager kent:\n- Wat: melden dat je de aanvrager kent, zodat de zaak naar een collega gaat.\n- Wanneer: direct."
    #expect(Self.has(lint(Self.code("Belangen", unnamed)), "report-without-addressee"))
  }

  @Test("'Meldplicht:' is a label that asks its item; the item may name the recipient")
  func reportLabel() {
    let unnamed = "Meldplicht: verlies van je dienstpas, binnen een dag."
    #expect(Self.has(lint(Self.code("Dienstpas", unnamed)), "report-without-addressee"))
    let named = "Meldplicht: verlies van je dienstpas, bij je teamleider, binnen een dag."
    #expect(!Self.has(lint(Self.code("Dienstpas", named)), "report-without-addressee"))
  }

  @Test(
    "a ban on side work until consent is given ('zolang … niet', 'totdat') asks consent for all of it; until a report, nothing")
  func banUntilConsent() {
    for text in [
      "Nevenwerk, hoe klein ook, doe je niet zolang je teamleider daar geen toestemming voor heeft gegeven.",
      "Je begint aan geen enkele nevenfunctie totdat het college je daarvoor toestemming heeft verleend.",
    ] {
      #expect(Self.has(lint(Self.code("Nevenwerk", text)), "side-activities-beyond-act"), "\(text)")
    }
    // A ban until a report is made is the Act's report regime.
    let reported = "Nevenwerk meld je vooraf bij je teamleider; zolang je het niet hebt gemeld, begin je er niet aan."
    #expect(!Self.has(lint(Self.code("Nevenwerk", reported)), "side-activities-beyond-act"))
  }

  @Test("'afspraak 2, derde lid' refers to rule 2 of a code whose numbered rules are its afspraken")
  func agreementByNumber() {
    let code =
      Self.header
      + "# 1. Afspraken\n\n§ 1. Twijfel ik, dan doe ik wat afspraak 2, derde lid, zegt.\n\n§ 2. [Vragen]\n1. Ik vraag mijn leidinggevende om raad.\n2. Mijn leidinggevende antwoordt binnen een week.\n"
    #expect(lint(code).filter { $0.id == "broken-reference" }.count == 1)
  }

  @Test("'Zwijg tot je laatste werkdag over …' limits secrecy to the employment; 'zwijg je niet' is no secrecy")
  func keepSilent() {
    let limited = "Zwijg tot je laatste werkdag over wat je in je werk hoort."
    #expect(Self.has(lint(Self.code("Geheimhouding", limited)), "secrecy-limited-to-employment"))
    let speakUp = "Zie je iets wat niet deugt tot je laatste werkdag, dan zwijg je niet."
    #expect(!Self.has(lint(Self.code("Melden", speakUp)), "secrecy-limited-to-employment"))
  }

  @Test("'Houd je, in en buiten werktijd, verre van elke politieke uiting' is a blanket ban")
  func keepAwayFromPolitics() {
    let text = "Houd je, in en buiten werktijd, verre van elke politieke uiting."
    #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"))
  }

  @Test(
    "a statute's incompatibility restated is no ban of side activities; a permission bounded by the functioning test meets a narrower ban"
  )
  func statuteAndNarrowerBan() {
    let statute =
      "Zolang je ambtenaar van de gemeente bent, kun je geen lid zijn van de gemeenteraad; die onverenigbaarheid volgt uit artikel 13 van de Gemeentewet."
    #expect(!Self.has(lint(Self.code("Nevenfuncties", statute)), "side-activities-beyond-act"))
    let code =
      Self.header
      + "# 1. Belangen\n\n§ 1.1. [Belangen] Aandelen en obligaties mag je hebben, mits de goede vervulling van je functie daardoor in redelijkheid verzekerd blijft.\n\n§ 1.2. [Verboden belangen] Financiële belangen die in de bijlage als verboden zijn aangemerkt, bezit je niet.\n"
    #expect(!Self.has(lint(code), "prohibition-permission-unlinked"))
  }

  @Test("a permission that excepts dearer gifts asks consent for those only; consent for invitations is none for gifts")
  func exceptedDearerGifts() {
    let excepted =
      "Cadeaus mag de medewerker aannemen en houden, met uitzondering van cadeaus van meer dan veertig euro, die hij alleen na toestemming van zijn teamleider aanneemt."
    #expect(Self.has(lint(Self.code("Geschenken", excepted)), "gift-requires-consent"))
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Geschenken en uitnodigingen]\n1. Cadeaus tot veertig euro mag de medewerker houden.\n2. Uitnodigingen voor congressen aanvaardt de medewerker uitsluitend na toestemming van zijn teamleider.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
    // ("geen ondergrens waaronder je een cadeau niet hoeft te melden": a double negation.)
    let noFloor =
      "Elk cadeau dat je voor je werk krijgt, meld je bij je teamleider. Er bestaat geen ondergrens waaronder je een cadeau niet hoeft te melden."
    #expect(!Self.has(lint(Self.code("Geschenken", noFloor)), "gift-requires-consent"))
  }

  @Test("'staat de medewerker open, behoudens het geval dat hij nog niet intern heeft gemeld' puts the internal report first")
  func openUnlessNotInternal() {
    let text =
      "Een melding bij het Huis voor Klokkenluiders staat de medewerker open, behoudens het geval dat hij de interne melding nog niet heeft gedaan."
    #expect(Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
  }

  @Test("a chapter's text that points to the regulation on wrongdoing covers its procedure, as a rule would")
  func regulationInChapterText() {
    let code =
      Self.header
      + "# 1. Melden\n\nElke melding nemen we serieus. De Regeling melden vermoeden van een misstand Proefstad 2024 beschrijft hoe dat gaat: je kunt mondeling of schriftelijk melden en je krijgt binnen een week een bevestiging.\n\n§ 1.1. [Benadeling] Ik benadeel niemand die te goeder trouw een vermoeden van een misstand heeft gemeld.\n"
    let found = lint(code)
    #expect(!found.contains { $0.id == "missing-obligation" && $0.message.en.contains("AW17-5-1e") })
  }

  @Test("a condition that names the wish to speak out is no bound on a political ban; one tied to the work is")
  func wishAsOccasion() {
    let ban = "Als u zich over politieke kwesties zou willen uitspreken, dan ziet u daarvan af."
    #expect(Self.has(lint(Self.code("Politiek", ban)), "blanket-political-ban"))
    let bounded = "Als je je over politiek wilt uitspreken, dan doe je dat niet in je werk."
    #expect(!Self.has(lint(Self.code("Politiek", bounded)), "blanket-political-ban"))
  }

  @Test("a gift that need not be returned if it was reported is no waiver; a second declaration goes where the first did")
  func provisoAndDeclaration() {
    let gift =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Geschenken]\n1. Ieder cadeau dat een medewerker van een derde krijgt aangeboden, wordt binnen vijf werkdagen gemeld bij de teamleider.\n2. Een cadeau van ten hoogste veertig euro hoeft niet te worden teruggegeven, mits het overeenkomstig het eerste lid is gemeld en de teamleider niet anders heeft bepaald.\n"
    #expect(!Self.has(lint(gift), "gift-requires-consent"))
    let code =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Opgave]\n1. Van nevenwerk dat de dienst kan raken, wordt vooraf opgave gedaan bij de teamleider.\n2. Ander nevenwerk hoeft niet te worden opgegeven; bij twijfel wordt wel opgave gedaan.\n"
    #expect(!Self.has(lint(code), "report-without-addressee"))
  }

  @Test("consent for supplies named two sentences back is the Act's; a ban that is the functioning limit is no contradiction")
  func suppliesAndLimit() {
    let supplies =
      "Je levert niets aan de gemeente en je voert geen opdrachten voor de gemeente uit. Ook niet via je eigen bedrijf. Dat mag alleen als het college vooraf toestemming geeft."
    #expect(!Self.has(lint(Self.code("Leveringen", supplies)), "side-activities-beyond-act"))
    let code =
      Self.header
      + "# 1. Mening\n\n§ 1.1. [Mening] Je mag je mening geven, ook op sociale media.\n\n§ 1.2. [Grens] Je mening mag je werk niet in de weg zitten.\n"
    #expect(!Self.has(lint(code), "prohibition-permission-unlinked"))
  }

  @Test(
    "'Meld intern …' in a chapter whose rules point to the regulation reports where the regulation says; 'vraag 2.7' after a situation"
  )
  func internallyAndQuestions() {
    let code =
      Self.header
      + "# 1. Melden\n\n§ 1.1. [Regeling] Voor een vermoeden van een misstand geldt de Regeling melden vermoeden van een misstand Proefstad.\n\n§ 1.2. [Hoe] Meld intern schriftelijk of in een gesprek.\n"
    #expect(!Self.has(lint(code), "report-without-addressee"))
  }
}
