import AmbtDiff
import AmbtModel
import Testing

/// Changes of meaning in the text outside the rules: who acts in the closing text, whom the
/// preamble says the code binds.
@Suite struct PassageMeaningTests {
  func passages(_ old: String, _ new: String) -> [PassageChange] {
    Differ().diff(Support.code(old), Support.code(new)).passages
  }

  static let rules = "# 1. Geschenken\n\n§ 1.1. Geschenken boven € 50 meld je bij je leidinggevende.\n"

  @Test("another role that must act in the closing text is named: who acts")
  func actorInClosing() {
    let p = passages(
      Self.rules + "\n# Slot\n\nDe directeur bespreekt deze code elk jaar met de ondernemingsraad.\n",
      Self.rules + "\n# Slot\n\nDe gemeentesecretaris bespreekt deze code elk jaar met de ondernemingsraad.\n")
    let who = p.flatMap(\.semantic).filter { $0.kind == "wie" }
    #expect(who.count == 1 && who.first?.old == "directie" && who.first?.new == "gemeentesecretaris", "\(p.flatMap(\.semantic))")
    // (The same role in other words is no change.)
    let same = passages(
      Self.rules + "\n# Slot\n\nDe gemeentesecretaris bespreekt deze code elk jaar met de ondernemingsraad.\n",
      Self.rules + "\n# Slot\n\nDe gemeentesecretaris bespreekt deze gedragscode jaarlijks met de ondernemingsraad.\n")
    #expect(same.flatMap(\.semantic).allSatisfy { $0.kind != "wie" }, "\(same.flatMap(\.semantic))")
  }

  @Test("a group added to or dropped from the preamble's scope is named: who is bound")
  func scopeInPreamble() {
    let wider = passages(
      "Deze code geldt voor alle ambtenaren en stagiairs van de gemeente.\n\n" + Self.rules,
      "Deze code geldt voor alle ambtenaren, stagiairs en uitzendkrachten van de gemeente.\n\n" + Self.rules)
    let bound = wider.flatMap(\.semantic).filter { $0.kind == "gebonden" }
    #expect(bound.count == 1 && bound.first?.direction == .strenger, "\(wider.flatMap(\.semantic))")
    let narrower = passages(
      "Deze gedragscode is van toepassing op ambtenaren, inhuurkrachten en stagiairs.\n\n" + Self.rules,
      "Deze gedragscode is van toepassing op ambtenaren en stagiairs.\n\n" + Self.rules)
    #expect(narrower.flatMap(\.semantic).first { $0.kind == "gebonden" }?.direction == .soepeler)
    // (The same groups in another order name nothing.)
    let reordered = passages(
      "Deze code geldt voor ambtenaren en stagiairs.\n\n" + Self.rules,
      "Deze code geldt voor stagiairs en ambtenaren.\n\n" + Self.rules)
    #expect(reordered.flatMap(\.semantic).isEmpty)
  }

  @Test("a preamble reworded into the je-form gives no norm; the closing text's norms still count")
  func preambleDescribes() {
    let p = passages(
      "De medewerkers van het team werken dagelijks met gegevens van inwoners.\n\n" + Self.rules,
      "In het team werk je elke dag met gegevens van inwoners.\n\n" + Self.rules)
    #expect(p.flatMap(\.semantic).isEmpty, "\(p.flatMap(\.semantic))")
  }

  @Test("an answer in the text is compared with its question: a flip, and another recipient")
  func answersInText() {
    func semantic(_ old: String, _ new: String) -> [SemanticChange] {
      let rule = { (t: String) in "# 1. Regels\n\n§ 1.1. \(t)\n" }
      return Differ().diff(Support.code(rule(old)), Support.code(rule(new))).changes.flatMap(\.semantic)
    }
    let flip = semantic(
      "Mag je een kaartje voor een concert aannemen? Ja, als je het meldt.", "Mag je een kaartje voor een concert aannemen? Nee.")
    #expect(flip.contains { $0.kind == "norm" }, "\(flip)")
    let whom = semantic(
      "Bij wie meld je een bijbaan? Bij je teamleider.", "Bij wie meld je een bijbaan? Bij de integriteitscoördinator.")
    #expect(whom.contains { $0.kind == "melden-bij" }, "\(whom)")
  }
}
