import AmbtDiff
import AmbtModel
import Testing

/// Words of scope and items of an enumeration compared with the words they bear on
/// (`TextComparer+Scope.swift`), in wordings of their own, not the version pairs' sentences.
@Suite struct ScopeWordTests {
  /// The semantic changes of rule 1.1 between two texts of it.
  func changes(_ old: String, _ new: String) -> [SemanticChange] { Support.ruleChanges(old, new) }

  func scope(_ old: String, _ new: String) -> [SemanticChange] { changes(old, new).filter { $0.kind == "reikwijdte" } }

  @Test("a restriction dropped, added or moved to other words is a change of scope")
  func restrictions() {
    let dropped = scope(
      "Je mag de dienstfiets uitsluitend voor dienstritten gebruiken.", "Je mag de dienstfiets voor dienstritten gebruiken.")
    #expect(dropped.count == 1 && dropped[0].new == nil && dropped[0].direction == .soepeler, "\(dropped)")
    // (A restriction added may turn the duty into a ban of every other way: named as a norm then.)
    let added = changes(
      "Je bewaart vertrouwelijke stukken in de kluis.", "Je bewaart vertrouwelijke stukken uitsluitend in de kluis.")
    #expect(added.contains { $0.kind == "reikwijdte" || $0.kind == "norm" }, "\(added)")
    let addedToPermission = scope(
      "Je mag privé bellen met je dienstmobiel.", "Je mag alleen in noodgevallen privé bellen met je dienstmobiel.")
    #expect(addedToPermission.count == 1 && addedToPermission[0].direction == .strenger, "\(addedToPermission)")
    let moved = scope(
      "Alleen de teamleider beantwoordt vragen van journalisten over het beleid.",
      "De teamleider beantwoordt vragen van journalisten alleen over het beleid.")
    #expect(moved.count == 1 && moved[0].direction == .onbepaald, "\(moved)")
  }

  @Test("a synonym of restriction, a pronoun or a phrase moved whole is no change of scope")
  func sameScope() {
    #expect(scope("Je opent uitsluitend dossiers die je nodig hebt.", "Je opent alleen dossiers die je nodig hebt.").isEmpty)
    #expect(
      scope(
        "Ook als je niets verdient, meld je je nevenwerk bij je teamleider.",
        "Ook als u niets verdient, meldt u uw nevenwerk bij uw teamleider."
      ).isEmpty)
    #expect(
      scope(
        "Je gedraagt je ook buiten werktijd integer.", "Ook buiten werktijd gedraag je je integer."
      ).isEmpty)
    // ("ook al" is "although"; a restriction of a condition, "alleen met toestemming", is compared
    // as the condition.)
    #expect(
      scope(
        "Hoewel het werk onbetaald is, meld je het.", "Ook al is het werk onbetaald, je meldt het."
      ).isEmpty)
  }

  @Test("'ook' widening a duty, and a hedge gone from a ban, are stricter")
  func wideningAndHedges() {
    let wider = scope(
      "Je meldt nevenwerk waarvoor je betaald wordt bij je teamleider.",
      "Je meldt nevenwerk waarvoor je betaald wordt bij je teamleider, ook als het om vrijwilligerswerk gaat.")
    #expect(wider.count == 1 && wider[0].direction == .strenger, "\(wider)")
    let absolute = scope(
      "Je neemt in beginsel geen uitnodigingen aan van leveranciers.", "Je neemt geen uitnodigingen aan van leveranciers.")
    #expect(absolute.count == 1 && absolute[0].old == "in beginsel" && absolute[0].direction == .strenger, "\(absolute)")
  }

  @Test("an item added to or taken from an enumeration is named; the same items reordered are not")
  func enumerations() {
    let added = scope(
      "De nevenwerkzaamheden van de directeur en de afdelingsmanagers worden gepubliceerd.",
      "De nevenwerkzaamheden van de directeur, de afdelingsmanagers en de projectleiders worden gepubliceerd.")
    #expect(added.count == 1 && added[0].new == "projectleiders", "\(added)")
    let dropped = scope(
      "Contant geld, waardebonnen en tegoedkaarten neem je nooit aan.", "Contant geld en waardebonnen neem je nooit aan.")
    #expect(dropped.count == 1 && dropped[0].old == "tegoedkaarten", "\(dropped)")
    #expect(
      scope(
        "Contant geld, waardebonnen en tegoedkaarten neem je nooit aan.",
        "Waardebonnen, tegoedkaarten en contant geld neem je nooit aan."
      ).isEmpty)
  }

  @Test("a part of an exception taken away is named with its direction")
  func exceptionShortened() {
    let e = changes(
      "Je werkt niet thuis, tenzij je teamleider het goedkeurt en je bereikbaar bent.",
      "Je werkt niet thuis, tenzij je teamleider het goedkeurt.")
    let ex = e.filter { $0.kind == "uitzondering" }
    #expect(ex.count == 1 && ex[0].direction == .soepeler, "\(e)")
  }

  @Test("an attribute added to what a norm is about narrows it; a determiner or an ordinal does not")
  func attributes() {
    let ban = scope(
      "Het meenemen van laptops naar huis is niet toegestaan.", "Het meenemen van privélaptops naar huis is niet toegestaan.")
    #expect(ban.isEmpty, "\(ban)")
    let narrowed = scope(
      "Het aannemen van uitnodigingen voor diners is niet toegestaan.",
      "Het aannemen van uitnodigingen voor zakelijke diners is niet toegestaan.")
    #expect(narrowed.count == 1 && narrowed[0].new == "zakelijke diners" && narrowed[0].direction == .soepeler, "\(narrowed)")
    let widened = scope(
      "Je meldt langdurige nevenwerkzaamheden bij je teamleider.", "Je meldt nevenwerkzaamheden bij je teamleider.")
    #expect(
      widened.count == 1 && widened[0].old == "langdurige nevenwerkzaamheden" && widened[0].direction == .strenger, "\(widened)")
    #expect(
      scope("Je meldt nevenwerkzaamheden bij je teamleider.", "Je meldt iedere nevenwerkzaamheden bij je teamleider.").isEmpty)
  }

  @Test("the first item taken from an enumeration is named; advice in place of a duty is a hedge")
  func firstItemAndAdvice() {
    let first = scope(
      "Je neemt geen geschenken aan van leveranciers of aannemers.", "Je neemt geen geschenken aan van aannemers.")
    #expect(first.count == 1 && first[0].old == "leveranciers", "\(first)")
    let advice = scope(
      "Het wordt medewerkers aangeraden hun twijfels met de vertrouwenspersoon te bespreken.",
      "Medewerkers moeten hun twijfels met de vertrouwenspersoon bespreken.")
    #expect(advice.count == 1 && advice[0].new == nil && advice[0].direction == .strenger, "\(advice)")
  }

  @Test("a verb's particle between 'alleen' and its condition is no focus; a d/t slip is no change")
  func particleAndSlip() {
    #expect(
      changes(
        "Een lunch accepteert u alleen als uw teamleider akkoord is.",
        "Een lunch neemt u alleen aan als uw teamleider akkoord is."
      ).filter { $0.kind == "reikwijdte" }.isEmpty)
    #expect(
      changes(
        "De teamleider beoordeeld of het nevenwerk de belangen van de dienst raakt.",
        "De teamleider beoordeelt of het nevenwerk de belangen van de dienst raakt."
      ).isEmpty)
  }
}
