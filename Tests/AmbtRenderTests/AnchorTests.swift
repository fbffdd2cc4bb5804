import AmbtModel
import AmbtRender
import Testing

@Suite struct AnchorTests {
  static func code(rule72 text: String, extra: String = "") -> String {
    """
    ---
    titel: Ankers
    organisatie: Voorbeeld
    ---

    # 7. Geschenken

    \(extra)
    § 7.1. Eerste regel.

    § 7.2. \(text)
    1. Eerste lid.
    2. Tweede lid.

    § 7.3. Derde regel.
    @zie 7.2 lid 2
    """
  }

  @Test("a rule's anchor comes from its key, not from its text or position")
  func stableAcrossTextChanges() {
    let before = HTMLRenderer().render(TestSupport.parse(Self.code(rule72: "Je neemt geen geschenken aan.")).document)
    let after = HTMLRenderer().render(
      TestSupport.parse(
        Self.code(
          rule72: "Je neemt geen geschenken, diensten of uitnodigingen aan, tenzij je leidinggevende instemt.",
          extra: "Een nieuwe inleiding bij het hoofdstuk.\n\n## Een nieuwe kop\n")
      ).document)
    for html in [before, after] {
      #expect(html.contains("<article class=\"rule\" id=\"regel-7-2\">"))
      #expect(html.contains("<a class=\"rule-number\" href=\"#regel-7-2\">7.2.</a>"))
      #expect(html.contains("<li id=\"regel-7-2-lid-2\">"))
      #expect(html.contains("id=\"hoofdstuk-7\""))
    }
    #expect(TestSupport.ids(before).filter { $0.hasPrefix("regel-") } == TestSupport.ids(after).filter { $0.hasPrefix("regel-") })
  }

  @Test("Markdown uses the same anchors as HTML")
  func markdownAnchors() {
    let md = MarkdownRenderer().render(TestSupport.parse(Self.code(rule72: "Tekst.")).document)
    #expect(md.contains("<a id=\"regel-7-2\"></a>"))
    #expect(md.contains("<a id=\"hoofdstuk-7\"></a>"))
  }

  @Test("references in annotations link to the rule they name")
  func referencesLink() {
    let html = HTMLRenderer(options: RenderOptions(showAnnotations: true)).render(
      TestSupport.parse(Self.code(rule72: "Tekst.")).document)
    #expect(html.contains("<a href=\"#regel-7-2\">7.2 lid 2</a>"))
  }

  @Test("per-chapter numbering gives keys, and so anchors, that include the chapter")
  func perChapter() {
    let source = """
      ---
      titel: Per hoofdstuk
      organisatie: Voorbeeld
      nummering: per hoofdstuk
      ---

      # 1. Een

      § 1. Regel.

      # 2. Twee

      § 1. Regel.
      """
    let html = HTMLRenderer().render(TestSupport.parse(source).document)
    #expect(html.contains("id=\"regel-1-1\""))
    #expect(html.contains("id=\"regel-2-1\""))
  }

  @Test("slugs are lowercase ASCII with single hyphens")
  func slugs() {
    #expect(Escaping.slug("7.2") == "7-2")
    #expect(Escaping.slug("Financiële belangen!") == "financiele-belangen")
    #expect(Escaping.slug("IV") == "iv")
    #expect(Escaping.slug("  ") == "")
  }
}
