import AmbtLint
import AmbtModel
import Testing

/// The general changes of the second session of 6 December 2026: the two-hundred-and-fourth to
/// two-hundred-and-sixth batches, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  /// Whether lint reports rule `id` on a code of one chapter with one rule.
  static func reports(_ id: String, _ chapter: String, _ rule: String) -> Bool { has(lint(code(chapter, rule)), id) }

  @Test("the reporter or the one concerned told in the passive is told by the employer, to someone named")
  func toldInThePassive() {
    for text in [
      "Een vermoeden meld je bij de vertrouwenspersoon. Binnen zes weken wordt de melder geïnformeerd over wat er met de melding is gedaan.",
      "Een vermoeden meld je bij de vertrouwenspersoon. Na het onderzoek wordt de betrokkene schriftelijk ingelicht over de uitkomst.",
    ] {
      #expect(!Self.has(lint(Self.code("Melden", text)), "report-without-addressee"), "\(text)")
    }
    // (The reader's own report in the passive still names no one.)
    let unnamed = Self.code("Nevenwerk", "Nevenwerk dat je functie kan raken, wordt door jou tijdig gemeld.")
    #expect(Self.has(lint(unnamed), "report-without-addressee"))
  }

  @Test("a criminal complaint made goes to the police by what the word means; a tax return handled is no complaint")
  func criminalComplaint() {
    let complaint = Self.code("Handhaving", "Bij diefstal van gemeentelijke eigendommen doen wij altijd aangifte.")
    #expect(!Self.has(lint(complaint), "report-without-addressee"))
    let handled = Self.code(
      "Belangen",
      "Behandel je een aangifte van een buurman of familielid, dan ben je verplicht dat direct te melden.")
    #expect(Self.has(lint(handled), "report-without-addressee"))
  }

  @Test("the consent of someone the sentence names ('met diens toestemming') is asked of no one at work")
  func consentOfThePersonNamed() {
    #expect(
      !Self.reports(
        "report-without-addressee", "Privacy",
        "Wil je gegevens over een inwoner aan een andere instantie verstrekken, dan vraag je eerst diens toestemming."))
    // (Consent asked with no one named still goes nowhere.)
    #expect(
      Self.reports(
        "report-without-addressee", "Privacy",
        "Wil je gegevens over een inwoner aan een andere instantie verstrekken, dan vraag je eerst toestemming."))
  }

  @Test("supervisors of crews and shifts are recipients: kapitein, schipper, havenmeester, ploegleider, voorman")
  func crewSupervisors() {
    for text in [
      "Een bijbaan die je werk kan raken, meld je bij de kapitein.",
      "Een relatie met een verlader meld je aan de schipper van je boot.",
      "Nevenwerk op de kade meld je vooraf bij de havenmeester.",
      "Een cadeau van een aannemer meld je bij je ploegleider.",
      "Een persoonlijk belang bij een klus meld je bij de voorman.",
    ] {
      #expect(!Self.has(lint(Self.code("Melden", text)), "report-without-addressee"), "\(text)")
    }
  }

  @Test("an order of reporting denied for wrongdoing ('geldt die volgorde niet') requires no internal report first")
  func orderDenied() {
    let denied = Self.code(
      "Melden",
      "Een storing aan een gemaal meld je eerst bij de ploegleider en daarna in het logboek. Bij een vermoeden van een misstand geldt die volgorde niet."
    )
    #expect(!Self.has(lint(denied), "internal-reporting-first"))
    let kept = Self.code(
      "Melden", "Een vermoeden van een misstand meld je eerst bij de ploegleider en pas daarna bij een externe instantie.")
    #expect(Self.has(lint(kept), "internal-reporting-first"))
  }

  @Test("a rule on relatives in one's work covers the policy against conflicts of interest")
  func relativesCoverConflicts() {
    func missing(_ rule: String) -> Bool {
      lint(Self.code("Werk", rule)).contains {
        $0.id == "missing-obligation" && $0.message.args["obligation"] == "AW17-4-1-belangenverstrengeling"
      }
    }
    #expect(
      !missing("Is een aanvrager je broer, zus of huisgenoot, dan laat je de aanvraag door een collega afhandelen."))
    #expect(missing("Je werkt zorgvuldig en je houdt je aan de afspraken."))
    // (A family word among grounds of discrimination, or a business partner, is no rule on relatives.)
    #expect(
      missing(
        "Je discrimineert niemand vanwege zijn afkomst, zijn ouders of zijn gezin."
      ))
    #expect(missing("Je gaat respectvol om met collega's, inwoners en samenwerkingspartners."))
  }

  @Test("recipients to choose from ('kiezen tussen … en …') or named with a copula ('Ontvanger is …') name the route")
  func recipientsToChooseFrom() {
    #expect(
      !Self.reports(
        "report-without-addressee", "Melden",
        "Wie een integriteitsschending vermoedt, meldt dat. Daarbij kan hij kiezen uit zijn teamleider of de vertrouwenspersoon.")
    )
    #expect(
      !Self.reports(
        "report-without-addressee", "Nevenwerk",
        "Nevenwerk dat de dienst kan raken, geef je vooraf op. Ontvanger van die opgave is de clustermanager."))
  }

  @Test("a personal interest in a matter reported is a conflict of interest, not a register of financial interests")
  func personalInterestInAMatter() {
    func beyond(_ rule: String) -> Bool { Self.has(lint(Self.code("Belangen", rule)), "financial-interest-duty-beyond-act") }
    #expect(
      !beyond(
        "Bij de verkoop van een perceel waarbij jij of je partner een persoonlijk belang hebt, meld je dat belang aan je afdelingshoofd."
      ))
    #expect(beyond("Iedere medewerker meldt zijn financiële belangen en aandelen aan zijn afdelingshoofd."))
  }

  @Test("a consent pointed back to with 'die' or 'deze' is the sentence before's, not the chapter title's")
  func giftConsentPointedBack() {
    let source =
      FullCodeFindingTests.header
      + "# 1. Nevenwerk en geschenken\n\n§ 1.1. [Geschenken] Je neemt geen cadeau of uitnodiging aan zonder toestemming. Deze toestemming vraag je aan je teamleider.\n"
    let found = Self.has(lint(source), "side-activities-beyond-act")
    #expect(!found)
  }

  @Test("a duty that remains when the employment ends is no duty that ends with it")
  func dutyRemains() {
    #expect(
      !Self.reports(
        "secrecy-limited-to-employment", "Geheimhouding",
        "Je houdt geheim wat je voor je werk te weten komt. Als je arbeidsovereenkomst eindigt, blijft deze plicht van kracht."))
    #expect(
      Self.reports(
        "secrecy-limited-to-employment", "Geheimhouding",
        "Je houdt geheim wat je voor je werk te weten komt. Deze plicht eindigt zodra je arbeidsovereenkomst eindigt."))
  }

  @Test("what 'doet niet ter zake' binds no one; 'belang bij' a matter is a conflict of interest")
  func doesNotMatterAndInterestIn() {
    #expect(
      !Self.reports(
        "side-activities-beyond-act", "Nevenwerk",
        "Nevenwerk dat de dienst kan raken, geef je op bij je leidinggevende; of je er geld voor krijgt, doet niet ter zake."))
    let interest = lint(
      Self.code(
        "Werk", "Heeft een vriend belang bij een vergunning die jij behandelt, dan geef je het dossier aan een collega."))
    #expect(
      !interest.contains {
        $0.id == "missing-obligation" && $0.message.args["obligation"] == "AW17-4-1-belangenverstrengeling"
      })
  }

  @Test("first one's own word with a colleague is no internal report first; 'baas' heads a title")
  func ownWordFirstAndForemen() {
    #expect(
      !Self.reports(
        "internal-reporting-first", "Melden",
        "Zie je dat een collega iets doet wat niet mag, spreek hem er dan eerst zelf op aan en bespreek het anders met de integriteitscoördinator."
      ))
    #expect(
      !Self.reports("report-without-addressee", "Melden", "Een ongeval met de veegwagen meld je dezelfde dag bij de ploegbaas."))
  }

  @Test("a duty after a conditional sentence it goes on from holds in that situation; a role takes reports 'in ontvangst'")
  func situationAndReceipt() {
    #expect(
      !Self.reports(
        "financial-interest-duty-beyond-act", "Belangen",
        "Heb je zelf een lening bij een bank waarmee de gemeente zaken doet, dan behandel je dat dossier niet. Aan je teamleider laat je weten dat dit zo is."
      ))
    #expect(
      !Self.reports(
        "report-without-addressee", "Belangen",
        "Werk je in een aangewezen functie, dan meld je je aandelen binnen een maand. De compliance officer neemt die meldingen in ontvangst."
      ))
  }
}
