import AmbtModel
import AmbtParser
import Testing

/// The byte-level fast paths added for speed (issue 7) give the same answers as the character
/// rules they replace.
@Suite struct FastPathTests {
  @Test("folding: case, diacritics, quotes, dashes and white space")
  func folding() {
    #expect(TextFolding.fold("  Vastgesteld-Op\tÉÉN  ") == "vastgesteld-op een")
    #expect(TextFolding.fold("Geschenken’s `x´ – Ĳssel\u{00A0}€ 50\r\n") == "geschenken's 'x' - ijssel € 50")
    #expect(TextFolding.foldHyphensAsSpaces("Melden-Bij - x-") == "melden bij   x ")
    #expect(TextFolding.fold("") == "" && TextFolding.fold(" \t ") == "")
    #expect(TextFolding.fold("ÆSTHETIC Ωmega 😀") == "aesthetic ωmega 😀")
  }

  @Test("annotation lists split and trim on bytes, keeping exact ranges")
  func annotationLists() throws {
    let text =
      "---\ntitel: t\norganisatie: o\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp  geschenken ,\tnevenwerkzaamheden,,  \n@norm verbod\n@melden bij   leidinggevende ,  integriteitscoördinator\n"
    let r = Checker.check(bytes: Array(text.utf8), file: "x")
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.id))")
    let a = try #require(r.document.articles.first)
    #expect(a.annotations.topics.map(\.value) == ["geschenken", "nevenwerkzaamheden"])
    let bytes = Array(text.utf8)
    for t in a.annotations.topics + a.annotations.reportTo {
      let written = String(decoding: bytes[t.range.start..<t.range.end], as: UTF8.self)
      #expect(!written.hasPrefix(" ") && !written.hasSuffix(" ") && !written.contains(","))
    }
    #expect(a.annotations.reportTo.count == 2)
  }

  @Test("number tokens: ASCII fast path and the character rules agree")
  func numbers() {
    let text =
      "---\ntitel: t\norganisatie: o\n---\n\n# 1. A\n\n§ 1.1. Een.\n@onderwerp geschenken\n@norm verbod\n\n§ 1.2a. Twee.\n@onderwerp geschenken\n@norm verbod\n\n§ 1.3. Drie met é.\n@onderwerp geschenken\n@norm verbod\n"
    let r = Checker.check(bytes: Array(text.utf8), file: "x")
    #expect(r.diagnostics.isEmpty)
    #expect(r.document.articles.map(\.key) == ["1.1", "1.2a", "1.3"])
  }
}
