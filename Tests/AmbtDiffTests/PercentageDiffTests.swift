import AmbtDiff
import AmbtModel
import Testing

/// A limit written as a percentage is compared as a threshold of its own kind: never paired with
/// an amount in euros, its direction read as an amount's in the same place.
@Suite struct PercentageDiffTests {
  func semantic(_ old: String, _ new: String) -> [SemanticChange] {
    func rule(_ text: String) -> String { "# 1. Kortingen\n\n§ 1.1. \(text)\n@onderwerp geschenken\n" }
    let d = Differ().diff(Support.code(rule(old)), Support.code(rule(new)))
    #expect(d.changes.count == 1 && d.changes.first?.status == .matched)
    return d.changes.first?.semantic ?? []
  }

  @Test("a percentage cap raised on what may be accepted is looser; lowered, stricter")
  func capChanged() {
    let raised = semantic(
      "Een korting van een leverancier neem je alleen aan als die maximaal 10 procent bedraagt.",
      "Een korting van een leverancier neem je alleen aan als die maximaal 15 procent bedraagt.")
    #expect(raised.map(\.kind) == ["drempel"] && raised.first?.old == "≤ 10%" && raised.first?.new == "≤ 15%")
    #expect(raised.first?.direction == .soepeler)
    let lowered = semantic(
      "Aandelen in een aannemer mag je houden tot 5% van het kapitaal.",
      "Aandelen in een aannemer mag je houden tot 2% van het kapitaal.")
    #expect(lowered.first?.direction == .strenger, "\(lowered.map { "\($0.old ?? "-") → \($0.new ?? "-")" })")
  }

  @Test("the same percentage in another notation, or beside an amount that stays, is no change")
  func sameShare() {
    #expect(
      semantic(
        "Een korting neem je alleen aan als die maximaal 10 procent bedraagt.",
        "Een korting neem je alleen aan als die maximaal 10% bedraagt."
      ).isEmpty)
    let amountStays = semantic(
      "Een korting van maximaal 10 procent, tot € 50, mag je aannemen.",
      "Een korting van maximaal 20 procent, tot € 50, mag je aannemen.")
    #expect(amountStays.count == 1 && amountStays.first?.new == "≤ 20%")
  }

  @Test("a calendar deadline moved later is looser, earlier stricter; a date that is no deadline is none")
  func calendarDeadline() {
    let later = semantic(
      "Je geeft vóór 1 februari van elk jaar door welke kortingen je hebt gekregen.",
      "Je geeft vóór 1 april van elk jaar door welke kortingen je hebt gekregen.")
    #expect(later.map(\.kind) == ["binnen"] && later.first?.old == "vóór 1 februari" && later.first?.new == "vóór 1 april")
    #expect(later.first?.direction == .soepeler)
    let earlier = semantic(
      "Kortingen meld je uiterlijk 31 december bij je leidinggevende.",
      "Kortingen meld je uiterlijk 30 november bij je leidinggevende.")
    #expect(earlier.first?.direction == .strenger, "\(earlier.map { "\($0.old ?? "-") → \($0.new ?? "-")" })")
    #expect(
      semantic(
        "Sinds 1 januari meld je kortingen bij je leidinggevende.",
        "Sinds 1 maart meld je kortingen bij je leidinggevende."
      ).filter { $0.kind == "binnen" }.isEmpty)
  }

  @Test("'vóór 1 oktober' and 'uiterlijk 30 september' are the same last day")
  func sameLastDay() {
    #expect(
      semantic(
        "Je geeft vóór 1 oktober door welke kortingen je hebt gekregen.",
        "Je geeft uiterlijk 30 september door welke kortingen je hebt gekregen."
      ).filter { $0.kind == "binnen" }.isEmpty)
    #expect(
      semantic(
        "Je geeft tot en met 30 september door welke kortingen je hebt gekregen.",
        "Je geeft vóór 1 oktober door welke kortingen je hebt gekregen."
      ).filter { $0.kind == "binnen" }.isEmpty)
  }
}
