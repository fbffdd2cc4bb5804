import AmbtDiff
import AmbtModel
import Testing

/// A confirmed `@norm` on both versions settles the kind of norm, not its exceptions, conditions
/// or scope: those are still read from the text. And an exception turned into the condition of an
/// "alleen … als" with the same words allows the same cases.
@Suite struct ConfirmedNormTextTests {
  /// The semantic changes of rule 1.1 between two texts of it, each with `annotation` under it.
  func changes(_ old: String, _ new: String, annotation: String = "") -> [SemanticChange] {
    Support.ruleChanges(old, new, tail: annotation.isEmpty ? "" : "\(annotation)\n")
  }

  @Test("under a confirmed @norm on both sides an exception, a condition and a time scope are still named")
  func confirmedNormKeepsTextChanges() {
    let exception = changes(
      "Van inschrijvers op een lopende aanbesteding neem je geen geschenken aan, tenzij het om een kalender gaat.",
      "Van inschrijvers op een lopende aanbesteding neem je geen geschenken aan, ook niet als het om een kalender gaat.",
      annotation: "@norm verbod")
    #expect(
      exception.contains { $0.kind == "uitzondering" && $0.new == nil && $0.direction == .strenger && $0.basis == .inferred },
      "\(exception)")
    #expect(!exception.contains { $0.kind == "norm" }, "\(exception)")
    let time = changes(
      "Wat je over inwoners weet, vertel je aan niemand, ook niet nadat je uit dienst bent gegaan.",
      "Wat je over inwoners weet, vertel je aan niemand zolang je in dienst bent.",
      annotation: "@norm verbod")
    #expect(time.contains { $0.kind == "tijd" && $0.new == "tijdens" }, "\(time)")
    // (The same text on both sides, annotated the same: nothing to name.)
    #expect(
      changes(
        "Je verricht geen betaald werk voor leveranciers, behalve met schriftelijke toestemming van de secretaris.",
        "Je verricht geen betaald werk voor leveranciers, behalve met schriftelijke toestemming van de secretaris.",
        annotation: "@norm verbod"
      ).isEmpty)
  }

  @Test("'geen …, tenzij A' and 'alleen … als A' allow the same cases; other words in A are a change")
  func exceptionAsOnlyIf() {
    let same = changes(
      "Je accepteert geen uitnodiging voor een congres, tenzij de afdeling de reis zelf betaalt.",
      "Je accepteert alleen een uitnodiging voor een congres als de afdeling de reis zelf betaalt.")
    #expect(!same.contains { ["uitzondering", "voorwaarde"].contains($0.kind) }, "\(same)")
    let back = changes(
      "Een cadeaubon neem je alleen aan indien je leidinggevende daarmee instemt.",
      "Een cadeaubon neem je niet aan, tenzij je leidinggevende daarmee instemt.")
    #expect(!back.contains { ["uitzondering", "voorwaarde"].contains($0.kind) }, "\(back)")
    // (Without "alleen" the condition does not forbid the other cases: still named.)
    let plain = changes(
      "Je accepteert geen uitnodiging voor een congres, tenzij de afdeling de reis zelf betaalt.",
      "Je accepteert een uitnodiging voor een congres als de afdeling de reis zelf betaalt.")
    #expect(plain.contains { ["uitzondering", "voorwaarde", "norm"].contains($0.kind) }, "\(plain)")
    let other = changes(
      "Je accepteert geen uitnodiging voor een congres, tenzij de afdeling de reis zelf betaalt.",
      "Je accepteert alleen een uitnodiging voor een congres als de organisator de reis betaalt.")
    #expect(other.contains { ["uitzondering", "voorwaarde"].contains($0.kind) }, "\(other)")
  }
}
