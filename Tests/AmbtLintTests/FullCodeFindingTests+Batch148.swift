import AmbtLint
import AmbtModel
import Testing

/// The general changes of the session of 5 December 2026 (sixth): the hundred-and-forty-eighth to
/// hundred-and-fifty-first batches, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a short message to someone names the recipient of the consent asked in the same sentence")
  func messageNamesRecipient() {
    let named = "Voor elk cadeau vraag je instemming; een kort bericht aan je teamleider volstaat."
    #expect(!Self.has(lint(Self.code("Geschenken", named)), "report-without-addressee"))
    // (A message to no one names no one.)
    let unnamed = "Voor elk cadeau vraag je instemming; een kort bericht volstaat."
    #expect(Self.has(lint(Self.code("Geschenken", unnamed)), "report-without-addressee"))
  }

  @Test("a consent pointed back at ('die toestemming') is the one a sentence before named with its giver")
  func consentPointedBack() {
    let back =
      "Een studiereis die een leverancier betaalt, maak je alleen met toestemming van de directeur. Die toestemming vraag je uiterlijk een maand voor je vertrek aan."
    #expect(!Self.has(lint(Self.code("Reizen", back)), "report-without-addressee"))
    // (Without a giver named before, the consent asked names no one.)
    let none = "Een reis die een leverancier betaalt, meld je vooraf. Toestemming vraag je een maand vooraf aan."
    #expect(Self.has(lint(Self.code("Reizen", none)), "report-without-addressee"))
  }

  @Test("a lid on where reports go ('Meldingen als bedoeld in lid 2 richt je aan …') names the recipient of the lid before")
  func reportsInGeneral() {
    let source =
      Self.header
      + "# 1. Belangen\n\n§ 1.1. [Belangen]\n1. De bijlage noemt de functies met een risico.\n2. Heb je zo'n functie, dan meld je je aandelen en je obligaties die je werk kunnen raken.\n3. Meldingen als bedoeld in lid 2 richt je aan de controller, die ze vertrouwelijk bewaart.\n"
    #expect(!Self.has(lint(source), "report-without-addressee"))
  }

  @Test("'zo'n belang' after a rule whose report goes to someone named is reported there, and only where the annex asks")
  func kindNamedBefore() {
    let source = Self.rules(
      "Belangen",
      [
        "Heb je een functie uit de bijlage, dan meld je je financiële belangen. De melding gaat naar de controller.",
        "Een eigen huis of een beleggingsfonds is geen verboden financieel belang; je meldt zo'n belang alleen als de bijlage dat voor jouw functie vraagt.",
      ])
    let found = lint(source)
    #expect(!Self.has(found, "report-without-addressee") && !Self.has(found, "financial-interest-duty-beyond-act"))
  }

  @Test("the law's own incompatibility, 'dat sluit de Gemeentewet uit', is no ban of the code's")
  func lawExcludes() {
    let law =
      "Je kunt niet tegelijk ambtenaar van Proefstad en lid van de gemeenteraad van Proefstad zijn; dat sluit de Gemeentewet uit."
    #expect(!Self.has(lint(Self.code("Politiek", law)), "blanket-political-ban"))
    // (Without the law, it is the code's own ban.)
    let own = "Je bent geen lid van een politieke partij; dat past niet bij ons werk."
    #expect(Self.has(lint(Self.code("Politiek", own)), "blanket-political-ban"))
  }

  @Test("a reason after a ban ('…, omdat de dienst onpartijdig moet blijven') does not bound it")
  func reasonAfterBan() {
    let reason = "Wij zijn geen lid van een politieke partij, omdat onze dienst onpartijdig moet zijn."
    #expect(Self.has(lint(Self.code("Politiek", reason)), "blanket-political-ban"))
    let correlative =
      "Medewerkers zijn noch lid van een politieke partij noch actief in een politieke beweging, omdat de provincie neutraal moet blijven."
    #expect(Self.has(lint(Self.code("Politiek", correlative)), "blanket-political-ban"))
    // (A condition still bounds it.)
    let bounded =
      "Je uit je politieke mening niet in het openbaar, als daardoor de goede vervulling van je functie niet meer in redelijkheid verzekerd is."
    #expect(!Self.has(lint(Self.code("Politiek", bounded)), "blanket-political-ban"))
  }

  @Test("what nothing prevents ('Niets belet je om …') is no ban")
  func nothingPreventsIsNoBan() {
    for text in [
      "Niets belet je om mee te lopen in een betoging tegen een plan van de provincie.",
      "Niets staat u in de weg om lid te worden van een politieke partij.",
    ] {
      #expect(!Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"), "\(text)")
    }
  }

  @Test("'Er geldt een plicht tot melding van …' is a duty to report, which needs a recipient")
  func dutyOfReport() {
    let found = lint(
      Self.code(
        "Belangen",
        "Er geldt een plicht tot melding van je aandelen die je werk kunnen raken, als je een functie uit de bijlage hebt."))
    #expect(Self.has(found, "report-without-addressee"))
    let named = lint(
      Self.code(
        "Belangen",
        "Er geldt een plicht tot melding van je aandelen bij de controller, als je een functie uit de bijlage hebt."))
    #expect(!Self.has(named, "report-without-addressee"))
  }

  @Test("secrecy 'ook wanneer je de gemeente hebt verlaten' goes on after the employment")
  func alsoAfterLeaving() {
    for text in [
      "Je houdt vertrouwelijke gegevens geheim, tijdens je dienstverband en ook wanneer je het waterschap allang hebt verlaten.",
      "U zwijgt over wat u vertrouwelijk weet, ook als u uit dienst bent gegaan.",
    ] {
      #expect(!Self.has(lint(Self.code("Geheimhouding", text)), "secrecy-limited-to-employment"), "\(text)")
    }
  }

  @Test("a consequence, 'Dat betekent (ook) dat …', carries the norm of its dat-clause")
  func consequenceFrame() {
    let published = Self.code(
      "Nevenwerk",
      "Openheid is belangrijk. Dat betekent ook dat de opgegeven nevenfuncties van de directeuren op de website worden gepubliceerd."
    )
    #expect(!Self.missing(lint(published), "AW17-5-1c"))
  }

  @Test("disclosure the law requires, in a rule on secrecy, publishes no financial interests")
  func disclosureInSecrecy() {
    let secrecy = Self.rules(
      "Informatie",
      [
        "Je houdt geheim wat je over koersgevoelige zaken en financiële belangen van de provincie weet. De geheimhouding staat niet in de weg aan openbaarmaking die de Wet open overheid voorschrijft."
      ])
    #expect(!Self.has(lint(secrecy), "financial-interest-duty-beyond-act"))
    let published = Self.rules(
      "Belangen", ["Medewerkers geven hun financiële belangen op. Deze gegevens worden op het intranet openbaar gemaakt."])
    #expect(Self.has(lint(published), "financial-interest-duty-beyond-act"))
  }

  @Test("norms stated through consequences ('Wie …, riskeert ontslag') cover the law and allow what they do not punish")
  func consequenceStyle() {
    let contracts = Self.code(
      "Leveringen",
      "Wie zonder toestemming van het college meedoet aan een levering aan de gemeente, riskeert ontslag. Met die toestemming mag het wel."
    )
    #expect(!Self.missing(lint(contracts), "AW17-8-1b"))
    let external = Self.code(
      "Melden",
      "Wie een misstand rechtstreeks bij het Huis voor Klokkenluiders meldt, zonder eerst intern te melden, krijgt daar nooit een verwijt over."
    )
    #expect(!Self.has(lint(external), "internal-reporting-first"))
  }

  @Test("holding back statements that would hinder the work covers art. 10 lid 1")
  func statementsCoverExpression() {
    let held = Self.rules(
      "Wat je zegt",
      [
        "We houden ons alleen in als een uitspraak ons werk of het functioneren van de gemeente redelijkerwijs in de weg zou zitten, bijvoorbeeld een fel bericht over een vergunning die je zelf behandelt."
      ])
    #expect(!Self.missing(lint(held), "AW17-10-1"))
  }

  @Test(
    "a rule whose recipient is a role that receives the report ('het team HR ontvangt het') names it for a rule that refers to it"
  )
  func receivingRole() {
    let source = Self.rules(
      "Nevenwerk",
      [
        "Nevenwerk dat de gemeente kan raken, geef je op met het formulier op intranet; het team P&O ontvangt het en registreert elke opgave.",
        "Word je gevraagd voor een bestuursfunctie, dan doe je opgave zoals artikel 1.1 zegt.",
      ])
    #expect(!Self.has(lint(source), "report-without-addressee"))
  }

  @Test("restraint on a proposal one worked on oneself is bounded, no blanket ban")
  func ownProposal() {
    let own = Self.code(
      "Politiek",
      "Van de medewerker die de wethouder rechtstreeks adviseert, wordt verwacht dat hij zich in het openbaar niet uitspreekt over een voorstel waaraan hij heeft meegewerkt."
    )
    #expect(!Self.has(lint(own), "blanket-political-ban"))
  }

  @Test("the recipient 'bij wie ook die melding binnenkomt' is named for the report before it")
  func alsoLands() {
    let source = Self.code(
      "Belangen",
      "Ook als er alleen de schijn van een eigen belang is, meld je dat. Je teamleider, bij wie ook die melding binnenkomt, beslist wie de zaak behandelt."
    )
    #expect(!Self.has(lint(source), "report-without-addressee"))
  }
}
