import AmbtLint
import AmbtModel
import Testing

/// The general changes of the session of 5 December 2026 (seventh): the hundred-and-fifty-eighth
/// to hundred-and-sixty-second batches, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a political ban with its purpose in an 'om te' clause is still a blanket ban")
  func banWithPurpose() {
    let ban =
      "Medewerkers worden geen lid van een politieke partij, om te voorkomen dat burgers aan hun onpartijdigheid gaan twijfelen."
    #expect(Self.has(lint(Self.code("Meningsuiting", ban)), "blanket-political-ban"))
    // (Bounded by the function, it is the Act's own.)
    let bounded =
      "Je uit je politieke mening niet in het openbaar als de goede vervulling van je functie daardoor niet in redelijkheid verzekerd is, om te voorkomen dat burgers twijfelen."
    #expect(!Self.has(lint(Self.code("Meningsuiting", bounded)), "blanket-political-ban"))
  }

  @Test("'Dat doe je niet' after a described case bans that case, not all side activities")
  func caseThenRule() {
    let source = Self.rules(
      "Nevenwerk",
      [
        "[Bijbaan als adviseur] Situatie: Je werkt bij Vergunningen en een architectenbureau vraagt je 's avonds tekeningen na te kijken.\nRegel: Dat doe je niet.",
        "[Melden] Nevenwerk dat de belangen van de dienst kan raken, meld je vooraf bij je leidinggevende.",
      ])
    #expect(!Self.has(lint(source), "side-activities-beyond-act"))
    // (A ban that names side activities itself still is one.)
    let all = Self.code("Nevenwerk", "Nevenwerkzaamheden verricht je niet.")
    #expect(Self.has(lint(all), "side-activities-beyond-act"))
  }

  @Test("not reporting an offer one turns down waives no report of the gifts one keeps")
  func offerTurnedDown() {
    let source = Self.code(
      "Geschenken",
      "Een attentie tot € 50 mag je houden als je haar binnen een week meldt bij je leidinggevende. Een aanbod dat je meteen afslaat, hoef je niet te melden."
    )
    #expect(!Self.has(lint(source), "gift-requires-consent"))
    let waived = Self.code("Geschenken", "Een attentie tot € 50 mag je houden; die hoef je niet te melden.")
    #expect(Self.has(lint(waived), "gift-requires-consent"))
  }

  @Test("'Dat doe je … als in artikel X' after a report takes the recipient article X names")
  func sameWayAsThere() {
    let source = Self.rules(
      "Nevenwerk",
      [
        "[Melden] Nevenwerk dat de belangen van de gemeente kan raken, meld je bij je teamleider.",
        "[Wijzigingen] Verandert je nevenwerk? Geef het door. Dat doe je op dezelfde manier als in artikel 1.1.",
      ])
    #expect(!Self.has(lint(source), "report-without-addressee"))
    let nowhere = Self.rules(
      "Nevenwerk",
      [
        "[Melden] Nevenwerk dat de belangen van de gemeente kan raken, meld je bij je teamleider.",
        "[Wijzigingen] Verandert je nevenwerk? Geef het door. Dat doe je snel.",
      ])
    #expect(Self.has(lint(nowhere), "report-without-addressee"))
  }
}

/// The hundred-and-sixty-third to hundred-and-sixty-seventh batches (session of 5 December 2026,
/// seventh), each in wordings of their own.
extension FullCodeFindingTests {
  @Test("a registration that refers to the one rule on side activities covers their registration")
  func registrationByReference() {
    func rules(_ registration: String) -> String {
      Self.rules(
        "Regels",
        [
          "[Opgave] Nevenwerkzaamheden die de belangen van de dienst kunnen raken, geef je op bij je leidinggevende.",
          "[Registratie] \(registration)", "[Geschenken] Geschenken meld je bij je leidinggevende.",
        ])
    }
    func missing(_ source: String) -> Bool {
      lint(source).contains { $0.id == "missing-obligation" && $0.message.args["obligation"] == "AW17-5-1b" }
    }
    #expect(!missing(rules("Team HR zal iedere opgave op grond van artikel 1.1 registreren, ook als er geen bezwaar is.")))
    // (Without the reference, or with several, a registration of what others ask names nothing.)
    #expect(missing(rules("Team HR zal iedere opgave registreren, ook als er geen bezwaar is.")))
    #expect(
      missing(rules("Team HR zal iedere opgave op grond van de artikelen 1.1 en 1.3 registreren, ook als er geen bezwaar is.")))
  }

  @Test("'eerst' in a wish to talk in confidence first orders no reports")
  func wishToTalkFirst() {
    let source = Self.code(
      "Misstanden",
      "Een vermoeden van een misstand bespreek je met je leidinggevende of, wanneer je er eerst in vertrouwen over wil praten, met de vertrouwenspersoon."
    )
    #expect(!Self.has(lint(source), "internal-reporting-first"))
    let ordered = Self.code("Misstanden", "Een vermoeden van een misstand meld je eerst bij je leidinggevende.")
    #expect(Self.has(lint(ordered), "internal-reporting-first"))
  }

  @Test("a report that 'komt bij … terecht' names where it goes")
  func landsWith() {
    let source = Self.code(
      "Nevenwerk",
      "Nevenwerkzaamheden die de belangen van de gemeente kunnen raken, geef je op. De opgave vul je in op intranet; daarna komt ze bij je teamleider terecht."
    )
    #expect(!Self.has(lint(source), "report-without-addressee"))
  }

  @Test("a carve-out by value after a sentence on consent waives the report of what it names")
  func carveOutAfterConsent() {
    let source = Self.code(
      "Geschenken",
      "Krijg je een geschenk, dan meld je dat bij je teamleider, die beslist of je het mag houden. Een attentie tot € 60 mag je houden zonder dat je die hoeft te melden."
    )
    #expect(Self.has(lint(source), "gift-requires-consent"))
    // (A report waived for the gift the consent is about keeps the consent.)
    let same = Self.code(
      "Geschenken",
      "Een geschenk mag je met toestemming van je teamleider houden. Je hoeft het dan niet daarnaast te melden.")
    #expect(!Self.has(lint(same), "gift-requires-consent"))
  }
}

/// The hundred-and-sixty-eighth to hundred-and-seventy-second batches (same session).
extension FullCodeFindingTests {
  @Test("history told about superseded terms and laws is no finding")
  func historyTold() {
    let preWnra = Self.code("Inleiding", "De vorige code ging nog uit van een aanstelling als ambtenaar; deze code niet meer.")
    #expect(!Self.has(lint(preWnra), "pre-wnra-terms"))
    let now = Self.code("Rechtspositie", "Je aanstelling als ambtenaar regelt je rechten.")
    #expect(Self.has(lint(now), "pre-wnra-terms"))
    let wob = Self.code(
      "Informatie", "Een verzoek dat iemand een Wob-verzoek noemt, behandelen we als verzoek op grond van de Woo.")
    #expect(!Self.has(lint(wob), "superseded-law"))
  }

  @Test("the yearly account named through the Act's provision is mentioned")
  func yearlyAccountByProvision() {
    let source = Self.code(
      "Verantwoording",
      "De verantwoording die het college op grond van artikel 4, vierde lid, van de Ambtenarenwet 2017 jaarlijks openbaar maakt, staat in het jaarverslag."
    )
    #expect(!Self.has(lint(source), "yearly-account-not-mentioned"))
  }

  @Test("the hundred-and-seventy-third to hundred-and-seventy-seventh batches, in wordings of their own")
  func roundFour() {
    // "Wet BIG" is the law on health professions, not the superseded baseline.
    let big = Self.code("Beroepsgeheim", "Voor artsen geldt daarnaast het beroepsgeheim van artikel 88 van de Wet BIG.")
    #expect(!Self.has(lint(big), "superseded-law"))
    // A law that excludes it, with the article between the verb and its particle.
    let law = Self.code(
      "Politiek", "Raadslid en medewerker tegelijk kun je niet zijn: dat sluit artikel 13 van de Gemeentewet uit.")
    #expect(!Self.has(lint(law), "blanket-political-ban"))
    // "daar hoef je niemand iets over te zeggen" waives the report.
    let told = Self.code(
      "Geschenken", "Een doos bonbons van een inwoner mag je houden; daar hoef je niemand iets over te zeggen.")
    #expect(Self.has(lint(told), "gift-requires-consent"))
    // Consent given in advance after a semicolon waives nothing.
    let advance = Self.code(
      "Geschenken",
      "Een geschenk van een relatie neem je alleen aan als je teamleider daarmee instemt. Attenties tot twintig euro mag je houden zonder dat vooraf te vragen; die toestemming geeft de gemeente bij voorbaat, op voorwaarde dat je ze in het register zet."
    )
    #expect(!Self.has(lint(advance), "gift-requires-consent"))
  }

  @Test("a norm in the clause after 'maar', and the Act's test after a widening aside")
  func measuringRound() {
    let secrecy = Self.code(
      "Geheimhouding",
      "Je mag vertrouwelijke stukken wel met je teamgenoten bespreken, maar je geheimhoudingsplicht vervalt op de dag dat je arbeidsovereenkomst eindigt."
    )
    #expect(Self.has(lint(secrecy), "secrecy-limited-to-employment"))
    let goesOn = Self.code(
      "Geheimhouding", "Je geheimhoudingsplicht eindigt niet op de dag dat je arbeidsovereenkomst eindigt: ook daarna zwijg je.")
    #expect(!Self.has(lint(goesOn), "secrecy-limited-to-employment"))
    let first = Self.code(
      "Misstanden",
      "Een vermoeden van een misstand mag je bij je teamleider melden, maar je meldt het altijd eerst binnen de gemeente voordat je naar het Huis voor Klokkenluiders gaat."
    )
    #expect(Self.has(lint(first), "internal-reporting-first"))
    let bounded = Self.code(
      "Meningsuiting",
      "Wel onthoud je je, ook buiten je werk, van uitingen waardoor de goede vervulling van je functie niet meer in redelijkheid verzekerd is."
    )
    #expect(!Self.has(lint(bounded), "blanket-political-ban"))
  }
}
