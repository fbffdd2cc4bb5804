import AmbtSemantics
import Testing

/// Second main clauses after a ban or an exemption, and the items of a list under a conditional
/// lead-in that frames them, met in the thirty-fifth to thirty-seventh batches of whole codes,
/// each in wordings of its own.
@Suite struct SecondClauseTests {
  let analyser = NormAnalyser.shared

  func permits(_ s: SentenceAnalysis, _ action: String) -> Bool {
    s.norms.contains { $0.modality == .toestemming && !$0.negated && $0.action == action }
  }

  @Test("'…, maar als/is/zou … , (dan) mag je …': a permission in a second main clause after a ban")
  func permissionAfterBan() {
    for text in [
      "Een uitnodiging neem je niet aan, maar als weigeren onbeleefd is, mag je haar aannemen.",
      "Een uitnodiging neem je niet aan, maar is weigeren onbeleefd, dan mag je haar aannemen.",
      "Een uitnodiging neem je niet aan, maar zou weigeren de relatie schaden, dan mag je haar toch aannemen.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .verbod && s.action == "aannemen", "\(text): \(s.modality)")
      #expect(permits(s, "aannemen"), "\(text): \(s.norms)")
    }
    // One clause stays one: "maar" before its own subject, and no condition.
    let one = analyser.analyseSentence("Je mag een boek aannemen, maar je meldt het bij je leidinggevende.")
    #expect(one.modality == .toestemming && one.reportTo == ["leidinggevende"])
    #expect(one.norms.map(\.modality) == [.toestemming, .meldplicht])
  }

  @Test("a colon before a clause that opens with a pointing pronoun and its verb starts a clause")
  func colonBeforePronounClause() {
    for text in [
      "Dit geldt niet voor een boek dat je na een lezing krijgt: dat mag je houden.",
      "Een fles wijn valt niet onder deze regel: die mag je houden.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(permits(s, "houden"), "\(text): \(s.norms)")
      #expect(!(s.modality == .verbod && s.action == "houden"), "\(text)")
    }
  }

  @Test("a conditional lead-in that frames ('Krijg je iets aangeboden, dan geldt het volgende:') leaves items their own verb")
  func framingConditionalLeadIn() {
    let lead = "Krijg je in je werk iets aangeboden, dan geldt het volgende:"
    let item = analyser.analyse("een boek tot € 20 mag je aannemen;", leadIn: lead)[0]
    #expect(item.modality == .toestemming && item.action == "aannemen", "\(item.modality) \(item.action ?? "-")")
    let ban = analyser.analyse("geld neem je nooit aan.", leadIn: lead)[0]
    #expect(ban.modality == .verbod && ban.action == "aannemen", "\(ban.modality) \(ban.action ?? "-")")
  }

  @Test("'Er is geen X die je niet hoeft te melden' asks every X; 'Er is geen X dat je mag houden' bans every X")
  func deniedExistence() {
    let every = analyser.analyseSentence("Er is geen nevenfunctie die u niet hoeft op te geven, ook niet als ze onbetaald is.")
    #expect(every.modality == .meldplicht && !every.negated, "\(every.modality) \(every.negated)")
    let none = analyser.analyseSentence("Er zijn geen relatiegeschenken die je zelf mag houden.")
    #expect(none.modality == .verbod && none.action == "houden", "\(none.modality) \(none.action ?? "-")")
    // No denial of existence: the relative clause is read as before.
    let plain = analyser.analyseSentence("Er is een register dat niet openbaar is.")
    #expect(plain.modality != .meldplicht && plain.modality != .verbod, "\(plain.modality)")
  }

  @Test("a definition's dat-clauses that address the employee state their norms ('… betekent dat je iedereen gelijk behandelt')")
  func definitionWithDuties() {
    let s = analyser.analyseSentence(
      "Integer handelen betekent dat u iedereen gelijk behandelt en dat u geen misbruik maakt van uw positie.")
    #expect(s.modality == .definitie)
    #expect(s.norms.contains { $0.modality == .gebod && $0.action == "behandelen" }, "\(s.norms)")
    // A definition of a thing states no one's duty.
    let thing = analyser.analyseSentence("Een nevenwerkzaamheid betekent dat er werk is naast de functie.")
    #expect(thing.norms.map(\.modality) == [.definitie], "\(thing.norms)")
  }

  @Test("'zal' and 'zou' are finite forms of zullen")
  func zullen() {
    let s = analyser.analyseSentence("Een cadeau weiger je, maar zou dat kwetsend zijn, dan mag je het houden.")
    #expect(permits(s, "houden"), "\(s.norms)")
  }

  @Test("'Je leidinggevende beslist' has the leidinggevende as subject; 'Zo'n blijk' is a noun after its determiner")
  func possessiveAndDeterminer() {
    let decides = analyser.analyseSentence("Je leidinggevende beslist of je het cadeau mag houden.")
    #expect(decides.addressee == "leidinggevende", "\(decides.addressee ?? "-")")
    let you = analyser.analyseSentence("Je meldt het bij je leidinggevende.")
    #expect(you.addressee == "medewerker")
    let noun = analyser.analyseSentence("Zo'n blijk van waardering mag je aannemen.")
    #expect(noun.action == "aannemen", "\(noun.action ?? "-")")
  }
}
