import AmbtModel
import AmbtParser
import Testing

/// `Document.walk`: reading order, descending by default, skipping what a visitor declines, and
/// deep lists without recursion.
@Suite struct DocumentWalkerTests {
  /// Records every event as a short line.
  struct Recorder: DocumentVisitor {
    var events: [String] = []
    var skipArticles: Set<String> = []
    var skipExplanations = false
    mutating func enterPart(_ part: Part, kind: Walk.PartKind) -> Bool {
      events.append("part \(kind)")
      return true
    }
    mutating func enterChapter(_ chapter: Chapter) -> Bool {
      events.append("chapter \(chapter.kind.rawValue) \(chapter.title)")
      return true
    }
    mutating func exitChapter(_ chapter: Chapter) { events.append("end chapter") }
    mutating func enterArticle(_ article: Article, at place: Walk.Place) -> Bool {
      events.append("article \(article.key) in \(place.chapterIndex ?? -1)")
      return !skipArticles.contains(article.key)
    }
    mutating func exitArticle(_ article: Article) { events.append("end article") }
    mutating func enterExplanation(_ explanation: Explanation, at place: Walk.Place) -> Bool {
      events.append("explanation \(explanation.label)")
      return !skipExplanations
    }
    mutating func visitParagraph(_ paragraph: Paragraph, at place: Walk.Place) {
      events.append("p \(paragraph.text) art=\(place.inArticle) expl=\(place.inExplanation) annex=\(place.inAnnex)")
    }
    mutating func visitListItem(_ item: ListItem, depth: Int, at place: Walk.Place) {
      events.append("li \(depth) \(item.text)")
    }
  }

  static let source = """
    ---
    titel: T
    organisatie: G
    ---
    Voorwoord.

    # 1. Eerste

    Inleiding.

    § 1.1. Je meldt het.
    - a
      - b
    - c
    Uitleg:
    Waarom.

    § 1.2. Tweede regel.

    # Slot

    Einde.

    # Bijlage 1. Lijst

    Bijlagetekst.
    """

  @Test("events come in reading order: preamble, chapters, closing, annexes; lists depth first")
  func order() {
    let doc = AmbtParser.parse(Self.source, file: "t.ambt").document
    var r = Recorder()
    doc.walk(&r)
    #expect(
      r.events == [
        "part preamble", "p Voorwoord. art=false expl=false annex=false",
        "chapter chapter Eerste", "p Inleiding. art=false expl=false annex=false",
        "article 1.1 in 0", "p Je meldt het. art=true expl=false annex=false", "li 0 a", "li 1 b", "li 0 c",
        "explanation Uitleg", "p Waarom. art=true expl=true annex=false", "end article",
        "article 1.2 in 0", "p Tweede regel. art=true expl=false annex=false", "end article", "end chapter",
        "part closing", "p Einde. art=false expl=false annex=false",
        "chapter annex Lijst", "p Bijlagetekst. art=false expl=false annex=true", "end chapter",
      ])
  }

  @Test("a visitor that declines an article or explanation does not see inside it")
  func skipping() {
    let doc = AmbtParser.parse(Self.source, file: "t.ambt").document
    var r = Recorder(skipArticles: ["1.2"], skipExplanations: true)
    doc.walk(&r)
    #expect(!r.events.contains("p Waarom. art=true expl=true annex=false"))
    #expect(!r.events.contains { $0.hasPrefix("p Tweede") })
    #expect(r.events.contains("article 1.2 in 0"))
    #expect(r.events.filter { $0 == "end article" }.count == 1)
  }

  @Test("a list nested 10,000 deep is walked without recursion")
  func deepList() {
    var item = ListItem(marker: "-", markerKind: .bullet, label: nil, text: "x", range: .empty)
    for _ in 0..<10_000 {
      item = ListItem(marker: "-", markerKind: .bullet, label: nil, text: "x", range: .empty, children: [item])
    }
    var r = Recorder()
    Document.walk([.list(ListBlock(items: [item], range: .empty))], Walk.Place(), &r)
    #expect(r.events.count == 10_001)
    #expect(r.events.last == "li 10000 x")
  }

  @Test("allChapters is the chapters and then the annexes")
  func allChapters() {
    let doc = AmbtParser.parse(Self.source, file: "t.ambt").document
    #expect(doc.allChapters.map(\.title) == ["Eerste", "Lijst"])
    #expect(doc.articles.map(\.key) == ["1.1", "1.2"])
  }
}
