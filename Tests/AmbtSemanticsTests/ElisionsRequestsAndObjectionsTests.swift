import AmbtSemantics
import Testing

/// Readings of the session of 5 December 2026 (eighth), each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct ElisionsRequestsAndObjectionsTests {
  let analyser = NormAnalyser.shared

  @Test("the hyphen of a compound whose common part is left out is no dash between clauses")
  func elidedCompounds() {
    for text in [
      "We verwachten dat je je aandelenbezit en -transacties die je werk kunnen raken, binnen twee weken meldt bij de compliance officer.",
      "Je meldt huur- en koopcontracten met leveranciers van je afdeling vooraf bij P&O.",
      "Van je wordt verwacht dat je je in- en uitgaande nevenfuncties tijdig meldt bij je leidinggevende.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .meldplicht && s.action == "melden" && !s.reportTo.isEmpty, "\(text): \(s.norms) \(s.reportTo)")
    }
    // (A dash between words with spaces on both sides still parts them.)
    let dashed = analyser.analyseSentence("Je meldt je nevenwerk bij P&O - dat is wel zo netjes.")
    #expect(dashed.modality == .meldplicht && dashed.reportTo == ["personeelszaken"], "\(dashed.norms)")
  }

  @Test("'Dat kan' with no verb after it permits what it points back to; 'Dat kan leiden tot' stays a power")
  func thatCan() {
    let bounded = analyser.analyseSentence("Dat kan, tenzij de goede vervulling van je functie eronder lijdt.")
    #expect(bounded.modality == .toestemming && bounded.conditional, "\(bounded.norms)")
    let plain = analyser.analyseSentence("Dit kan gewoon.")
    #expect(plain.modality == .toestemming, "\(plain.norms)")
    let sanction = analyser.analyseSentence("Dat kan leiden tot een berisping.")
    #expect(sanction.modality == .bevoegdheid, "\(sanction.norms)")
    let able = analyser.analyseSentence("Dat kan gevolgen hebben voor je functie.")
    #expect(able.modality != .toestemming, "\(able.norms)")
  }

  @Test("'je' after 'is' or 'heeft' is a possessive, not the subject")
  func possessiveAfterThirdPerson() {
    for text in ["Het weekend is je eigen tijd.", "Dat is je eigen zaak.", "Wat daar gebeurt, is je eigen keuze."] {
      let s = analyser.analyseSentence(text)
      #expect(s.addressee != "medewerker" || s.modality == .geen, "\(text): \(s.norms) \(s.addressee ?? "-")")
    }
    // (Inverted after a second-person form it still is: "Ben je …", "Heb je …".)
    let asked = analyser.analyseSentence("Heb je een nevenfunctie, dan meld je die bij je leidinggevende.")
    #expect(asked.modality == .meldplicht && asked.addressee == "medewerker")
  }

  @Test("a 'te' after a relative clause's closing verbs belongs to the clause the relative clause interrupted")
  func teAfterRelative() {
    let asked = analyser.analyseSentence(
      "U wordt verzocht nevenfuncties die de belangen van de dienst kunnen raken vooraf te melden bij uw teamleider.")
    #expect(asked.modality == .meldplicht && asked.action == "melden" && asked.reportTo == ["leidinggevende"], "\(asked.norms)")
    let plain = analyser.analyseSentence("Je wordt gevraagd je belangen die de gemeente raken op te geven aan de secretaris.")
    #expect(plain.modality == .meldplicht && plain.reportTo == ["gemeentesecretaris"], "\(plain.norms) \(plain.reportTo)")
    // (A `te` that a verb in the relative clause governs stays there.)
    let own = analyser.analyseSentence("Nevenwerk dat je van plan bent te gaan doen, meld je vooraf bij je leidinggevende.")
    #expect(own.modality == .meldplicht && own.reportTo == ["leidinggevende"], "\(own.norms)")
  }

  @Test("a request denied leaves its content free; a request of a negation forbids")
  func requestsDenied() {
    let free = analyser.analyseSentence("Wij vragen je niet om je politieke voorkeur geheim te houden.")
    #expect(free.modality == .toestemming && free.negated, "\(free.norms)")
    let needless = analyser.analyseSentence("Het is niet nodig dat je een kop koffie bij een bezoek meldt.")
    #expect(needless.modality == .toestemming && needless.negated, "\(needless.norms)")
    let banned = analyser.analyseSentence("We vragen je om geen cadeaubonnen aan te nemen.")
    #expect(banned.modality == .verbod && banned.negated, "\(banned.norms)")
    // (A wish or intention denied still forbids.)
    let intention = analyser.analyseSentence("Het is niet de bedoeling dat je cadeaus op je huisadres laat bezorgen.")
    #expect(intention.modality == .verbod, "\(intention.norms)")
  }

  @Test("an objection someone does not have is no ban")
  func noObjection() {
    let s = analyser.analyseSentence("Het college heeft er geen bezwaar tegen dat je lid bent van een vakbond.")
    #expect(s.modality == .toestemming && !s.negated, "\(s.norms)")
    let time = analyser.analyseSentence("De leidinggevende heeft geen tijd voor nevenwerk.")
    #expect(time.modality != .toestemming, "\(time.norms)")
  }
}

@Suite struct AbstainingAndDemonstrativesTests {
  let analyser = NormAnalyser.shared

  @Test("not failing to do something is a duty to do it, with its act and recipient")
  func notFailing() {
    let s = analyser.analyseSentence("U laat niet na om een vermoeden van fraude te melden bij de integriteitscoördinator.")
    #expect(s.modality == .meldplicht && !s.negated && s.action == "melden", "\(s.norms)")
    #expect(s.reportTo == ["integriteitscoordinator"])
    let duty = analyser.analyseSentence("Je laat niet na om je declaraties tijdig in te dienen.")
    #expect(duty.modality == .gebod || duty.modality == .meldplicht, "\(duty.norms)")
    #expect(!duty.negated)
    // (Abstaining itself still forbids.)
    let abstain = analyser.analyseSentence("Je onthoudt je van uitspraken over lopende aanbestedingen.")
    #expect(abstain.modality == .verbod)
  }

  @Test("'die' right after the finite verb is a demonstrative, also before a noun that is a verb's stem")
  func demonstrativeAfterVerb() {
    let s = analyser.analyseSentence("Je bespreekt die twijfel met de vertrouwenspersoon of met je leidinggevende.")
    #expect(s.modality == .meldplicht && s.reportTo.first == "vertrouwenspersoon", "\(s.norms) \(s.reportTo)")
    // (After a noun it still opens a relative clause.)
    let relative = analyser.analyseSentence("Een twijfel die je hebt, bespreek je met je leidinggevende.")
    #expect(relative.modality == .meldplicht && relative.reportTo == ["leidinggevende"])
  }
}

@Suite struct TopicWordsOfTheEighthSessionTests {
  @Test("plural receipts are declarations, elections are expression")
  func receiptsAndElections() {
    let receipts = NormAnalyser.shared.analyseSentence("De betaalbewijzen bewaar je zeven jaar.")
    #expect(receipts.topics.first == "declaraties", "\(receipts.topics)")
    let elections = NormAnalyser.shared.analyseSentence("Bij de verkiezingen voor de gemeenteraad stem je op wie je wilt.")
    #expect(elections.topics.first == "meningsuiting", "\(elections.topics)")
  }
}

@Suite struct PrinciplesAndFreeRelativesTests {
  let analyser = NormAnalyser.shared

  @Test("what is so 'in principe' or 'in beginsel', said with 'zijn' and no modal, is a principle")
  func inPrinciple() {
    for text in [
      "Een relatiegeschenk is in beginsel eigendom van de organisatie.",
      "Wat je na werktijd onderneemt, is in principe een privézaak.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .uitgangspunt, "\(text): \(s.norms)")
    }
    // (With a modal the modal decides.)
    let allowed = analyser.analyseSentence("Een bijbaan is in principe toegestaan.")
    #expect(allowed.modality == .toestemming, "\(allowed.norms)")
  }

  @Test("a free relative clause before a copula is its subject, set apart from the main clause")
  func freeRelativeBeforeCopula() {
    let s = analyser.analyseSentence("Wat je tijdens een werkbezoek krijgt, is eigendom van de dienst.")
    #expect(s.modality != .gebod && s.addressee != "medewerker", "\(s.norms)")
    // (Before another verb it still is read as before.)
    let report = analyser.analyseSentence("Wat je tijdens een werkbezoek krijgt, meld je bij de teamleider.")
    #expect(report.modality == .meldplicht && report.reportTo == ["leidinggevende"], "\(report.norms)")
  }
}

@Suite struct BansThatDoNotExistTests {
  @Test("a ban that does not exist, now or to come, bans nothing; one that exists still does")
  func noSuchBan() {
    for text in ["Een algemeen verbod op bijbanen zal er bij ons niet zijn.", "Er komt geen verbod op vrijwilligerswerk."] {
      let s = NormAnalyser.shared.analyseSentence(text)
      #expect(s.modality == .toestemming && !s.negated, "\(text): \(s.norms)")
    }
    let ban = NormAnalyser.shared.analyseSentence("Er geldt een verbod op bijbanen bij leveranciers van de gemeente.")
    #expect(ban.modality == .verbod, "\(ban.norms)")
  }
}
