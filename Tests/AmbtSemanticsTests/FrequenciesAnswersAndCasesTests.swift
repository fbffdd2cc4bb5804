import AmbtSemantics
import Testing

/// Readings of the seventh session of 5 December 2026, each in wordings of its own.
@Suite struct CountsAndFrequenciesTests {
  let analyser = NormAnalyser.shared

  @Test("'N keer per jaar' is every 12/N months, not once a year")
  func timesPerUnit() {
    let cases: [(String, Double, String)] = [
      ("Je bespreekt twee keer per jaar je nevenwerkzaamheden met je leidinggevende.", 6, "maand"),
      ("Het team evalueert de afspraken vier maal per jaar.", 3, "maand"),
      ("De vertrouwenspersoon brengt drie keer per jaar verslag uit aan het college.", 4, "maand"),
      ("De code wordt één keer per jaar besproken in het MT.", 1, "jaar"),
      ("Je meldt eenmaal per jaar je financiële belangen.", 1, "jaar"),
      ("De integriteitscoördinator overlegt twee keer per week met de secretaris.", 0.5, "week"),
      ("Jaarlijks bespreek je de gedragscode in het teamoverleg.", 1, "jaar"),
    ]
    for (text, value, unit) in cases {
      let s = analyser.analyseSentence(text)
      let f = s.periods.filter { $0.kind == .frequentie }
      #expect(f.count == 1 && f.first?.value == value && f.first?.unit.rawValue == unit, "\(text): \(s.periods)")
    }
    // (A deadline stays a deadline, and an amount's rate no frequency.)
    let deadline = analyser.analyseSentence("Je meldt een nevenfunctie binnen twee weken bij P&O.")
    #expect(deadline.periods.map(\.kind) == [.binnen], "\(deadline.periods)")
  }
}

@Suite struct InfinitiveQuestionsAndPurposesTests {
  let analyser = NormAnalyser.shared

  func read(_ q: String, _ a: String) -> SentenceAnalysis? {
    analyser.answer(analyser.analyseSentence(a), to: analyser.analyseSentence(q))
  }

  @Test("an act asked about as an infinitive phrase is allowed or banned by the answer")
  func infinitiveQuestion() {
    let allowed = read(
      "In het openbaar je mening geven, ook over beleid van de gemeente, op sociale media of tijdens een demonstratie?",
      "Prima, zolang de goede vervulling van je functie daardoor in redelijkheid verzekerd blijft.")
    #expect(
      allowed?.modality == .toestemming && allowed?.negated == false && allowed?.action == "geven", "\(allowed?.norms ?? [])")
    #expect(allowed?.conditional == true)
    let banned = read("Een cadeau van een leverancier thuis laten bezorgen?", "Nee, nooit.")
    #expect(banned?.modality == .verbod && banned?.negated == true, "\(banned?.norms ?? [])")
    let notAllowed = read("Tijdens je werk lid worden van een actiegroep?", "Nee.")
    #expect(notAllowed?.modality == .verbod, "\(notAllowed?.norms ?? [])")
    // (An answer that is a statement of its own stays one, and a question with a finite verb is
    // read as before.)
    #expect(read("Een cadeau van een leverancier aannemen?", "Je meldt het altijd bij je leidinggevende.") == nil)
    let asked = read("Mag ik een cadeau aannemen?", "Ja, tot € 50.")
    #expect(asked?.modality == .toestemming, "\(asked?.norms ?? [])")
  }

  @Test("an 'om te' clause after a comma is the purpose of a norm, not its act")
  func purposeClause() {
    let ban = analyser.analyseSentence(
      "Medewerkers zijn geen lid van een politieke partij, om te voorkomen dat inwoners aan hun neutraliteit twijfelen.")
    #expect(ban.modality == .verbod && ban.action != "voorkomen", "\(ban.norms)")
    let report = analyser.analyseSentence("Je meldt het geschenk bij je leidinggevende, om te zorgen dat hij het registreert.")
    #expect(report.modality == .meldplicht && report.action == "melden", "\(report.norms)")
    // (A frame keeps its infinitive, comma or not.)
    let framed = analyser.analyseSentence("Het is niet toegestaan, om geschenken van leveranciers aan te nemen.")
    #expect(framed.modality == .verbod && framed.action == "aannemen", "\(framed.norms)")
  }

  @Test("a duty that stays in force, and a ban an organisation's rules do not have")
  func inForceAndNotHad() {
    let kept = analyser.analyseSentence("De geheimhoudingsplicht blijft ook na het einde van het dienstverband van kracht.")
    #expect(kept.modality == .gebod && kept.temporal?.rawValue == "tijdens-en-na", "\(kept.norms)")
    let none = analyser.analyseSentence("Een verbod op alle nevenwerk kent de omgevingsdienst niet.")
    #expect(none.modality == .toestemming, "\(none.norms)")
    let noBan = analyser.analyseSentence("Wij kennen geen verbod op het lidmaatschap van een vakbond.")
    #expect(noBan.modality == .toestemming, "\(noBan.norms)")
  }
}

@Suite struct CasesAndDestinationsTests {
  let analyser = NormAnalyser.shared

  @Test("a case described under 'Situatie:' or 'Casus:' binds no one")
  func describedCase() {
    for text in [
      "Situatie: Je bent taxateur, en een makelaarskantoor vraagt je om in het weekend woningen te taxeren.",
      "Casus: Een leverancier stuurt je een kerstpakket van € 80.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .geen, "\(text): \(s.norms)")
    }
    // (A rule under its own label still binds.)
    let rule = analyser.analyseSentence("Regel: Je meldt het kerstpakket bij je leidinggevende.")
    #expect(rule.modality == .meldplicht && rule.reportTo == ["leidinggevende"], "\(rule.norms)")
  }

  @Test("where one 'kan terecht' with a report is its recipient")
  func goingTo() {
    let s = analyser.analyseSentence("Wie ongewenst gedrag wil melden, kan terecht bij de vertrouwenspersoon.")
    #expect(s.reportTo == ["vertrouwenspersoon"], "\(s.reportTo)")
    // (Not without a report: "Voor een goed gesprek kun je terecht bij je coach" names no recipient.)
    let talk = analyser.analyseSentence("Voor een kop koffie kun je terecht bij de receptie.")
    #expect(talk.reportTo.isEmpty, "\(talk.reportTo)")
  }
}
