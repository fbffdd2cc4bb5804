import AmbtLint
import AmbtModel
import Testing

/// The general changes the sixteenth batch of whole codes led to (Heuvelzoom, Breevoort,
/// Marsdijk, Lindehoeve, Zuidervaart), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  static func has(_ found: [Diagnostic], _ id: String) -> Bool { found.contains { $0.id == id } }

  @Test("'onze' and 'mijn' before a role, and 'het hoofd P&O', name who is told")
  func possessiveRoles() {
    for text in [
      "Wij melden onze nevenwerkzaamheden vooraf bij onze leidinggevende.",
      "Een nevenfunctie geef ik op bij mijn teamleider.",
      "De medewerker meldt zijn nevenwerkzaamheden schriftelijk bij het hoofd P&O.",
      "Je meldt je nevenwerk bij het hoofd van je afdeling.",
    ] {
      let found = lint(Self.header + "# 2. Nevenwerk\n\n§ 2.1. [Melden] \(text)\n")
      #expect(!Self.has(found, "report-without-addressee"), "\(text)")
    }
    // Without a role there is still no addressee.
    let bare = lint(Self.header + "# 2. Nevenwerk\n\n§ 2.1. [Melden] Wij melden onze nevenwerkzaamheden vooraf.\n")
    #expect(Self.has(bare, "report-without-addressee"))
  }

  @Test("the topic of the verb a norm forbids is kept beside stronger ones: 'we discrimineren niet' covers art. 4 lid 1")
  func topicOfTheVerb() {
    for text in [
      "We discrimineren niet, we intimideren niet en we pesten niet.",
      "Het is niet toegestaan om collega's te pesten, te intimideren, lastig te vallen of te discrimineren.",
    ] {
      let found = lint(Self.header + "# 1. Respect\n\n§ 1.1. [Respect] \(text)\n")
      #expect(!Self.missing(found, "AW17-4-1-discriminatie"), "\(text)")
    }
    // Without the verb (or a word of the topic) it stays missing.
    let other = lint(Self.header + "# 1. Respect\n\n§ 1.1. [Respect] We pesten niet, we intimideren niet en we schelden niet.\n")
    #expect(Self.missing(other, "AW17-4-1-discriminatie"))
  }

  @Test("'uitlatingen doen' and 'uitspraken doen' are acts of expression; a contracting 'partij' is not political")
  func politicalStatements() {
    for text in [
      "Je doet in het openbaar geen politieke uitlatingen, ook niet op persoonlijke titel.",
      "Je mag geen politieke uitspraken doen.",
      "Medewerkers doen geen uitspraken over politieke kwesties.",
    ] {
      let found = lint(Self.header + "# 4. Meningsuiting\n\n§ 4.1. [Politiek] \(text)\n")
      #expect(Self.has(found, "blanket-political-ban"), "\(text)")
    }
    for text in [
      "Het is niet toegestaan om een reis op kosten van een externe partij te maken.",
      "Je doet geen uitlatingen als privépersoon die de gemeente kunnen schaden.",
      "Je doet geen politieke uitspraken als de goede vervulling van je functie daardoor niet verzekerd is.",
      "Je laat je niet fêteren door een partij die een opdracht wil krijgen.",
    ] {
      let found = lint(Self.header + "# 4. Gedrag\n\n§ 4.1. [Gedrag] \(text)\n")
      #expect(!Self.has(found, "blanket-political-ban"), "\(text)")
    }
  }

  @Test("'nadat u die heeft gemeld': a demonstrative after a subject pronoun, so the report is a condition")
  func demonstrativeAfterPronoun() {
    for text in [
      "Een attentie tot € 50 mag u aannemen nadat u die heeft gemeld bij uw teamleider.",
      "Een cadeau tot € 30 mag je houden als je dat meldt bij je leidinggevende.",
      "Een geschenk tot € 40 mag hij behouden, mits hij die eerst meldt bij zijn leidinggevende.",
    ] {
      let found = lint(Self.header + "# 3. Geschenken\n\n§ 3.1. [Geschenken] \(text)\n")
      #expect(!Self.has(found, "gift-requires-consent"), "\(text)")
    }
  }

  @Test("'Moet ik …? Nee.' is no duty; secrecy that ends with the employment is limited, however worded")
  func secrecyThatEnds() {
    for text in [
      "[Na vertrek] Moet ik na mijn vertrek nog zwijgen over wat ik hier heb gehoord? Nee.",
      "[Na vertrek] Met het einde van je dienstverband eindigt ook je plicht om vertrouwelijke informatie geheim te houden.",
      "[Na vertrek] Bij uitdiensttreding vervalt de geheimhoudingsplicht.",
      "[Na vertrek] Na je vertrek hoef je niets meer geheim te houden.",
    ] {
      let found = lint(
        Self.header + "# 4. Informatie\n\n§ 4.1. [Geheim] Je houdt vertrouwelijke informatie geheim.\n\n§ 4.2. \(text)\n")
      #expect(Self.has(found, "secrecy-limited-to-employment"), "\(text)")
    }
    for text in [
      "[Na vertrek] Moet ik na mijn vertrek nog zwijgen over wat ik hier heb gehoord? Ja.",
      "[Na vertrek] De geheimhouding eindigt niet op het moment dat je dienstverband eindigt.",
      "[Na vertrek] Moet ik na mijn vertrek nog zwijgen over vertrouwelijke zaken? Ja, ook dan.",
    ] {
      let found = lint(
        Self.header + "# 4. Informatie\n\n§ 4.1. [Geheim] Je houdt vertrouwelijke informatie geheim.\n\n§ 4.2. \(text)\n")
      #expect(!Self.has(found, "secrecy-limited-to-employment"), "\(text)")
    }
  }

  @Test("consent asked only for dearer gifts leaves the cheaper ones without it: a question's amount, a comparative")
  func consentForDearerGifts() {
    for text in [
      "Cadeaus tot € 25 mag je aannemen en houden. Is een cadeau meer waard dan € 25? Dan vraag je je leidinggevende om toestemming.",
      "Geschenken onder de € 30 mag je houden. Duurdere geschenken meld je bij je leidinggevende.",
      "Presentjes tot € 20 mag je houden. Daarboven vraag je toestemming aan je teamleider.",
    ] {
      let found = lint(Self.header + "# 3. Geschenken\n\n§ 3.1. [Geschenken] \(text)\n")
      #expect(Self.has(found, "gift-requires-consent"), "\(text)")
    }
    for text in [
      "Cadeaus tot € 25 mag je houden als je ze meldt bij je leidinggevende. Is een cadeau meer waard? Dan vraag je toestemming aan je leidinggevende.",
      "Je meldt elk geschenk bij je leidinggevende. Duurdere geschenken dan € 50 neem je niet aan.",
    ] {
      let found = lint(Self.header + "# 3. Geschenken\n\n§ 3.1. [Geschenken] \(text)\n")
      #expect(!Self.has(found, "gift-requires-consent"), "\(text)")
    }
  }

  @Test("publishing side activities is not publishing financial interests, in a rule that names both")
  func publishingSideActivities() {
    let side = lint(
      Self.header
        + "# 3. Belangen\n\n§ 3.2. [Registratie en openbaarmaking]\n1. P&O registreert de nevenwerkzaamheden en de financiële belangen van aangewezen functies.\n2. De geregistreerde nevenwerkzaamheden van de directeuren worden jaarlijks openbaar gemaakt.\n"
    )
    #expect(!Self.has(side, "financial-interest-duty-beyond-act"))
    let interests = lint(
      Self.header
        + "# 3. Belangen\n\n§ 3.2. [Openbaarmaking] De gemelde financiële belangen van de directeuren worden jaarlijks openbaar gemaakt.\n"
    )
    #expect(Self.has(interests, "financial-interest-duty-beyond-act"))
  }

  @Test("a list's items are read with the last sentence of its lead-in, not with an earlier one's subject")
  func leadInsLastSentence() {
    let found = lint(
      Self.header
        + "# 2. Belangen\n\n§ 2.6. [Aangewezen functies] Het college wijst in bijlage 1 de functies aan met een bijzonder risico op financiële belangenverstrengeling. Werk je in zo'n functie? Dan:\n- bezit je geen financiële belangen die voor jouw functie verboden zijn;\n- meld je je financiële belangen binnen een maand bij de integriteitscoördinator.\n"
    )
    #expect(!Self.missing(found, "AW17-8-1d-2b"))
  }

  @Test("'alleen mogelijk met toestemming' is a permission on a condition, as 'alleen toegestaan als'")
  func possibleOnlyWithConsent() {
    let found = lint(
      Self.header
        + "# 3. Geschenken\n\n§ 3.1. [Geschenken] Het aannemen van een geschenk is alleen mogelijk met toestemming van je leidinggevende.\n"
    )
    #expect(!Self.has(found, "gift-requires-consent"))
    #expect(!Self.missing(found, "AW17-8-1e"))
    let side = lint(
      Self.header
        + "# 2. Nevenwerk\n\n§ 2.1. [Nevenwerk] Nevenwerkzaamheden zijn alleen mogelijk met voorafgaande toestemming van het college.\n"
    )
    #expect(Self.has(side, "side-activities-beyond-act"))
  }

  @Test("a past form in -de first before its noun is an adjective: 'Betaalde nevenwerkzaamheden zijn verboden' bans")
  func pastFormAsAdjective() {
    for text in ["Betaalde nevenwerkzaamheden zijn verboden.", "Betaalde nevenwerkzaamheden zijn niet toegestaan."] {
      let found = lint(Self.header + "# 2. Nevenwerk\n\n§ 2.1. [Nevenwerk] \(text)\n")
      #expect(Self.has(found, "side-activities-beyond-act"), "\(text)")
    }
    // The Act's own qualification keeps it lawful.
    let qualified = lint(
      Self.header
        + "# 2. Nevenwerk\n\n§ 2.1. [Nevenwerk] Betaalde nevenwerkzaamheden zijn verboden als ze de goede vervulling van je functie in gevaar brengen.\n"
    )
    #expect(!Self.has(qualified, "side-activities-beyond-act"))
  }
}
