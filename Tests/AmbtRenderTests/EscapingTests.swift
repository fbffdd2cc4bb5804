import AmbtModel
import AmbtRender
import Testing

@Suite struct EscapingTests {
  /// A code that puts markup, quotes and ampersands everywhere a code can hold text.
  static let hostile = """
    ---
    titel: Code <script>alert("titel")</script> & 'zo'
    organisatie: A&B <b>Gemeente</b> "Test"
    vastgesteld door: college & raad <img src=x onerror=alert(1)>
    vervangt: Code "oud" <i>2019</i> & 'nieuw'
    bron: javascript:alert('bron')
    ---

    Voorwoord met <script>alert(1)</script> & "quotes" en 'apostrofs'.

    # 1. Hoofdstuk <em>één</em> & "twee"

    § 1.1. [Titel <script>x</script> & "y"] Regel met <a href="x">link</a> & 'quote' & &amp; entiteit.
    @onderwerp geschenken
    @norm verbod
    @regeling Regeling <b>giften</b> & "meer"
    @concept schrijf <script>dit</script> & "dat"

    - punt <u>één</u> & "twee"
    a. onderdeel <b>&</b> 'x'

    Uitleg:
    Uitleg met </aside><script>alert(2)</script> & "x".

    ## Kop <h1>niet</h1> & 'x'

    § 1.2. Tekst met een adres https://example.org/?a=1&b="2" en klaar. Zie https://example.org/pad?x=1&y=2.

    # Slot

    Slot <script>alert(3)</script> & "einde".

    # Bijlage 1 <script>bijlage</script> & "x"

    Tekst & <tekst>.
    """

  static let allowedTags: Set<String> = [
    "!doctype", "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "p", "strong",
    "dl", "div", "dt", "dd", "nav", "ol", "ul", "li", "main", "section", "article", "span", "aside", "time", "footer",
  ]

  @Test("the hostile fixture parses without errors")
  func fixtureParses() {
    let r = TestSupport.parse(Self.hostile)
    #expect(TestSupport.errors(r).isEmpty, "\(TestSupport.errors(r))")
  }

  @Test("HTML escapes every piece of document text")
  func htmlEscapes() {
    let doc = TestSupport.parse(Self.hostile).document
    for options in [RenderOptions(), RenderOptions(showAnnotations: true)] {
      let html = HTMLRenderer(options: options).render(doc)
      #expect(!html.contains("<script"))
      #expect(!html.contains("<img"))
      #expect(!html.contains("<b>"))
      #expect(!html.contains("javascript:alert('bron')"))
      #expect(!html.contains("href=\"javascript"))
      #expect(html.contains("&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt; &amp; &#39;zo&#39;"))
      #expect(html.contains("A&amp;B &lt;b&gt;Gemeente&lt;/b&gt; &quot;Test&quot;"))
      #expect(html.contains("&amp;amp; entiteit"))
      #expect(html.contains("&lt;/aside&gt;&lt;script&gt;"))
      // No tag in the output that the renderer does not write itself.
      let unexpected = TestSupport.tagNames(html).subtracting(Self.allowedTags)
      #expect(unexpected.isEmpty, "unexpected tags: \(unexpected.sorted())")
      // An address with a quote in it is not linked, only escaped; a plain one is linked, escaped.
      #expect(html.contains("adres https://example.org/?a=1&amp;b=&quot;2&quot; en"))
      #expect(html.contains("<a href=\"https://example.org/pad?x=1&amp;y=2\">https://example.org/pad?x=1&amp;y=2</a>."))
    }
  }

  @Test("Markdown escapes every piece of document text")
  func markdownEscapes() {
    let doc = TestSupport.parse(Self.hostile).document
    let md = MarkdownRenderer(options: RenderOptions(showAnnotations: true)).render(doc)
    #expect(!md.contains("<script"))
    #expect(!md.contains("<b>"))
    #expect(!md.contains("<img"))
    #expect(md.contains("&lt;script&gt;"))
    #expect(md.contains("A&amp;B"))
    #expect(!md.contains("](javascript"))
    #expect(md.contains("Titel &lt;script&gt;x&lt;/script&gt; &amp; \"y\""))
  }

  @Test("HTML escaping covers the five special characters and drops control characters")
  func htmlFunction() {
    #expect(Escaping.html("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
    #expect(Escaping.html("a\u{0}b\u{7}c") == "abc")
    #expect(Escaping.html("é € ’ 😀") == "é € ’ 😀")
  }

  @Test("Markdown escaping neutralises markup and block starts")
  func markdownFunction() {
    #expect(Escaping.markdown("# kop") == "\\# kop")
    #expect(Escaping.markdown("1. item") == "1\\. item")
    #expect(Escaping.markdown("- item") == "\\- item")
    #expect(Escaping.markdown("*vet* [link](x) <b>") == "\\*vet\\* \\[link\\](x) &lt;b&gt;")
  }

  @Test(
    "only web addresses become links",
    arguments: [
      ("https://example.org", true), ("http://x.nl/a", true), ("javascript:alert(1)", false),
      ("data:text/html,x", false), ("https://a b", false), ("HTTPS://EXAMPLE.ORG", true),
    ])
  func safeURL(_ input: String, _ safe: Bool) {
    #expect(Escaping.isSafeURL(input) == safe)
  }
}
