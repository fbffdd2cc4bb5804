import AmbtDiff
import AmbtModel
import Testing

/// Issue 12, item 4: the text and Markdown views keep titles and lists on their own lines and
/// name the chapter of every rule. The pairs are made from the real codes in `Codes/` by
/// replacing a few words; each replacement is checked to have happened.
@Suite struct DiffLayoutTests {
  static func pair(_ code: String, _ edits: [(String, String)]) throws -> DocumentDiff {
    let old = Support.read("Codes/\(code).ambt")
    var new = old
    for (a, b) in edits {
      let edited = new.replacingOccurrences(of: a, with: b)
      try #require(edited != new, "'\(a)' is not in \(code)")
      new = edited
    }
    return Differ().diff(Support.parse(old, file: "\(code).ambt"), Support.parse(new, file: "\(code)-v2.ambt"))
  }

  /// Leiderdorp 4.3: its binding text is only the title; the gift limit and a list are in the Uitleg.
  static func leiderdorp() throws -> DocumentDiff {
    try pair(
      "leiderdorp-2025",
      [
        ("geschatte waarde van het geschenk minder dan € 50 is.", "geschatte waarde van het geschenk minder dan € 75 is."),
        ("- Geldbedragen.\n", "- Geldbedragen en cadeaubonnen.\n- Kortingen op reizen.\n"),
      ])
  }

  /// Maastricht numbers its rules per theme (`§ 2.` in chapter 3 is rule 3.2): a gift limit in a
  /// rule's exception and a list item under it.
  static func maastricht() throws -> DocumentDiff {
    try pair(
      "maastricht",
      [
        ("is de waarde van het geschenk minder dan 50 euro?", "is de waarde van het geschenk minder dan 25 euro?"),
        ("een bos bloemen, een fles wijn of een boekenbon", "een bos bloemen of een fles wijn"),
      ])
  }

  static func section(_ text: String, _ header: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return "" }
    let end = lines[(start + 1)...].firstIndex(where: { $0.isEmpty }) ?? lines.endIndex
    return lines[start..<end].joined(separator: "\n")
  }

  @Test("text: the list items of a rule stay items, the chapter is named, the amount is set against @drempel")
  func maastrichtText() throws {
    let d = try Self.maastricht()
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    #expect(
      Self.section(text, "Regel 3.2") == """
        Regel 3.2: tekst gewijzigd (hoofdstuk '3. HET TEGENGAAN VAN CORRUPTIE')
          … die je in jouw functie krijgt aangeboden.
          Uitzondering: is de waarde van het geschenk minder dan [-50-]{+25+} euro? Dan mag je het geschenk alleen …
          a. weigeren of teruggeven van een geschenk de gever ernstig zou kwetsen of bijzonder in verlegenheid zou brengen
          b. de schijn van corruptie minimaal is, zoals bij gebruikelijke bedankgiften als een bos bloemen[-,-]{+of+} een fles wijn [-of een boekenbon-]
          c. weigeren, teruggeven of terugsturen praktisch niet te …
          …
          • drempel: < € 50 → < € 25 (strenger) (de tekst zegt nu < € 25, de annotatie @drempel nog € 50) (afgeleid uit de tekst)
        """)
    #expect(
      text.contains(
        "  • regel 3.2 (in '3. HET TEGENGAAN VAN CORRUPTIE'): drempel: < € 50 → < € 25 (strenger) (de tekst zegt nu < € 25, de annotatie @drempel nog € 50) (afgeleid uit de tekst)"
      ))
    let longest = text.split(separator: "\n").map(\.count).max() ?? 0
    #expect(longest < 200, "no line prints a whole rule")
  }

  @Test("text: a change only in the Uitleg shows the rule's title, the explanation's lines and the list")
  func leiderdorpText() throws {
    let d = try Self.leiderdorp()
    #expect(d.hasDifferences)
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    #expect(
      Self.section(text, "Regel 4.3") == """
        Regel 4.3: toelichting gewijzigd (hoofdstuk '4. Tegengaan van corruptie')
          Je neemt geen geschenken aan
          toelichting:
            Uitleg
            … de geschatte waarde van het geschenk minder dan [-€ 50-]{+€ 75+} is. Geschenken zijn materiële zaken die je …
            Hoe persoonlijk het ook lijkt, een geschenk …
            …
            - … een opdracht, subsidie of vergunning).
            - Geldbedragen {+en cadeaubonnen+}.
            - {+Kortingen op reizen.+}
            Je moet alle geschenken melden bij je leidinggevende …
            …
          • drempel: < € 50 → < € 75 (soepeler) (de tekst zegt nu < € 75, de annotatie @drempel nog € 50) (afgeleid uit de tekst)
        """)
  }

  @Test("markdown: titles in bold, list items as a list, paragraphs apart, the chapter named")
  func markdown() throws {
    let md = DiffMarkdownRenderer(language: .nl).render(try Self.maastricht())
    let start = try #require(md.range(of: "**3.2**"))
    #expect(
      String(md[start.lowerBound...]).hasPrefix(
        """
        **3.2**: tekst gewijzigd (hoofdstuk '3. HET TEGENGAAN VAN CORRUPTIE')

        > … die je in jouw functie krijgt aangeboden.
        >
        > Uitzondering: is de waarde van het geschenk minder dan <del>50</del><ins>25</ins> euro? Dan mag je het geschenk alleen …
        >
        > - a. weigeren of teruggeven van een geschenk de gever ernstig zou kwetsen of bijzonder in verlegenheid zou brengen
        > - b. de schijn van corruptie minimaal is, zoals bij gebruikelijke bedankgiften als een bos bloemen<del>,</del><ins>of</ins> een fles wijn <del>of een boekenbon</del>
        > - c. weigeren, teruggeven of terugsturen praktisch niet te …
        >
        > …
        """))
  }

  @Test("HTML: every line of the text a block of its own, list items with their marker")
  func html() throws {
    let html = DiffHTMLRenderer(language: .nl).render(try Self.maastricht())
    #expect(
      html.contains(
        "<span class=\"ln i0\"><span class=\"mk\">b.</span> de schijn van corruptie minimaal is, zoals bij gebruikelijke bedankgiften als een bos bloemen<del>,</del> een fles wijn <del>of een boekenbon</del></span>"
      ))
  }

  @Test("HTML: text outside the rules gets the window of context a rule gets, not the whole passage")
  func htmlPassageWindow() throws {
    let d = try Self.pair(
      "maastricht",
      [("een vorm van slordig handelen", "een vorm van nalatig handelen")])
    let html = DiffHTMLRenderer(language: .nl).render(d)
    let start = try #require(html.range(of: "<section id=\"p1\""))
    let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
    #expect(
      String(html[start.lowerBound..<end.upperBound]) == """
        <section id="p1" aria-labelledby="ph1">
        <h2 id="ph1">hoofdstuk 7. DE NALEVING VAN DE GEDRAGSCODE (tekst buiten de regels)</h2>
        <p><span class="ln">…</span><span class="ln t">Uitleg</span><span class="ln">…</span><span class="ln t">Voorkom schending van de gedragscode</span><span class="ln">… al snel gezien worden als een vorm van <del>slordig</del><ins>nalatig</ins> handelen. Dat kan arbeidsrechtelijke gevolgen hebben. …</span><span class="ln t">Het management heeft een bijzondere rol</span><span class="ln">…</span></p>
        </section>
        """)
  }

  @Test("an inserted list item ends where its line ends, not inside the next one")
  func linesEnd() throws {
    let d = try Self.leiderdorp()
    let c = try #require(d.to("4.3"))
    let inserted = c.explanationWords.filter { $0.op == .insert }.map(\.text)
    #expect(inserted == ["€ 75", "en cadeaubonnen", "Kortingen op reizen."])
  }
}
