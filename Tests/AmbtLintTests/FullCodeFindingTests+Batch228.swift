import AmbtLint
import AmbtModel
import Testing

/// The general changes of the fourth session of 6 December 2026 (the two-hundred-and-twenty-eighth
/// to two-hundred-and-thirty-second batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a function named as those bound does not tie a ban on party membership to the function")
  func membershipBanOfFunctions() {
    for text in [
      "Voorlichters en medewerkers van het bestuurssecretariaat zijn geen lid van een politieke partij.",
      "Woordvoerders van de gemeente hebben geen lidmaatschap van een politieke partij.",
    ] {
      #expect(Self.reports("blanket-political-ban", "Politiek", text), "\(text)")
    }
    // (Speaking as the spokesperson is the function's own: a restriction of the Act.)
    for text in [
      "Als woordvoerder geef je in interviews geen persoonlijke politieke mening.",
      "De voorlichter doet over lopende raadsvoorstellen geen politieke uitspraken.",
    ] {
      #expect(!Self.reports("blanket-political-ban", "Politiek", text), "\(text)")
    }
  }

  @Test("a report due in the future tense ('zal dat … moeten worden gemeld') asks a recipient")
  func futureReportAsksRecipient() {
    #expect(
      Self.reports(
        "report-without-addressee", "Nevenwerk", "Krijg je er een nevenfunctie bij, dan zal dat direct moeten worden gemeld."))
    #expect(
      !Self.reports(
        "report-without-addressee", "Nevenwerk",
        "Krijg je er een nevenfunctie bij, dan zal dat direct moeten worden gemeld bij je teamcoach."))
  }

  @Test("a report named as one of the cases a lead-in announces is no duty without a recipient")
  func reportAsCase() {
    let text =
      "Vertrouwelijke stukken geef je alleen aan derden in een van de volgende gevallen:\n"
      + "a. de wet verplicht je daartoe;\nb. je meldt een vermoeden van een misstand volgens de klokkenluidersregeling."
    #expect(!Self.reports("report-without-addressee", "Informatie", text))
  }

  @Test("a ban 'zowel tijdens je werk als daarbuiten' is widened, not bounded to work")
  func widenedBothWays() {
    #expect(
      Self.reports(
        "blanket-political-ban", "Politiek", "Je onthoudt je van politieke uitingen, zowel tijdens je werk als daarbuiten."))
    #expect(
      !Self.reports(
        "blanket-political-ban", "Politiek", "Tijdens je werk onthoud je je van politieke uitingen tegenover klanten."))
  }

  @Test("'Melden bij: niemand' waives the report of a gift; a report after a denial's colon orders the routes")
  func waiverAndColonOrder() {
    #expect(
      Self.reports(
        "gift-requires-consent", "Geschenken",
        "Een fles wijn tot € 40 mag je zelf houden. Melden bij: niemand.\n\n§ 1.2. Een cadeau boven € 40 meld je bij je leidinggevende."
      ))
    #expect(
      Self.reports(
        "internal-reporting-first", "Misstanden",
        "Er is geen sprake van dat je een misstand direct extern meldt: je meldt altijd eerst intern bij de vertrouwenspersoon."))
  }

  @Test("routes named after the report: where it lands, to whom one goes")
  func routesAfter() {
    for text in [
      "Een nevenfunctie geef je vooraf op. Via het portaal komt zij bij team HR terecht.",
      "Zie je fraude, dan meld je dat. Je bepaalt zelf of je daarvoor naar je teamhoofd of de directeur gaat.",
      "Zie je fraude, dan meld je dat. Je gaat daarvoor naar de integriteitsadviseur.",
    ] {
      #expect(!Self.reports("report-without-addressee", "Melden", text), "\(text)")
    }
    // (A file that goes to a colleague names no recipient of the report.)
    #expect(
      Self.reports(
        "report-without-addressee", "Melden", "Ken je de aanvrager, dan meld je dat, zodat het dossier naar een collega gaat."))
  }

  @Test("a duty in a rule about one case ('Situatie: …') is not a duty for all to report financial interests")
  func situationCase() {
    let text =
      "Situatie: je bezit obligaties van een leverancier waarmee je zelf onderhandelt. Mag het? Nee. Melden bij: je leidinggevende."
    #expect(!Self.reports("financial-interest-duty-beyond-act", "Belangen", text))
    #expect(
      Self.reports("financial-interest-duty-beyond-act", "Belangen", "Je meldt al je financiële belangen bij je leidinggevende."))
  }

  @Test("the thirteenth round: 'dat nevenwerk is verboden' after its qualification, a gift another records, a duty extended")
  func thirteenthRound() {
    #expect(
      !Self.reports(
        "side-activities-beyond-act", "Nevenwerk",
        "Nevenwerk mag, behalve nevenwerk waardoor je functie niet in redelijkheid is verzekerd; dat nevenwerk is verboden."))
    #expect(
      !Self.reports(
        "gift-requires-consent", "Geschenken",
        "Een geschenk tot € 30 neem je alleen aan als je het meldt bij je teamleider.\n\n§ 1.2. Een relatiegeschenk voor het college hoef je niet te melden, omdat het secretariaat het registreert."
      ))
    #expect(
      !Self.reports(
        "report-without-addressee", "Nevenwerk",
        "Je geeft aan je teamleider opgave van je nevenwerk.\n\n§ 1.2. Wat je al deed voor 2026: de regels van artikel 1.1 gelden ook daarvoor; daarvan doe je binnen een maand opgave."
      ))
  }
}
