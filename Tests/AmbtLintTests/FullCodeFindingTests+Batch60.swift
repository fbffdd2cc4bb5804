import AmbtLint
import AmbtModel
import Testing

/// The general changes the sixtieth to sixty-second batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'Doen:' closing a paragraph asks its items of the reader; an item with a norm of its own keeps it")
  func doList() {
    func code(_ item: String) -> String {
      Self.header
        + "# 1. Werk en privé\n\n§ 1.1. [Relaties] Je houdt werk en privé gescheiden; zaken van vrienden behandel je niet.\nDoen:\n- \(item)\n"
    }
    #expect(Self.has(lint(code("Meld een liefdesrelatie met een collega uit je eigen team.")), "report-without-addressee"))
    #expect(!Self.has(lint(code("Meld een liefdesrelatie met een collega bij je teamleider.")), "report-without-addressee"))
    let gifts =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Geschenken] Om een geschenk vraag je nooit.\nDoen:\n- Een bloemetje van minder dan tien euro mag je houden; daarvoor hoef je verder niets te doen.\n"
    #expect(Self.has(lint(gifts), "gift-requires-consent"))
  }

  @Test("'welke … dan ook' is no relative clause and 'bezoldigd of onbezoldigd' no verb")
  func whicheverActivity() {
    let code =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Nevenwerk] Nevenwerk meld je bij je teamleider.\n\nNiet doen:\n- Welke nevenfunctie dan ook aanvaarden, bezoldigd of onbezoldigd, zolang je bij Handhaving werkt.\n"
    #expect(Self.has(lint(code), "side-activities-beyond-act"))
  }

  @Test("after a relative clause's verbs, 'te melden' completes the main clause's 'dient'")
  func teAfterRelative() {
    let text =
      "In een functie uit bijlage 1 dien je financiële belangen die de belangen van de dienst kunnen raken binnen een maand te melden bij de compliance officer, en je hebt geen belangen die bijlage 1 voor die functie uitsluit."
    #expect(!Self.missing(lint(Self.code("Financiële belangen", text)), "AW17-8-1d"))
  }

  @Test("'zijn vermeld op het intranet' says where something stands; no one is asked to report")
  func statedOnIntranet() {
    let text = "Het college wijst een vertrouwenspersoon integriteit aan; de contactgegevens zijn vermeld op het intranet."
    #expect(!Self.has(lint(Self.code("Vertrouwenspersoon", text)), "report-without-addressee"))
  }

  @Test("'worden (niet) openbaar gemaakt' is the employer's act, even with the participle first")
  func publishedApart() {
    let code =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Nevenwerk] Nevenwerk mag, zolang het de vervulling van je functie niet schaadt.\n\n§ 1.2. [Openbaarheid] Niet openbaar gemaakt worden de nevenfuncties van medewerkers zonder aangewezen functie.\n"
    #expect(!Self.has(lint(code), "prohibition-permission-unlinked"))
  }

  @Test("'blijft gelden als je niet meer … werkt' is a condition: secrecy goes on after employment")
  func goesOnWhen() {
    let text = "Je houdt vertrouwelijke informatie geheim. Die plicht blijft gelden als je niet meer voor de gemeente werkt."
    #expect(!Self.has(lint(Self.code("Geheimhouding", text)), "secrecy-limited-to-employment"))
  }

  @Test("'Krijgt een medewerker te maken met een buurman, zijn zus of …, dan …' is a condition; 'waarna' a clause")
  func verbFirstOverList() {
    let text =
      "Krijgt een medewerker in zijn werk te maken met een buurman, zijn zus of een oud-collega als aanvrager, dan doet hij daarvan melding, waarna het dossier aan een collega wordt overgedragen."
    #expect(Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }

  @Test("'Wat u ter kennis komt' is what one knows, no report")
  func comesToKnowledge() {
    let text = "Wat u bij uw werk ter kennis komt, houdt u geheim, ook na uw vertrek."
    #expect(!Self.has(lint(Self.code("Geheimhouding", text)), "report-without-addressee"))
  }

  @Test("what an 'ook op …' aside adds is where the norm holds, not what it is about")
  func alsoWhere() {
    let free = "Je bent vrij je mening te geven, ook op sociale media, zolang je functie daar niet onder lijdt."
    #expect(!Self.missing(lint(Self.code("Meningsuiting", free)), "AW17-10-1"))
    let ban = "Ook buiten werktijd en op sociale media laat je je niet uit over politieke kwesties."
    let found = lint(Self.code("Meningsuiting", ban))
    #expect(Self.has(found, "blanket-political-ban"))
    #expect(!Self.missing(found, "AW17-10-1"))
  }

  @Test("a report a proviso requires names its recipient; an entry in a register is no report")
  func requiredReport() {
    #expect(
      Self.has(
        lint(Self.code("Uitnodigingen", "Alleen als de uitnodiging vooraf is gemeld, mag je erop ingaan.")),
        "report-without-addressee"))
    #expect(
      !Self.has(
        lint(
          Self.code("Uitnodigingen", "Alleen als je de uitnodiging vooraf bij je teamleider hebt gemeld, mag je erop ingaan.")),
        "report-without-addressee"))
    #expect(
      !Self.has(
        lint(
          Self.code("Geschenken", "Een geschenk boven € 50 mag je houden, mits je het registreert in het geschenkenregister.")),
        "report-without-addressee"))
  }

  @Test("consent named in a reason asks none; 'alle andere' bans every side activity but those named")
  func consentInReasonAndAllOthers() {
    let reason =
      "Meld je vrijwilligerswerk bij je teamleider als het de gemeente kan raken, bijvoorbeeld omdat je club een subsidie aanvraagt."
    #expect(!Self.has(lint(Self.code("Nevenwerk", reason)), "side-activities-beyond-act"))
    let others = "Nee, tenzij het om vrijwilligerswerk gaat: alle andere nevenfuncties zijn niet toegestaan."
    #expect(Self.has(lint(Self.code("Nevenwerk", others)), "side-activities-beyond-act"))
    let harmful = "Alle andere nevenfuncties zijn niet toegestaan voor zover ze de vervulling van je functie schaden."
    #expect(!Self.has(lint(Self.code("Nevenwerk", harmful)), "side-activities-beyond-act"))
  }

  @Test("a permission on another topic meets no ban; consent refused on the Act's limit bounds a permission")
  func otherTopicAndRefusal() {
    let chapter =
      Self.header
      + "# 1. Uitingen en middelen\n\n§ 1.1. [Politiek] Politieke standpunten draag je niet uit.\n\n§ 1.2. [Middelen] Je gaat zuinig om met laptop en telefoon; beperkt privégebruik ervan is toegestaan.\n"
    #expect(!Self.has(lint(chapter), "prohibition-permission-unlinked"))
    let refusal =
      "Nevenwerk mag alleen met toestemming van de directeur. De toestemming wordt geweigerd als de goede vervulling van je functie daardoor niet is verzekerd."
    #expect(!Self.missing(lint(Self.code("Nevenwerk", refusal)), "AW17-8-1a"))
  }

  @Test("'mee naar huis nemen' keeps a gift")
  func takeHome() {
    let text = "Een bedankje tot twintig euro mag je zonder overleg mee naar huis nemen."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }
}
