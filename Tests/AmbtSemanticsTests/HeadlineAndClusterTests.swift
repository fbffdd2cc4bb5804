import AmbtSemantics
import Testing

/// Readings met in the seventy-fourth to seventy-sixth batches of whole codes, each in wordings
/// of its own.
@Suite struct HeadlineAndClusterTests {
  let analyser = NormAnalyser.shared

  @Test("a verbless headline opening with 'Nooit' or 'Geen' bans; 'Geen probleem.' does not")
  func headlines() {
    let ban = analyser.analyseSentence("Geen cadeaus van leveranciers die meedingen naar een opdracht.")
    #expect(ban.modality == .verbod && ban.negated, "\(ban.norms)")
    let answer = analyser.analyseSentence("Geen bezwaar.")
    #expect(answer.modality != .verbod, "\(answer.norms)")
  }

  @Test("'Nooit word je benadeeld' is the employer's ban on harming; 'word' is a passive auxiliary")
  func invertedPassive() {
    let s = analyser.analyseSentence("Nooit word je benadeeld omdat je een integriteitsschending hebt gemeld.")
    #expect(s.modality == .verbod && s.action == "benadelen" && s.addressee == "werkgever", "\(s.norms)")
  }

  @Test("', meld je …' after a main clause with its verb second is a main clause of its own")
  func asyndeticReport() {
    let s = analyser.analyseSentence(
      "Heb je een aangewezen functie, dan mag je die aandelen niet hebben, meld je je andere belangen bij team HR.")
    #expect(s.norms.contains { $0.modality == .meldplicht && $0.role == .coordinate }, "\(s.norms)")
    #expect(s.reportTo == ["personeelszaken"], "\(s.norms)")
  }

  @Test(
    "three verbs close a relative clause ('wilt gaan doen', 'te gaan verrichten'); two relative clauses joined interrupt one clause"
  )
  func verbClusters() {
    let s = analyser.analyseSentence("Een bijbaan, ook een die je nog wilt gaan doen, breng je vooraf ter kennis.")
    #expect(s.modality == .meldplicht, "\(s.norms)")
    let t = analyser.analyseSentence(
      "Van u wordt verwacht dat u nevenfuncties die u vervult of voornemens bent te gaan vervullen en die de dienst kunnen raken, vooraf opgeeft bij team HR."
    )
    #expect(t.modality == .meldplicht && t.reportTo == ["personeelszaken"], "\(t.norms)")
  }
}
