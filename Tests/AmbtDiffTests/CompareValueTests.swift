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
        "< € 50 (3.2, grens afgeleid)", "< € 50",
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
        "| grens voor geschenken | — | ≤ € 50 (8.1, grens afgeleid) | — | \\< € 50 (4.3, grens en onderwerp afgeleid) | \\< € 50 (3.2, grens afgeleid) | \\< € 50 |"
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
    // Periods and places in English too (issue 12: they stayed Dutch).
    #expect(
      Self.cells(en, "review interval of the code") == [
        "review interval of the code", "every 3 years (text, inferred)", "every 2 years (metadata)", "—",
      ])
    #expect(
      Self.cells(en, "outside activities: frequency") == [
        "outside activities: frequency", "per year (1.1, kind inferred)", "—", "—",
      ])
    #expect(Self.cells(en, "outside activities: deadline") == ["outside activities: deadline", "—", "1 year (1.1)", "—"])
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
    #expect(line.contains("1 jaar (1.6)") && line.contains("2 jaar") && line.hasSuffix("lager dan de mediaan, soepeler !"))
    #expect(out.contains("grens voor geschenken") && out.contains("ontbreekt in deze code"))
    #expect(out.contains("Verplichtingen die hier ontbreken en in de meeste andere codes gedekt zijn: AW17-4-1-discriminatie"))
  }
}

/// `compare --vs`: the median with its bound, the verdict stricter or looser per kind, every
/// word in the output language, a header on every column and no line ending in spaces.
@Suite struct CompareVersusTests {
  /// A code stating one gift rule and, when given, a revolving-door period, a deadline and a frequency.
  static func code(_ name: String, gift: String, periods: (Int, Int, Int)? = nil) -> Document {
    var body = "# 1. Regels\n\n§ 1.1. \(gift)\n@onderwerp geschenken\n@drempel € 50\n"
    if let (door, deadline, every) = periods {
      body += """

        § 1.2. Na je vertrek werk je \(door) jaar niet voor een leverancier.
        @onderwerp draaideur
        @termijn \(door) jaar

        § 1.3. Je meldt een nevenwerkzaamheid binnen \(deadline) weken.
        @onderwerp nevenwerkzaamheden
        @binnen \(deadline) weken

        § 1.4. Eenmaal per \(every) jaar bespreek je integriteit in je team.
        @onderwerp bespreekbaarheid
        @binnen \(every) jaar

        """
    }
    return CompareValueTests.named(name, body)
  }

  static let lessThan = "Geschenken met een waarde van minder dan € 50 mag je aannemen."
  static let atMost = "Geschenken van meer dan € 50 neem je niet aan."
  static let bare = "Geschenken neem je alleen aan met toestemming van je leidinggevende."

  func versus(_ docs: [Document], _ language: Language = .nl) -> String {
    ComparisonRenderer(language: language).versus(Comparison(documents: docs), markdown: false)
  }

  @Test("a bound is part of the value: < € 50 against a median of ≤ € 50 is stricter, not equal")
  func bounds() {
    let gift = "grens voor geschenken"
    // Against ≤ € 50 and ≤ € 50: the median is ≤ € 50, and < € 50 allows less.
    var out = versus([Self.code("A", gift: Self.lessThan), Self.code("B", gift: Self.atMost), Self.code("C", gift: Self.atMost)])
    #expect(
      CompareValueTests.cells(out, gift) == [
        gift, "< € 50 (1.1, grens afgeleid)", "≤ € 50", "zelfde bedrag, strenger door de grens",
      ])
    // The other way round: ≤ € 50 against < € 50 allows € 50 itself, looser.
    out = versus([Self.code("A", gift: Self.atMost), Self.code("B", gift: Self.lessThan), Self.code("C", gift: Self.lessThan)])
    #expect(
      CompareValueTests.cells(out, gift) == [
        gift, "≤ € 50 (1.1, grens afgeleid)", "< € 50", "zelfde bedrag, soepeler door de grens",
      ])
    // Two others that differ by their bound only: the median lies between them.
    out = versus([Self.code("A", gift: Self.lessThan), Self.code("B", gift: Self.atMost), Self.code("C", gift: Self.lessThan)])
    #expect(
      CompareValueTests.cells(out, gift) == [
        gift, "< € 50 (1.1, grens afgeleid)", "tussen < € 50 en ≤ € 50", "zelfde bedrag, strenger door de grens",
      ])
    // The same bound is equal: the others ≤, ≤, < have the median ≤ € 50.
    out = versus([
      Self.code("A", gift: Self.atMost), Self.code("B", gift: Self.atMost), Self.code("C", gift: Self.atMost),
      Self.code("D", gift: Self.lessThan),
    ])
    #expect(CompareValueTests.cells(out, gift).last == "gelijk aan de mediaan")
    // A bare € 50 (the text does not state the amount) cannot be set against a bound.
    out = versus([Self.code("A", gift: Self.bare), Self.code("B", gift: Self.atMost), Self.code("C", gift: Self.atMost)])
    #expect(CompareValueTests.cells(out, gift) == [gift, "€ 50 (1.1)", "≤ € 50", "zelfde bedrag, grens niet te vergelijken"])
    let en = versus(
      [Self.code("A", gift: Self.lessThan), Self.code("B", gift: Self.atMost), Self.code("C", gift: Self.lessThan)], .en)
    #expect(
      CompareValueTests.cells(en, "gift limit") == [
        "gift limit", "< € 50 (1.1, bound inferred)", "between < € 50 and ≤ € 50", "same amount, stricter by its bound",
      ])
  }

  @Test("stricter or looser per kind: a longer period stricter, a later deadline or a rarer check looser")
  func directions() {
    let mine = Self.code("A", gift: Self.atMost, periods: (3, 6, 2))
    let others = [Self.code("B", gift: Self.atMost, periods: (1, 2, 1)), Self.code("C", gift: Self.atMost, periods: (1, 2, 1))]
    let nl = versus([mine] + others)
    #expect(
      CompareValueTests.cells(nl, "draaideurtermijn") == [
        "draaideurtermijn", "3 jaar (1.2)", "1 jaar", "hoger dan de mediaan, strenger !",
      ])
    #expect(
      CompareValueTests.cells(nl, "nevenwerkzaamheden: binnen") == [
        "nevenwerkzaamheden: binnen", "6 weken (1.3)", "14 dagen", "hoger dan de mediaan, soepeler !",
      ])
    #expect(
      CompareValueTests.cells(nl, "integriteit in gesprekken en scholing: frequentie") == [
        "integriteit in gesprekken en scholing: frequentie", "per 2 jaar (1.4, soort afgeleid)", "per jaar",
        "hoger dan de mediaan, soepeler !",
      ])
    let en = versus([mine] + others, .en)
    #expect(
      CompareValueTests.cells(en, "revolving-door period") == [
        "revolving-door period", "3 years (1.2)", "1 year", "above the median, stricter !",
      ])
    #expect(
      CompareValueTests.cells(en, "outside activities: deadline") == [
        "outside activities: deadline", "6 weeks (1.3)", "14 days", "above the median, looser !",
      ])
    #expect(
      CompareValueTests.cells(en, "integrity in reviews, meetings and training: frequency") == [
        "integrity in reviews, meetings and training: frequency", "per 2 years (1.4, kind inferred)", "per year",
        "above the median, looser !",
      ])
    // The same directions as the differ gives a change from the median to this value.
    #expect(
      Comparison.direction(.drempel, higher: true) == .soepeler && Comparison.direction(.termijn, higher: true) == .strenger)
    #expect(
      Comparison.direction(.binnen, higher: true) == .soepeler && Comparison.direction(.frequentie, higher: false) == .strenger)
    #expect(Comparison.direction(.richtlijn, higher: true) == nil)
  }

  @Test("the real codes: Leiderdorp's < € 50 against Alphen's ≤ € 50 and Maastricht's < € 50; the full table's median < € 50")
  func realCodes() throws {
    let io = BufferIO()
    #expect(CLI.run(["compare", Support.path("Codes"), "--vs", Support.path("Codes/leiderdorp-2025.ambt")], io: io) == 0)
    #expect(
      CompareValueTests.cells(io.stdoutText, "grens voor geschenken") == [
        "grens voor geschenken", "< € 50 (4.3, grens en onderwerp afgeleid)", "tussen < € 50 en ≤ € 50",
        "zelfde bedrag, strenger door de grens",
      ])
    let alphen = BufferIO()
    #expect(
      CLI.run(["compare", Support.path("Codes"), "--vs", Support.path("Codes/alphen-aan-den-rijn-2014.ambt")], io: alphen) == 0)
    #expect(
      CompareValueTests.cells(alphen.stdoutText, "grens voor geschenken") == [
        "grens voor geschenken", "≤ € 50 (8.1, grens afgeleid)", "< € 50", "zelfde bedrag, soepeler door de grens",
      ])
    // Without --vs: ≤, <, < has the median < € 50.
    let c = Comparison(documents: CompareValueTests.names.map { Support.load("Codes/\($0).ambt") })
    let gifts = try #require(c.values.first { $0.topic == "geschenken" && $0.kind == .drempel })
    #expect(gifts.median == 50 && gifts.medianWithBound?.boundary == .lt && gifts.medianWithBound?.upper == nil)
    #expect(
      CompareValueTests.cells(ComparisonRenderer(language: .nl).render(c, format: .text), "grens voor geschenken").last
        == "< € 50")
  }

  @Test("the fourth column has a header, in Dutch and English")
  func header() {
    let docs = [Self.code("A", gift: Self.lessThan), Self.code("B", gift: Self.atMost), Self.code("C", gift: Self.atMost)]
    let nl = versus(docs)
    #expect(
      nl.split(separator: "\n")[1]
        == "waarde                 A                             mediaan van de andere codes  tegenover de mediaan")
    #expect(
      CompareValueTests.cells(versus(docs, .en), "value") == ["value", "A", "median of the other codes", "against the median"])
    let md = ComparisonRenderer(language: .en).versus(Comparison(documents: docs), markdown: true)
    #expect(md.contains("\n| value | A | median of the other codes | against the median |\n|---|---|---|---|\n"))
  }

  /// Every compare output of the real codes: both languages, every format, with and without --vs
  /// (computed once).
  static let all = outputs()

  static func outputs() -> [(String, String)] {
    var out: [(String, String)] = []
    for language in ["nl", "en"] {
      for format in ["text", "markdown", "html", "json"] {
        let all = [Support.path("Codes"), "--lang", language, "--format", format]
        for vs in [nil] + CompareValueTests.names {
          let io = BufferIO()
          let args = ["compare"] + all + (vs.map { ["--vs", Support.path("Codes/\($0).ambt")] } ?? [])
          _ = CLI.run(args, io: io)
          out.append(("\(language) \(format) \(vs ?? "-")", io.stdoutText))
        }
      }
    }
    return out
  }

  @Test("no line of any compare output ends in spaces")
  func noTrailingSpaces() {
    for (name, text) in Self.all {
      #expect(!text.isEmpty, "\(name)")
      let lines = text.split(separator: "\n").filter { $0.hasSuffix(" ") || $0.hasSuffix("\t") }
      #expect(lines.isEmpty, "\(name): \(lines.first ?? "")")
    }
  }

  /// Dutch words compare itself writes (document text, topic ids and JSON values aside).
  static let dutch = [
    "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "werkdag", "werkdagen", "uur", "keer", "elk", "elke",
    "per jaar", "binnen", "tussen", "tekst", "afgeleid", "grens", "soort", "onderwerp", "mediaan", "hoger", "lager", "gelijk",
    "strenger", "soepeler", "ontbreekt", "hoofdstuk", "preambule", "slot", "waarde", "regel", "regels", "codes met", "andere",
    "zelfde", "bedrag", "tegenover", "verplichting", "verplichtingen", "herzieningstermijn", "van de",
  ]

  @Test("--lang en: no Dutch word of compare's own in text, Markdown or HTML; JSON keeps its machine values")
  func english() throws {
    let c = Comparison(documents: CompareValueTests.names.map { Support.load("Codes/\($0).ambt") })
    // The document's own words: names of codes and of regulations a code points to.
    let documentText = c.codes.map(\.name) + c.codes.flatMap { ($0.obligations ?? []).flatMap(\.articles) }
    for (name, text) in Self.all where name.hasPrefix("en") && !name.contains("json") {
      var rest = text.lowercased()
      for d in documentText.sorted(by: { $0.count > $1.count }) {
        rest = rest.replacingOccurrences(of: d.lowercased(), with: " ")
      }
      // Obligation ids (`AW17-4-1-misbruik`) are machine names.
      let words = Set(rest.split { !$0.isLetter && $0 != "-" }.map(String.init).filter { !$0.contains("-") })
      let pairs = Set(zip(rest.split(separator: " "), rest.split(separator: " ").dropFirst()).map { "\($0) \($1)" })
      let found = Self.dutch.filter { words.contains($0) || pairs.contains($0) }
      #expect(found.isEmpty, "\(name): \(found)")
    }
    let en = ComparisonRenderer(language: .en).render(c, format: .text)
    #expect(
      CompareValueTests.cells(en, "revolving-door period") == [
        "revolving-door period", "—", "2 years (5.2, topic inferred); 2 years (5.4)", "1 year (1.6) !", "—", "2 years (2.4)",
        "2 years",
      ])
    #expect(CompareValueTests.cells(en, "review interval of the code").dropFirst(5).first == "every 2 years (metadata)")
    #expect(
      CompareValueTests.cells(en, "integrity in reviews, meetings and training: frequency").dropFirst().first
        == "per year (4.6, kind and topic inferred)")
    // The places that cover an obligation (with the linter's catalogue, as `ambt compare` runs).
    let cli = try #require(Self.all.first { $0.0 == "en text -" }?.1)
    let leiderdorp = try #require(cli.split(separator: "\n").first { $0.hasPrefix("AW17-5-1a ") })
    #expect(leiderdorp.contains("preamble, chapter 1  "))
    // JSON: the text for people in English, units and kinds as machine values.
    let json = ComparisonRenderer(language: .en).render(c, format: .json)
    #expect(json.contains("\"text\": \"every 2 years\"") && json.contains("\"unit\": \"maand\""))
    #expect(json.contains("\"text\": \"2 years\"") && json.contains("\"unit\": \"jaar\""))
  }
}
