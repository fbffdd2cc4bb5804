import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-fourth batch of whole codes led to (Molenkreek, Sluisveen,
/// Waterschap Zilverstroom), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  static func partial(_ found: [Diagnostic], _ obligation: String) -> Bool {
    found.contains { $0.id == "missing-obligation" && $0.message.en.contains("\(obligation) is covered only in part") }
  }

  @Test("'van … zie je af' under a lead-in that asks is a ban on political expression")
  func refrainingUnderAskingLeadIn() {
    let items =
      "- je overlegt met de woordvoerder;\n- van politieke uitspraken in het openbaar zie je af, ook op sociale media.\n"
    for lead in ["Wij vragen het volgende van je:", "We verwachten van je:"] {
      #expect(Self.has(lint(Self.code("Uitingen", lead + "\n" + items)), "blanket-political-ban"), "\(lead)")
    }
    let bounded = items.replacingOccurrences(
      of: "ook op sociale media.", with: "als dat de goede vervulling van je functie schaadt.")
    #expect(!Self.has(lint(Self.code("Uitingen", "Wij vragen het volgende van je:\n" + bounded)), "blanket-political-ban"))
  }

  @Test("a list under a lead-in that defines ('… betekent onder meer:') still states its items' norms")
  func normsUnderDefiningLeadIn() {
    let code = Self.code(
      "Gedrag",
      "Integer handelen betekent onder meer:\n- je discrimineert niemand;\n- je misbruikt je bevoegdheden niet.\n")
    let found = lint(code)
    #expect(!Self.missing(found, "AW17-4-1-discriminatie"))
    #expect(!Self.missing(found, "AW17-4-1-misbruik"))
    // Items of a condition ("… is sprake als:") state no norm.
    let conditions = Self.code(
      "Gedrag",
      "Van discriminatie is sprake als:\n- iemand anders wordt behandeld om zijn afkomst;\n- iemand wordt buitengesloten.\n")
    #expect(Self.missing(lint(conditions), "AW17-4-1-discriminatie"))
  }

  @Test("a report asked only for paid side activities covers art. 8 lid 2 a in part, unless unpaid ones are named")
  func paidOnly() {
    let paid =
      "Neemt u tegen betaling werk aan naast uw functie, of bent u dat van plan, dan meldt u dat vooraf aan uw leidinggevende."
    #expect(Self.partial(lint(Self.code("Nevenwerk", paid)), "AW17-8-2a"))
    let both = paid + " Dat geldt ook voor werk dat al dan niet betaald wordt, zoals vrijwilligerswerk."
    #expect(!Self.partial(lint(Self.code("Nevenwerk", both)), "AW17-8-2a"))
  }

  @Test("a waiver that the code calls a misunderstanding is no waiver")
  func deniedWaiver() {
    let duty = "Je meldt je huidige en voorgenomen nevenwerkzaamheden bij HR."
    let denied = duty + " Dat onbetaalde klussen, zoals vrijwilligerswerk, niet hoeven te worden gemeld, is een misverstand."
    #expect(!Self.partial(lint(Self.code("Nevenwerk", denied)), "AW17-8-2a"))
    let waived = duty + " Onbetaalde klussen, zoals vrijwilligerswerk, hoeven niet te worden gemeld."
    #expect(Self.partial(lint(Self.code("Nevenwerk", waived)), "AW17-8-2a"))
  }

  @Test("a law named as replaced ('in de plaats gekomen van', 'heet sinds') is history")
  func replacedOrRenamed() {
    for text in [
      "Je volgt de AVG, die in 2018 in de plaats is gekomen van de Wet bescherming persoonsgegevens.",
      "De Wet openbaarheid van bestuur heet sinds 2022 Wet open overheid; verzoeken stuur je door naar Juridische Zaken.",
    ] {
      #expect(!Self.has(lint(Self.code("Informatie", text)), "superseded-law"), "\(text)")
    }
    #expect(
      Self.has(
        lint(Self.code("Informatie", "Je volgt de Wet bescherming persoonsgegevens.")), "superseded-law"))
  }

  @Test("a point of contact named in the next sentence is the recipient of a report")
  func pointOfContact() {
    let named = "Een beveiligingsincident meld je direct. Aanspreekpunt daarvoor is de functionaris gegevensbescherming."
    #expect(!Self.has(lint(Self.code("Informatie", named)), "report-without-addressee"))
    let unnamed = "Een beveiligingsincident meld je direct. Dat is belangrijk voor iedereen."
    #expect(Self.has(lint(Self.code("Informatie", unnamed)), "report-without-addressee"))
  }

  @Test("'meld je dat … aan je leidinggevende en spreek je af' names the recipient")
  func coordinatedMainAfterObjectDat() {
    let text =
      "Heb je een persoonlijk belang bij een dossier? Dan meld je dat direct aan je leidinggevende en spreek je af wie het overneemt."
    #expect(!Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }

  @Test("a small gift kept 'na afloop van' an event is still kept: the stem after a preposition is a noun")
  func stemAfterPreposition() {
    let text =
      "Een attentie tot € 20, zoals een fles wijn na afloop van een project, mag je houden. Is een geschenk meer waard? Dan meld je het bij je leidinggevende."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }
}
