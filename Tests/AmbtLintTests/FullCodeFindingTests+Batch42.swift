import AmbtLint
import AmbtModel
import Testing

/// The general changes the forty-second and forty-third batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("secrecy 'tijdens … en daarna' goes on; 'gedurende de tijd dat …' and 'tot de dag dat je … weggaat' are limited")
  func secrecyDuringAndAfter() {
    for text in [
      "Vertrouwelijke zaken houd je geheim, tijdens je arbeidsovereenkomst en daarna.",
      "U zwijgt over wat u vertrouwelijk hoort, tijdens uw dienstverband en ook nadien.",
    ] {
      #expect(!Self.has(lint(Self.code("Informatie", text)), "secrecy-limited-to-employment"), "\(text)")
    }
    for text in [
      "Gedurende de tijd dat je voor de gemeente werkt, houd je vertrouwelijke informatie geheim.",
      "Gedurende de periode waarin u bij ons in dienst bent, bewaart u geheimhouding over vertrouwelijke stukken.",
      "Vertrouwelijke informatie houd je geheim tot de dag dat je bij de gemeente weggaat.",
    ] {
      #expect(Self.has(lint(Self.code("Informatie", text)), "secrecy-limited-to-employment"), "\(text)")
    }
    // "Gedurende de tijd dat het onderzoek loopt" is no employment.
    let other = "Gedurende de tijd dat het onderzoek loopt, houd je de stukken geheim."
    #expect(!Self.has(lint(Self.code("Informatie", other)), "secrecy-limited-to-employment"))
  }

  @Test("'oud-collega's' one keeps a secret from are not former employees bound by it")
  func formerColleaguesAsAudience() {
    let text =
      "Vertrouwelijke zaken houd je geheim zolang je bij de gemeente werkt. Dat geldt ook tegenover je familie en je oud-collega's."
    #expect(Self.has(lint(Self.code("Informatie", text)), "secrecy-limited-to-employment"))
    let bound =
      "Vertrouwelijke zaken houd je geheim zolang je bij de gemeente werkt. Ook oud-collega's blijven tot geheimhouding verplicht."
    #expect(!Self.has(lint(Self.code("Informatie", bound)), "secrecy-limited-to-employment"))
  }

  @Test("'laat het … weten' and 'doet opgaaf van' report: to no one named, the report lacks an addressee")
  func letKnowAndOpgaaf() {
    for text in [
      "Heb je een belang in een bedrijf waar de gemeente zaken mee doet? Laat dat dan binnen twee weken schriftelijk weten.",
      "De ambtenaar in een aangewezen functie doet ieder jaar schriftelijk opgaaf van zijn financiële belangen.",
    ] {
      #expect(Self.has(lint(Self.code("Financiële belangen", text)), "report-without-addressee"), "\(text)")
    }
    for text in [
      "Heb je een belang in een bedrijf waar de gemeente zaken mee doet? Laat dat dan binnen twee weken aan je leidinggevende weten.",
      "De ambtenaar in een aangewezen functie doet ieder jaar schriftelijk opgaaf van zijn financiële belangen bij de secretaris.",
    ] {
      #expect(!Self.has(lint(Self.code("Financiële belangen", text)), "report-without-addressee"), "\(text)")
    }
  }

  @Test("an external body that 'is er voor als' an internal report came to nothing keeps internal reporting first")
  func externalBodyOnFailedInternalReport() {
    let text =
      "Een vermoeden van een misstand meld je bij de vertrouwenspersoon. Het Huis voor Klokkenluiders is er voor als je melding binnen de organisatie niets heeft opgeleverd."
    #expect(Self.has(lint(Self.code("Misstanden", text)), "internal-reporting-first"))
    let direct =
      text + " Je mag ook rechtstreeks extern melden."
    #expect(!Self.has(lint(Self.code("Misstanden", direct)), "internal-reporting-first"))
  }

  @Test("'je hoeft niet op toestemming te wachten' asks no consent for side activities")
  func noWaitForConsent() {
    let text = "Nevenwerk meld je vooraf bij HR. Daarna kun je beginnen: op toestemming hoef je niet te wachten."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", text)), "side-activities-beyond-act"))
    let asks = "Nevenwerk meld je vooraf bij HR. Daarna wacht je op toestemming van HR."
    #expect(Self.has(lint(Self.code("Nevenwerkzaamheden", asks)), "side-activities-beyond-act"))
  }

  @Test("the yearly account 'over de uitvoering van dit artikel' in a rule on integrity counts")
  func yearlyAccountOfThisArticle() {
    let text =
      "Het college voert een integriteitsbeleid. Het college maakt ieder jaar een verantwoording over de uitvoering van dit artikel openbaar."
    #expect(!Self.has(lint(Self.code("Integriteit", text)), "yearly-account-not-mentioned"))
    let other =
      "Het college voert een integriteitsbeleid. Het college maakt ieder jaar een overzicht van de vergaderdata openbaar."
    #expect(Self.has(lint(Self.code("Integriteit", other)), "yearly-account-not-mentioned"))
  }

  @Test("'zo'n functie' limits a report of financial interests to the functions named before")
  func suchAFunction() {
    let text = "Werk je in zo'n functie, meld dan je aandelen in bedrijven bij de secretaris."
    #expect(!Self.has(lint(Self.code("Financiële belangen", text)), "financial-interest-duty-beyond-act"))
    let all = "Meld je aandelen in bedrijven bij de secretaris."
    #expect(Self.has(lint(Self.code("Financiële belangen", all)), "financial-interest-duty-beyond-act"))
  }

  @Test("consent 'van de werkgever' is no gift from the employer; 'een zodanig geschenk' is about the dearer gifts named before")
  func employerConsentAndSuchAGift() {
    let text =
      "Geschenken tot en met € 40 mogen door de medewerker worden gehouden. Een geschenk met een hogere waarde meldt de medewerker aan de secretaris. Een zodanig geschenk wordt alleen aanvaard met toestemming van de werkgever."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
    // A consent that reaches every gift safeguards them.
    let every =
      "Geschenken tot en met € 40 mogen door de medewerker worden gehouden. Elk geschenk wordt alleen aanvaard met toestemming van de werkgever."
    #expect(!Self.has(lint(Self.code("Geschenken", every)), "gift-requires-consent"))
    // A gift from the employer itself is outside the rule.
    let fromEmployer = "Een kerstpakket van de werkgever mag de medewerker houden."
    #expect(!Self.has(lint(Self.code("Geschenken", fromEmployer)), "gift-requires-consent"))
  }
}
