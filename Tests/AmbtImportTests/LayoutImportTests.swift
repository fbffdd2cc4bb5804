import AmbtCLI
import AmbtImport
import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

@Suite("Importing other layouts")
struct LayoutImportTests {
  func run(_ name: String) -> (ImportResult, Document) {
    let bytes = fixture("layouts/\(name).txt")
    let r = Importer.run(bytes: bytes, options: ImportOptions(file: name))
    let m = WordRecall.measure(input: bytes, output: r.text)
    print("recall \(name): \(String(format: "%.2f", m.recall * 100))% missing \(m.missing)")
    #expect(m.recall >= 0.995)
    return (r, r.document)
  }

  @Test("old CAR/UWO code: HOOFDSTUK chapters, Artikel with the title on the next line, leden")
  func carUwo() {
    let (r, d) = run("car-uwo-artikelen")
    #expect(
      Shape(d).chapters
        == ["Hoofdstuk 1", "Hoofdstuk 2"].map { $0.uppercased().replacingOccurrences(of: "HOOFDSTUK", with: "HOOFDSTUK") })
    #expect(Shape(d).rules == [["1", "2"], ["3", "4"]])
    #expect(d.article(withKey: "1")?.title == "Begripsbepalingen")
    #expect(d.article(withKey: "3")?.leden.count == 2)
    #expect(r.text.contains("// herstel: \"ge- meente\" -> \"gemeente\""))
    #expect(d.metadata.adoptedOn?.value.description == "2009-02-03")
    #expect(d.metadata.legalBasis.map(\.law).contains("car-uwo"))
    let a3 = d.article(withKey: "3")!.annotations
    #expect(a3.quantities.contains { $0.kind == .drempel && $0.amount == 50 })
    #expect(a3.quantities.contains { $0.kind == .binnen && $0.amount == 5 })
    #expect(a3.norms.contains { $0.value == "verbod" && $0.inferred })
  }

  @Test("a footer that ends with its page number is removed even when it occurs once")
  func footerWithPage() {
    let text = """
      Gedragscode Proefstad

      Artikel 1 Politiek
      Het is u niet toegestaan om lid te zijn van een politieke partij.

      Gemeente Proefstad, pagina 1 van 2

      Artikel 2 Geheim
      U houdt vertrouwelijke informatie geheim, zie pagina 2.
      """
    let r = Importer.run(bytes: Array(text.utf8), options: ImportOptions(file: "footer"))
    #expect(r.text.contains("// verwijderd: \"Gemeente Proefstad, pagina 1 van 2\""))
    #expect(r.document.article(withKey: "1")?.normativeText.contains("pagina") == false)
    // A sentence that only mentions a page stays.
    #expect(r.document.article(withKey: "2")?.normativeText.contains("zie pagina 2") == true)
  }

  @Test("a date that does not exist is not written into the metadata, so the import still checks")
  func impossibleDates() {
    func imported(_ closing: String) -> ImportResult {
      let text = """
        Gedragscode Proefstad

        Artikel 1 Geheim
        U houdt vertrouwelijke informatie geheim.

        \(closing)
        """
      return Importer.run(bytes: Array(text.utf8), options: ImportOptions(file: "dates"))
    }
    // Found by the fuzzer: "31 september" became `vastgesteld op: 2020-09-31`, which check rejects.
    let september = imported("Aldus vastgesteld op 31 september 2020. Deze code treedt in werking op 29-02-2021.")
    #expect(!september.text.contains("2020-09-31"))
    #expect(!september.text.contains("2021-02-29"))
    #expect(september.document.metadata.adoptedOn == nil)
    let check = Checker.check(bytes: Array(september.text.utf8), file: "dates.ambt")
    #expect(!check.diagnostics.contains { $0.severity == .error })
    // A leap day that exists, and the last day of a 30-day month, are kept.
    let leap = imported("Aldus vastgesteld op 29 februari 2024. Deze code treedt in werking op 30-04-2024.")
    #expect(leap.document.metadata.adoptedOn?.value.description == "2024-02-29")
    #expect(leap.text.contains("in werking: 2024-04-30"))
  }

  @Test("web-page copy: publication-site boilerplate removed and read into the metadata")
  func web() {
    let (r, d) = run("web-cvdr")
    #expect(Shape(d).rules == [["1", "2", "3"]])
    #expect(d.metadata.title?.value == "Gedragscode ambtenaren Voorbeeldstad 2019")
    #expect(d.metadata.organisation?.value == "Voorbeeldstad")
    #expect(d.metadata.inForce?.value.description == "2019-01-01")
    #expect(d.metadata.adoptedOn?.value.description == "2018-12-18")
    #expect(d.metadata.cvdr?.value == "CVDR612345")
    #expect(r.text.contains("// verwijderd: \"Intitulé\""))
    #expect(r.text.contains("// verwijderd: \"Toon relaties in LiDO\""))
    #expect(!WordRecall.modelText(d).joined(separator: " ").contains("Wetstechnische"))
    #expect(d.closing != nil)
    #expect(d.article(withKey: "2")?.annotations.laws.first?.law == "avg")
    // "t/m heden": the version still applies.
    #expect(d.metadata.validUntil == nil && d.metadata.lapsedOn == nil)
  }

  @Test("web-page copy of a lapsed version: 'Geldend van … t/m …' and 'Regeling vervallen per …' become metadata")
  func lapsed() {
    let (r, d) = run("web-lapsed")
    #expect(d.metadata.validUntil?.value.description == "2020-09-30")
    #expect(d.metadata.lapsedOn?.value.description == "2020-10-01")
    #expect(r.text.contains("geldig tot: 2020-09-30\nvervallen per: 2020-10-01\n"))
    #expect(r.text.contains("// verwijderd: \"Regeling vervallen per 01-10-2020\""))
  }

  @Test("bullet-per-rule code: '• 1.1' rules under numbered chapters, a reference")
  func bullets() {
    let (_, d) = run("bullets")
    #expect(Shape(d).chapters == ["1.", "2.", "3."])
    #expect(Shape(d).rules == [["1.1", "1.2"], ["2.1", "2.2"], ["3.1"]])
    #expect(d.article(withKey: "2.2")?.annotations.references.first?.key == "2.1")
    #expect(d.article(withKey: "1.2")?.annotations.reportTo.first?.value == "leidinggevende")
    #expect(d.metadata.appliesTo.map(\.value).contains("stagiairs"))
  }

  @Test("very short code: numbered sentences without chapters become rules")
  func short() {
    let (_, d) = run("kort")
    #expect(d.articles.map(\.number) == ["1", "2", "3"])
    #expect(d.metadata.organisation?.value == "Klein")
    #expect(d.article(withKey: "1")?.annotations.topicIDs.first == "geschenken")
  }

  @Test("code with annexes: two annexes, the second quoting a law")
  func annexes() {
    let (_, d) = run("bijlagen")
    #expect(Shape(d).rules == [["1.1", "1.2"], ["2.1"]])
    #expect(d.annexes.count == 2)
    #expect(d.annexes[0].title == "Functies met een meldplicht")
    #expect(d.annexes[0].items.contains { if case .list(let l) = $0 { return l.items.count == 3 } else { return false } })
    #expect(d.annexes[1].articles.isEmpty)
  }
}

@Suite("Importer robustness and round trip")
struct ImporterPropertyTests {
  static let inputs: [[UInt8]] = [
    [], Array("   \n\n".utf8), [0xFF, 0xFE, 0x00, 0x41, 0x0A, 0xC3], Array(String(repeating: "woord ", count: 50_000).utf8),
    Array("# kop\n§ 1 x\n@norm verbod\n---\n\\ test\n// c\n1.\n1.\n1.1\n1.1\nBijlage\nBijlage\nSlot\n".utf8),
    Array("1. A\n1. A\n2. B\n2. B\nArtikel 1\nArtikel 1\n".utf8),
    (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) },
  ]

  @Test("never traps, always parses, output is canonical and re-imports to itself", arguments: 0..<inputs.count)
  func roundTrip(_ k: Int) {
    let r = Importer.run(bytes: ImporterPropertyTests.inputs[k])
    let check = Checker.check(bytes: Array(r.text.utf8), file: "-")
    #expect(!check.diagnostics.contains { $0.severity == .error })
    #expect(Formatter.format(check) == r.text)
  }

  @Test("seed imports are canonical: formatting the output changes nothing", arguments: SeedImportTests.seeds)
  func canonical(_ name: String) {
    let r = Importer.run(bytes: fixture("seeds/\(name).txt"))
    let once = Formatter.format(Checker.check(bytes: Array(r.text.utf8), file: name))
    #expect(once == r.text)
    #expect(once.flatMap { Formatter.format(Checker.check(bytes: Array($0.utf8), file: name)) } == once)
  }

  @Test("ambt import: -o refuses to overwrite without --force; --report lists repairs on stderr")
  func cli() throws {
    let dir = Scratch.path("ambt-import")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let input = dir + "/in.txt"
    try Data(fixture("layouts/car-uwo-artikelen.txt")).write(to: URL(fileURLWithPath: input))
    let out = dir + "/out.ambt"
    let io1 = BufferIO()
    #expect(CLI.run(["import", input, "-o", out, "--report"], io: io1) == 0)
    #expect(io1.stderrText.contains("\"ge- meente\" -> \"gemeente\""))
    let io2 = BufferIO()
    #expect(CLI.run(["import", input, "-o", out], io: io2) == 2)
    #expect(io2.stderrText.contains("--force"))
    #expect(CLI.run(["import", input, "-o", out, "--force", "--lang", "en"], io: BufferIO()) == 0)
    let io3 = BufferIO(stdin: "Gedragscode\n1. Je neemt geen geschenken aan.\n")
    #expect(CLI.run(["import", "-", "--organisatie", "Testdorp"], io: io3) == 0)
    #expect(io3.stdoutText.contains("organisatie: Testdorp"))
    let io4 = BufferIO()
    #expect(CLI.run(["check", out], io: io4) <= 1)
  }
}
