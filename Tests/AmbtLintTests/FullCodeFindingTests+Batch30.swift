import AmbtLint
import AmbtModel
import Testing

/// The general changes the thirtieth and thirty-first batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'Deze plicht geldt zolang …' points back to secrecy said any sentence before; 'is beëindigd' ends the employment")
  func secrecyPointedBack() {
    let back =
      "Wat je vertrouwelijk hoort, houd je voor jezelf. Je bespreekt het ook niet thuis. Deze plicht geldt zolang je bij ons in dienst bent."
    #expect(Self.has(lint(Self.code("Informatie", back)), "secrecy-limited-to-employment"))
    let ended = "De geheimhoudingsplicht eindigt op het moment dat het dienstverband is beëindigd."
    #expect(Self.has(lint(Self.code("Informatie", ended)), "secrecy-limited-to-employment"))
    let kept = "De geheimhoudingsplicht eindigt niet wanneer het dienstverband is beëindigd."
    #expect(!Self.has(lint(Self.code("Informatie", kept)), "secrecy-limited-to-employment"))
  }

  @Test("a purpose before a side-activity ban and words after 'ongeacht' or 'ook niet als' do not qualify it")
  func purposeAndWidening() {
    for text in [
      "Met het oog op de onafhankelijkheid van de dienst is het de medewerker niet toegestaan nevenwerkzaamheden te verrichten, ongeacht of zij verband houden met de functie.",
      "Onze medewerkers verrichten geen nevenwerkzaamheden, ook niet als die onbetaald zijn.",
    ] {
      #expect(Self.has(lint(Self.code("Nevenwerkzaamheden", text)), "side-activities-beyond-act"), "\(text)")
    }
    let qualified = "Nevenwerk dat botst met je functie doe je niet."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", qualified)), "side-activities-beyond-act"))
  }

  @Test("a ground before a political ban and 'functie' in a party do not bound it")
  func groundBeforePoliticalBan() {
    let ban =
      "Gelet op zijn positie als ambtenaar van de gemeente bekleedt de medewerker geen functie in een politieke partij."
    #expect(Self.has(lint(Self.code("Uitingen", ban)), "blanket-political-ban"))
    let bounded = "De medewerker bekleedt geen functie in een politieke partij als dat zijn functie kan schaden."
    #expect(!Self.has(lint(Self.code("Uitingen", bounded)), "blanket-political-ban"))
  }

  @Test("'directeur' is not going external 'direct', 'persoonlijk' is not 'pers'")
  func wholeWordsOfDirectness() {
    let text =
      "Een vermoeden van een misstand kan in een persoonlijk gesprek worden gemeld bij de directeur. Pas wanneer de interne melding niet binnen drie maanden is afgehandeld, kan de medewerker zich wenden tot het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
  }

  @Test("a list across several commas inside a relative clause keeps the clause; 'Personeel en Organisatie' is a recipient")
  func longListAndPersonnel() {
    let unnamed =
      "De medewerker die betrokken raakt bij een zaak waarbij hijzelf, een neef, een buurman of een oud-collega belang heeft, maakt daarvan melding."
    #expect(Self.has(lint(Self.code("Belangen", unnamed)), "report-without-addressee"))
    let named = "De medewerker meldt zijn nevenwerkzaamheden schriftelijk aan de afdeling Personeel en Organisatie."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", named)), "report-without-addressee"))
  }

  @Test("unpaid side activities 'niet uitgezonderd', or a definition 'ongeacht of daarvoor een vergoeding', are included")
  func unpaidIncluded() {
    let code =
      Self.header
      + "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code verstaan we onder:\n- nevenwerkzaamheden: werk naast je functie waarvoor je een vergoeding krijgt.\n\n# 2. Nevenwerk\n\n§ 2.1. [Opgave] Je meldt je huidige en voorgenomen nevenwerkzaamheden bij je leidinggevende.\n"
    #expect(Self.partial(lint(code), "AW17-8-2a"))
    let denied = code + "\n§ 2.2. [Onbetaald] Onbetaalde nevenwerkzaamheden zijn daarvan niet uitgezonderd.\n"
    #expect(!Self.partial(lint(denied), "AW17-8-2a"))
    let regardless = code.replacingOccurrences(
      of: "waarvoor je een vergoeding krijgt", with: "ongeacht of daarvoor een vergoeding wordt betaald")
    #expect(!Self.partial(lint(regardless), "AW17-8-2a"))
  }

  @Test("a gift permission 'ook indien' above the limit is one whatever its verb")
  func permissionWhateverItsVerb() {
    let text =
      "Attenties die aan een team als geheel worden gezonden, worden als gezamenlijk geschenk aangemerkt en mogen worden verdeeld, ook indien de waarde het bedrag van € 40 te boven gaat."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }

  @Test("the object right after the verb keeps its topic when words of another topic follow")
  func objectKeepsTopic() {
    let code =
      Self.header
      + "# 1. Integriteit\n\n§ 1.1. [Bevoegdheden] Je gebruikt de bevoegdheden van je functie niet voor jezelf, je ouders of je vrienden.\n"
    #expect(!Self.missing(lint(code), "AW17-4-1-misbruik"))
    let other = code.replacingOccurrences(of: "Je gebruikt de bevoegdheden van je functie niet voor", with: "Je helpt niet")
    #expect(Self.missing(lint(other), "AW17-4-1-misbruik"))
  }

  @Test("'zo'n aanbod' reports only the gifts the sentence before was about")
  func suchAnOffer() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Klein] Een attentie van minder dan € 40 mogen wij houden.\n\n§ 1.2. [Groot] Een geschenk van € 40 of meer nemen wij niet aan zonder toestemming van onze leidinggevende. Wij melden zo'n aanbod altijd bij onze leidinggevende.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
    let every = code.replacingOccurrences(of: "Wij melden zo'n aanbod altijd", with: "Wij melden elk geschenk altijd")
    #expect(!Self.has(lint(every), "gift-requires-consent"))
  }

  @Test("'bij het Huis of bij een andere externe instantie … nadat' is internal first, not a choice of routes")
  func twoExternalBodies() {
    let order =
      "Een melding bij het Huis voor Klokkenluiders of bij een andere externe instantie doen wij nadat wij de interne procedure hebben doorlopen."
    #expect(Self.has(lint(Self.code("Misstanden", order)), "internal-reporting-first"))
    let choice = "Een vermoeden meld je eerst intern of rechtstreeks bij het Huis voor Klokkenluiders."
    #expect(!Self.has(lint(Self.code("Misstanden", choice)), "internal-reporting-first"))
  }

  @Test("a purpose 'Om … te …' before a political ban does not bound it")
  func purposeWithOm() {
    let ban =
      "Om je onpartijdigheid te bewaren, word je geen lid van een politieke partij en voer je geen campagne."
    #expect(Self.has(lint(Self.code("Uitingen", ban)), "blanket-political-ban"))
  }

  @Test("'Deze melding doet u bij …' names where the report before it goes")
  func reportNamedBack() {
    let text =
      "Vervult u een aangewezen functie, dan meldt u uw financiële belangen binnen een maand. Deze melding doet u bij het meldpunt integriteit."
    #expect(!Self.has(lint(Self.code("Financiële belangen", text)), "report-without-addressee"))
    let none = "Vervult u een aangewezen functie, dan meldt u uw financiële belangen binnen een maand."
    #expect(Self.has(lint(Self.code("Financiële belangen", none)), "report-without-addressee"))
  }

  @Test("a definition 'melden: … in kennis stellen van de leidinggevende' names the recipient")
  func toldOfWithVerbBetween() {
    let code =
      Self.header
      + "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code verstaan we onder:\n- melden: het schriftelijk in kennis stellen van de teamleider.\n\n# 2. Belangen\n\n§ 2.1. [Belangen] Je meldt een persoonlijk belang in een zaak voordat je eraan begint.\n"
    #expect(!Self.has(lint(code), "report-without-addressee"))
    let content = code.replacingOccurrences(
      of: "het schriftelijk in kennis stellen van de teamleider", with: "iemand in kennis stellen van een feit")
    #expect(Self.has(lint(content), "report-without-addressee"))
  }
}
