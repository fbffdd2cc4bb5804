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

@Suite struct ConcessionsBracketsAndSlipsTests {
  let analyser = NormAnalyser.shared

  @Test("'dat' right before 'te' is the infinitive's object, not a dat-clause")
  func objectBeforeTe() {
    for text in [
      "Heb je een relatie met een collega in je team, dan hoor je dat te melden.", "Je dient dat vooraf te melden.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .meldplicht && s.action == "melden", "\(text): \(s.norms)")
    }
  }

  @Test("a concession that opens with 'Ook al' and its verb is a clause of its own")
  func concession() {
    let s = analyser.analyseSentence(
      "Ook al komt een cadeau van een vaste leverancier, een cadeau tot € 40 mag je houden.")
    #expect(s.modality == .toestemming && s.action == "houden" && s.amounts.map(\.value) == [40], "\(s.norms)")
  }

  @Test("'…, wat betekent dat …' after a norm is no definition")
  func whatThatMeans() {
    let s = analyser.analyseSentence(
      "Je meldt een geschenk bij je leidinggevende, wat betekent dat je het niet zelf registreert.")
    #expect(s.modality == .meldplicht && s.action == "melden", "\(s.norms)")
    // (A definition stays one: "Onder X verstaan we …".)
    let d = analyser.analyseSentence("Onder nevenwerk verstaan we alle werk buiten je functie.")
    #expect(d.modality == .definitie, "\(d.norms)")
  }

  @Test("the one told in the passive, who receives 'door', and a desk are recipients")
  func passiveRecipients() {
    let told = analyser.analyseSentence("Je teamleider wordt daarvan vooraf door jou op de hoogte gesteld.")
    #expect(told.reportTo == ["leidinggevende"], "\(told.reportTo)")
    let received = analyser.analyseSentence("De melding wordt ontvangen door de integriteitscoördinator.")
    #expect(received.reportTo == ["integriteitscoordinator"], "\(received.reportTo)")
    let desk = analyser.analyseSentence("Een verloren pas meld je meteen bij het Toegangsloket.")
    #expect(desk.reportTo == ["afdeling"], "\(desk.reportTo)")
    // (A word that merely ends like one is not: "Je meldt het bij de leidinggevende" stays that role.)
    let role = analyser.analyseSentence("Je meldt het bij de leidinggevende.")
    #expect(role.reportTo == ["leidinggevende"], "\(role.reportTo)")
  }

  @Test("figures restated in brackets and a currency code before the figure")
  func restatedFigures() {
    let period = analyser.analyseSentence("Je meldt het binnen 3 (drie) werkdagen.")
    #expect(period.periods.map(\.value) == [3] && period.periods.first?.unit == .werkdag, "\(period.periods)")
    let words = analyser.analyseSentence("Een attentie tot veertig (40) euro mag je houden.")
    #expect(words.amounts.map(\.value) == [40], "\(words.amounts)")
    let same = analyser.analyseSentence("Een attentie tot € 40 (veertig euro) mag je houden.")
    #expect(same.amounts.map(\.value) == [40], "\(same.amounts)")
    let code = analyser.analyseSentence("Een opdracht vanaf EUR 10.000 meld je bij de controller.")
    #expect(code.amounts.map(\.value) == [10_000] && code.amounts.first?.boundary == .ge, "\(code.amounts)")
    // (A different number in brackets is not a restatement.)
    let other = analyser.analyseSentence("Je meldt het binnen 3 (vier) weken.")
    #expect(other.periods.isEmpty || other.periods.map(\.value) != [3], "\(other.periods)")
  }

  @Test("a bracket never closed hides nothing, and a d/t slip reads as the verb")
  func slips() {
    let open = analyser.analyseSentence("Je meldt een (vermoedelijk datalek meteen bij de functionaris gegevensbescherming.")
    #expect(open.reportTo == ["functionaris-gegevensbescherming"], "\(open.reportTo)")
    let dt = analyser.analyseSentence("Je discrimineerd niet.")
    #expect(dt.modality == .verbod && dt.action == "discrimineren", "\(dt.norms)")
  }
}

@Suite struct PredicatesAndToldOnesTests {
  let analyser = NormAnalyser.shared

  @Test("'nooit aanvaardbaar', 'niet acceptabel' ban; 'maakt geen verschil' binds no one")
  func predicates() {
    let ban = analyser.analyseSentence("Pesten en intimidatie zijn op de werkvloer nooit aanvaardbaar.")
    #expect(ban.modality == .verbod, "\(ban.norms)")
    let notAcceptable = analyser.analyseSentence("Racistische grappen zijn niet acceptabel.")
    #expect(notAcceptable.modality == .verbod, "\(notAcceptable.norms)")
    let same = analyser.analyseSentence("Of je ervoor betaald wordt, maakt voor de melding geen verschil.")
    #expect(same.modality == .geen, "\(same.norms)")
  }

  @Test("secrecy 'tot de dag van je uitdiensttreding' holds during the employment only")
  func untilLeaving() {
    let until = analyser.analyseSentence("Tot de dag van je uitdiensttreding houd je vertrouwelijke zaken geheim.")
    #expect(until.temporal == .tijdens, "\(String(describing: until.temporal))")
    let after = analyser.analyseSentence("Ook na je uitdiensttreding houd je vertrouwelijke zaken geheim.")
    #expect(after.temporal == .tijdensEnNa, "\(String(describing: after.temporal))")
  }

  @Test("the reader told in the passive, 'laat … weten' and 'op de hoogte is' name the ones told")
  func toldOnes() {
    let reader = analyser.analyseSentence("De medewerker wordt over het onderzoek geïnformeerd.")
    #expect(reader.reportTo == ["medewerker"], "\(reader.reportTo)")
    let letKnow = analyser.analyseSentence("Je geeft het dossier af en laat dat zowel je teamleider als de secretaris weten.")
    #expect(letKnow.reportTo.contains("leidinggevende"), "\(letKnow.reportTo)")
    let knows = analyser.analyseSentence("Je zorgt ervoor dat de controller binnen een week op de hoogte is van je aandelen.")
    #expect(knows.reportTo == ["concerncontrol"], "\(knows.reportTo)")
  }

  @Test("a typing slip in a long role's name is that role")
  func roleSlip() {
    for text in ["Je meldt het bij de vertrouwenspersson.", "Je meldt het bij je leidinggevnde."] {
      let s = analyser.analyseSentence(text)
      #expect(s.reportTo.count == 1 && s.reportTo != ["afdeling"], "\(text): \(s.reportTo)")
    }
    // (A short word is never taken for a role: "Je meldt het bij de balie" names a desk.)
    let short = analyser.analyseSentence("Je meldt het bij de teamlijder.")
    #expect(short.reportTo.isEmpty || short.reportTo == ["leidinggevende"], "\(short.reportTo)")
  }
}

@Suite struct DashedAnswersTests {
  let analyser = NormAnalyser.shared

  @Test("an answer after a dash on the question's line is read as the answer")
  func dashedAnswer() {
    let q = analyser.analyseSentence("Moet ik toestemming vragen voor een nevenfunctie?")
    let a = analyser.answer(analyser.analyseSentence("— NEE."), to: q)
    #expect(a?.modality == .toestemming && a?.negated == true, "\(a?.norms ?? [])")
    let yes = analyser.answer(analyser.analyseSentence("– Ja."), to: analyser.analyseSentence("Mag ik een bos bloemen houden?"))
    #expect(yes?.modality == .toestemming && yes?.negated == false, "\(yes?.norms ?? [])")
  }
}
