import AmbtLint
import AmbtModel
import Testing

/// The general changes of the session of 5 December 2026 (eighth): the hundred-and-eighty-third
/// to hundred-and-eighty-seventh batches, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("the route of a report and the giver of a consent may follow in the next sentence, words between")
  func routeAndConsentAfter() {
    let route = Self.code(
      "Beveiliging", "Een verloren laptop meld je direct. Dat kan ook 's nachts bij de servicedesk van de ICT-afdeling.")
    #expect(!Self.has(lint(route), "report-without-addressee"))
    let consent = Self.code(
      "Geschenken", "Voor een geschenk van een leverancier vraag je vooraf toestemming. Die verleent je afdelingshoofd.")
    #expect(!Self.has(lint(consent), "report-without-addressee"))
    // (A sentence after it that names no one leaves the report without an addressee.)
    let none = Self.code("Beveiliging", "Een verloren laptop meld je direct. Dat kan ook 's nachts.")
    #expect(Self.has(lint(none), "report-without-addressee"))
  }

  @Test("a denied request on expression, and an objection not had, are no political ban")
  func notAskedNotObjected() {
    for text in [
      "Wij vragen niet van je om je lidmaatschap van een partij te verzwijgen.",
      "De organisatie heeft er geen enkel bezwaar tegen dat je op sociale media over politiek schrijft.",
    ] {
      #expect(!Self.has(lint(Self.code("Meningsuiting", text)), "blanket-political-ban"), "\(text)")
    }
    let asked = Self.code("Meningsuiting", "Wij vragen je om geen lid te worden van een politieke partij.")
    #expect(Self.has(lint(asked), "blanket-political-ban"))
  }

  @Test("criticism allowed after a question, bounded by the service, covers art. 10 lid 1")
  func criticismAnswered() {
    let bounded = Self.code(
      "Meningsuiting",
      "Kritiek op het beleid van het college op een verjaardag of online? Dat kan, behalve als het de goede gang van zaken binnen de organisatie schaadt."
    )
    #expect(!Self.missing(lint(bounded), "AW17-10-1"))
    let unbounded = Self.code("Meningsuiting", "Kritiek op het beleid van het college op een verjaardag of online? Dat kan.")
    #expect(Self.missing(lint(unbounded), "AW17-10-1"))
  }
}

extension FullCodeFindingTests {
  @Test("a duty to end a political membership is a blanket ban, whatever condition names the membership")
  func endingMembership() {
    for text in [
      "Wie lid is van een politieke partij, zegt dat lidmaatschap op voordat hij bij de gemeente begint.",
      "Als je lid bent van een lokale partij, beëindig je je lidmaatschap van die partij zodra je in dienst komt.",
    ] {
      #expect(Self.has(lint(Self.code("Meningsuiting", text)), "blanket-political-ban"), "\(text)")
    }
    // (Tied to the function it is the Act's own; ending another membership is no political ban.)
    let tied = Self.code(
      "Meningsuiting",
      "Als je lidmaatschap van een politieke partij de goede vervulling van je functie raakt, beëindig je dat lidmaatschap.")
    #expect(!Self.has(lint(tied), "blanket-political-ban"))
    let club = Self.code("Nevenwerk", "Als je lid bent van de sportclub van een leverancier, meld je dat bij je leidinggevende.")
    #expect(!Self.has(lint(club), "blanket-political-ban"))
  }
}

/// The changes after the measuring round of the eighth session (the hundred-and-eighty-eighth to
/// hundred-and-ninety-second batches), each in wordings of their own.
extension FullCodeFindingTests {
  @Test(
    "a report to 'hem' or 'hen' goes to the role a sentence before it names; a route after 'Intern kan dat' or 'Dat zal gebeuren' counts"
  )
  func pronounAndRoute() {
    let pronoun = Self.code(
      "Belangen",
      "Je afdelingshoofd verdeelt de dossiers. Heb je een belang bij een leverancier, dan laat je het hem direct weten.")
    #expect(!Self.has(lint(pronoun), "report-without-addressee"))
    let future = Self.code(
      "Belangen", "Je zult je aandelen in leveranciers melden. Dat zal gebeuren bij de concerncontroller, binnen een maand.")
    #expect(!Self.has(lint(future), "report-without-addressee"))
    let intern = Self.code(
      "Melden", "Een vermoeden van fraude meld je altijd. Intern kan dat bij de vertrouwenspersoon of de secretaris.")
    #expect(!Self.has(lint(intern), "report-without-addressee"))
    // (With no role named before, "hem" is no one.)
    let nobody = Self.code("Belangen", "Heb je een belang bij een leverancier, dan laat je het hem direct weten.")
    #expect(Self.has(lint(nobody), "report-without-addressee"))
  }

  @Test("a report to the archivaris of an archive has an addressee")
  func archivist() {
    let source = Self.code("Nevenwerk", "Nevenwerk dat het archief kan raken, geef je op bij de stadsarchivaris.")
    #expect(!Self.has(lint(source), "report-without-addressee"))
  }

  @Test("a condition that only says one works for the employer does not bound a political ban")
  func employmentCondition() {
    let ban = Self.code(
      "Meningsuiting", "Als je bij de provincie werkt, onthoud je je van openbare uitspraken over politieke partijen.")
    #expect(Self.has(lint(ban), "blanket-political-ban"))
    let bounded = Self.code(
      "Meningsuiting",
      "Als je bij de provincie werkt, onthoud je je van openbare uitspraken over politieke partijen voor zover die je eigen dossiers raken."
    )
    #expect(!Self.has(lint(bounded), "blanket-political-ban"))
  }
}

extension FullCodeFindingTests {
  @Test("a wish to talk first is an option, not an order")
  func noBanAndWishFirst() {
    let wish = Self.code(
      "Misstanden",
      "Een vermoeden van een misstand meld je bij de integriteitscoördinator of bij het Huis voor Klokkenluiders. Wilt u eerst overleggen, neem dan contact op met de vertrouwenspersoon."
    )
    #expect(!Self.has(lint(wish), "internal-reporting-first"))
    let order = Self.code(
      "Misstanden", "Een vermoeden van een misstand meld je eerst intern bij de integriteitscoördinator, pas daarna extern.")
    #expect(Self.has(lint(order), "internal-reporting-first"))
  }
}

extension FullCodeFindingTests {
  @Test("records the employer keeps for years after the function are no secrecy that continues")
  func recordsKeptAfter() {
    let source = Self.rules(
      "Geheimhouding",
      [
        "[Geheim] Je houdt geheim wat je in je functie vertrouwelijk hoort; die plicht geldt zolang je bij de gemeente werkt.",
        "[Register] De opgaven worden vertrouwelijk tot zeven jaar na het einde van de functie bewaard.",
      ])
    #expect(Self.has(lint(source), "secrecy-limited-to-employment"))
    // (The reader's own duty to keep something secret after leaving still continues it.)
    let continued = Self.rules(
      "Geheimhouding",
      [
        "[Geheim] Je houdt geheim wat je in je functie vertrouwelijk hoort; die plicht geldt zolang je bij de gemeente werkt.",
        "[Na vertrek] Ook na het einde van je dienstverband bewaar je vertrouwelijke informatie voor jezelf.",
      ])
    #expect(!Self.has(lint(continued), "secrecy-limited-to-employment"))
  }
}
