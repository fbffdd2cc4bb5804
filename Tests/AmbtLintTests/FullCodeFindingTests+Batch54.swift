import AmbtLint
import AmbtModel
import Testing

/// The general changes the fifty-fourth and fifty-fifth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("after a modal, 'dat' is no dat-clause: 'dan moet dat … worden gemeld' is a report")
  func thatAfterModal() {
    let text = "Gaat een toegangspas verloren, dan moet dat dezelfde dag worden gemeld."
    #expect(Self.has(lint(Self.code("Bedrijfsmiddelen", text)), "report-without-addressee"))
  }

  @Test("'of … of niet' at the end of a sentence concedes; it does not negate the report")
  func whetherOrNot() {
    let text =
      "Wanneer je nevenwerk doet dat de gemeente kan raken, geef je het op bij je teamleider, of daar nu geld tegenover staat of niet."
    let found = lint(Self.code("Nevenwerk", text))
    // (The rule counts for the report of side activities; only intended ones go unnamed.)
    #expect(!found.contains { $0.message.en.contains("obligation AW17-8-2a is not covered") })
    #expect(found.contains { $0.message.en.contains("obligation AW17-8-2a is covered only in part") })
  }

  @Test("an ending of the employment named before 'vervalt' limits secrecy; refraining in a coordinated clause is a ban")
  func endingBeforeAndRefraining() {
    let secrecy = "Zodra je dienstverband met de gemeente eindigt, vervalt ook deze zwijgplicht."
    #expect(Self.has(lint(Self.code("Geheimhouding", secrecy)), "secrecy-limited-to-employment"))
    let political =
      "Politieke uitspraken en het lidmaatschap van een partij passen volgens ons niet bij ons werk en laten we daarom achterwege."
    #expect(Self.has(lint(Self.code("Meningsuiting", political)), "blanket-political-ban"))
  }

  @Test("a unit with its name ('team …', 'afdeling …') and a provinciesecretaris are recipients")
  func unitsAndSecretaries() {
    for text in [
      "Een verloren laptop meld je direct bij team Informatievoorziening.",
      "Een verloren laptop meld je direct bij de afdeling Facilitaire Zaken.",
      "Een verloren laptop meldt u direct aan de provinciesecretaris.",
    ] {
      #expect(!Self.has(lint(Self.code("Bedrijfsmiddelen", text)), "report-without-addressee"), "\(text)")
    }
  }

  @Test("'desgewenst … eerst' is an option, not internal reporting first")
  func optionalFirst() {
    let text =
      "Een vermoeden van een misstand meld je bij de integriteitscoördinator; desgewenst bespreek je het eerst met de vertrouwenspersoon."
    #expect(!Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
  }

  @Test("a permission whose report is waived in its own clause is open, whatever the rule says of gifts in general")
  func waiverInOwnClause() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Geschenken] Een geschenk meld je bij je teamleider.\n\nWel:\n- een attentie van hooguit twintig euro houden zonder dat je het hoeft te melden.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
    let reported =
      "Voor een attentie tot € 40 hoef je geen toestemming te vragen, maar je meldt haar binnen een week bij je teamleider."
    #expect(!Self.has(lint(Self.code("Geschenken", reported)), "gift-requires-consent"))
  }

  @Test("a finite verb that names a topic in a coordinated predicate keeps its topic")
  func coordinatedVerbTopic() {
    let text =
      "De medewerker behandelt iedereen gelijk, discrimineert niet en onthoudt zich van intimidatie, pesten, agressie en ander ongewenst gedrag."
    #expect(!Self.missing(lint(Self.code("Omgang", text)), "AW17-4-1-discriminatie"))
  }

  @Test("'gedragsregel 14' refers to a rule of the code")
  func codeOfConductRule() {
    let text = "Privégebruik van je telefoon mag volgens gedragsregel 14."
    #expect(Self.has(lint(Self.code("Middelen", text)), "broken-reference"))
  }

  @Test("a recipient named for another lid's topic does not reach a report whose first topic is another")
  func recipientOfAnotherTopic() {
    let code =
      Self.header
      + "# 1. Belangen\n\n§ 1.1. [Belangen]\n1. U neemt niet deel aan aanbestedingen van de gemeente, tenzij het college daarvoor toestemming geeft.\n2. Vervult u een aangewezen functie, dan meldt u uw financiële belangen en uw transacties in effecten.\n"
    #expect(Self.has(lint(code), "report-without-addressee"))
  }
}

extension FullCodeFindingTests {
  @Test("after a colon, an adverbial and an inverted verb with its subject open a clause of their own")
  func invertedClauseAfterColon() {
    let text =
      "Onze medewerkers zijn politiek neutraal: ook buiten diensttijd nemen zij geen deel aan bijeenkomsten van politieke partijen."
    #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"))
    // A label before the colon answered by a verb first is one clause ("Geschenk tot € 25: mag je …").
    let label = "Attentie tot € 20: mag je houden, melden hoeft niet."
    #expect(Self.has(lint(Self.code("Geschenken", label)), "gift-requires-consent"))
  }

  @Test("'aan de bel trekken' reports, also as an item under 'Wel:'; asking advice there stays a way one may go")
  func raisingTheAlarm() {
    let plain = "Merk je dat een aanvraag je persoonlijk raakt, dan trek je meteen aan de bel."
    #expect(Self.has(lint(Self.code("Belangen", plain)), "report-without-addressee"))
    let item =
      Self.header
      + "# 1. Belangen\n\n§ 1.1. [Belangen]\nWel:\n- aan de bel trekken als een aanvraag van je neef op je bureau komt.\n"
    #expect(Self.has(lint(item), "report-without-addressee"))
    let advice =
      Self.header
      + "# 1. Misstanden\n\n§ 1.1. [Misstanden] Een vermoeden van een misstand meld je bij de integriteitscoördinator of rechtstreeks bij het Huis voor Klokkenluiders.\n\nWel:\n- eerst vertrouwelijk advies vragen aan de vertrouwenspersoon.\n"
    #expect(!Self.has(lint(advice), "internal-reporting-first"))
  }
}
