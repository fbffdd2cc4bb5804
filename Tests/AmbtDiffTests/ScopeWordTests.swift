import AmbtDiff
import AmbtModel
import Testing

/// Words of scope and items of an enumeration compared with the words they bear on
/// (`TextComparer+Scope.swift`), in wordings of their own, not the version pairs' sentences.
@Suite struct ScopeWordTests {
  /// The semantic changes of rule 1.1 between two texts of it.
  func changes(_ old: String, _ new: String) -> [SemanticChange] {
    let d = Differ().diff(
      Support.code("# 1. Regels\n\n§ 1.1. \(old)\n"), Support.code("# 1. Regels\n\n§ 1.1. \(new)\n"))
    return d.changes.flatMap(\.semantic)
  }

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
}
