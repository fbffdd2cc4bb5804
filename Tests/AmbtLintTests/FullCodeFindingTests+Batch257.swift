import AmbtLint
import AmbtModel
import Testing

/// The general changes of the twentieth measuring round (the two-hundred-and-fifty-seventh to
/// two-hundred-and-fifty-ninth batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a comma after a compound's first part ('familie-, vriendschaps- of …') does not end the condition")
  func commaAfterCompoundPart() {
    let text =
      "Wanneer een zakelijke-, familie- of vriendschapsband bestaat met een inschrijver, dient dit direct te worden gemeld."
    #expect(Self.has(lint(Self.code("Relaties", text)), "report-without-addressee"))
    let named =
      "Wanneer een zakelijke-, familie- of vriendschapsband bestaat met een inschrijver, dient dit direct te worden gemeld bij de directeur."
    #expect(!Self.has(lint(Self.code("Relaties", named)), "report-without-addressee"))
  }

  @Test("'Zonder dit te melden mag je …' first in a sentence permits the act after it, without a report")
  func frontedWithout() {
    let lead = lint(
      Self.code("Geschenken", "Zonder dit te melden mag je houden:\n- een attentie van een aannemer tot € 120;\n- een boek."))
    #expect(Self.has(lead, "gift-requires-consent"))
    let plain = lint(
      Self.code("Geschenken", "Zonder het te melden mag je een relatiegeschenk tot € 120 van een aannemer aannemen."))
    #expect(Self.has(plain, "gift-requires-consent"))
    // With a report asked, the fronted clause of purpose is no waiver.
    let purpose = lint(
      Self.code(
        "Geschenken", "Om twijfel te voorkomen meld je elk relatiegeschenk van een aannemer bij je teamleider."))
    #expect(!Self.has(purpose, "gift-requires-consent"))
  }

  @Test("the duty of a good civil servant in the law's older words ('nauwgezet vervullen') covers art. 6")
  func diligentCovers() {
    let found = lint(
      Self.code("Houding", "Van iedere medewerker wordt verwacht dat hij zijn taken nauwgezet en ijverig uitvoert."))
    #expect(!Self.missing(found, "AW17-6"))
    #expect(Self.missing(lint(Self.code("Houding", "Je komt op tijd op je werk.")), "AW17-6"))
  }

  @Test("functions named in a condition ('Werk je als inkoper of controller, dan …') designate them")
  func functionsInCondition() {
    let named = lint(
      Self.code(
        "Belangen",
        "Werk je als inkoper of controller, dan meld je je financiële belangen die de dienst kunnen raken bij de directeur."
      ))
    #expect(!Self.missing(named, "AW17-5-1d"))
    let all = lint(
      Self.code("Belangen", "Je meldt je financiële belangen die de dienst kunnen raken bij de directeur."))
    #expect(Self.missing(all, "AW17-5-1d"))
  }

  @Test("a state of the employer's ('De registratie is niet openbaar, uitgezonderd …') bans no side activity")
  func employersState() {
    let state =
      "Het register van nevenwerkzaamheden is niet openbaar, behalve de nevenwerkzaamheden van de directeur: die staan op de website."
    #expect(!Self.has(lint(Self.code("Nevenwerk", state)), "side-activities-beyond-act"))
    // The employer who permits none bans them all.
    let none = "De gemeente staat handhavers geen enkele nevenwerkzaamheid toe."
    #expect(Self.has(lint(Self.code("Nevenwerk", none)), "side-activities-beyond-act"))
  }

  @Test("an object that lists the function and the powers keeps misuse of powers beside the family after it")
  func listedObjectKeepsTopic() {
    let found = lint(
      Self.code(
        "Integriteit",
        "Je gebruikt je functie, je bevoegdheden en je netwerk niet om je partner, je kinderen of je vrienden te bevoordelen."
      ))
    #expect(!Self.missing(found, "AW17-4-1-misbruik"))
  }

  @Test("intended side activities: 'ook als je er pas over nadenkt' names them")
  func intendedByThinking() {
    let found = lint(
      Self.code(
        "Nevenwerk",
        "Nevenwerk dat je werk kan raken, meld je bij je leidinggevende, betaald of onbetaald, ook als je er nog over nadenkt."
      ))
    #expect(!Self.missing(found, "AW17-8-2a"))
    let paid = lint(
      Self.code("Nevenwerk", "Nevenwerk dat je werk kan raken, meld je bij je leidinggevende, betaald of onbetaald."))
    #expect(Self.missing(paid, "AW17-8-2a"))
  }

  @Test("a report made 'op de manier van 2.1' goes where that rule says")
  func theWayOfAnotherRule() {
    let found = lint(
      Self.rules(
        "Nevenwerk",
        [
          "Nevenwerk dat de belangen van de dienst kan raken, meld je vooraf bij team HR.",
          "Stopt het nevenwerk, dan geef je dat door. Twijfel je? Geef het dan door op de manier van 1.1.",
          "Stopt het nevenwerk, dan geef je dat door.",
        ]))
    #expect(
      Self.labels(found, "report-without-addressee") == ["1.3."], "\(Self.labels(found, "report-without-addressee"))")
  }
}
