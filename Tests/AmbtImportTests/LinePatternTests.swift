import Foundation
import Testing

@testable import AmbtImport

/// The importer's byte matchers (`LinePattern`) against the regular expressions they replace, on
/// lines generated from pieces of line starts (a fixed seed, so every run checks the same lines).
@Suite struct LinePatternTests {
  /// SplitMix64: a small generator with a fixed seed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let pieces: [String] = [
    "0", "1", "9", "12", "123", "1234", "2014", ".", "..", ")", "(", " ", " ", "a", "z", "A", "Z", "-", "/", "°", "•", "–", "*",
    "\n", "\r\n", "\u{2028}", "\u{0C}", "é", "e", "x", "(a)", "(12)", "(1234)", "(ab)", "1.2", "1.2.", "1.2.3", "12.345", "- ",
    "nr.", "nr. ", "pagina ", "blz.", "blz", "page", " van ", " of ", ", ", " | ", "gemeente ", "5 juni 2014", "12 mei ", "tekst",
    "a.", "b)", "1)", "• ",
  ]

  static func regex(_ s: String, _ pattern: String) -> Range<String.Index>? { s.range(of: pattern, options: .regularExpression) }

  @Test("each matcher finds what its regular expression finds")
  func agree() {
    var rng = Generator(state: 2026)
    for _ in 0..<12_000 {
      var s = ""
      for _ in 0..<Int.random(in: 0...6, using: &rng) { s += Self.pieces.randomElement(using: &rng)! }
      #expect(LinePattern.numberMarker(s) == Self.regex(s, #"^[0-9]{1,3}[.)](?= |$)"#), "\(s.debugDescription)")
      #expect(LinePattern.letterMarker(s) == Self.regex(s, #"^[a-z][.)](?= )"#), "\(s.debugDescription)")
      #expect(LinePattern.parenLetter(s) == Self.regex(s, #"^\([a-z]\)(?= )"#), "\(s.debugDescription)")
      #expect(LinePattern.parenNumber(s) == Self.regex(s, #"^\([0-9]{1,3}\)(?= )"#), "\(s.debugDescription)")
      #expect(LinePattern.ruleNumber(s) == Self.regex(s, #"^[0-9]{1,3}(\.[0-9]{1,3})+\.?(?= |$)"#), "\(s.debugDescription)")
      #expect(LinePattern.gluedNumber(s) == Self.regex(s, #"^[0-9]{1,3}\.[0-9]{1,3}\.?(?=[A-Z(])"#), "\(s.debugDescription)")
      #expect(
        LinePattern.listMarkerAtStart(s) == (Self.regex(s, #"^([a-z][.)]|[0-9]{1,3}[.)]|\([0-9a-z]{1,3}\))( |$)"#) != nil),
        "\(s.debugDescription)")
      #expect(
        LinePattern.listLine(s) == (Self.regex(s, #"^([-•*–]|[a-z][.)]|[0-9]{1,3}[.)]|\([0-9a-z]{1,3}\)) "#) != nil),
        "\(s.debugDescription)")
      #expect(
        LinePattern.pageNumber(s)
          == (Self.regex(
            s, #"(^|[,|\- ] )(pagina|blz\.?|page) ?[0-9]+( ?(van|/|of) ?[0-9]+)?$"#) != nil),
        "\(s.debugDescription)")
      #expect(LinePattern.dashedNumber(s) == (Self.regex(s, #"^- ?[0-9]{1,3} ?-$"#) != nil), "\(s.debugDescription)")
      #expect(LinePattern.pageFraction(s) == (Self.regex(s, #"^[0-9]{1,3} ?/ ?[0-9]{1,3}$"#) != nil), "\(s.debugDescription)")
      #expect(LinePattern.gazetteNumber(s) == (Self.regex(s, #"^nr\. ?[0-9]+$"#) != nil), "\(s.debugDescription)")
      #expect(LinePattern.yearOrDate(s) == (Self.regex(s, #"^([0-9]{1,2} [a-z]+ )?[0-9]{4}$"#) != nil), "\(s.debugDescription)")
      #expect(LinePattern.numberedStart(s) == (Self.regex(s, #"^[0-9]+(\.[0-9]+)*[.)°]"#) != nil), "\(s.debugDescription)")
    }
  }

  /// Pieces of the metadata's sentences: citations, annex titles, municipality names, CVDR
  /// numbers, dates, and characters that ICU's matching without case or by code point could treat
  /// otherwise (capitals, the dotted and dotless i, the Kelvin sign, a fullwidth B, a combining
  /// accent, an emoji of two UTF-16 units).
  static let metadataPieces: [String] = [
    "aangehaald als ", "aangehaald als", "Aangehaald als ", "de ", "De ", "‘", "’", "'", "\"", "“", "”", "Gedragscode", "x", " ",
    "bijlage", "Bijlage", "BIJLAGEN", "bijlagen", "n", " ", "1", "12", "iv", "X", "v", "I", ".", ":", "İ", "ı", "\u{212A}", "Ｂ",
    "Gemeente ", "gemeente ", "gemeente", "GEMEENTE ", "CVDR", "CVDR123", "cvdr1", "CVD", "R9", "0", "3", "11", "2025", "20251",
    " maart ", " mei ", "juni", " juli ", "december", "-", "/", "\u{301}", "😀", "\n", "é",
  ]

  @Test("each metadata matcher finds what its regular expression finds")
  func metadataAgree() {
    var rng = Generator(state: 2027)
    var cases = ["Deze code kan worden aangehaald als ‘Gedragscode Testdorp’.", "aangehaald als de \"X\" en aangehaald als 'Y'"]
    cases += ["Bijlage 2: Functies", "BIJLAGEN IV. Titel", "bijlage x Titel", "Gemeente Leek", "bron CVDR604015/1", "11-03-2025"]
    cases += ["op 5 juni 2014 vastgesteld", "12 3 mei 2019", "1/2/20199", "123/4/2019"]
    for _ in 0..<12_000 {
      var s = ""
      for _ in 0..<Int.random(in: 0...7, using: &rng) { s += Self.metadataPieces.randomElement(using: &rng)! }
      cases.append(s)
    }
    for s in cases {
      #expect(LinePattern.citedAs(s) == Self.regex(s, #"aangehaald als (de )?[‘'"“]([^’'"”]+)[’'"”]"#), "\(s.debugDescription)")
      #expect(
        LinePattern.annexNumber(s)
          == s.range(of: #"^(bijlage|bijlagen) [0-9ivx]+[.:]? "#, options: [.regularExpression, .caseInsensitive]),
        "\(s.debugDescription)")
      #expect(LinePattern.municipalityWord(s) == Self.regex(s, #"^([Gg]emeente) "#), "\(s.debugDescription)")
      #expect(LinePattern.cvdrNumber(s) == Self.regex(s, #"CVDR[0-9]+"#), "\(s.debugDescription)")
      let months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
      #expect(LinePattern.writtenDate(s) == Self.regex(s, "([0-9]{1,2}) (\(months)) ([0-9]{4})"), "\(s.debugDescription)")
      #expect(
        LinePattern.numericDate(s) == Self.regex(s, #"([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})"#), "\(s.debugDescription)")
    }
  }
}
