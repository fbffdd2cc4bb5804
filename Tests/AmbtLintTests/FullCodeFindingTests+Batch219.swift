import AmbtLint
import AmbtModel
import Testing

/// The general changes of the third session of 6 December 2026: the two-hundred-and-nineteenth to
/// two-hundred-and-twenty-first batches, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a recipient named after the report: a copula's person, who may give the consent, who is turned to, who records it")
  func recipientNamedAfter() {
    for text in [
      "Je meldt je aandelen in bouwbedrijven. Ontvanger van die opgave is de directeur-bestuurder.",
      "Een nevenfunctie vraagt toestemming vooraf. Bevoegd om die te verlenen is de sectormanager.",
      "Vermoed je een schending, dan meld je dat. Je kunt je daarvoor wenden tot de integriteitsadviseur of je teamleider.",
      "Een cadeau boven de twintig euro meld je binnen een week. De secretaris registreert het in het cadeauregister.",
    ] {
      #expect(!Self.reports("report-without-addressee", "Melden", text), "\(text)")
    }
    // (An organisation as a whole after the copula, or a record kept by no one named, still names no one.)
    #expect(
      Self.reports(
        "report-without-addressee", "Melden", "Je meldt je aandelen in bouwbedrijven. Ontvanger van die opgave is de gemeente."))
    #expect(
      Self.reports(
        "report-without-addressee", "Melden",
        "Een cadeau boven de twintig euro meld je binnen een week. Het wordt vastgelegd in een register."))
  }

  @Test("a duty stated by a noun ('is melding van … verplicht') asks a recipient like a verb")
  func nounDutyAsksRecipient() {
    #expect(
      Self.reports(
        "report-without-addressee", "Belangen",
        "Voor medewerkers in een inkoopfunctie is opgave van hun aandelen in leveranciers verplicht."))
    #expect(
      !Self.reports(
        "report-without-addressee", "Belangen",
        "Voor medewerkers in een inkoopfunctie is opgave van hun aandelen in leveranciers aan de controller verplicht."))
  }

  @Test("a return required without consent ('Zonder die toestemming is teruggave vereist') permits no gift")
  func returnWithoutConsent() {
    let text =
      "Voor elk geschenk van een leverancier is toestemming van je teamleider nodig. Zonder die toestemming is teruggave aan de gever vereist."
    #expect(!Self.reports("gift-requires-consent", "Geschenken", text))
  }

  @Test("a restriction that does not apply ('geldt die beperking niet') bans no side activity")
  func restrictionNotApplying() {
    let text =
      "Een bestuursfunctie in een politieke partij in de gemeente meld je vooraf bij je leidinggevende. Voor politiek werk buiten de gemeente geldt die beperking niet."
    #expect(!Self.reports("side-activities-beyond-act", "Nevenwerk", text))
  }

  @Test("a superseded law named beside its successor in one sentence is a transition, not an outdated reference")
  func supersededBesideSuccessor() {
    #expect(
      !Self.reports(
        "superseded-law", "Informatie",
        "Een verzoek dat nog naar de Wet openbaarheid van bestuur verwijst, handel je af als verzoek onder de Wet open overheid."
      ))
    #expect(
      Self.reports(
        "superseded-law", "Informatie", "Een verzoek om informatie handel je af volgens de Wet openbaarheid van bestuur."))
  }

  @Test("'Ook …' extends the report of the rule before to more, with its recipient")
  func alsoExtendsRoute() {
    let code =
      Self.header
      + "# 3. Nevenwerk\n\n§ 3.1. Nevenwerk dat de belangen van de gemeente kan raken, geef je op bij P&O.\n\n§ 3.2. Ook nevenwerk waarvoor je niets krijgt, geef je op als het de belangen van de gemeente kan raken.\n"
    #expect(!Self.has(lint(code), "report-without-addressee"))
    let alone =
      Self.header
      + "# 3. Nevenwerk\n\n§ 3.1. Nevenwerk is toegestaan.\n\n§ 3.2. Ook nevenwerk waarvoor je niets krijgt, geef je op als het de belangen van de gemeente kan raken.\n"
    #expect(Self.has(lint(alone), "report-without-addressee"))
  }

  @Test("what is 'nodig' where expression may harm the function bounds the freedom of expression (art. 10 covered)")
  func restraintNeeded() {
    let text =
      "Je mag je mening geven, ook op sociale media. Terughoudendheid is nodig waar je uitlatingen de goede vervulling van je functie niet meer verzekeren."
    #expect(!Self.missing(lint(Self.code("Meningsuiting", text)), "AW17-10-1"))
    let unbounded = "Je mag je mening geven, ook op sociale media."
    #expect(Self.missing(lint(Self.code("Meningsuiting", unbounded)), "AW17-10-1"))
  }

  @Test("who may receive reports ('Tot het ontvangen van … zijn bevoegd …') names their route")
  func receiversEntitled() {
    #expect(
      !Self.reports(
        "report-without-addressee", "Melden",
        "Een vermoeden van fraude wordt gemeld. Tot het ontvangen van zulke meldingen zijn bevoegd de controller en de gemeentesecretaris."
      ))
  }

  @Test("a time line under a label ('Wanneer: zolang je … in dienst bent') limits the secrecy above it")
  func secrecyTimeLabel() {
    let code =
      Self.header
      + "# 5. Informatie\n\n§ 5.1. [Geheimhouding]\nWat: je houdt vertrouwelijke informatie uit je werk geheim.\nWanneer: zolang je bij de gemeente werkt.\n"
    #expect(Self.has(lint(code), "secrecy-limited-to-employment"))
    let after = code.replacingOccurrences(of: "zolang je bij de gemeente werkt.", with: "ook nadat je uit dienst bent.")
    #expect(!Self.has(lint(after), "secrecy-limited-to-employment"))
  }
}
