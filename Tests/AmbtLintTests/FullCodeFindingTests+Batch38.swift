import AmbtLint
import AmbtModel
import Testing

/// The general changes the thirty-eighth and thirty-ninth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'In dat geval doe je het niet' holds only in the case named before: no ban on all side activities")
  func banInTheCaseNamedBefore() {
    let text =
      "Nevenwerk is toegestaan. Het wordt anders als het werk je functie kan schaden. In zo'n geval zie je ervan af."
    #expect(!Self.has(lint(Self.code("Nevenwerkzaamheden", text)), "side-activities-beyond-act"))
    let all = "Nevenwerk is toegestaan. Toch doe je in de praktijk geen nevenwerk."
    #expect(Self.has(lint(Self.code("Nevenwerkzaamheden", all)), "side-activities-beyond-act"))
  }

  @Test("a purpose put first ('Om … te voorkomen en … te waarborgen, …') and a cause ('Omdat …') do not bound a ban")
  func groundsPutFirst() {
    let side =
      "Om de schijn van partijdigheid te vermijden en de continuïteit van het werk te waarborgen, verricht de medewerker geen nevenwerkzaamheden."
    #expect(Self.has(lint(Self.code("Nevenwerkzaamheden", side)), "side-activities-beyond-act"))
    let political =
      "Omdat de inwoners op een onpartijdige gemeente moeten kunnen vertrouwen, neem je in het openbaar geen politiek standpunt in."
    #expect(Self.has(lint(Self.code("Meningsuiting", political)), "blanket-political-ban"))
    let bounded =
      "Omdat de inwoners op een onpartijdige gemeente moeten kunnen vertrouwen, neem je geen politiek standpunt in als dat je functie schaadt."
    #expect(!Self.has(lint(Self.code("Meningsuiting", bounded)), "blanket-political-ban"))
  }

  @Test("a permission without an amount is not reached by a report of dearer gifts only")
  func smallGiftsWithoutReport() {
    let text =
      "Kleine attenties, zoals een boek, mag je gewoon aannemen en mee naar huis nemen. Een duurder geschenk weiger je. Lukt weigeren niet, dan meld je het bij je leidinggevende."
    let found = lint(Self.code("Geschenken", text)).filter { $0.id == "gift-requires-consent" }
    #expect(found.count == 1)
    let reported =
      "Kleine attenties, zoals een boek, mag je aannemen. Je meldt elk geschenk bij je leidinggevende."
    #expect(!Self.has(lint(Self.code("Geschenken", reported)), "gift-requires-consent"))
  }

  @Test("secrecy that lapses 'met de beëindiging van het dienstverband' is limited; records destroyed after it are no secrecy")
  func secrecyLapsesWithEmployment() {
    for text in [
      "Met het einde van de arbeidsovereenkomst komt je plicht tot geheimhouding te vervallen.",
      "Je geheimhoudingsplicht eindigt met je dienstverband.",
    ] {
      #expect(Self.has(lint(Self.code("Informatie", text)), "secrecy-limited-to-employment"), "\(text)")
    }
    let kept = "Je geheimhoudingsplicht eindigt niet met je dienstverband."
    #expect(!Self.has(lint(Self.code("Informatie", kept)), "secrecy-limited-to-employment"))
    // A register destroyed after the employment does not make secrecy go on after it.
    let rules =
      Self.header + "# 1. Informatie\n\n§ 1.1. [Geheim] Tijdens je dienstverband houd je vertrouwelijke zaken geheim.\n\n"
      + "§ 1.2. [Register] Je opgaven worden vertrouwelijk bewaard en na het einde van je dienstverband vernietigd.\n"
    #expect(Self.has(lint(rules), "secrecy-limited-to-employment"))
  }

  @Test(
    "'op de hoogte brengen van de teamleider' names who is told; a role that handles 'iedere melding' names no one's recipient")
  func toldAndHandled() {
    let definition =
      "§ 1.1. [Begrippen] In deze code wordt verstaan onder:\na. melden: het op de hoogte brengen van de teamleider;\n\n§ 1.2. [Belangen] Heb je een persoonlijk belang bij een besluit, dan meld je dat.\n"
    #expect(!Self.has(lint(Self.header + "# 1. Algemeen\n\n" + definition), "report-without-addressee"))
    let handled =
      "§ 1.1. [Nevenwerk] De afdeling HR registreert iedere melding en legt haar voor aan de directeur.\n\n§ 1.2. [Belangen] Heb je een persoonlijk belang bij een besluit, dan meld je dat.\n"
    #expect(Self.has(lint(Self.header + "# 1. Algemeen\n\n" + handled), "report-without-addressee"))
  }

  @Test("a law named as the source after a ban ('dat volgt uit de Gemeentewet') and a denied ban are no blanket ban")
  func restatedOrDenied() {
    for text in [
      "Raadslid in deze gemeente kun je niet zijn zolang je hier werkt; dit volgt uit de Gemeentewet.",
      "Dat je ambtenaar bent, betekent niet dat je geen politieke mening mag uiten.",
    ] {
      #expect(!Self.has(lint(Self.code("Meningsuiting", text)), "blanket-political-ban"), "\(text)")
    }
    let ban = "Raadslid of lid van een politieke partij kun je niet zijn zolang je hier werkt."
    #expect(Self.has(lint(Self.code("Meningsuiting", ban)), "blanket-political-ban"))
  }

  @Test("a standing consent given by the code itself ('de werkgever geeft die toestemming hierbij') is consent; a waiver is not")
  func standingConsent() {
    let standing =
      "Een geschenk van een relatie tot € 40 mag je houden. Je hoeft daarvoor geen toestemming te vragen: het college geeft die toestemming hierbij."
    #expect(!Self.has(lint(Self.code("Geschenken", standing)), "gift-requires-consent"))
    let waived = "Een geschenk van een relatie tot € 35 mag je behouden; een melding is daarbij niet nodig."
    #expect(Self.has(lint(Self.code("Geschenken", waived)), "gift-requires-consent"))
  }

  @Test("'Zo'n blijk van waardering mag je houden' takes the rule's limit; a report asked only above it does not reach it")
  func permissionUnderTheRulesLimit() {
    let rules =
      Self.header + "# 4. Geschenken\n\n"
      + "§ 4.1. [Kleine attenties] Een attentie van ten hoogste € 40 hoef je niet te weigeren. Zo'n blijk van waardering mag je houden. Deel je het met je collega's, des te beter.\n\n"
      + "§ 4.2. [Duurdere geschenken] Een geschenk van meer dan € 40 neem je niet aan zonder toestemming van je leidinggevende. Je leidinggevende beslist wat ermee gebeurt en geeft het door aan de integriteitscoördinator.\n"
    let found = lint(rules).filter { $0.id == "gift-requires-consent" }
    #expect(found.count == 1 && found.first?.message.en.hasPrefix("rule '4.1.'") == true)
  }

  @Test("'je' before a role is its possessive: 'Je leidinggevende beslist' is the leidinggevende's; an ICT-servicepunt is told")
  func possessiveBeforeRoleAndServicePoint() {
    let told = "Een datalek meld je direct bij het ICT-servicepunt."
    #expect(!Self.has(lint(Self.code("Informatie", told)), "report-without-addressee"))
    let nobody = "Een datalek meld je direct."
    #expect(Self.has(lint(Self.code("Informatie", nobody)), "report-without-addressee"))
  }

  @Test("the external route that 'staat open nadat' the internal procedure is completed keeps internal reporting first")
  func externalOpensOnceCompleted() {
    let media =
      "§ 2.1. [Media] Je mag ook op sociale media laten zien dat je trots bent op je werk, maar niet openbaar klagen.\n\n"
    func internalFirst(_ second: String) -> Bool {
      let rule =
        "§ 5.1. [Melden] Een vermoeden van een misstand kun je melden bij de vertrouwenspersoon. \(second)\n"
      return Self.has(
        lint(Self.header + "# 2. Uitingen\n\n" + media + "# 5. Misstanden\n\n" + rule), "internal-reporting-first")
    }
    #expect(internalFirst("De weg naar de inspectie staat voor je open zodra de interne procedure is afgerond."))
    #expect(!internalFirst("De weg naar de inspectie staat voor je open, ook zonder dat je eerst intern meldt."))
  }
}
