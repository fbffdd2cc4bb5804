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
    #expect(TextFolding.fold("ÆSTHETIC Ωmega 😀") == "æsthetic ωmega 😀")
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

/// The table-driven `TextFolding.fold` against the plain scalar-by-scalar definition.
@Suite struct FoldEquivalenceTests {
  static func reference(_ s: String, hyphensAsSpaces: Bool) -> String {
    var out = ""
    var lastWasSpace = true
    for u in s.unicodeScalars {
      var mapped: String
      if u.value < 0x80 {
        switch u.value {
        case 0x41...0x5A: mapped = String(Character(Unicode.Scalar(u.value + 32)!))
        case 0x09...0x0D, 0x20: mapped = " "
        case 0x60: mapped = "'"
        default: mapped = String(Character(u))
        }
      } else {
        mapped = TextFolding.foldScalarForTesting(u)
      }
      for c in mapped {
        if c == " " {
          if !lastWasSpace { out.append(" ") }
          lastWasSpace = true
        } else {
          out.append(c)
          lastWasSpace = false
        }
      }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return hyphensAsSpaces ? out.replacingOccurrences(of: "-", with: " ") : out
  }

  @Test("fold equals the scalar-by-scalar definition on random text", arguments: 0..<20)
  func randomText(seed: Int) {
    var rng = FormatterTests.SeededRandom(state: UInt64(seed) &+ 77)
    let alphabet = Array("aZ é ÉëÏöÜçñÀÿØ’‘“”–—-\t\n\r  \u{00A0}€😀ĳĲ`´ÆΩ1.,;:ßİ")
    for _ in 0..<200 {
      let s = String((0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
      #expect(TextFolding.fold(s) == Self.reference(s, hyphensAsSpaces: false), "\(s.debugDescription)")
      #expect(TextFolding.foldHyphensAsSpaces(s) == Self.reference(s, hyphensAsSpaces: true), "\(s.debugDescription)")
    }
  }

  @Test("fold equals the definition on the real codes")
  func realCodes() {
    for path in Repo.codes {
      let text = String(decoding: Repo.bytes(path), as: UTF8.self)
      for line in text.split(separator: "\n").prefix(400) {
        #expect(TextFolding.fold(String(line)) == Self.reference(String(line), hyphensAsSpaces: false))
      }
    }
  }
}
