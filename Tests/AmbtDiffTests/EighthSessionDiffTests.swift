import AmbtDiff
import AmbtModel
import Testing

/// Changes of the eighth session of 6 December 2026 (version pairs 60 and 61), each in wordings
/// of its own: who a duty binds, a relative clause that narrows the staff, "tenzij" against "mits
/// niet", a condition with "voor zover", counts with "-maal", advice of one force, and the time
/// after the employment said as a condition.
@Suite struct EighthSessionDiffTests {
  /// The semantic changes of rule 1.1 between two texts of it.
  func changes(_ old: String, _ new: String) -> [SemanticChange] { Support.ruleChanges(old, new) }

  @Test("the employee's duty given to another role is a change of who acts")
  func dutyMoved() {
    let moved = changes(
      "Elke medewerker geeft zijn nevenfuncties jaarlijks op aan P&O.",
      "Elke leidinggevende geeft zijn nevenfuncties jaarlijks op aan P&O.")
    #expect(moved.contains { $0.kind == "wie" && $0.old == "medewerker" && $0.new == "leidinggevende" }, "\(moved)")
    // A passive whose agent is the only change of wording names no new actor.
    let same = changes(
      "De kosten van de training worden door de gemeente betaald.", "De gemeente betaalt de kosten van de training.")
    #expect(!same.contains { $0.kind == "wie" }, "\(same)")
  }

  @Test("a relative clause that narrows the staff, taken away, binds all staff")
  func relativeNarrowing() {
    let widened = changes(
      "Medewerkers die vergunningen verlenen, nemen geen geschenken aan van aanvragers.",
      "Medewerkers nemen geen geschenken aan van aanvragers.")
    #expect(widened.contains { $0.kind == "gebonden" && $0.direction == .strenger }, "\(widened)")
    let narrowed = changes(
      "Medewerkers nemen geen geschenken aan van aanvragers.",
      "Medewerkers die vergunningen verlenen, nemen geen geschenken aan van aanvragers.")
    #expect(narrowed.contains { $0.kind == "gebonden" && $0.direction == .soepeler }, "\(narrowed)")
  }

  @Test("'tenzij P' and 'mits niet P' allow the same cases")
  func unlessAgainstProvided() {
    let same = changes(
      "Je mag een lunch van een relatie aannemen, tenzij je op dat moment met die relatie onderhandelt.",
      "Je mag een lunch van een relatie aannemen, mits je op dat moment niet met die relatie onderhandelt.")
    #expect(same.isEmpty, "\(same)")
    let article = changes(
      "Je mag een boek aannemen, tenzij de gever een aanvraag bij de gemeente heeft.",
      "Je mag een boek aannemen, mits de gever geen aanvraag bij de gemeente heeft.")
    #expect(article.isEmpty, "\(article)")
    // Another proviso is a change.
    let other = changes(
      "Je mag een boek aannemen, tenzij de gever een aanvraag bij de gemeente heeft.",
      "Je mag een boek aannemen, mits de gever geen aanvraag bij de provincie heeft.")
    #expect(!other.isEmpty, "\(other)")
  }

  @Test("a 'voor zover' condition taken away widens the duty")
  func asFarAsGone() {
    let gone = changes(
      "Je geeft je financiële belangen op aan de directeur, voor zover ze het werk van de dienst raken.",
      "Je geeft al je financiële belangen op aan de directeur.")
    #expect(gone.contains { $0.kind == "voorwaarde" && $0.new == nil && $0.direction == .strenger }, "\(gone)")
  }

  @Test("counts with '-maal' are counts: 'tweemaal' is 'twee keer', 'driemaal' is more often")
  func countsInOneWord() {
    let same = changes(
      "De leidinggevende bespreekt integriteit tweemaal per jaar in het teamoverleg.",
      "De leidinggevende bespreekt integriteit twee keer per jaar in het teamoverleg.")
    #expect(same.isEmpty, "\(same)")
    let more = changes(
      "De leidinggevende bespreekt integriteit tweemaal per jaar in het teamoverleg.",
      "De leidinggevende bespreekt integriteit driemaal per jaar in het teamoverleg.")
    #expect(more.contains { $0.kind == "frequentie" }, "\(more)")
  }

  @Test("advice said in other words ('aangeraden', 'aanbevolen', 'raadzaam') is no change")
  func adviceSynonyms() {
    let same = changes(
      "Het wordt aangeraden om een dilemma eerst met een collega te bespreken.",
      "Het wordt aanbevolen om een dilemma eerst met een collega te bespreken.")
    #expect(same.isEmpty, "\(same)")
  }

  @Test("the time after the employment, as 'ook na' or as a condition on its end, is one time scope")
  func afterEmploymentSaidTwoWays() {
    let same = changes(
      "Je houdt vertrouwelijke gegevens geheim, ook na het einde van je dienstverband.",
      "Je houdt vertrouwelijke gegevens geheim, ook wanneer je dienstverband is beëindigd.")
    #expect(same.isEmpty, "\(same)")
    let limited = changes(
      "Je houdt vertrouwelijke gegevens geheim, ook na het einde van je dienstverband.",
      "Je houdt vertrouwelijke gegevens geheim zolang je dienstverband duurt.")
    #expect(limited.contains { $0.kind == "tijd" }, "\(limited)")
  }

  @Test("consent said as a condition ('mits … toestemming geeft') or as 'alleen met toestemming van' is one")
  func consentAsCondition() {
    let same = changes(
      "Mag ik de dienstauto privé gebruiken? Alleen met toestemming van je teamleider.",
      "Mag ik de dienstauto privé gebruiken? Ja, mits je teamleider daarvoor toestemming geeft.")
    #expect(!same.contains { $0.kind == "voorwaarde" }, "\(same)")
    let other = changes(
      "Mag ik de dienstauto privé gebruiken? Alleen met toestemming van je teamleider.",
      "Mag ik de dienstauto privé gebruiken? Ja, mits de directeur daarvoor toestemming geeft.")
    #expect(!other.isEmpty, "\(other)")
  }
}
