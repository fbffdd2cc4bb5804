import AmbtModel
import AmbtParser
import Foundation
import Testing

@Suite struct ParserTests {
  static let example = """
    ---
    titel: Gedragscode ambtenaren gemeente Voorbeeld
    organisatie: Voorbeeld (GM9999)
    vastgesteld door: college van burgemeester en wethouders
    vastgesteld op: 11 maart 2025
    grondslag: Ambtenarenwet 2017, art. 4 lid 3
    geldt voor: ambtenaren, stagiairs
    laatste herziening: 2025-03
    herzieningstermijn: 2 jaar
    ---

    Deze gedragscode geldt
    voor iedereen.

    # Hoofdstuk 1. Geschenken
    @onderwerp geschenken

    § 1.1. Je neemt geen geschenken aan met een waarde van meer dan € 50.
    @norm verbod
    @drempel € 50, per geschenk

    § Artikel 1.2 [Melden] Een geschenk meld je.
    1. Bij je leidinggevende.
    2. Binnen 7 dagen:
      a. schriftelijk;
      b. of mondeling.
    @onderwerp geschenken
    @norm meldplicht
    @melden bij leidinggevende, Bureau Integriteit
    @binnen 7 dagen
    @uitzondering op 1.1
    @zie 1.2 lid 2 onder b
    @wet Ambtenarenwet 2017, art. 8 lid 1 onder e

    Uitleg:
    Een geschenk kan je onafhankelijkheid aantasten.

    ## Voorbeelden

    Een fles wijn.

    # Slot

    Aldus vastgesteld.

    # Bijlage 1 Functies

    - gemeentesecretaris
    """

  @Test("reads metadata, chapters, rules, lists, explanations, closing and annexes")
  func example() throws {
    let r = parse(Self.example)
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map { $0.message.en })")
    let doc = r.document
    let m = doc.metadata
    #expect(m.title?.value == "Gedragscode ambtenaren gemeente Voorbeeld")
    #expect(m.organisation?.value == "Voorbeeld")
    #expect(m.cbsCode?.value == "GM9999")
    #expect(m.adoptedOn?.value == PartialDate(year: 2025, month: 3, day: 11))
    #expect(m.lastReview?.value == PartialDate(year: 2025, month: 3))
    #expect(m.reviewIntervalMonths?.value == 24)
    #expect(m.legalBasis.first?.law == "aw2017")
    #expect(m.legalBasis.first?.article == "4")
    #expect(m.legalBasis.first?.lid == "3")
    #expect(m.appliesTo.map(\.value) == ["ambtenaren", "stagiairs"])
    #expect(
      doc.preamble.items == [
        .paragraph(Paragraph(text: "Deze gedragscode geldt voor iedereen.", range: doc.preamble.items[0].range))
      ])
    #expect(doc.chapters.count == 1)
    let ch = doc.chapters[0]
    #expect(ch.word == "Hoofdstuk" && ch.number == "1." && ch.key == "1" && ch.title == "Geschenken")
    #expect(ch.annotations.topicIDs == ["geschenken"])
    let arts = doc.articles
    #expect(arts.map(\.label) == ["1.1.", "Artikel 1.2"])
    #expect(arts.map(\.key) == ["1.1", "1.2"])
    #expect(arts[1].title == "Melden")
    let q = try #require(arts[0].annotations.quantities.first)
    #expect(q.kind == .drempel && q.amount == 50 && q.unit == .euro && q.qualifier == "per geschenk")
    let a2 = arts[1].annotations
    #expect(a2.reportTo.map(\.value) == ["leidinggevende", "integriteitscoordinator"])
    #expect(a2.quantities.first?.unit == .dag && a2.quantities.first?.amount == 7 && a2.quantities.first?.kind == .binnen)
    #expect(a2.exceptionTo.first?.key == "1.1")
    #expect(a2.references.first?.lid == "2" && a2.references.first?.onderdeel == "b")
    #expect(a2.laws.first?.law == "aw2017" && a2.laws.first?.onderdeel == "e")
    #expect(arts[1].leden.map(\.label) == ["1", "2"])
    #expect(arts[1].leden[1].children.map(\.label) == ["a", "b"])
    #expect(arts[1].normativeText.contains("Een geschenk meld je."))
    #expect(!arts[1].normativeText.contains("onafhankelijkheid"))
    #expect(arts[1].fullText.contains("onafhankelijkheid"))
    // "## Voorbeelden" after the rules is a chapter-level explanation, not part of rule 1.2.
    guard case .explanation(let e) = ch.items.last else {
      Issue.record("expected a chapter-level explanation")
      return
    }
    #expect(e.kind == .voorbeelden)
    #expect(doc.closing?.items.count == 1)
    #expect(doc.annexes.first?.word == "Bijlage" && doc.annexes.first?.key == "1")
  }

  @Test("numbering per chapter prefixes rule numbers with the chapter number")
  func perChapterNumbering() {
    let text = "---\ntitel: t\norganisatie: o\nnummering: per hoofdstuk\n---\n\n# 1. A\n\n§ 1. x\n@zie 2.1\n\n# 2. B\n\n§ 1. y\n"
    let r = parse(text)
    #expect(r.diagnostics.isEmpty)
    #expect(r.document.articles.map(\.key) == ["1.1", "2.1"])
    let dup = parse(
      text.replacingOccurrences(of: "nummering: per hoofdstuk\n", with: "").replacingOccurrences(of: "@zie 2.1\n", with: ""))
    #expect(dup.diagnostics.map(\.id) == ["duplicate-article-number"])
    #expect(dup.diagnostics.first?.hint?.nl.contains("nummering: per hoofdstuk") == true)
  }

  @Test("columns count characters: é, ë, €, ’ and an emoji before the problem")
  func columnsCountCodePoints() throws {
    let text = "---\ntitel: t\norganisatie: o\n---\n\n# 1. é\n\n§ 1.1. Tekst.\n@onderwerp x\n@wet éë€’😀 Wet\n"
    let r = parse(text)
    let d = try #require(r.diagnostics.first { $0.id == "unknown-law" })
    let p = r.lineTable.position(of: d.range.start)
    #expect(p.line == 10)
    #expect(p.column == 6)  // "@wet " is 5 characters
    let end = r.lineTable.position(of: d.range.end)
    #expect(end.column == 6 + "éë€’😀 Wet".unicodeScalars.count)
    let topic = try #require(r.diagnostics.first { $0.id == "unknown-topic" })
    #expect(r.lineTable.position(of: topic.range.start).column == 12)
  }

  @Test("CRLF, a BOM and LF give the same model")
  func lineEnds() {
    let lf = "---\ntitel: t\norganisatie: o\n---\n\n# 1. A\n\n§ 1.1. Eerste\nregel.\n@onderwerp geschenken\n@norm verbod\n"
    let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
    let a = parse(lf)
    let b = parse(crlf)
    #expect(a.diagnostics.isEmpty && b.diagnostics.isEmpty)
    #expect(modelWithoutRanges(a) == modelWithoutRanges(b))
  }

  @Test(
    "hostile inputs give diagnostics, not crashes",
    arguments: [
      "", "\0\0\0", "---", "---\n---\n", "§", "§ 1", "@", "@onderwerp", "# ", "##", "- ", "(", "\\", "---\ntitel:\n---\n",
      String(repeating: "§ 1.1 ", count: 1000), String(repeating: "-", count: 100_000),
      String(repeating: "  ", count: 50) + "- diep",
      "---\ntitel: a\norganisatie: b\n---\n" + String(repeating: "\n", count: 1000),
    ])
  func hostile(input: String) {
    let r = parse(input)
    _ = Formatter.format(r)
    _ = r.document.json(lines: r.lineTable).serialized()
  }

  @Test("10,000 nested list levels are read without deep recursion")
  func deepNesting() {
    var text = "---\ntitel: t\norganisatie: o\n---\n\n"
    for k in 0..<10_000 { text += String(repeating: " ", count: k) + "- punt \(k)\n" }
    let r = parse(text)
    #expect(r.diagnostics.map(\.id) == ["list-too-deep"])
    var count = 0
    func walk(_ items: [ListItem]) {
      for i in items {
        count += 1
        walk(i.children)
      }
    }
    if case .list(let l) = r.document.preamble.items.first { walk(l.items) }
    #expect(count == 10_000)
  }

  @Test("invalid UTF-8 keeps offsets: the byte is reported where it is")
  func invalidUTF8() throws {
    let r = Checker.check(bytes: Repo.bytes(Repo.path("Tests/Fixtures/invalid/crlf-invalid-utf8.ambt")), file: "x")
    let d = try #require(r.diagnostics.first)
    #expect(d.id == "invalid-utf8")
    let p = r.lineTable.position(of: d.range.start)
    #expect(p.line == 8 && p.column == 37)
    #expect(r.document.articles.first?.annotations.norms.first?.value == "verbod")
  }
}

/// A bounded mutation fuzz run on the real codes: the parser, validator and formatter must return
/// (never trap) on every mutant, and the formatter must be idempotent where it formats.
@Suite struct MutationFuzzTests {
  @Test("mutants of the real codes never crash the parser", arguments: Repo.codes)
  func mutants(path: String) {
    let original = Repo.bytes(path)
    var rng = FormatterTests.SeededRandom(state: UInt64(original.count))
    let fragments: [[UInt8]] = [
      "§ ", "# ", "## ", "@", "@zie 99.9\n", "---\n", "\n- ", "  (1) ", "\\", "\u{FEFF}", "€", "\r", "\0", "@drempel € ,-\n",
    ]
    .map { Array($0.utf8) }
    for _ in 0..<150 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        guard !bytes.isEmpty else { break }
        let at = Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
        case 1: bytes.insert(contentsOf: fragments.randomElement(using: &rng)!, at: at)
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...400, using: &rng)))
        default:
          bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 200)], at: Int.random(in: 0..<bytes.count, using: &rng))
        }
      }
      let r = Checker.check(bytes: bytes, file: "mutant")
      _ = r.document.json(lines: r.lineTable).serialized(indent: nil)
      if let formatted = Formatter.format(r) {
        let again = parse(formatted)
        #expect(Formatter.format(again) == formatted)
      }
    }
  }
}
