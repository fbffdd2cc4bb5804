import AmbtDiff
import AmbtModel
import Testing

/// Version pairs made from the real codes by `scripts/make-version-pairs.py`; every edit is
/// asserted here with the alignment a lawyer expects.
@Suite struct DifferRealCodeTests {
  let leek = Support.diff("Codes/leek.ambt", "Tests/AmbtDiffTests/Fixtures/leek-v2.ambt")
  let alphen = Support.diff("Codes/alphen-aan-den-rijn-2014.ambt", "Tests/AmbtDiffTests/Fixtures/alphen-v2.ambt")

  @Test(
    "every real code diffed with itself has no differences",
    arguments: [
      "leek", "maastricht", "alphen-aan-den-rijn-2014", "leiderdorp-2025", "aalsmeer-2025",
    ])
  func identity(name: String) {
    let d = Support.diff("Codes/\(name).ambt", "Codes/\(name).ambt")
    #expect(!d.hasDifferences)
    #expect(d.changes.allSatisfy { $0.status == .matched && !$0.isChange })
  }

  @Test("Leek: the full expected alignment")
  func leekAlignment() {
    var expected: [String: String] = [:]
    for k in [
      "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3",
      "7.1", "7.2", "8.1", "11.1", "11.2", "11.3", "11.4", "11.5",
    ] { expected[k] = k }
    for (o, n) in [("3.1", "4.1"), ("3.2", "4.2"), ("3.3", "4.3"), ("4.1", "3.1"), ("4.2", "3.2")] { expected[o] = n }
    for k in 1...7 { expected["10.\(k)"] = "9.\(k)" }
    for k in 1...3 { expected["9.\(k)"] = "10.\(k)" }
    expected["5.4"] = "1.7"
    expected["5.5"] = "5.4"
    #expect(leek.pairs == expected)
  }

  @Test("Leek: swapped chapters are renumbering, not moves or delete plus insert")
  func swappedChapters() {
    for k in ["3.1", "3.2", "3.3", "4.1", "4.2", "9.1", "9.2", "9.3", "10.1", "10.7"] {
      let c = leek.from(k)
      #expect(c?.status == .matched && c?.renumbered == true && c?.moved == false, "\(k)")
    }
    let chapterSwaps = leek.chapters.filter { $0.status == .matched && $0.renumbered }.map { ($0.old!.key!, $0.new!.key!) }
    #expect(chapterSwaps.map { "\($0.0)→\($0.1)" }.sorted() == ["10→9", "3→4", "4→3", "9→10"])
  }

  @Test("Leek: a rule moved to another chapter, its number taken by the next rule")
  func movedAndNumberReused() {
    let moved = leek.from("5.4")
    #expect(moved?.new?.key == "1.7")
    #expect(moved?.moved == true)
    #expect(moved?.textChanged == false)
    let next = leek.from("5.5")
    #expect(next?.new?.key == "5.4")
    #expect(next?.renumbered == true && next?.moved == false && next?.textChanged == false)
  }

  @Test("Leek: a number reused for a different text is removed plus added, not modified")
  func numberReusedForNewText() {
    #expect(leek.from("6.4")?.status == .removed)
    let added = leek.to("6.4")
    #expect(added?.status == .added)
    #expect(added?.semantic.contains { $0.kind == "drempel" && $0.new == "€ 50" && $0.direction == .strenger } == true)
  }

  @Test("Leek: changed period, law, norm and addressee")
  func semanticChanges() {
    let period = leek.from("1.6")
    #expect(period?.textChanged == true)
    #expect(period?.semantic.first { $0.kind == "termijn" }.map { [$0.old, $0.new] } == ["1 jaar", "2 jaar"])
    #expect(period?.semantic.first { $0.kind == "termijn" }?.direction == .strenger)
    let law = leek.from("5.2")?.semantic.first { $0.kind == "wet" }
    #expect(law?.old == "Wbp" && law?.new == "AVG" && law?.note != nil)
    let norm = leek.from("7.2")?.semantic.first { $0.kind == "norm" }
    #expect(norm?.old == "verbod" && norm?.new == "toestemming" && norm?.direction == .soepeler)
    let report = leek.from("10.3")
    #expect(report?.new?.key == "9.3")
    #expect(
      report?.semantic.contains { $0.kind == "melden-bij" && $0.old == "leidinggevende" && $0.new == "gemeentesecretaris" }
        == true)
  }

  @Test("Leek: references that only follow the renumbering are not a change of meaning")
  func referencesFollow() {
    let c = leek.from("10.7")
    #expect(c?.new?.key == "9.7")
    #expect(c?.textChanged == false)
    #expect(c?.changesMeaning == false)
    #expect(
      c?.semantic.contains {
        $0.kind == "verwijzing" && $0.old == "10.1 t/m 10.6" && $0.new == "9.1 t/m 9.6" && $0.followsRenumbering
      } == true)
    #expect(c?.words.filter { $0.op != .equal }.allSatisfy(\.followsRenumbering) == true)
    #expect(leek.from("9.2")?.semantic.allSatisfy(\.followsRenumbering) == true)
  }

  @Test("Leek: deleted and added rules, metadata and topics")
  func addedRemovedMetadata() {
    #expect(leek.from("11.6")?.status == .removed)
    #expect(leek.to("8.2")?.status == .added)
    let s = leek.summary
    #expect(s.added == 2 && s.removed == 2 && s.moved == 1 && s.modified == 4)
    #expect(leek.metadata.contains { $0.kind == "vastgesteld-op" && $0.new == "2020-01-14" })
    #expect(leek.metadata.contains { $0.kind == "geldt-voor" && $0.new == "ambtenaren, inhuurkrachten" })
    #expect(leek.topicsGained == ["media-en-communicatie"])
  }

  @Test("Alphen: a lower gift limit is stricter")
  func alphenThreshold() {
    let c = alphen.from("8.1")
    #expect(c?.new?.key == "8.1")
    #expect(c?.semantic.first { $0.kind == "drempel" }.map { [$0.old, $0.new] } == ["€ 50", "€ 25"])
    #expect(c?.semantic.first { $0.kind == "drempel" }?.direction == .strenger)
    #expect(c?.words.contains { $0.op == .delete && $0.text == "€50" } == true)
  }

  @Test("Alphen: a deleted chapter renumbers the ones after it")
  func alphenDeletedChapter() {
    for k in 1...3 { #expect(alphen.from("13.\(k)")?.status == .removed) }
    for k in 1...4 {
      #expect(alphen.from("14.\(k)")?.new?.key == "13.\(k)")
      #expect(alphen.from("15.\(k)")?.new?.key == "14.\(k)")
      #expect(alphen.from("15.\(k)")?.moved == false)
    }
    #expect(alphen.from("2.7")?.new?.key == "3.7")
    #expect(alphen.from("2.7")?.textChanged == false)
    #expect(alphen.summary.added == 0 && alphen.summary.removed == 3 && alphen.summary.modified == 1)
  }

  @Test("a text that kept a number the renumbering changed is flagged")
  func staleReference() {
    let old = Support.code(
      "# 1. A\n\n§ 1.1. Je meldt geschenken bij de leidinggevende.\n\n§ 1.2. Zie voor de uitzonderingen artikel 1.1 van deze code.\n"
    )
    let new = Support.code(
      "# 1. A\n\n§ 1.1. Deze code geldt ook voor stagiairs en uitzendkrachten.\n\n§ 1.2. Je meldt geschenken bij de leidinggevende.\n\n§ 1.3. Zie voor de uitzonderingen artikel 1.1 van deze code.\n"
    )
    let d = Differ().diff(old, new)
    let c = d.from("1.2")
    #expect(c?.new?.key == "1.3")
    #expect(c?.textChanged == false)
    #expect(c?.semantic.contains { $0.kind == "verwijzing" && $0.note?.nl.contains("nu 1.2") == true } == true)
  }

  @Test("a split rule is recognised")
  func split() {
    let old = Support.code(
      "# 1. Geschenken\n\n§ 1.1. Je neemt geen geschenken aan met een waarde van meer dan vijftig euro. Een geschenk dat je toch ontvangt meld je direct bij je leidinggevende, die over de bestemming beslist.\n"
    )
    let new = Support.code(
      "# 1. Geschenken\n\n§ 1.1. Je neemt geen geschenken aan met een waarde van meer dan vijftig euro.\n\n§ 1.2. Een geschenk dat je toch ontvangt meld je direct bij je leidinggevende, die over de bestemming beslist.\n"
    )
    let d = Differ().diff(old, new)
    let added = d.changes.first { $0.status == .added }
    #expect(added?.splitFrom?.key == "1.1")
  }
}
