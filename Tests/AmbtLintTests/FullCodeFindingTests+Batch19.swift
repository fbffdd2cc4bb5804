import AmbtLint
import AmbtModel
import Testing

/// The general changes that the last misses of the eighteenth batch and the nineteenth batch of
/// whole codes led to (Wolderveen, Gravenlo, Oosterbeemd, Valkenwoude, Meerstede), each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("under a lead-in that only frames ('Voor … geldt:'), an item with its own clause is read alone")
  func framingLeadIn() {
    let ban = lint(
      Self.code("Media", "Voor berichten op sociale media geldt:\n- politieke standpunten: die deel je niet, ook niet privé;\n"))
    #expect(Self.has(ban, "blanket-political-ban"))
    // An item without a clause of its own still takes the lead-in's norm.
    let report = lint(Self.code("Nevenwerk", "Je meldt bij je leidinggevende:\n- betaald nevenwerk;\n- onbetaald nevenwerk.\n"))
    #expect(!Self.has(report, "report-without-addressee"))
    // A bounded item is no blanket ban.
    let bounded = lint(
      Self.code(
        "Media",
        "Voor berichten op sociale media geldt:\n- politieke standpunten: die deel je niet als je functie daardoor schade lijdt;\n"
      ))
    #expect(!Self.has(bounded, "blanket-political-ban"))
  }

  @Test("asking someone ('vraagt het na') is no duty to report")
  func askingIsNoReport() {
    #expect(!Self.has(lint(Self.code("Twijfel", "Wie iets niet zeker weet, vraagt het na.")), "report-without-addressee"))
    #expect(Self.has(lint(Self.code("Fouten", "Wie een fout ontdekt, meldt die.")), "report-without-addressee"))
  }

  @Test("a ban on harming the reporter binds others and is no counterpart of the reporter's permission")
  func protectionIsNoCounterpart() {
    let protection = lint(
      Self.header
        + "# 6. Melden\n\n§ 6.1. [Melden] Je mag een vermoeden van een misstand melden bij de vertrouwenspersoon.\n\n§ 6.2. [Bescherming] Een melder mag daardoor niet worden benadeeld.\n"
    )
    #expect(!Self.has(protection, "prohibition-permission-unlinked"))
    let gifts = lint(
      Self.header
        + "# 2. Geschenken\n\n§ 2.1. [Klein] Je mag een geschenk tot € 20 aannemen.\n\n§ 2.2. [Nooit] Je neemt geen geschenken aan.\n"
    )
    #expect(Self.has(gifts, "prohibition-permission-unlinked"))
  }

  @Test("a ban that a clause narrows states the limit of a freedom, not its contradiction")
  func narrowedBan() {
    let narrowed = lint(
      Self.header
        + "# 5. Meningsuiting\n\n§ 5.1. [Vrijheid] Je mag je mening geven, ook over politiek.\n\n§ 5.2. [Grens] Je onthoudt je alleen van uitingen waardoor de goede vervulling van je functie in gevaar komt.\n"
    )
    #expect(!Self.has(narrowed, "prohibition-permission-unlinked"))
    let plain = lint(
      Self.header
        + "# 5. Meningsuiting\n\n§ 5.1. [Vrijheid] Je mag je mening geven over je werk.\n\n§ 5.2. [Grens] Je geeft geen mening over je werk.\n"
    )
    #expect(Self.has(plain, "prohibition-permission-unlinked"))
  }

  @Test("a restriction that applies 'ongeacht' its tie to the function is a blanket ban")
  func regardlessOfTheFunction() {
    let wide = lint(
      Self.code("Politiek", "Je onthoudt je van politieke uitingen, ongeacht of die met je functie te maken hebben."))
    #expect(Self.has(wide, "blanket-political-ban"))
    let bounded = lint(Self.code("Politiek", "Je onthoudt je van politieke uitingen die de uitoefening van je functie schaden."))
    #expect(!Self.has(bounded, "blanket-political-ban"))
  }

  @Test("secrecy 'tot de dag waarop' the employment ends is limited to it")
  func untilTheDay() {
    let limited = lint(
      Self.code(
        "Geheimhouding", "Tot de dag waarop je dienstverband met de gemeente eindigt, houd je geheim wat je in je werk hoort."))
    #expect(Self.has(limited, "secrecy-limited-to-employment"))
    let lasting = lint(
      Self.code(
        "Geheimhouding",
        "Je houdt geheim wat je in je werk hoort, ook na de dag waarop je dienstverband met de gemeente eindigt."))
    #expect(!Self.has(lasting, "secrecy-limited-to-employment"))
  }

  @Test("a permission for gifts above a limit is not reached by a report asked only for gifts up to it")
  func dearerGiftsWithoutReport() {
    let rules =
      Self.header
      + "# 2. Geschenken\n\n§ 2.1. [Klein] Geschenken tot € 40 mag je houden, mits je ze meldt bij je leidinggevende. Je leidinggevende houdt een lijst bij.\n\n§ 2.2. [Groot] Een geschenk dat € 40 te boven gaat, mag je ook houden, als de gever geen vergunning, subsidie of opdracht heeft aangevraagd.\n"
    let found = lint(rules)
    #expect(found.contains { $0.id == "gift-requires-consent" && $0.message.nl.contains("'2.2.'") })
    #expect(!found.contains { $0.id == "gift-requires-consent" && $0.message.nl.contains("'2.1.'") })
    // A report asked for every gift reaches the dearer ones too.
    let every = rules + "\n§ 2.3. [Melden] Elk geschenk meld je bij je leidinggevende.\n"
    #expect(!lint(every).contains { $0.id == "gift-requires-consent" })
  }

  @Test("a lid on another topic that names who consents gives no recipient to a duty to report")
  func recipientOfAnotherLid() {
    let leden = lint(
      Self.code(
        "Belangen",
        "\n1. Je financiële belangen meld je onverwijld.\n2. Aan aanbestedingen van de gemeente doe je niet mee, tenzij de gemeentesecretaris toestemming geeft.\n"
      ))
    #expect(Self.has(leden, "report-without-addressee"))
    // The next sentence of the same paragraph names it, whatever its topics.
    let next = lint(
      Self.code("Melden", "Zie je een integriteitsschending, meld het dan. Dat doe je bij de vertrouwenspersoon integriteit."))
    #expect(!Self.has(next, "report-without-addressee"))
  }

  @Test("a duty for functions listed in an annex is limited to designated functions")
  func functionsInTheAnnex() {
    for text in [
      "Financiële belangen worden door de medewerker in een functie als bedoeld in de bijlage gemeld bij de integriteitscoördinator.",
      "De medewerker in een functie als genoemd in de bijlage meldt zijn financiële belangen bij de integriteitscoördinator.",
    ] {
      #expect(!Self.has(lint(Self.code("Belangen", text)), "financial-interest-duty-beyond-act"), "\(text)")
    }
    #expect(
      Self.has(
        lint(Self.code("Belangen", "Iedere medewerker meldt zijn financiële belangen bij de integriteitscoördinator.")),
        "financial-interest-duty-beyond-act"))
  }

  @Test("old law named in the past tense or as 'toenmalig' is history")
  func pastTenseHistory() {
    for text in [
      "De vorige code verwees nog naar de CAR/UWO.",
      "Die regeling was gebaseerd op de Wet bescherming persoonsgegevens.",
      "Onder de toenmalige Wet Huis voor klokkenluiders gold een andere route.",
    ] {
      #expect(!Self.has(lint(Self.code("Geschiedenis", text)), "superseded-law"), "\(text)")
    }
    #expect(Self.has(lint(Self.code("Privacy", "Je volgt de Wet bescherming persoonsgegevens.")), "superseded-law"))
  }

  @Test(
    "a permission bounded by a conflict of interest prevents conflicts of interest; integrity in team meetings promotes awareness"
  )
  func boundedByConflict() {
    let bounded = lint(
      Self.code("Belangen", "Je mag aandelen hebben, zolang je daardoor niet in een belangenconflict komt met je werk."))
    #expect(!Self.missing(bounded, "AW17-4-1-belangenverstrengeling"))
    let free = lint(Self.code("Belangen", "Je mag aandelen hebben."))
    #expect(Self.missing(free, "AW17-4-1-belangenverstrengeling"))
    let meetings = lint(
      Self.code(
        "Integriteit", "Je leidinggevende bespreekt elk jaar met je team in het werkoverleg hoe het met de integriteit staat."))
    #expect(!Self.missing(meetings, "AW17-4-1-bewustzijn"))
  }
}
