import AmbtModel
import AmbtTestSupport
import Testing

@testable import AmbtParser

/// `Lines` (a line split, decoded and classified when the parser reads it) gives the lines
/// `Lexer.lines` gives for the whole file, on the real codes, the invalid fixtures and random
/// files mixing every kind of line end, a byte order mark, invalid UTF-8, NUL bytes, indentation
/// and the characters where bytes and characters part.
@Suite struct LinesTests {
  static let ends = ["\n", "\n", "\n", "\r\n", "\r", "\r\r\n", "\n\r"]
  static let starts = ["", "", "  ", "\t", " \t ", "    ", "\u{301}", " \u{301}", "\u{FEFF}"]

  static func file(_ r: inout SeededRandom) -> [UInt8] {
    var bytes: [UInt8] = r.below(4) == 0 ? [0xEF, 0xBB, 0xBF] : []
    for _ in 0..<r.below(12) {
      var line = r.pick(starts) + FastPathEquivalenceTests.line(&r, maxPieces: 8)
      if r.below(4) == 0 { line += r.pick([" ", "\t", "  \t"]) }
      bytes += Array(line.utf8)
      if r.below(10) == 0 { bytes.append(r.pick([0xFF, 0xC3, 0x80, 0x00, 0xE2, 0x82])) }
      if r.below(8) != 0 { bytes += Array(r.pick(ends).utf8) }
    }
    return bytes
  }

  static func compare(_ bytes: [UInt8], order: inout SeededRandom) -> Bool {
    var diagnostics: [Diagnostic] = []
    let sanitized = Lexer.validate(bytes, diagnostics: &diagnostics, file: "x")
    let expected = Lexer.lines(of: sanitized, text: String(decoding: sanitized, as: UTF8.self))
    let lines = Lines(bytes: sanitized, starts: LineTable(bytes: bytes).lineStarts)
    guard lines.count == expected.count else { return false }
    // In order, as the parser mostly reads, then at random, as look-ahead does.
    let indices = Array(expected.indices) + (0..<expected.count).map { _ in order.below(expected.count) }
    for k in indices {
      let a = lines[k]
      let b = expected[k]
      guard
        a.range == b.range, a.contentStart == b.contentStart, a.indent == b.indent, a.indentHasTab == b.indentHasTab,
        a.kind == b.kind, Array(a.content.utf8) == Array(b.content.utf8),
        a.content.map(String.init) == b.content.map(String.init),
        a.contentRange == b.contentRange
      else { return false }
    }
    return true
  }

  @Test("lines read one at a time are the lexer's, on random files")
  func random() {
    var r = SeededRandom(state: 0x5DEE_CE66_D1CE_4E5B)
    var order = SeededRandom(state: 17)
    for _ in 0..<5_000 {
      let bytes = Self.file(&r)
      #expect(Self.compare(bytes, order: &order), "\(bytes)")
    }
    for edge: [UInt8] in [[], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A], [0x0A], [0x0D], [0x0D, 0x0A], [0x61, 0x0D]] {
      #expect(Self.compare(edge, order: &order), "\(edge)")
    }
  }

  @Test("lines read one at a time are the lexer's, on the codes and fixtures", arguments: LexerTests.allFixtures)
  func fixtures(path: String) {
    var order = SeededRandom(state: 3)
    #expect(Self.compare(Repo.bytes(path), order: &order))
  }
}
