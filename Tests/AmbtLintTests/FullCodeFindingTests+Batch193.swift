import AmbtLint
import AmbtModel
import Testing

/// The general changes of the session of 6 December 2026: the hundred-and-ninety-third to
/// hundred-and-ninety-seventh batches, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a report handed in somewhere, or judged by a role right after, has its route")
  func handedInOrJudged() {
    let handedIn = Self.code(
      "Nevenwerk", "Nevenwerk dat je werk kan raken geef je op. Het ingevulde formulier stuur je naar team HR.")
    #expect(!Self.has(lint(handedIn), "report-without-addressee"))
    let judged = Self.code(
      "Nevenwerk", "Een betaalde nevenfunctie geef je vooraf op; de directeur beslist dan of die met je functie samengaat.")
    #expect(!Self.has(lint(judged), "report-without-addressee"))
    let fronted = Self.code(
      "Nevenwerk", "Nevenwerk dat je werk kan raken geef je op. Bij P&O, met het formulier op intranet, gebeurt dat vooraf.")
    #expect(!Self.has(lint(fronted), "report-without-addressee"))
    // (Handed in with no one named, or judged by no one, still goes nowhere.)
    let nowhere = Self.code("Nevenwerk", "Nevenwerk dat je werk kan raken geef je op. Het formulier lever je tijdig in.")
    #expect(Self.has(lint(nowhere), "report-without-addressee"))
  }

  @Test("roles of other organisations' titles are recipients: teamchef, teamlead, bureauhoofd, IC'er, griffier, team HR")
  func moreRoles() {
    for text in [
      "Een persoonlijk belang bij een controle meld je direct aan de teamchef.",
      "Een aanbod van een leverancier meld je bij je teamlead.",
      "Je doet bij het bureauhoofd opgave van je nevenwerk.",
      "Een vermoeden van een integriteitsschending meld je bij de IC'er.",
      "Een vriendschap met een raadslid meld je bij de griffier.",
      "Nevenwerk dat je werk kan raken meld je bij team HR.",
    ] {
      #expect(!Self.has(lint(Self.code("Melden", text)), "report-without-addressee"), "\(text)")
    }
  }

  @Test("a consent given unless a role objects, or decided on by a role, names who consents")
  func consentByObjectionOrDecision() {
    let objection = Self.code(
      "Geschenken",
      "Een attentie tot twintig euro mag je houden nadat je haar hebt geregistreerd, tenzij je teamleider binnen een week bezwaar maakt. Voor een groter geschenk vraag je toestemming."
    )
    #expect(!Self.has(lint(objection), "report-without-addressee"))
  }

  @Test("an article of an earlier, dated code is no reference into this one")
  func earlierCode() {
    let earlier = Self.code(
      "Geschenken", "Geschenken meld je bij je leidinggevende. Vroeger stond dit in artikel 31 van de Gedragscode Proefstad 2018."
    )
    #expect(!Self.has(lint(earlier), "broken-reference"))
    let own = Self.code("Geschenken", "Geschenken meld je bij je leidinggevende, zoals artikel 31 van de gedragscode zegt.")
    #expect(Self.has(lint(own), "broken-reference"))
  }

  @Test("a telegram rule with 'nooit' or 'altijd' after its colon bans or requires what it names")
  func telegramRules() {
    let banned = Self.code("Nevenwerk", "Betaald werk naast je baan bij de gemeente: nooit.")
    #expect(Self.has(lint(banned), "side-activities-beyond-act"))
    let named = Self.code("Nevenwerk", "Betaald werk naast je baan bij de gemeente.")
    #expect(!Self.has(lint(named), "side-activities-beyond-act"))
  }

  @Test("a gift the employer itself gives, or something that is no gift, waives nothing of art. 8 lid 1 e")
  func employerItselfOrNoGift() {
    for text in [
      "Geschenken meld je bij je leidinggevende. De kerstattentie die de organisatie zelf aan iedereen uitdeelt, hoef je niet te melden.",
      "Geschenken meld je bij je leidinggevende. Een glas water bij een klant is geen geschenk; dat hoef je niet te melden.",
    ] {
      #expect(!Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"), "\(text)")
    }
    let waived = Self.code("Geschenken", "Een fles wijn van een leverancier hoef je niet te melden.")
    #expect(Self.has(lint(waived), "gift-requires-consent"))
  }

  @Test("a choice of whom after a colon, and a business manager, name where a report goes")
  func choiceOfWhom() {
    let choice = Self.code(
      "Melden", "Zie je fraude bij een collega, meld het dan. Je kunt kiezen: je teamleider of de vertrouwenspersoon.")
    #expect(!Self.has(lint(choice), "report-without-addressee"))
    let manager = Self.code("Nevenwerk", "Nevenwerk dat je werk raakt, meld je bij de zakelijk leider.")
    #expect(!Self.has(lint(manager), "report-without-addressee"))
  }

  @Test("measuring round 198-200: 'niet gehouden om eerst intern', advice wished first, a ban qualified by its list")
  func measuringRoundWordings() {
    let notBound = Self.code(
      "Misstanden", "Je bent niet gehouden om eerst intern te melden voordat je naar het Huis voor Klokkenluiders gaat.")
    #expect(!Self.has(lint(notBound), "internal-reporting-first"))
    let advice = Self.code(
      "Misstanden",
      "Een vermoeden van een misstand meld je bij de integriteitscoördinator, of bij de vertrouwenspersoon als je eerst vertrouwelijk advies wilt."
    )
    #expect(!Self.has(lint(advice), "internal-reporting-first"))
    let listed = Self.code(
      "Nevenwerk",
      "Het is niet toegestaan nevenwerk te doen waarbij:\n- je gemeentelijke informatie gebruikt; of\n- je werk voor de gemeente eronder lijdt."
    )
    #expect(!Self.has(lint(listed), "side-activities-beyond-act"))
    let all = Self.code("Nevenwerk", "Het is niet toegestaan nevenwerk te doen.")
    #expect(Self.has(lint(all), "side-activities-beyond-act"))
  }

  @Test("second measuring round 201-203: wordings that gave findings a reader would not give")
  func secondMeasuringRound() {
    let grounds = Self.code(
      "Gelijke behandeling", "Geen aanvrager wordt anders behandeld vanwege geloof, afkomst of politieke voorkeur.")
    #expect(!Self.has(lint(grounds), "blanket-political-ban"))
    let ownCases = Self.code(
      "Meningsuiting", "Een planoloog die een bestemmingsplan voorbereidt, voert daar in het openbaar geen actie tegen.")
    #expect(!Self.has(lint(ownCases), "blanket-political-ban"))
    let reportPlace = Self.code(
      "Nevenwerk",
      "Nevenwerk dat de dienst kan raken geef je op bij je teamleider. Teamleiders doen de opgave niet bij een teamleider maar bij de directeur."
    )
    #expect(!Self.has(lint(reportPlace), "side-activities-beyond-act"))
    let noOne = Self.code(
      "Belangen", "Krijgt hij een zaak van een buurman, dan draagt hij haar over. Daarbij laat hij weten waarom.")
    #expect(Self.has(lint(noOne), "report-without-addressee"))
    let frontedObject = Self.code(
      "Belangen", "Krijgt hij een zaak van een buurman, dan draagt hij haar over. Zijn teamleider laat hij daarbij weten waarom.")
    #expect(!Self.has(lint(frontedObject), "report-without-addressee"))
    let lottery = Self.code(
      "Geschenken",
      "Een doos bonbons tot € 75 mag je gewoon houden; dat hoef je niet te melden. Is een cadeau meer waard, dan gaat het naar de kerstloterij van de personeelsvereniging."
    )
    #expect(Self.has(lint(lottery), "gift-requires-consent"))
    let example = Self.code(
      "Meningsuiting",
      "Je mag lid zijn van een vakbond; niemand hoeft dat lidmaatschap te melden. Zo geeft een taxateur in de krant geen oordeel over de waarde van een woning."
    )
    #expect(!Self.has(lint(example), "gift-requires-consent"))
  }
}
