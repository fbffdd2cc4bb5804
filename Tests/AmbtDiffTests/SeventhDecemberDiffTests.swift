import AmbtDiff
import AmbtModel
import Testing

/// Changes of the session of 7 December 2026 (version pairs 63 and 64), each in wordings of its
/// own.
@Suite struct SeventhDecemberDiffTests {
  /// The semantic changes of rule 1.1 between two texts of it.
  func changes(_ old: String, _ new: String) -> [SemanticChange] { Support.ruleChanges(old, new) }

  @Test("'vooraf' dropped from a consent is a change of the moment")
  func beforehandDropped() {
    let dropped = changes(
      "Een betaalde reis neem je alleen aan als je teamleider daar vooraf toestemming voor geeft.",
      "Een betaalde reis neem je alleen aan als je teamleider daar toestemming voor geeft.")
    #expect(dropped.contains { $0.kind == "moment" && $0.old == "vooraf" && $0.new == nil }, "\(dropped)")
    // "na afloop" of the employment dropped is no moment: the time scope says it.
    let same = changes(
      "Je zwijgt over vertrouwelijke zaken, ook na afloop van je dienstverband.",
      "Je zwijgt over vertrouwelijke zaken, ook wanneer je dienstverband is beëindigd.")
    #expect(!same.contains { $0.kind == "moment" }, "\(same)")
  }

  @Test("an item added to the list of an exception changes the exception")
  func exceptionItem() {
    let widened = changes(
      "Privégebruik van de dienstauto is niet toegestaan, tenzij het gaat om woon-werkverkeer en piketdiensten.",
      "Privégebruik van de dienstauto is niet toegestaan, tenzij het gaat om woon-werkverkeer, boodschappen en piketdiensten.")
    #expect(widened.contains { $0.kind == "uitzondering" }, "\(widened)")
  }

  @Test("'reis- en verblijfkosten' → 'reiskosten' drops an item of the condition")
  func compoundEllipsis() {
    let narrowed = changes(
      "Je mag een werkbezoek aannemen als de gemeente de reis- en verblijfkosten betaalt.",
      "Je mag een werkbezoek aannemen als de gemeente de reiskosten betaalt.")
    #expect(narrowed.contains { $0.kind == "voorwaarde" }, "\(narrowed)")
    let same = changes(
      "Je mag een werkbezoek aannemen als de gemeente de reis- en verblijfkosten betaalt.",
      "Je mag een werkbezoek aannemen als de gemeente de reis- en verblijfkosten voldoet.")
    #expect(!same.contains { $0.kind == "voorwaarde" }, "\(same)")
  }

  @Test("a passive made active with 'uitsluitend' before its participle keeps its restriction")
  func restrictionOverParticiple() {
    let same = changes(
      "Klantgegevens worden door de medewerker uitsluitend ingezien voor zover dat voor zijn taak nodig is.",
      "De medewerker ziet klantgegevens uitsluitend in voor zover dat voor zijn taak nodig is.")
    #expect(!same.contains { $0.kind == "reikwijdte" }, "\(same)")
  }

  @Test("'ook als je niet meer bij de gemeente werkt' is the time after the employment, no widening")
  func noLongerWorking() {
    let same = changes(
      "Je houdt geheim wat je hoort. Dat blijft zo nadat je bij de gemeente bent weggegaan.",
      "Je houdt geheim wat je hoort. Dat geldt ook als je niet meer bij de gemeente werkt.")
    #expect(!same.contains { $0.kind == "reikwijdte" || $0.kind == "tijd" }, "\(same)")
  }

  @Test("a period written in words with its figures in brackets equals one day")
  func restatedHours() {
    let same = changes(
      "Verlies van je pas meld je binnen vierentwintig uur (24 uur) bij de servicedesk.",
      "Verlies van je pas meld je binnen één etmaal bij de servicedesk.")
    #expect(!same.contains { $0.kind == "binnen" }, "\(same)")
  }

  @Test("a reference to another lid of the rule that changes is named; another notation of it is not")
  func lidReference() {
    func lids(_ old: String, _ new: String) -> [SemanticChange] {
      let d = Differ().diff(
        Support.code("# 1. Regels\n\n§ 1.1. Geschenken\n1. Je meldt elk geschenk.\n2. \(old)\n3. Je houdt niets boven € 50.\n"),
        Support.code("# 1. Regels\n\n§ 1.1. Geschenken\n1. Je meldt elk geschenk.\n2. \(new)\n3. Je houdt niets boven € 50.\n"))
      return d.changes.flatMap(\.semantic)
    }
    let moved = lids(
      "Het derde lid geldt niet voor bloemen.", "Het eerste lid geldt niet voor bloemen.")
    #expect(moved.contains { $0.kind == "verwijzing" && $0.old == "lid 3" && $0.new == "lid 1" }, "\(moved)")
    let written = lids(
      "Het derde lid geldt niet voor bloemen.", "Lid 3 geldt niet voor bloemen.")
    #expect(!written.contains { $0.kind == "verwijzing" }, "\(written)")
  }

  @Test("'en' turned into 'of' between the parts of a condition changes the condition")
  func coordinatorInCondition() {
    let either = changes(
      "Je meldt een nevenbaan als die betaald is en met je functie te maken heeft.",
      "Je meldt een nevenbaan als die betaald is of met je functie te maken heeft.")
    #expect(either.contains { $0.kind == "voorwaarde" }, "\(either)")
  }

  @Test("'altijd' turned into 'meestal' hedges the duty")
  func usually() {
    let hedged = changes("Je vergrendelt altijd je laptop als je wegloopt.", "Je vergrendelt meestal je laptop als je wegloopt.")
    #expect(hedged.contains { $0.kind == "reikwijdte" }, "\(hedged)")
    let same = changes("Je vergrendelt doorgaans je laptop.", "Je vergrendelt meestal je laptop.")
    #expect(!same.contains { $0.kind == "reikwijdte" }, "\(same)")
  }

  @Test("'uitsluitend' before the participle of a passive restricts what it restricts before the object")
  func restrictionPastParticiple() {
    let same = changes(
      "De ambtenaar gebruikt de dienstauto uitsluitend voor ritten in opdracht van de gemeente.",
      "De dienstauto wordt door de ambtenaar uitsluitend gebruikt voor ritten in opdracht van de gemeente.")
    #expect(!same.contains { $0.kind == "reikwijdte" }, "\(same)")
  }

  @Test("a relative clause taken from a noun, or one more joined by 'of', changes what the norm is about")
  func relativeClause() {
    let wider = changes(
      "Bij een aanbesteding waaraan je meewerkt, ga je niet in op uitnodigingen van inschrijvers.",
      "Bij een aanbesteding ga je niet in op uitnodigingen van inschrijvers.")
    #expect(
      wider.contains { $0.kind == "reikwijdte" && $0.old == "waaraan je meewerkt" && $0.direction == .strenger }, "\(wider)")
    let more = changes(
      "Een relatie met een collega die je aanstuurt, meld je bij HR.",
      "Een relatie met een collega die je aanstuurt of met wie je een team vormt, meld je bij HR.")
    #expect(more.contains { $0.kind == "reikwijdte" && $0.new == "of met wie je een team vormt" }, "\(more)")
    // Words that are no relative clause, added in the same place, are not one.
    let same = changes(
      "Een relatie met een collega meld je bij HR.", "Een relatie met een collega meld je zo snel mogelijk bij HR.")
    #expect(!same.contains { $0.kind == "reikwijdte" && ($0.new ?? "").contains("zo snel") }, "\(same)")
  }

  @Test("an item added to the measures another role may take is named; the first item's words before 'of' too")
  func powerListAndFirstItem() {
    let measure = changes(
      "De directeur kan de volgende maatregelen nemen:\n- een berisping;\n- ontslag.",
      "De directeur kan de volgende maatregelen nemen:\n- een berisping;\n- een schorsing;\n- ontslag.")
    #expect(measure.contains { $0.kind == "reikwijdte" && ($0.new ?? "").contains("schorsing") }, "\(measure)")
    let firstItem = changes(
      "Word je aangehouden voor of beschuldigd van een misdrijf, dan meld je dat aan de secretaris.",
      "Word je beschuldigd van een misdrijf, dan meld je dat aan de secretaris.")
    #expect(firstItem.contains { $0.kind == "reikwijdte" && $0.old == "aangehouden voor" }, "\(firstItem)")
  }

  @Test("a form in writing that comes or goes, an exception by 'behoudens', an ordinal or a role swapped are named")
  func formExceptionOrdinalRole() {
    let written = changes("Je meldt een nevenfunctie bij P&O.", "Je meldt een nevenfunctie schriftelijk bij P&O.")
    #expect(written.contains { $0.kind == "vorm" && $0.new == "schriftelijk" && $0.direction == .strenger }, "\(written)")
    let spoken = changes("Je meldt een nevenfunctie schriftelijk bij P&O.", "Je meldt een nevenfunctie op schrift bij P&O.")
    #expect(!spoken.contains { $0.kind == "vorm" }, "\(spoken)")
    let behoudens = changes(
      "Je neemt geen geschenken aan op je huisadres.",
      "Je neemt geen geschenken aan op je huisadres, behoudens een kaart bij ziekte.")
    #expect(behoudens.contains { $0.kind == "uitzondering" && $0.old == nil }, "\(behoudens)")
    let degree = changes(
      "Je behandelt geen zaken van familie tot en met de derde graad.",
      "Je behandelt geen zaken van familie tot en met de tweede graad.")
    #expect(degree.contains { $0.kind == "reikwijdte" && $0.old == "derde" && $0.new == "tweede" }, "\(degree)")
    let role = changes(
      "De nevenfuncties van de directeur worden op de website gezet.",
      "De nevenfuncties van de burgemeester worden op de website gezet.")
    #expect(role.contains { $0.kind == "reikwijdte" && $0.old == "directeur" }, "\(role)")
  }

  @Test("a sentence split in two with the same words gives no norm come or gone; a norm turned around is named")
  func splitSentence() {
    let split = changes(
      "Je meldt een nevenfunctie bij de secretaris, die deze meldingen registreert en vertrouwelijk bewaart.",
      "Je meldt een nevenfunctie bij de secretaris. Deze registreert de meldingen en bewaart ze vertrouwelijk.")
    #expect(!split.contains { $0.kind == "norm" }, "\(split)")
    let flipped = changes(
      "Je meldt een nevenfunctie bij de secretaris en je neemt geen opdrachten aan van klanten.",
      "Je meldt een nevenfunctie bij de secretaris. Je neemt opdrachten aan van klanten.")
    #expect(flipped.contains { $0.kind == "norm" }, "\(flipped)")
  }
}
