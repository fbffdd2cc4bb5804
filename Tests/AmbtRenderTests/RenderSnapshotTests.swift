import AmbtModel
import AmbtRender
import Testing

/// Golden renderings of the five real codes. Re-record with `AMBT_RECORD=1 swift test`.
@Suite struct RenderSnapshotTests {
  @Test("HTML rendering of every real code matches its snapshot", arguments: TestSupport.codes)
  func html(_ name: String) throws {
    let result = try TestSupport.code(name)
    #expect(TestSupport.errors(result).isEmpty, "the code has errors: \(TestSupport.errors(result))")
    TestSupport.assertSnapshot(HTMLRenderer().render(result.document), named: "\(name).html")
  }

  @Test("Markdown rendering of every real code matches its snapshot", arguments: TestSupport.codes)
  func markdown(_ name: String) throws {
    let result = try TestSupport.code(name)
    TestSupport.assertSnapshot(MarkdownRenderer().render(result.document), named: "\(name).md")
  }

  @Test("the reviewer rendering with annotations matches its snapshot")
  func annotated() throws {
    let result = try TestSupport.code("leek")
    let options = RenderOptions(showAnnotations: true)
    TestSupport.assertSnapshot(HTMLRenderer(options: options).render(result.document), named: "leek.annotations.html")
    TestSupport.assertSnapshot(MarkdownRenderer(options: options).render(result.document), named: "leek.annotations.md")
  }

  @Test("every real code renders with headings in order, unique ids and working internal links", arguments: TestSupport.codes)
  func structure(_ name: String) throws {
    let result = try TestSupport.code(name)
    for showAnnotations in [false, true] {
      let html = HTMLRenderer(options: RenderOptions(showAnnotations: showAnnotations)).render(result.document)
      let levels = TestSupport.headingLevels(html)
      #expect(levels.first == 1)
      #expect(levels.filter { $0 == 1 }.count == 1)
      for (previous, next) in zip(levels, levels.dropFirst()) {
        #expect(next <= previous + 1, "heading h\(next) follows h\(previous)")
      }
      let ids = TestSupport.ids(html)
      #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
      for href in TestSupport.attributeValues("href", in: html) where href.hasPrefix("#") {
        #expect(ids.contains(String(href.dropFirst())), "link \(href) has no target")
      }
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
      for article in result.document.articles {
        #expect(html.contains("id=\"regel-\(Escaping.slug(article.key))\""), "no anchor for \(article.key)")
      }
    }
  }
}
