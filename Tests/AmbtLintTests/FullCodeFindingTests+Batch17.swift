import AmbtLint
import AmbtModel
import Testing

/// The general changes the seventeenth batch of whole codes led to (Ommerkerk, Hollemeer,
/// Brederwiel, Zandmere, Stroominge), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  static func code(_ chapter: String, _ rule: String) -> String {
    header + "# 1. \(chapter)\n\n§ 1.1. [\(chapter)] \(rule)\n"
  }

  @Test("'is het voor jou' is a permission to keep; a gift going to the staff association is no gift from it")
  func yoursToKeep() {
    for text in [
      "Een attentie tot € 30 is voor jou.",
      "Krijg je een kerstpakket van een leverancier? Tot € 40 is het voor jou. Is het meer waard, dan meld je het bij je teamleider. Die beslist of je het mag houden, of dat het naar de personeelsvereniging gaat.",
    ] {
      #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"), "\(text)")
    }
    // Said of a text, not of a gift; and a gift from colleagues is outside art. 8 lid 1 e.
    #expect(!Self.has(lint(Self.code("Geschenken", "Deze gedragscode is voor jou.")), "gift-requires-consent"))
    #expect(
      !Self.has(
        lint(Self.code("Geschenken", "Een cadeau van de personeelsvereniging is voor jou.")), "gift-requires-consent"))
  }

  @Test("'Pas dan stap je naar het Huis' after an internal report in the sentence before puts internal first")
  func onlyThenExternal() {
    let first = lint(
      Self.code(
        "Misstanden",
        "Een vermoeden van een misstand meld je bij de gemeentesecretaris. Krijg je binnen drie maanden geen reactie? Pas dan stap je naar het Huis voor Klokkenluiders."
      ))
    #expect(Self.has(first, "internal-reporting-first"))
    // A choice, or external reporting without an internal step before it, is not.
    for text in [
      "Een vermoeden van een misstand meld je bij de gemeentesecretaris of meteen bij het Huis voor Klokkenluiders.",
      "Twijfel je over een misstand? Bespreek het met de vertrouwenspersoon. Je kunt ook direct naar het Huis voor Klokkenluiders.",
    ] {
      #expect(!Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"), "\(text)")
    }
  }

  @Test("a lead-in on the line after an item ('Wel toegestaan is:') leads the items after it")
  func leadInAfterAnItem() {
    let found = lint(
      Self.header
        + "# 5. Geschenken\n\n§ 5.1. [Geschenken]\nU mag niet:\n- geld of cadeaubonnen aannemen;\n- om geschenken vragen.\nWel toegestaan is:\n- een attentie tot € 40 aannemen en houden;\n- een duurder geschenk aannemen met toestemming van uw leidinggevende.\n"
    )
    #expect(Self.has(found, "gift-requires-consent"))
    // Without it the items stay under "U mag niet:": a ban, with nothing to permit.
    let banned = lint(
      Self.header
        + "# 5. Geschenken\n\n§ 5.1. [Geschenken]\nU mag niet:\n- geld of cadeaubonnen aannemen;\n- om geschenken vragen;\n- een attentie van een leverancier aannemen en houden.\n"
    )
    #expect(!Self.has(banned, "gift-requires-consent"))
  }

  @Test("integrity discussed in team meetings, dilemmas and training promote integrity awareness")
  func integrityAwareness() {
    for text in [
      "De teamleider bespreekt integriteit ten minste eenmaal per jaar in het werkoverleg.",
      "In het teamoverleg bespreken we regelmatig integriteitsdilemma's; nieuwe medewerkers volgen een training integriteit.",
    ] {
      #expect(!Self.missing(lint(Self.code("Integriteit", text)), "AW17-4-1-bewustzijn"), "\(text)")
    }
    #expect(Self.missing(lint(Self.code("Integriteit", "We werken zorgvuldig.")), "AW17-4-1-bewustzijn"))
  }

  @Test("a plural 'kunnen' after a singular finite verb is an interrupted relative clause's, not the sentence's modal")
  func interruptedRelative() {
    let found = lint(
      Self.code(
        "Belangen",
        "Het college wijst functies aan met een bijzonder risico op financiële belangenverstrengeling. De ambtenaar in een aangewezen functie meldt zijn financiële belangen die de belangen van de dienst, voor zover deze met zijn functie verband houden, kunnen raken binnen een maand aan de integriteitsfunctionaris."
      ))
    #expect(!Self.missing(found, "AW17-8-1d-2b"))
    // After a separable particle `die` opens a relative clause, and `ons werk` is a noun.
    let particle = lint(
      Self.code(
        "Belangen",
        "Het college wijst functies aan met een bijzonder risico op financiële belangenverstrengeling. In zo'n functie geven we onze financiële belangen door die ons werk kunnen raken, binnen een maand aan de concerncontroller."
      ))
    #expect(!Self.missing(particle, "AW17-8-1d-2b"))
  }

  @Test("secrecy 'tot en met de laatste dag' of the employment, said of the leden before, is limited")
  func secrecyUntilTheLastDay() {
    let found = lint(
      Self.header
        + "# 4. Informatie\n\n§ 4.1. [Geheimhouding]\n1. De ambtenaar is verplicht tot geheimhouding van vertrouwelijke informatie.\n2. De verplichting bedoeld in het eerste lid geldt tot en met de laatste dag van de arbeidsovereenkomst.\n"
    )
    #expect(Self.has(found, "secrecy-limited-to-employment"))
  }

  @Test("'deze regeling' is the code itself; a definitions article's items count only on their own topics")
  func theCodeItself() {
    let found = lint(
      Self.header
        + "# 1. Algemeen\n\n§ 1.1. [Begrippen] In deze regeling wordt verstaan onder:\na. nevenwerkzaamheden: alle werkzaamheden buiten de functie;\nb. meldregeling: de Regeling melden vermoeden van een misstand.\n"
    )
    #expect(Self.missing(found, "AW17-5-1c"))
    #expect(!found.contains { $0.id == "obligation-via-regulation" && $0.message.nl.contains("AW17-5-1c") })
    // A regulation named before 'in deze regeling' is a regulation.
    let named = lint(
      Self.header
        + "# 6. Melden\n\n§ 6.1. [Melden] Klokkenluidersregeling: in deze regeling staat hoe de gemeente omgaat met een melding van een vermoeden van een misstand.\n"
    )
    #expect(named.contains { $0.id == "obligation-via-regulation" && $0.message.nl.contains("AW17-5-1e") })
  }

  @Test("an employer's duty that names a team 'Vergunningen' is no consent regime for side activities")
  func teamNamedVergunningen() {
    let found = lint(
      Self.code(
        "Nevenwerk",
        "Van de teamleiders Vergunningen en Inkoop maken we de geregistreerde nevenwerkzaamheden openbaar op de website.")
    )
    #expect(!Self.has(found, "side-activities-beyond-act"))
  }

  @Test("a chapter of another document is not a chapter of the code; an old article named as history is no reference")
  func otherDocumentsAndHistory() {
    let chapter = lint(
      Self.code("Slot", "Deze code vervangt de gedragscode van 2019, die als hoofdstuk 12 in het personeelshandboek stond."))
    #expect(!Self.has(chapter, "broken-reference"))
    let own = lint(Self.code("Slot", "Zie hoofdstuk 12 voor de regels over geschenken."))
    #expect(Self.has(own, "broken-reference"))
    let history = lint(
      Self.code(
        "Slot", "De oude code was gebaseerd op artikel 125quater van de Ambtenarenwet zoals die luidde tot 1 januari 2020."))
    #expect(!Self.has(history, "superseded-law"))
    let current = lint(Self.code("Slot", "Deze code is vastgesteld op grond van artikel 125quater van de Ambtenarenwet."))
    #expect(Self.has(current, "superseded-law"))
  }
}
