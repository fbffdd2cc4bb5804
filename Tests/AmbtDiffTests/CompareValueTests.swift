import AmbtCLI
import AmbtDiff
import AmbtModel
import Testing

/// The values of `ambt compare`: from confirmed annotations, with the bound and kind the text
/// gives them, else read from the text and marked inferred.
@Suite struct CompareValueTests {
  static let names = ["aalsmeer-2025", "alphen-aan-den-rijn-2014", "leek", "leiderdorp-2025", "maastricht"]

  func row(_ c: Comparison, _ topic: String, _ kind: ValueKind) -> Comparison.ValueRow? {
    c.values.first { $0.topic == topic && $0.kind == kind }
  }

  @Test(
    "the five codes: gift limits with their bound, yearly checks as frequencies, every amount and period from a confirmed annotation"
  )
  func realCodes() {
    let c = Comparison(documents: Self.names.map { Support.load("Codes/\($0).ambt") })
    let gifts = row(c, "geschenken", .drempel)
    func cell(_ code: String) -> [String] {
      let k = Self.names.firstIndex(of: code)!
      return gifts?.values[k].map { "\($0.display) (\($0.article)) \($0.boundary?.rawValue ?? "-") \($0.basis.rawValue)" } ?? []
    }
    // Alphen: "Geschenken die … meer dan €50 waard zijn accepteert u niet": allowed up to and including € 50.
    #expect(cell("alphen-aan-den-rijn-2014") == ["≤ € 50 (8.1) le confirmed"])
    // Leiderdorp: "… tenzij … de geschatte waarde van het geschenk minder dan € 50 is".
    #expect(cell("leiderdorp-2025") == ["< € 50 (4.3) lt confirmed"])
    // Maastricht: "is de waarde van het geschenk minder dan 50 euro? Dan mag je …".
    #expect(cell("maastricht") == ["< € 50 (3.2) lt confirmed"])
    #expect(cell("aalsmeer-2025").isEmpty && cell("leek").isEmpty)
    #expect(gifts?.median == 50)

    // "Eenmaal per jaar … komt dit onderdeel aan de orde" (Aalsmeer 4.6) and "jaarlijks
    // geactualiseerd" (Leek 1.5) are annotated @binnen 1 jaar: shown as frequencies.
    // Each under the topic of the sentence that states it, not under every topic of the rule.
    let talks = row(c, "bespreekbaarheid", .frequentie)
    #expect(talks?.values[0].map(\.display) == ["per jaar"] && talks?.values[0].first?.article == "4.6")
    let yearly = row(c, "verantwoording", .frequentie)
    #expect(yearly?.values[0].isEmpty == true)
    #expect(yearly?.values[2].map(\.display) == ["per jaar"] && yearly?.values[2].first?.article == "1.5")
    #expect(row(c, "nevenwerkzaamheden", .frequentie) == nil)
    // Leiderdorp 4.3 is on gifts and invitations; its limit is a gift limit only.
    #expect(row(c, "uitnodigingen-en-reizen", .drempel) == nil)
    // Alphen 4.3 "(richtlijn: meer dan € 1 miljoen)" is a guideline, not a limit.
    #expect(row(c, "aannemingen-en-leveringen", .drempel) == nil)
    #expect(row(c, "aannemingen-en-leveringen", .richtlijn)?.values[1].first?.display == "> € 1.000.000")
    // The review interval, from the metadata.
    #expect(row(c, Comparison.reviewTopic, .frequentie)?.values[4].map(\.display) == ["elke 2 jaar"])
    #expect(c.values.allSatisfy { $0.kind != .binnen })
    #expect(row(c, "draaideur", .termijn)?.values[2].map(\.display) == ["1 jaar"])
    // Every value of the real codes rests on a confirmed annotation.
    #expect(c.values.allSatisfy { $0.values.allSatisfy { $0.allSatisfy { $0.basis == .confirmed } } })
  }

  /// The cells of a row of the text view, found by its label (columns are two spaces or more apart).
  static func cells(_ text: String, _ label: String) -> [String] {
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(label + "  ") }) else { return [] }
    return line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// Issue 12: each defect measured on the real codes, as the row now reads.
  @Test("the five codes: every value row exactly, each with its bound, kind, article and what is inferred")
  func realRows() {
    let c = Comparison(documents: Self.names.map { Support.load("Codes/\($0).ambt") })
    let text = ComparisonRenderer(language: .nl).render(c, format: .text)
    // Boundaries: Alphen 8.1 "meer dan €50 … accepteert u niet" allows € 50 itself; Leiderdorp 4.3
    // and Maastricht 3.2 "minder dan € 50". The annotations give € 50, the text the bound.
    // Leiderdorp 4.3 is on gifts and invitations: its limit is a gift limit, the topic read
    // from the sentence that states it, so inferred.
    #expect(
      Self.cells(text, "grens voor geschenken") == [
        "grens voor geschenken", "—", "≤ € 50 (8.1, grens afgeleid)", "—", "< € 50 (4.3, grens en onderwerp afgeleid)",
        "< € 50 (3.2, grens afgeleid)", "€ 50",
      ])
    #expect(Self.cells(text, "uitnodigingen en reizen: drempel").isEmpty)
    #expect(
      Self.cells(text, "draaideurtermijn") == [
        "draaideurtermijn", "—", "2 jaar (5.2, onderwerp afgeleid); 2 jaar (5.4)", "1 jaar (1.6) !", "—", "2 jaar (2.4)",
        "2 jaar",
      ])
    // A frequency, not a deadline: Aalsmeer 4.6 "Eenmaal per jaar … komt dit onderdeel aan de
    // orde" is annotated `@binnen 1 jaar`; that it is a frequency is read from the text.
    #expect(
      Self.cells(text, "integriteit in gesprekken en scholing: frequentie") == [
        "integriteit in gesprekken en scholing: frequentie", "per jaar (4.6, soort en onderwerp afgeleid)", "—", "—", "—",
        "—", "—",
      ])
    #expect(
      Self.cells(text, "verantwoording: frequentie") == [
        "verantwoording: frequentie", "—", "—", "per jaar (1.5, soort en onderwerp afgeleid)", "—", "—", "—",
      ])
    #expect(!text.contains("binnen 1 jaar") && !text.contains(": binnen"))
    // A guideline, not a limit: Alphen 4.3 "(richtlijn: meer dan € 1 miljoen)"; the annotation
    // says richtlijn, the bound is the text's.
    #expect(
      Self.cells(text, "aannemingen en leveringen: richtlijn") == [
        "aannemingen en leveringen: richtlijn", "—", "> € 1.000.000 (4.3, grens afgeleid)", "—", "—", "—", "—",
      ])
    #expect(Self.cells(text, "aannemingen en leveringen: drempel").isEmpty)
    // Maastricht's review interval, from `herzieningstermijn: 24 maanden`.
    #expect(
      Self.cells(text, "herzieningstermijn van de code") == [
        "herzieningstermijn van de code", "—", "—", "—", "—", "elke 2 jaar (metadata)", "—",
      ])
    // Every rule that names a vertrouwenspersoon: by the topic, in its text (*), or as the one to
    // report to in `@melden bij` (*: Leiderdorp 8.1 and 8.2).
    #expect(
      Self.cells(text, "vertrouwenspersoon") == [
        "vertrouwenspersoon", "1.5*", "14.4, 10.5*, 14.1*, 14.3*", "—", "3.6, 8.1*, 8.2*", "7.2*",
      ])
    #expect(
      text.contains(
        "* = afgeleid: de regel heeft dit onderwerp niet als annotatie, maar noemt het in haar tekst of bij @melden bij."))
    #expect(text.contains("grens, soort of onderwerp afgeleid = het bedrag of de termijn staat in een bevestigde annotatie"))
    // No value of the real codes is read from the text as a whole.
    #expect(!text.contains(", afgeleid)"))

    // The same rows in the other formats.
    let md = ComparisonRenderer(language: .nl).render(c, format: .markdown)
    #expect(
      md.contains(
        "| grens voor geschenken | — | ≤ € 50 (8.1, grens afgeleid) | — | \\< € 50 (4.3, grens en onderwerp afgeleid) | \\< € 50 (3.2, grens afgeleid) | € 50 |"
      ))
    let html = ComparisonRenderer(language: .nl).render(c, format: .html)
    #expect(
      html.contains(
        "<tr><th scope=\"row\">integriteit in gesprekken en scholing: frequentie</th><td>per jaar (4.6, soort en onderwerp afgeleid)</td>"
      ))
    // JSON: Leiderdorp's gift limit with what of it is inferred.
    let json = ComparisonRenderer(language: .nl).render(c, format: .json)
    let leiderdorp = [
      "{", "  \"amount\": 50,", "  \"article\": \"4.3\",", "  \"basis\": \"confirmed\",", "  \"boundary\": \"lt\",",
      "  \"inferredParts\": [", "    \"boundary\",", "    \"topic\"", "  ],", "  \"kind\": \"drempel\",",
    ]
    #expect(json.contains(leiderdorp.map { String(repeating: " ", count: 12) + $0 }.joined(separator: "\n")))
  }

  static func named(_ name: String, _ body: String, metadata: String = "") -> Document {
    Support.parse("---\ntitel: Gedragscode\norganisatie: \(name)\n\(metadata)---\n\n" + body, file: name + ".ambt")
  }

  @Test("small codes: frequency against deadline, the value's own topic, bounds, guideline, review interval")
  func smallPairs() {
    let a = Self.named(
      "A",
      """
      # 1. Regels

      § 1.1. Eenmaal per jaar bespreek je je nevenwerkzaamheden met je leidinggevende.
      @onderwerp nevenwerkzaamheden
      @binnen 1 jaar

      § 1.2. Geschenken van meer dan € 50 neem je niet aan. Uitnodigingen voor reizen neem je niet aan.
      @onderwerp geschenken, uitnodigingen-en-reizen
      @drempel € 50

      § 1.3. Bij aanbestedingen van zeer grote omvang (richtlijn: meer dan € 1 miljoen) zijn twee ambtenaren aanwezig.
      @onderwerp aannemingen-en-leveringen
      @drempel € 1.000.000

      # 2. Slot

      Deze gedragscode wordt minimaal elke 3 jaar opnieuw bekeken.
      """)
    let b = Self.named(
      "B",
      """
      # 1. Regels

      § 1.1. Je meldt een nevenwerkzaamheid binnen 1 jaar bij je leidinggevende.
      @onderwerp nevenwerkzaamheden
      @binnen 1 jaar

      § 1.2. Geschenken met een waarde van minder dan € 50 mag je aannemen.
      @onderwerp geschenken
      @drempel € 50

      § 1.3. Geschenken tot en met € 25 mag je aannemen.
      @onderwerp geschenken
      """,
      metadata: "herzieningstermijn: 24 maanden\n")
    let c = Comparison(documents: [a, b])
    let text = ComparisonRenderer(language: .nl).render(c, format: .text)
    #expect(
      Self.cells(text, "nevenwerkzaamheden: frequentie") == [
        "nevenwerkzaamheden: frequentie", "per jaar (1.1, soort afgeleid)", "—", "—",
      ])
    #expect(Self.cells(text, "nevenwerkzaamheden: binnen") == ["nevenwerkzaamheden: binnen", "—", "1 jaar (1.1)", "—"])
    // A's 1.2 states its limit in the sentence on gifts: not under invitations. B states two
    // limits; the one without an annotation is read from the text as a whole.
    #expect(
      Self.cells(text, "grens voor geschenken") == [
        "grens voor geschenken", "≤ € 50 (1.2, grens en onderwerp afgeleid)",
        "< € 50 (1.2, grens afgeleid); ≤ € 25 (1.3, afgeleid)", "—",
      ])
    #expect(Self.cells(text, "uitnodigingen en reizen: drempel").isEmpty)
    // The guideline is read from the text (the annotation does not say it): kind and bound inferred.
    #expect(
      Self.cells(text, "aannemingen en leveringen: richtlijn") == [
        "aannemingen en leveringen: richtlijn", "> € 1.000.000 (1.3, grens en soort afgeleid)", "—", "—",
      ])
    #expect(Self.cells(text, "aannemingen en leveringen: drempel").isEmpty)
    // The review interval: B's metadata, A's promise in its closing text (inferred).
    #expect(
      Self.cells(text, "herzieningstermijn van de code") == [
        "herzieningstermijn van de code", "elke 3 jaar (tekst, afgeleid)", "elke 2 jaar (metadata)", "—",
      ])
    #expect(text.contains("afgeleid = gelezen uit de tekst, niet uit een bevestigde annotatie."))
    let en = ComparisonRenderer(language: .en).render(c, format: .text)
    #expect(
      Self.cells(en, "gift limit") == [
        "gift limit", "≤ € 50 (1.2, bound and topic inferred)", "< € 50 (1.2, bound inferred); ≤ € 25 (1.3, inferred)", "—",
      ])
  }

  @Test("vertrouwenspersoon: by topic, named in the text, or as the one to report to")
  func confidant() {
    let a = Self.named(
      "A",
      """
      # 1. Melden

      § 1.1. Er is een vertrouwenspersoon voor iedereen.
      @onderwerp vertrouwenspersoon

      § 1.2. Twijfel je, bespreek het dan met de vertrouwenspersoon.
      @onderwerp melden-van-integriteitsschendingen

      § 1.3. Je meldt een vermoeden van een integriteitsschending.
      @onderwerp melden-van-integriteitsschendingen
      @melden bij leidinggevende, vertrouwenspersoon

      § 1.4. Je meldt een geschenk.
      @onderwerp geschenken
      @melden bij leidinggevende
      """)
    let c = Comparison(documents: [a, Self.named("B", "# 1. Leeg\n\n§ 1.1. Je bent integer.\n@onderwerp goed-ambtenaarschap\n")])
    let text = ComparisonRenderer(language: .nl).render(c, format: .text)
    #expect(Self.cells(text, "vertrouwenspersoon") == ["vertrouwenspersoon", "1.1, 1.2*, 1.3*", "—"])
  }

  @Test("captions and headings say what their tables hold, with and without obligations")
  func captions() {
    let c = Comparison(documents: [Self.named("A", "# 1. R\n\n§ 1.1. Je bent integer.\n@onderwerp goed-ambtenaarschap\n")])
    let html = ComparisonRenderer(language: .nl).render(c, format: .html)
    #expect(
      html.contains(
        "<h2>Ontbrekende onderwerpen per code</h2>\n<table>\n<caption>Onderwerpen die de meeste andere codes regelen en deze code niet</caption>"
      ))
    #expect(html.contains("<caption>Bedragen, termijnen en frequenties per onderwerp, met de regel die ze noemt</caption>"))
    #expect(ComparisonRenderer(language: .en).render(c, format: .markdown).contains("\n### Missing topics per code\n"))
    #expect(ComparisonRenderer(language: .nl).render(c, format: .text).contains("\nOntbrekende onderwerpen per code\n"))
    // With the obligations of the law (as `ambt compare` gives them): the golden files.
    let io = BufferIO()
    let files = [Support.path("Codes/leek.ambt"), Support.path("Codes/maastricht.ambt")]
    #expect(CLI.run(["compare"] + files + ["--format", "html"], io: io) == 0)
    #expect(
      io.stdoutText.contains(
        "<h2>Verplichtingen per code</h2>\n<table>\n<caption>Verplichtingen uit de wet en de regels die ze dekken</caption>"))
  }

  @Test("a value read from the text says so, in every format")
  func inferred() {
    let a = Support.code(
      """
      # 1. Geschenken

      § 1.1. Geschenken met een waarde van meer dan € 75 neem je niet aan.
      @onderwerp geschenken

      § 1.2. Jaarlijks bespreek je je nevenwerk met je leidinggevende.
      @onderwerp nevenwerkzaamheden

      § 1.3. Je meldt een geschenk binnen tien werkdagen.
      @onderwerp verantwoording

      Uitleg:
      Een fles wijn van € 20 mag je houden.
      """)
    let b = Support.code(
      "# 1. Geschenken\n\n§ 1.1. Geschenken tot en met vijftig euro mag je aannemen.\n@onderwerp geschenken\n@drempel € 50\n")
    let c = Comparison(documents: [a, b])
    let gifts = row(c, "geschenken", .drempel)
    #expect(gifts?.values[0].map(\.display) == ["≤ € 75"])
    #expect(gifts?.values[0].first?.basis == .inferred && gifts?.values[0].first?.written == "€ 75")
    #expect(gifts?.values[1].map(\.display) == ["≤ € 50"] && gifts?.values[1].first?.basis == .confirmed)
    let yearly = row(c, "nevenwerkzaamheden", .frequentie)?.values[0].first
    #expect(yearly?.display == "per jaar" && yearly?.basis == .inferred && yearly?.written == "Jaarlijks")
    let deadline = row(c, "verantwoording", .binnen)?.values[0].first
    #expect(deadline?.display == "10 werkdagen" && deadline?.unit == "werkdag" && deadline?.normalized == 14)
    // The explanation's example is no value of the code.
    #expect(row(c, "verantwoording", .drempel) == nil)

    let nl = ComparisonRenderer(language: .nl).render(c, format: .text)
    #expect(nl.contains("≤ € 75 (1.1, afgeleid)") && nl.contains("≤ € 50 (1.1, grens afgeleid)"))
    #expect(nl.contains("afgeleid = gelezen uit de tekst, niet uit een bevestigde annotatie."))
    #expect(nl.contains("nevenwerkzaamheden: frequentie") && nl.contains("per jaar (1.2, afgeleid)"))
    let en = ComparisonRenderer(language: .en).render(c, format: .markdown)
    #expect(en.contains("≤ € 75 (1.1, inferred)") && en.contains("outside activities: frequency"))
    let json = ComparisonRenderer(language: .nl).render(c, format: .json)
    #expect(
      json.contains("\"basis\": \"inferred\"") && json.contains("\"kind\": \"frequentie\"")
        && json.contains("\"boundary\": \"le\""))
    #expect(ComparisonRenderer(language: .nl).render(c, format: .html).contains("≤ € 75 (1.1, afgeleid)"))
  }

  @Test("--vs sets one code against the median of the others")
  func versus() throws {
    let io = BufferIO()
    let code = CLI.run(["compare", Support.path("Codes"), "--vs", Support.path("Codes/leek.ambt")], io: io)
    #expect(code == 0)
    let out = io.stdoutText
    #expect(out.hasPrefix("Vergelijking van Leek met 4 andere codes\n"))
    let line = try #require(out.split(separator: "\n").first { $0.hasPrefix("draaideurtermijn") })
    #expect(line.contains("1 jaar (1.6)") && line.contains("2 jaar") && line.hasSuffix("lager dan de mediaan !"))
    #expect(out.contains("grens voor geschenken") && out.contains("ontbreekt in deze code"))
    #expect(out.contains("Verplichtingen die hier ontbreken en in de meeste andere codes gedekt zijn: AW17-4-1-discriminatie"))
  }
}
