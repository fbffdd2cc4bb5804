import AmbtModel
import Foundation
import Testing

@testable import AmbtParser

@Suite struct LexerTests {
  static var allFixtures: [String] {
    Repo.codes + Repo.files(in: "Tests/Fixtures/invalid", ext: "ambt")
  }

  @Test("lines tile the source byte for byte", arguments: allFixtures)
  func lossless(path: String) {
    let bytes = Repo.bytes(path)
    var diags: [Diagnostic] = []
    let sanitized = Lexer.validate(bytes, diagnostics: &diags, file: path)
    let text = String(decoding: sanitized, as: UTF8.self)
    let lines = Lexer.lines(of: sanitized, text: text)
    var rebuilt: [UInt8] = []
    var expectedStart = 0
    for line in lines {
      #expect(line.range.start == expectedStart)
      rebuilt += sanitized[line.range.start..<line.range.end]
      expectedStart = line.range.end
    }
    #expect(rebuilt == sanitized)
    #expect(sanitized.count == bytes.count)
  }

  @Test("classifies the markers")
  func classification() {
    #expect(Lexer.classify("# 1. Titel") == .heading1)
    #expect(Lexer.classify("#hashtag") == .text)
    #expect(Lexer.classify("## De regels") == .heading2)
    #expect(Lexer.classify("§ 1.1. Tekst") == .article)
    #expect(Lexer.classify("@onderwerp geschenken") == .annotation)
    #expect(Lexer.classify("@ 5") == .text)
    #expect(Lexer.classify("Uitleg:") == .label(.uitleg))
    #expect(Lexer.classify("Voorbeelden:") == .label(.voorbeelden))
    #expect(Lexer.classify("Uitleg: met tekst") == .text)
    #expect(Lexer.classify("// commentaar") == .comment)
    #expect(Lexer.classify("\\# geen kop") == .escaped)
    #expect(Lexer.classify("---") == .fence)
    if case .listItem(let m) = Lexer.classify("a. eerste") {
      #expect(m.kind == .letter && m.label == "a")
    } else {
      Issue.record("a. is a list item")
    }
    if case .listItem(let m) = Lexer.classify("(2) tweede") {
      #expect(m.kind == .number && m.label == "2")
    } else {
      Issue.record("(2) is a list item")
    }
    if case .listItem(let m) = Lexer.classify("• punt") { #expect(m.kind == .bullet) } else { Issue.record("• is a list item") }
    #expect(Lexer.classify("2014. Een jaartal") == .text)
    #expect(Lexer.classify("1.1 is geen lijst") == .text)
  }
}
