import AmbtSemantics
import Testing

/// Readings of the third session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct ThirdSessionReadingTests {
  let analyser = NormAnalyser.shared

  @Test("'Hij die …, …' and 'Zij die …, …' open a free relative clause; the main verb comes after the comma")
  func pronounFreeRelative() {
    let duty = analyser.analyseSentence("Hij die een nevenfunctie aanvaardt, meldt dat vooraf aan de gemeentesecretaris.")
    #expect(duty.modality == .meldplicht && duty.reportTo == ["gemeentesecretaris"], "\(duty.norms)")
    let plural = analyser.analyseSentence("Zij die een relatiegeschenk krijgen, geven dat af bij het secretariaat.")
    #expect(plural.action == "afgeven", "\(plural.norms)")
    let ban = analyser.analyseSentence("Hij die toegang heeft tot de basisregistratie, raadpleegt geen gegevens van bekenden.")
    #expect(ban.modality == .verbod && ban.action == "raadplegen", "\(ban.norms)")
    // Not a demonstrative after a subject pronoun inside a clause: "nadat hij die melding …".
    let after = analyser.analyseSentence("Nadat hij die melding heeft ontvangen, beslist de leidinggevende binnen een week.")
    #expect(after.modality == .bevoegdheid && after.addressee == "leidinggevende", "\(after.norms)")
  }

  @Test("a phrase with a preposition after a relative clause's verb closes it; the next finite verb is the main clause's")
  func extraposedPhraseClosesRelative() {
    let ban = analyser.analyseSentence("Cadeaus die afkomstig zijn van een leverancier zijn niet toegestaan.")
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    let duty = analyser.analyseSentence("Nevenfuncties die zijn vermeld in bijlage 2 worden altijd gemeld bij de secretaris.")
    #expect(duty.modality == .meldplicht && duty.reportTo == ["gemeentesecretaris"], "\(duty.norms)")
    // A full verb's infinitive after its modal stays in the cluster; a noun that is also a verb,
    // after its article, opens no phrase; nor does the possessive `zijn` close the clause.
    let noun = analyser.analyseSentence("Wie een vermoeden van fraude heeft, meldt dat bij de controller.")
    #expect(noun.modality == .meldplicht, "\(noun.norms)")
    let possessive = analyser.analyseSentence(
      "Een attentie die je wordt gegeven bij zijn afscheid mag je houden.")
    #expect(possessive.modality == .toestemming && possessive.action == "houden", "\(possessive.norms)")
  }

  @Test("a noun of action as the subject of a predicate names the act: 'Teruggave … is vereist', 'is melding … verplicht'")
  func nominalAction() {
    let back = analyser.analyseSentence("Teruggave van het cadeau aan de afzender is in dat geval vereist.")
    #expect(back.modality == .gebod && back.action == "teruggeven", "\(back.norms)")
    let report = analyser.analyseSentence("Voor inkopers is opgave van hun aandelen in leveranciers verplicht.")
    #expect(report.modality == .meldplicht && report.action == "opgeven", "\(report.norms)")
    let allowed = analyser.analyseSentence("Deelname aan een congres op kosten van een leverancier is niet toegelaten.")
    #expect(allowed.modality == .verbod && allowed.action == "deelnemen", "\(allowed.norms)")
    // A predicate of permission asks no report; consent stays a consent noun.
    let possible = analyser.analyseSentence("Een melding bij de Inspectie is altijd mogelijk.")
    #expect(possible.modality != .meldplicht, "\(possible.norms)")
    let consent = analyser.analyseSentence("Voor een tweede baan is toestemming van de directeur vereist.")
    #expect(consent.consentBy == ["directie"], "\(consent.consentBy)")
  }

  @Test("'geldt … niet' close after its verb is no ban; 'geldt niet alleen' and a condition's 'niet' are")
  func doesNotApply() {
    let free = analyser.analyseSentence("Voor vrijwilligerswerk bij de kerk geldt die regel niet.")
    #expect(free.modality == .geen, "\(free.norms)")
    let wider = analyser.analyseSentence("Het verbod geldt niet alleen op het werk, maar ook thuis.")
    #expect(wider.modality == .verbod, "\(wider.norms)")
  }

  @Test("'welk' opens an indirect question; a particle before it stands ('geef op welk nevenwerk …')")
  func welkQuestion() {
    let s = analyser.analyseSentence("Je geeft wel op welk bestuurswerk je doet, betaald of onbetaald.")
    #expect(s.modality == .meldplicht && s.action == "opgeven", "\(s.norms)")
    let t = analyser.analyseSentence("Deze code geeft aan welk gedrag de gemeente van je verwacht.")
    #expect(t.modality != .meldplicht, "\(t.norms)")
  }

  @Test("consent asked of a compound title ('toestemming aan je teamcoördinator') names its giver")
  func consentOfTitle() {
    let s = analyser.analyseSentence("Voor duurdere cadeaus vraag je eerst toestemming aan je clustercoördinator.")
    #expect(s.consentBy == ["leidinggevende"], "\(s.consentBy)")
  }

  @Test("what is regarded as a violation or as unwanted is banned; another classification states a principle")
  func regardedAs() {
    let ban = analyser.analyseSentence("Het delen van vertrouwelijke stukken via WhatsApp wordt beschouwd als plichtsverzuim.")
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    let unwanted = analyser.analyseSentence("Privécontact met een aanvrager wordt aangemerkt als ongewenst.")
    #expect(unwanted.modality == .verbod, "\(unwanted.norms)")
    let principle = analyser.analyseSentence("Een kop koffie bij een bedrijfsbezoek wordt gezien als gewone gastvrijheid.")
    #expect(principle.modality == .uitgangspunt, "\(principle.norms)")
  }

  @Test("a lead-in that announces its recipients ('bij een van de volgenden:') reports to the roles of its items")
  func recipientsInItems() {
    let item = analyser.analyse(
      "de secretaris van de directie;", leadIn: "Een geschenk meld je bij één van de volgende functionarissen:")
    #expect(item.first?.reportTo == ["gemeentesecretaris"], "\(item.map(\.reportTo))")
    let plain = analyser.analyse("je teamleider.", leadIn: "Nevenwerk dat je functie raakt, geef je op aan een van de volgenden:")
    #expect(plain.first?.reportTo == ["leidinggevende"], "\(plain.map(\.reportTo))")
    // (What the items list is no recipient when the lead-in does not announce one.)
    let data = analyser.analyse("de naam van de werkgever;", leadIn: "Je meldt je nevenwerk vooraf, met de volgende gegevens:")
    #expect(data.first?.reportTo == [], "\(data.map(\.reportTo))")
  }

  @Test("'X is nodig' with a noun subject is a duty, as 'vereist' and 'noodzakelijk'; 'niet nodig' lifts one")
  func neededIsDuty() {
    let duty = analyser.analyseSentence("Voorzichtigheid is nodig bij berichten over lopende dossiers.")
    #expect(duty.modality == .gebod, "\(duty.norms)")
    let lifted = analyser.analyseSentence("Een opgave van vrijwilligerswerk is niet nodig.")
    #expect(lifted.modality == .toestemming && lifted.negated, "\(lifted.norms)")
  }

  @Test("'stappen' is a verb: 'je stapt niet naar … voordat …' bans")
  func stepIsVerb() {
    let s = analyser.analyseSentence("Je stapt niet naar de pers voordat je leidinggevende is ingelicht.")
    #expect(s.modality == .verbod && s.action == "stappen", "\(s.norms)")
  }

  @Test("a consent noun fronted before its giving verb names the giver inverted after it")
  func consentGiverInverted() {
    let s = analyser.analyseSentence("Die goedkeuring geeft de afdelingsmanager, na overleg met P&O.")
    #expect(s.consentBy == ["leidinggevende"], "\(s.consentBy)")
    let t = analyser.analyseSentence("Toestemming verleent het college.")
    #expect(t.consentBy == ["college"], "\(t.consentBy)")
  }

  @Test("'tussen de 25 en 40 euro' reads both bounds, as 'tussen € 25 en € 40'")
  func rangeWithArticle() {
    let s = analyser.analyseSentence("Een maaltijd tussen de 30 en 45 euro per persoon is redelijk.")
    #expect(s.amounts.map(\.value) == [30, 45], "\(s.amounts)")
  }

  @Test("'het hoofd' before a unit's name is its leidinggevende; who records a thing 'door' a role receives it")
  func headAndRecorder() {
    let head = analyser.analyseSentence("Een relatie met een aannemer meld je vooraf bij het hoofd Stadsontwikkeling.")
    #expect(head.reportTo == ["leidinggevende"], "\(head.reportTo)")
    let recorded = analyser.analyseSentence(
      "Een gift aan de gemeente laat je direct in het giftenregister opnemen door de secretaris.")
    #expect(recorded.reportTo == ["gemeentesecretaris"], "\(recorded.reportTo)")
  }

  @Test("under a label that allows ('Toegestaan: …') a report is a way one may go; under 'Wel:' it is asked")
  func allowedLabel() {
    let allowed = analyser.analyse("Toegestaan: een vermoeden van fraude rechtstreeks bij de inspectie melden.")
    #expect(allowed.first?.modality == .toestemming, "\(allowed.map(\.modality))")
    let asked = analyser.analyse("Wel: een cadeau doorgeven aan je teamleider.")
    #expect(asked.first?.modality == .meldplicht, "\(asked.map(\.modality))")
  }

  @Test("a ban the rule says it does not intend ('is niet beoogd') is none")
  func banNotIntended() {
    let s = analyser.analyseSentence("Een verbod op alle nevenfuncties is met deze regeling niet beoogd.")
    #expect(s.modality == .geen, "\(s.norms)")
  }
}
