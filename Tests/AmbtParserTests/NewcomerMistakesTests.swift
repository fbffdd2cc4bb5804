import AmbtModel
import AmbtParser
import Foundation
import Testing

/// Mistakes a newcomer makes that the grammar accepts silently (issue 16, item 5): each now gets
/// a warning or a better suggestion, with position and hint.
@Suite struct NewcomerMistakesTests {
  static func code(_ body: String) -> String { "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n" + body }

  static func rendered(_ r: ParseResult, _ language: Language = .nl) -> [String] {
    NumberRangeTests.rendered(r, language)
  }

  @Test("a list item nested by a tab or four spaces is warned about; two spaces nest silently")
  func nestedByIndent() {
    let tab = parse(
      Self.code("§ 1.1. Je meldt:\n- een geschenk;\n\t- een uitnodiging.\n@onderwerp geschenken\n@norm meldplicht\n"))
    #expect(
      Self.rendered(tab) == [
        "10:2: list-nested-by-indent: lijstpunt '-' wordt door de inspringing (een tab) een subpunt van '-' | bedoel je een volgend punt, zet het dan recht onder '-'; bedoel je een subpunt, spring dan twee spaties in (zoals 'ambt fmt' schrijft)"
      ])
    #expect(tab.diagnostics.first?.severity == .warning)
    let spaces = parse(Self.code("§ 1.1. Tekst:\n1. Eerste.\n    2. Tweede.\n@onderwerp geschenken\n@norm gebod\n"))
    #expect(
      Self.rendered(spaces, .en) == [
        "10:5: list-nested-by-indent: list item '2.' becomes a sub-item of '1.' because of its indentation (4 spaces) | for the next item, align it with '1.'; for a sub-item, indent it by two spaces (as 'ambt fmt' writes)"
      ])
    // The nesting itself is unchanged: the item is a sub-item, as before.
    #expect(spaces.document.articles[0].leden.map(\.label) == ["1"])
    let two = parse(Self.code("§ 1.1. Tekst:\n1. Eerste:\n  a. sub.\n2. Tweede.\n@onderwerp geschenken\n@norm gebod\n"))
    #expect(two.diagnostics.isEmpty)
    // A whole list indented by a tab is one flat list.
    let flat = parse(Self.code("§ 1.1. Tekst:\n\ta. een;\n\tb. twee.\n@onderwerp geschenken\n@norm gebod\n"))
    #expect(flat.diagnostics.isEmpty)
  }

  @Test("'Uitleg' without its colon in a rule is warned about, with a fix-it adding the colon")
  func labelWithoutColon() throws {
    let r = parse(Self.code("§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n\nUitleg\nDit is uitleg.\n"))
    #expect(
      Self.rendered(r) == [
        "12:1: label-without-colon: 'Uitleg' zonder dubbele punt: wat volgt, telt als bindende tekst | schrijf 'Uitleg:' om uitleg te beginnen die niet bindt; is het tekst, begin de regel dan met '\\'"
      ])
    let d = try #require(r.diagnostics.first)
    #expect(d.fixIts.map(\.replacement) == [":"] && d.fixIts[0].range == SourceRange(start: d.range.end, end: d.range.end))
    #expect(r.document.articles[0].normativeText.contains("Dit is uitleg"))
    // Also as a continuation of a list item, and for the other words.
    let list = parse(Self.code("§ 1.1. Tekst:\n- punt\nToelichting\n@onderwerp geschenken\n@norm verbod\n"))
    #expect(list.diagnostics.map(\.id) == ["label-without-colon"])
    #expect(list.diagnostics[0].message.en == "'Toelichting' without a colon: what follows counts as binding text")
    // Inside an explanation, or outside a rule, it changes nothing and is not reported.
    let inside = parse(
      Self.code("§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n\nUitleg:\nWaarom.\n\nVoorbeelden\nEen fles wijn.\n"))
    #expect(inside.diagnostics.isEmpty)
    #expect(parse(Self.code("Uitleg\nTekst van het hoofdstuk.\n")).diagnostics.isEmpty)
    #expect(parse(Self.code("§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n\\Uitleg\n")).diagnostics.isEmpty)
  }

  @Test("'Uitleg: tekst' on one line of a rule is warned about, with a fix-it moving the text to the next line")
  func labelWithText() throws {
    let source = Self.code("§ 1.1. Tekst.\nUitleg: Dit is uitleg.\n@onderwerp geschenken\n")
    let r = parse(source)
    #expect(
      Self.rendered(r) == [
        "9:1: label-with-text: 'Uitleg:' met tekst erachter op dezelfde regel: die tekst telt als bindende tekst van de regel | zet 'Uitleg:' op een eigen regel en de uitleg op de regel eronder"
      ])
    let d = try #require(r.diagnostics.first)
    #expect(d.severity == .warning && d.fixIts.map(\.replacement) == ["\n"])
    // The fix-it replaces the space after the colon by a line break.
    let bytes = Array(source.utf8)
    #expect(String(decoding: bytes[d.fixIts[0].range.start..<d.fixIts[0].range.end], as: UTF8.self) == " ")
    #expect(r.document.articles[0].normativeText.contains("Dit is uitleg"))
    // Inside an explanation, escaped, outside a rule, or a label alone: not reported.
    #expect(parse(Self.code("§ 1.1. Tekst.\n\nUitleg:\nWaarom.\nVoorbeeld: een fles wijn.\n")).diagnostics.isEmpty)
    #expect(parse(Self.code("§ 1.1. Tekst.\n\\Uitleg: geen uitleg.\n")).diagnostics.isEmpty)
    #expect(parse(Self.code("Uitleg: tekst van het hoofdstuk.\n")).diagnostics.isEmpty)
    #expect(
      parse(Self.code("§ 1.1. Tekst.\nLet op: dit geldt ook voor stagiairs.\n")).diagnostics.map(\.id) == ["label-with-text"])
  }

  @Test("leden written on the rule's own line ('§ 1.1. 1. … 2. …') are warned about, with a fix-it per lid")
  func inlineLeden() throws {
    let source = Self.code(
      "§ 1.1. [Beleid] 1. Het college voert beleid. 2. Het beleid wordt besproken. 3. Het college legt verantwoording af.\n")
    let r = parse(source)
    #expect(
      Self.rendered(r, .en) == [
        "8:17: inline-leden: leden 1 to 3 are on one line: only a numbered line of its own is a lid, so this is one paragraph | put each lid on a line of its own, starting with its number ('2. …')"
      ])
    let d = try #require(r.diagnostics.first)
    #expect(d.severity == .warning && d.fixIts.map(\.replacement) == ["\n", "\n"])
    // Each fix-it replaces the space before a lid's number.
    let bytes = Array(source.utf8)
    #expect(d.fixIts.map { String(decoding: bytes[$0.range.start..<($0.range.end + 2)], as: UTF8.self) } == [" 2.", " 3."])
    #expect(r.document.articles[0].leden.isEmpty)
    // On a line of its own after the header, too; not when the numbers are no leden.
    #expect(parse(Self.code("§ 1.1. [Beleid]\nTekst.\n\n\\1. Eerst dit. 2. Dan dat.\n")).diagnostics.isEmpty)
    #expect(parse(Self.code("§ 1.1. Je meldt 1. geschenken en 2. uitnodigingen.\n")).diagnostics.isEmpty)
    #expect(
      parse(Self.code("§ 1.1. [Beleid]\n1. Het college voert beleid.\n2. Het beleid wordt besproken.\n")).diagnostics.isEmpty)
    #expect(parse(Self.code("Inleiding.\n\n1. Eerst dit. 2. Dan dat.\n")).diagnostics.isEmpty)
  }

  @Test("a Word-style 'Artikel 1.1 …' line without '§' is warned about, with a fix-it inserting '§ '")
  func articleWithoutSectionSign() throws {
    let r = parse(Self.code("Artikel 1.1 Geschenken\nJe neemt geen geschenken aan.\n"))
    #expect(
      Self.rendered(r) == [
        "8:1: article-without-section-sign: 'Artikel 1.1' begint een alinea, maar zonder '§' is het geen regel | begin de regel met '§ ' ('§ Artikel 1.1'); is het gewone tekst, begin de regel dan met '\\'"
      ])
    #expect(
      Self.rendered(r, .en) == [
        "8:1: article-without-section-sign: 'Artikel 1.1' starts a paragraph, but without '§' it is not a rule | start the line with '§ ' ('§ Artikel 1.1'); if it is ordinary text, start the line with '\\'"
      ])
    let fix = try #require(r.diagnostics.first?.fixIts.first)
    #expect(
      fix.replacement == "§ " && fix.range == SourceRange(start: r.diagnostics[0].range.start, end: r.diagnostics[0].range.start))
    #expect(r.document.articles.isEmpty)
    for heading in [
      "Artikel 3", "Artikel 2.4. Nevenwerkzaamheden", "Artikel 5: Melden", "ARTIKEL 7 – Slot", "Art. 4 Geheimhouding",
    ] {
      #expect(parse(Self.code(heading + "\nTekst.\n")).diagnostics.map(\.id) == ["article-without-section-sign"], "\(heading)")
    }
    // Sentences that begin with a reference are text; so is a continuation line and an annex.
    for sentence in ["Artikel 8 van de Ambtenarenwet geldt.", "Artikel 2.3 is van toepassing.", "Artikelen 1 tot 5 gelden."] {
      #expect(parse(Self.code(sentence + "\n")).diagnostics.isEmpty, "\(sentence)")
    }
    #expect(parse(Self.code("Zie ook\nArtikel 1.1 Geschenken.\n")).diagnostics.isEmpty)
    #expect(parse(Self.code("Tekst.\n\n# Bijlage 1 Wetteksten\n\nArtikel 363 Wetboek van Strafrecht\n")).diagnostics.isEmpty)
  }

  @Test("suggestions prefer the table of alternatives: 'manager' → 'leidinggevende', not 'managers'")
  func alternatives() {
    let r = parse(
      "---\ntitel: T\norganisatie: O\nreview interval: 2 jaar\ngeldt voor: employees\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n"
        + "@onderwerp gifts\n@norm prohibition\n@melden bij manager, managment\n@report to leidinggevende\n")
    let hints = r.diagnostics.sortedForOutput().map { "\($0.id): \($0.hint?.nl ?? "")" }
    #expect(
      hints == [
        "unknown-metadata-key: bedoelde je 'herzieningstermijn'?", "unknown-group: bedoelde je 'ambtenaren'?",
        "unknown-topic: bedoelde je 'geschenken'?", "unknown-norm: bedoelde je 'verbod'?",
        "unknown-role: bedoelde je 'leidinggevende'?", "unknown-role: bedoelde je 'management'?",
        "unknown-annotation: bedoelde je '@melden bij'?",
      ])
    // The fix-it of a two-word alternative replaces both words.
    let report = r.diagnostics.first { $0.id == "unknown-annotation" }
    #expect(report?.fixIts.first?.replacement == "melden bij")
    #expect(report.map { $0.range.end - $0.range.start } == "report to".utf8.count)
    // An English label is understood even without a table entry.
    #expect(Vocabulary.shared.roles.suggestion(for: "municipal executive") == "college")
  }

  @Test("the table of alternatives names only known words, and none of its words is known already")
  func alternativesData() {
    let v = Vocabulary.shared
    let a = v.alternatives
    #expect(v.loadErrors.isEmpty)
    #expect(!a.roles.isEmpty && !a.topics.isEmpty && !a.metadataKeys.isEmpty && !a.annotations.isEmpty)
    for (list, table) in [(v.topics, a.topics), (v.roles, a.roles), (v.groups, a.groups)] {
      for (word, id) in table {
        #expect(list.term(id) != nil, "'\(word)' → unknown id '\(id)'")
        #expect(list.resolve(word) == nil, "'\(word)' is already a known word")
      }
    }
    let norms = Set(NormKind.allCases.map(\.rawValue))
    for (word, kind) in a.norms { #expect(norms.contains(kind) && !norms.contains(word), "\(word)") }
    // Keys and annotations: parsing the expected word gives no unknown-key error.
    for (word, key) in a.metadataKeys {
      let r = parse("---\ntitel: T\norganisatie: O\n\(key): x\n---\n")
      #expect(!r.diagnostics.contains { $0.id == "unknown-metadata-key" }, "\(word) → \(key)")
    }
    for (word, key) in a.annotations {
      let r = parse("---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@\(key) x\n")
      #expect(!r.diagnostics.contains { $0.id == "unknown-annotation" }, "\(word) → \(key)")
    }
  }
}
