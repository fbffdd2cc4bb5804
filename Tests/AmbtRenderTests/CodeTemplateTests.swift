import AmbtModel
import AmbtParser
import AmbtRender
import Testing

@Suite struct CodeTemplateTests {
  /// The obligations of law-notes §6a that a starting code must cover, by id.
  static let obligations = [
    "AW17-4-1", "AW17-4-2", "AW17-4-3", "AW17-4-4", "AW17-5-1a", "AW17-7", "AW17-5-1b", "AW17-5-1c", "AW17-5-1d",
    "AW17-5-1e", "WBK-2", "AW17-6", "AW17-8-1a", "AW17-8-2a", "AW17-8-1b", "AW17-8-1c", "AW17-8-1d", "AW17-8-2b",
    "AW17-8-1e", "AW17-9", "AW17-10-1",
  ]

  static func fresh(_ organisation: String = "Leek (GM0022)") throws -> String {
    try #require(CodeTemplate.render(organisation: organisation))
  }

  @Test(
    "a fresh code passes check without errors or warnings, and is canonical",
    arguments: [
      "Leek (GM0022)", "Súdwest-Fryslân", "Provincie Groningen", "A&B <script>x</script> \"q\"", "  meer\nregels\t ", "- # @",
    ])
  func passesCheck(_ organisation: String) throws {
    let text = try Self.fresh(organisation)
    let result = TestSupport.parse(text, file: "nieuw.ambt")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.message.nl })")
    #expect(Formatter.format(result) == text)
  }

  @Test("every obligation of the Ambtenarenwet 2017 is covered by a draft rule with topic and norm")
  func coversObligations() throws {
    let doc = TestSupport.parse(try Self.fresh()).document
    var covered: Set<String> = []
    for article in doc.articles where !article.annotations.covers.isEmpty {
      #expect(article.annotations.draft != nil, "rule \(article.key) covers an obligation but is not a draft")
      #expect(!(article.annotations.draft?.value.isEmpty ?? true), "rule \(article.key) has no draft note")
      #expect(!article.annotations.norms.isEmpty, "rule \(article.key) has no @norm")
      let topics = article.annotations.topics + (doc.chapters.first { $0.articles.contains(article) }?.annotations.topics ?? [])
      #expect(!topics.isEmpty, "rule \(article.key) has no @onderwerp")
      for c in article.annotations.covers { covered.insert(c.value.uppercased()) }
    }
    let missing = Self.obligations.filter { !covered.contains($0.uppercased()) }
    #expect(missing.isEmpty, "not covered: \(missing)")
  }

  @Test("the code is organised on the themes of the current model codes")
  func themes() throws {
    let doc = TestSupport.parse(try Self.fresh()).document
    let titles = doc.chapters.map { $0.title.lowercased() }
    for theme in [
      "omgaan met elkaar", "belangenverstrengeling", "corruptie en geschenken", "informatie", "bedrijfsmiddelen", "privésfeer",
      "naleving",
    ] {
      #expect(titles.contains(theme), "no chapter '\(theme)'")
    }
    #expect(doc.closing != nil)
    #expect(!doc.annexes.isEmpty)
  }

  @Test("organisation is filled in, dates are left to the author")
  func metadata() throws {
    let m = TestSupport.parse(try Self.fresh()).document.metadata
    #expect(m.organisation?.value == "Leek")
    #expect(m.cbsCode?.value == "GM0022")
    #expect(m.title?.value == "Gedragscode ambtenaren gemeente Leek")
    #expect(m.adoptedOn == nil && m.inForce == nil && m.lastReview == nil)
    #expect(m.legalBasis.first?.law == "aw2017")
  }

  @Test("no placeholder is left unfilled")
  func noPlaceholders() throws {
    #expect(!(try Self.fresh()).contains("{{"))
  }
}
