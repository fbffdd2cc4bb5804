import AmbtLint
import AmbtModel
import Testing

/// The general changes the sixty-sixth to sixty-eighth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'Wat niet mag:' and 'Wat wel mag:' closing a paragraph are labels; 'zonder dat … hoeft' waives")
  func whatMayLabels() {
    let side =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Nevenwerk] Nevenwerk meld je vooraf bij je teamleider. Nevenwerk dat je functie schaadt, doe je niet.\nWat niet mag:\n- als adviseur werken voor bureaus die de gemeente inhuurt.\n"
    #expect(!Self.has(lint(side), "side-activities-beyond-act"))
    let gifts =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Bedankjes] Inwoners willen je soms bedanken.\nWat wel mag:\n- een doos bonbons tot tien euro aannemen en houden, zonder dat je daarvoor iets hoeft te melden.\n"
    #expect(Self.has(lint(gifts), "gift-requires-consent"))
    let relation =
      Self.header
      + "# 1. Relaties\n\n§ 1.1. [Relaties] Privé en werk houd je gescheiden.\n\nWat mag:\n- een relatie met een collega, mits die wordt gemeld zodra een van beiden de ander beoordeelt.\n"
    #expect(Self.has(lint(relation), "report-without-addressee"))
  }

  @Test("'voor de duur van je werk bij' is the time of employment; 'loopt door nadat u uit dienst bent gegaan' goes on")
  func forTheDuration() {
    let limited = "Voor de duur van je werk bij de gemeente houd je vertrouwelijke zaken voor je."
    #expect(Self.has(lint(Self.code("Geheimhouding", limited)), "secrecy-limited-to-employment"))
    let goesOn = "U houdt vertrouwelijke zaken geheim; die plicht loopt door nadat u uit dienst bent gegaan."
    #expect(!Self.has(lint(Self.code("Geheimhouding", goesOn)), "secrecy-limited-to-employment"))
  }

  @Test("a freedom whose limit follows as an exception of its own covers art. 10")
  func exceptionOnItsOwn() {
    let text =
      "Je mag je mening geven, ook over politiek. Behalve als daardoor de goede vervulling van je functie niet meer verzekerd is."
    #expect(!Self.missing(lint(Self.code("Meningsuiting", text)), "AW17-10-1"))
  }

  @Test("the employer's own acts are no reports: 'Wij verantwoorden ons …', 'wordt bekendgemaakt … en gepubliceerd'")
  func employersActs() {
    let account = "Wij verantwoorden ons jaarlijks in het jaarverslag over het aantal meldingen en wat ermee is gedaan."
    #expect(!Self.has(lint(Self.code("Verantwoording", account)), "report-without-addressee"))
    let published = "Deze code wordt bekendgemaakt in het Waterschapsblad en gepubliceerd op de website."
    #expect(!Self.has(lint(Self.code("Publicatie", published)), "report-without-addressee"))
  }

  @Test("'is gehouden … die … kunnen raken bij … op te geven' is the main clause's report")
  func obligedToReport() {
    let text =
      "Wie een aangewezen functie heeft, is gehouden zijn aandelen die de belangen van de dienst kunnen raken bij de start en bij iedere wijziging op te geven aan de compliance officer; belangen die de bijlage uitsluit, heeft hij niet."
    #expect(!Self.missing(lint(Self.code("Financiële belangen", text)), "AW17-8-1d"))
  }

  @Test("the employer that permits no side activity bans them; a relative clause in a reason does not qualify a ban")
  func permitsNone() {
    let none = "Werk je bij Handhaving, dan staat de gemeente je geen enkele nevenfunctie toe, ook geen onbetaalde."
    #expect(Self.has(lint(Self.code("Nevenwerk", none)), "side-activities-beyond-act"))
    let reason =
      "Omdat de dienst mensen vraagt die altijd beschikbaar zijn, is het handhavers niet toegestaan nevenwerk te verrichten."
    #expect(Self.has(lint(Self.code("Nevenwerk", reason)), "side-activities-beyond-act"))
  }

  @Test("restraint on a decision one is directly involved in is bounded; a postcommandant is a recipient")
  func ownDecisionAndCommander() {
    let bounded =
      "Over een besluit in voorbereiding waarbij je rechtstreeks ambtelijk betrokken bent, laat je je niet in het openbaar uit."
    #expect(!Self.has(lint(Self.code("Meningsuiting", bounded)), "blanket-political-ban"))
    let commander = "Een geschenk voor de hele kazerne meld je bij de postcommandant."
    #expect(!Self.has(lint(Self.code("Geschenken", commander)), "report-without-addressee"))
  }

  @Test("a report waived after consent was asked, or for a refused gift, is no waiver of the safeguard")
  func waiverAfterConsent() {
    let text =
      "Geschenken neem je alleen aan met toestemming van je teamleider. Een geschenk dat je meteen weigert of terugstuurt, hoeft niet te worden gemeld."
    #expect(!Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }
}
