import AmbtModel
import AmbtParser
import Testing

/// The one text layer (issue 10): one fold for every search, with a map back to the source.
@Suite struct TextLayerTests {
  @Test("NFC and NFD fold alike; every space, dash and invisible character is unified")
  func oneFold() {
    let nfc = "Financi\u{EB}le belangen na be\u{EB}indiging"
    let nfd = "Financie\u{308}le belangen na bee\u{308}indiging"
    #expect(TextFold.fold(nfc) == "financiele belangen na beeindiging")
    #expect(TextFold.fold(nfd) == TextFold.fold(nfc))
    #expect(TextFold.fold("Wet\u{2009}bescherming\u{202F}persoons\u{AD}gegevens") == "wet bescherming persoonsgegevens")
    #expect(TextFold.fold("a\u{2012}b\u{2015}c\u{2212}d\u{2011}e") == "a-b-c-d-e")
    #expect(TextFold.fold("\u{FEFF}\u{FB01}nanci\u{EB}n \u{201E}x\u{201D} \u{2018}y\u{2019}") == "financien \"x\" 'y'")
    #expect(TextFold.fold("\u{141}\u{F3}d\u{17A} \u{110}ak") == "lodz dak")
  }

  @Test("a folded match maps back to the exact source bytes")
  func offsets() {
    let source = "Je  meldt\u{2009}het be\u{308}indigen  bij je leidinggevende."
    let text = FoldedText(source, base: 100)
    #expect(text.string == "je meldt het beindigen bij je leidinggevende.")
    let bytes = Array(source.utf8)
    func written(_ phrase: String) -> String {
      let needle = Array(TextFold.fold(phrase).utf8)
      guard let at = text.firstIndex(of: needle) else { return "<none>" }
      let r = text.sourceRange(at..<(at + needle.count))
      return String(decoding: bytes[(r.start - 100)..<(r.end - 100)], as: UTF8.self)
    }
    #expect(written("meldt het") == "meldt\u{2009}het")
    #expect(written("beindigen bij") == "be\u{308}indigen  bij")
    #expect(written("leidinggevende") == "leidinggevende")
    #expect(text.sourceOffset(text.bytes.count) == 100 + bytes.count)
  }

  @Test("decomposed diacritics resolve topics, and collapsed spaces do not shift annotation values")
  func parserUsesTheLayer() {
    let text =
      "---\ntitel: t\norganisatie: o\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp financie\u{308}le belangen\n@norm meldplicht\n@melden  bij leidinggevende\n"
    let r = Checker.check(bytes: Array(text.utf8), file: "x")
    #expect(r.diagnostics.map(\.id) == [], "\(r.diagnostics.map { $0.message.en })")
    #expect(r.document.articles.first?.annotations.topics.map(\.value) == ["financiele-belangen"])
    #expect(r.document.articles.first?.annotations.reportTo.map(\.value) == ["leidinggevende"])
  }

  @Test("byte search does not follow canonical equivalence, and says so in its name")
  func containsBytes() {
    #expect("caf\u{E9}".containsBytes("caf\u{E9}"))
    #expect(!"caf\u{E9}".containsBytes("cafe\u{301}"))
    #expect(TextFold.fold("caf\u{E9}").containsBytes(TextFold.fold("cafe\u{301}")))
    #expect(!"abc".containsBytes(""))
  }
}
