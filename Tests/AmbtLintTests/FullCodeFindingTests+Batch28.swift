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

  @Test("an external route only under conditions that presuppose an internal report is internal first")
  func externalOnInternalConditions() {
    let conditioned =
      "Een vermoeden van een misstand kunt u voorleggen aan een externe instantie, zoals het Huis voor Klokkenluiders, indien:\n- uw interne melding na acht weken nog niet is beantwoord;\n- u het oneens bent met de uitkomst van uw interne melding."
    #expect(Self.has(lint(Self.code("Misstanden", conditioned)), "internal-reporting-first"))
    // 'zonder redelijke grond' is no 'zonder eerst intern te melden'.
    let reason =
      "Een vermoeden van een misstand kunt u voorleggen aan een externe instantie, indien:\n- de afhandeling van uw interne melding zonder redelijke grond is uitgesteld."
    #expect(Self.has(lint(Self.code("Misstanden", reason)), "internal-reporting-first"))
    // Another rule of the code lets one go external directly: the conditions name one route of several.
    let direct =
      conditioned
      + "\n\n§ 1.2. [Rechtstreeks] U mag een vermoeden van een misstand ook rechtstreeks bij het Huis voor Klokkenluiders melden."
    #expect(!Self.has(lint(Self.code("Misstanden", direct)), "internal-reporting-first"))
  }

  @Test("a lead-in 'onthoudt zich van:' over every kind of side activity bans them all; not a political ban")
  func abstainFromAll() {
    let all =
      "Tijdens het dienstverband onthoudt de medewerker zich van:\n- betaald werk voor anderen;\n- bestuursfuncties in stichtingen en verenigingen;\n- vrijwilligerswerk."
    let found = lint(Self.code("Nevenwerkzaamheden", all))
    #expect(Self.has(found, "side-activities-beyond-act"))
    #expect(!Self.has(found, "blanket-political-ban"))
    let qualified =
      "De medewerker onthoudt zich van nevenwerkzaamheden die de belangen van de gemeente kunnen schaden."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", qualified)), "side-activities-beyond-act"))
  }

  @Test("'blijf je neutraal: je neemt niet deel aan partijpolitieke activiteiten' bans; a statute restated does not")
  func colonAndStatute() {
    let banned =
      "Daarom houd je je ook privé op de achtergrond: je neemt niet deel aan politieke bijeenkomsten of demonstraties."
    #expect(Self.has(lint(Self.code("Uitingen", banned)), "blanket-political-ban"))
    let statute = "Op grond van de Gemeentewet kunt u niet tegelijk in dienst van de gemeente en lid van haar gemeenteraad zijn."
    #expect(!Self.has(lint(Self.code("Uitingen", statute)), "blanket-political-ban"))
    let own = "U mag geen lid zijn van een politieke partij of van de gemeenteraad."
    #expect(Self.has(lint(Self.code("Uitingen", own)), "blanket-political-ban"))
  }

  @Test("'meldt hij of zij dit aan …' names the recipient; a list in a clause of cause stays one clause")
  func pronounPairSubject() {
    let text =
      "Is de medewerker bij een besluit betrokken, bijvoorbeeld doordat een buurman, een oud-collega of een zus belang heeft, dan meldt hij of zij dit aan de teamleider."
    #expect(!Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }

  @Test("'de volgende functies' with their list designates the functions at risk (art. 5 lid 1 d)")
  func designationByList() {
    let code =
      Self.header
      + "# 1. Financiële belangen\n\n§ 1.1. [Melding] Werk je in een van de volgende functies, dan meld je je financiële belangen bij de directeur:\n- inkoper;\n- medewerker grondzaken.\n"
    #expect(!Self.missing(lint(code), "AW17-5-1d"))
    let none =
      Self.header + "# 1. Financiële belangen\n\n§ 1.1. [Melding] Je meldt je financiële belangen bij de directeur.\n"
    #expect(Self.missing(lint(none), "AW17-5-1d"))
  }

  @Test(
    "a gift permission 'ook als de waarde hoger is' holds whatever other rules ask; occasions with third parties are official")
  func regardlessOfValue() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Boven de grens] Geschenken van meer dan € 75 neemt u alleen aan met toestemming van uw leidinggevende.\n\n§ 1.2. [Bezoek] Bij de opening van een bedrijf of het bezoek van een buitenlandse delegatie mag u een geschenk aannemen en behouden, ook als de waarde hoger is dan € 75.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
    // Without the concession, the consent of 1.1 reaches the permission.
    let plain = code.replacingOccurrences(of: ", ook als de waarde hoger is dan € 75", with: "")
    #expect(!Self.has(lint(plain), "gift-requires-consent"))
    // A jubilee or farewell without a third party named is the colleagues' occasion.
    let farewell = "Bij uw afscheid of jubileum mag u een cadeau aannemen en houden, ongeacht de waarde."
    #expect(!Self.has(lint(Self.code("Geschenken", farewell)), "gift-requires-consent"))
  }

  @Test("a result clause ('zodat … onpartijdigheid') does not bound a political ban; a ban on offending does not ban politics")
  func resultClauseAndManner() {
    let banned =
      "Uw politieke voorkeur maakt u niet openbaar, ook niet op uw eigen sociale media, zodat niemand aan uw onpartijdigheid twijfelt."
    #expect(Self.has(lint(Self.code("Uitingen", banned)), "blanket-political-ban"))
    let bounded = "U maakt uw politieke voorkeur niet openbaar als dat uw onpartijdigheid in uw functie kan schaden."
    #expect(!Self.has(lint(Self.code("Uitingen", bounded)), "blanket-political-ban"))
    let manner =
      "Je mag je mening geven, ook over politiek, maar je laat je niet beledigend uit over collega's of inwoners."
    #expect(!Self.has(lint(Self.code("Uitingen", manner)), "blanket-political-ban"))
  }

  @Test(
    "conditions in verb-first order with a list and a clause inside ('Heeft u bij …, of kan …, dan meldt u') leave the report without recipient"
  )
  func verbFirstConditions() {
    let text =
      "Bent u bij een aanvraag, vergunning of subsidie die u behandelt persoonlijk betrokken, of kan die schijn ontstaan, dan meldt u dat direct."
    #expect(Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
    let named = text.replacingOccurrences(of: "meldt u dat direct", with: "meldt u dat direct aan uw teamleider")
    #expect(!Self.has(lint(Self.code("Belangen", named)), "report-without-addressee"))
  }

  @Test("a sentence that names the recipient of every report of the code names it for each")
  func everyReportsRecipient() {
    let code =
      Self.header
      + "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code verstaan we onder:\n- vertrouwenspersoon: de door de directie aangewezen collega; alle meldingen doe je bij de vertrouwenspersoon, tenzij een artikel een ander noemt.\n\n# 2. Belangen\n\n§ 2.1. [Belangen] Je meldt je aandelen in bedrijven die met de gemeente zakendoen.\n"
    #expect(!Self.has(lint(code), "report-without-addressee"))
    let none = code.replacingOccurrences(
      of: "; alle meldingen doe je bij de vertrouwenspersoon, tenzij een artikel een ander noemt", with: "")
    #expect(Self.has(lint(none), "report-without-addressee"))
  }
}
