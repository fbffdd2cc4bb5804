import AmbtDiff
import AmbtModel
import Testing

@Suite struct SemanticDirectionTests {
  func rule(_ annotations: String, text: String = "Je neemt geen geschenken aan van relaties van de gemeente.") -> String {
    "# 1. Geschenken\n\n§ 1.1. \(text)\n@onderwerp geschenken\n\(annotations)\n"
  }

  func semantic(_ a: String, _ b: String) -> [SemanticChange] {
    let d = Differ().diff(Support.code(rule(a)), Support.code(rule(b)))
    return d.changes.first?.semantic ?? []
  }

  func direction(_ kind: String, _ a: String, _ b: String) -> Direction? {
    semantic(a, b).first { $0.kind == kind }?.direction
  }

  @Test(
    "quantity directions per kind",
    arguments: [
      ("drempel", "@norm verbod\n@drempel € 50", "@norm verbod\n@drempel € 25", Direction.strenger),
      ("drempel", "@norm verbod\n@drempel € 50", "@norm verbod\n@drempel € 100", .soepeler),
      // A limit added next to a confirmed one is stricter, one dropped looser. (Where only one
      // version has a confirmed @drempel, the text decides: see TextSemanticsTests.)
      ("drempel", "@norm verbod\n@drempel € 50", "@norm verbod\n@drempel € 50\n@drempel € 100", .strenger),
      ("drempel", "@norm verbod\n@drempel € 50\n@drempel € 100", "@norm verbod\n@drempel € 50", .soepeler),
      ("termijn", "@norm verbod\n@termijn 1 jaar", "@norm verbod\n@termijn 2 jaar", .strenger),
      ("termijn", "@norm verbod\n@termijn 2 jaar", "@norm verbod\n@termijn 6 maanden", .soepeler),
      ("binnen", "@norm meldplicht\n@binnen 7 dagen", "@norm meldplicht\n@binnen 2 weken", .soepeler),
      ("binnen", "@norm meldplicht\n@binnen 1 maand", "@norm meldplicht\n@binnen 1 week", .strenger),
    ])
  func quantities(kind: String, old: String, new: String, expected: Direction) {
    #expect(direction(kind, old, new) == expected)
  }

  @Test("the same amount written differently is no change")
  func sameAmount() {
    #expect(semantic("@norm verbod\n@drempel € 50", "@norm verbod\n@drempel 50 euro").isEmpty)
    #expect(
      semantic("@norm verbod\n@termijn 1 jaar", "@norm verbod\n@termijn 12 maanden").filter { $0.kind == "termijn" }.isEmpty)
  }

  @Test(
    "norm kind directions",
    arguments: [
      ("verbod", "toestemming", Direction.soepeler),
      ("toestemming", "verbod", .strenger),
      ("verbod", "verbod, meldplicht", .strenger),
      ("gebod, meldplicht", "gebod", .soepeler),
      ("uitgangspunt", "gebod", .strenger),
      ("gebod", "meldplicht", .onbepaald),
      ("definitie", "bevoegdheid", .onbepaald),
      ("verbod", "verbod, uitzondering", .soepeler),
    ])
  func norms(old: String, new: String, expected: Direction) {
    #expect(direction("norm", "@norm " + old, "@norm " + new) == expected)
  }

  @Test("an addressee change, topics gained and lost")
  func addresseeAndTopics() {
    let s = semantic(
      "@norm meldplicht\n@melden bij leidinggevende", "@norm meldplicht\n@melden bij integriteitscoordinator\n@onderwerp omkoping"
    )
    #expect(s.contains { $0.kind == "melden-bij" && $0.old == "leidinggevende" && $0.new == "integriteitscoordinator" })
    #expect(s.contains { $0.kind == "onderwerp" && $0.old == nil && $0.new == "omkoping" })
  }

  @Test("Wbp → AVG is one law change with a note that the Wbp is superseded")
  func supersededLaw() {
    let s = semantic("@norm gebod\n@wet Wbp", "@norm gebod\n@wet AVG")
    let law = s.first { $0.kind == "wet" }
    #expect(law?.old == "Wbp")
    #expect(law?.new == "AVG")
    #expect(law?.note?.nl.contains("vervangen door Algemene verordening gegevensbescherming per 2018-05-25") == true)
    #expect(s.count == 1)
  }

  @Test("metadata changes are listed, a shorter review interval is stricter")
  func metadata() {
    let a = Support.parse(
      "---\ntitel: Code\norganisatie: Leek\nvastgesteld op: 2014-01-01\nherzieningstermijn: 24 maanden\n---\n")
    let b = Support.parse(
      "---\ntitel: Gedragscode\norganisatie: Leek\nvastgesteld op: 2020-05-01\nherzieningstermijn: 12 maanden\ngeldt voor: ambtenaren, stagiairs\n---\n"
    )
    let m = Differ().diff(a, b).metadata
    #expect(m.contains { $0.kind == "titel" && $0.old == "Code" && $0.new == "Gedragscode" })
    #expect(m.contains { $0.kind == "vastgesteld-op" && $0.old == "2014-01-01" && $0.new == "2020-05-01" })
    #expect(m.contains { $0.kind == "herzieningstermijn" && $0.direction == .strenger })
    #expect(m.contains { $0.kind == "geldt-voor" && $0.new == "ambtenaren, stagiairs" })
  }
}
