import AmbtLint
import AmbtModel
import Testing

/// The general changes the fifty-sixth and fifty-seventh batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'Bij wie:' names the recipient of its rule's reports, also in words the role lexicon does not know")
  func answersWhom() {
    for answer in ["- Bij wie: je teamleider.", "- Bij wie: de onafhankelijke meldcoördinator van de regio."] {
      let code =
        Self.header
        + "# 1. Melden\n\n§ 1.1. [Datalekken]\n- Wat: een verloren telefoon of een verkeerd verstuurde mail.\n- Hoe: je meldt het meteen.\n\(answer)\n"
      #expect(!Self.has(lint(code), "report-without-addressee"), "\(answer)")
    }
  }

  @Test("an item that completes a condition its lead-in opens is a case, not a ban of its own")
  func itemCompletesCondition() {
    let code =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Nevenwerk] Het is de medewerker niet toegestaan nevenwerk te doen waardoor de goede vervulling van zijn functie niet is verzekerd. Daarvan is in elk geval sprake wanneer het nevenwerk:\n\n- zodanig veel uren vergt dat de medewerker zijn werk bij de gemeente niet meer naar behoren kan doen;\n- wordt gedaan voor een leverancier van de gemeente.\n"
    #expect(!Self.has(lint(code), "side-activities-beyond-act"))
  }

  @Test("a condition on who a ban binds is no qualifier of the ban")
  func conditionOnWho() {
    let text =
      "Voor zover de medewerker bij de handhaving werkt, doet hij naast zijn baan geen enkel ander werk, ook niet in het weekend."
    #expect(Self.has(lint(Self.code("Nevenwerk", text)), "side-activities-beyond-act"))
    let harm = "Voor zover het nevenwerk de belangen van de dienst raakt, doe je het niet."
    #expect(!Self.has(lint(Self.code("Nevenwerk", harm)), "side-activities-beyond-act"))
  }

  @Test("'waaronder begrepen:' widens a ban; a sentence that points back at something else is not about side activities")
  func includingAndPointingBack() {
    let code =
      Self.header
      + "# 1. Nevenwerk\n\n§ 1.1. [Nevenwerk] Niet toegestaan zijn alle nevenwerkzaamheden, waaronder begrepen:\n- werk voor een andere werkgever;\n- werk als zzp'er.\n"
    #expect(Self.has(lint(code), "side-activities-beyond-act"))
    let back =
      "Vraagt je neef een vergunning aan, dan meld je dat bij je leidinggevende. Je bemoeit je er verder niet mee. Dat geldt ook voor een vereniging waarvan je bestuurslid bent."
    #expect(!Self.has(lint(Self.code("Belangen", back)), "side-activities-beyond-act"))
  }

  @Test("'gaan er … van uit dat' frames its dat-clause; 'stelling nemen' expresses")
  func frameWithParticle() {
    let text = "Wij gaan er dan ook van uit dat je geen lid bent van een politieke partij."
    #expect(Self.has(lint(Self.code("Politiek", text)), "blanket-political-ban"))
    let stance = "Het is niet de bedoeling dat je op sociale media stelling neemt in politieke discussies."
    #expect(Self.has(lint(Self.code("Politiek", stance)), "blanket-political-ban"))
  }

  @Test("keeping 'zonder overleg' waives the safeguard; the reader's own consent is asked of no one")
  func withoutConsultation() {
    let code =
      Self.header
      + "# 1. Geschenken\n\n§ 1.1. [Geschenken] Een geschenk neem je alleen aan met toestemming van je teamleider.\n\n§ 1.2. [Kleine attenties] Een attentie tot twintig euro mag je zonder overleg aannemen.\n"
    #expect(Self.has(lint(code), "gift-requires-consent"))
    let readers = "Wij geven je adres nooit door zonder jouw schriftelijke toestemming."
    #expect(!Self.has(lint(Self.code("Privacy", readers)), "report-without-addressee"))
  }

  @Test("consent asked for something else in the same paragraph names no recipient of a report")
  func consentElsewhereInParagraph() {
    let text =
      "Heb je een aangewezen functie, dan geef je jaarlijks op welke aandelen je hebt. Aan een aanbesteding doe je alleen mee met toestemming van de directeur."
    #expect(Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }
}
