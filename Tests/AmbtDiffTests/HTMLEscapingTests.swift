import AmbtDiff
import AmbtModel
import Testing

@Suite struct HTMLEscapingTests {
  @Test("every piece of document text is escaped in the diff page")
  func diffPage() {
    let old = Support.code(
      "# 1. Tekst & <b>titel</b>\n\n§ 1.1. Je schrijft nooit <script>alert(\"x\")</script> of 'quotes' & zo in een bericht aan burgers.\n",
      title: "Code <script>alert(1)</script> & \"zo\"")
    let new = Support.code(
      "# 1. Tekst & <b>titel</b>\n\n§ 1.1. Je schrijft nooit <script>alert(\"y\")</script> of 'quotes' & zo in een bericht aan burgers.\n\n§ 1.2. Nieuw: <img src=x onerror=alert(1)> & meer regels voor iedereen.\n",
      title: "Code <script>alert(2)</script> & \"zo\"")
    let html = DiffHTMLRenderer(language: .nl).render(Differ().diff(old, new))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(html.contains("&amp;"))
    #expect(html.contains("&quot;"))
    #expect(html.contains("&#39;quotes&#39;"))
    #expect(html.contains("<html lang=\"nl\">"))
    #expect(html.contains("<del>") && html.contains("<ins>"))
    let en = DiffHTMLRenderer(language: .en).render(Differ().diff(old, new))
    #expect(en.contains("<html lang=\"en\">"))
  }

  @Test("Markdown escapes document text")
  func markdown() {
    let old = Support.code("# 1. A\n\n§ 1.1. Tekst met *ster* en <script>x</script> en | pijp.\n")
    let new = Support.code("# 1. A\n\n§ 1.1. Tekst met *ster* en <script>y</script> en | pijp.\n")
    let md = DiffMarkdownRenderer(language: .nl).render(Differ().diff(old, new))
    #expect(!md.contains("<script>"))
    #expect(md.contains("\\*ster\\*"))
    #expect(md.contains("\\|"))
  }

  @Test("the compare page escapes organisation names")
  func comparePage() {
    let a = Support.parse(
      "---\ntitel: A\norganisatie: A&B <i>\n---\n\n# 1. X\n\n§ 1.1. Geen geschenken boven € 50.\n@onderwerp geschenken\n@drempel € 50\n"
    )
    let b = Support.parse(
      "---\ntitel: B\norganisatie: \"C\"\n---\n\n# 1. X\n\n§ 1.1. Geen geschenken boven € 25.\n@onderwerp geschenken\n@drempel € 25\n"
    )
    let html = ComparisonRenderer(language: .nl).render(Comparison(documents: [a, b]), format: .html)
    #expect(!html.contains("<i>"))
    #expect(html.contains("A&amp;B &lt;i&gt;"))
    #expect(html.contains("&quot;C&quot;"))
  }
}
