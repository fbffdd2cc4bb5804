import AmbtModel
import AmbtTestSupport
import Foundation
import Testing

@testable import AmbtSemantics

/// The lint-speed work's phrase queries: a prepared `PhraseList` mentions what the list of
/// strings mentions, and `affirms` on bytes agrees with `affirms` on strings, on the sentences of
/// the labelled corpus and random phrases made from their words.
@Suite struct PhraseQueryTests {
  typealias Random = SeededRandom

  struct Entry: Decodable {
    var text: String
    var leadIn: String?
  }

  static let sentences: [SentenceAnalysis] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    var out: [SentenceAnalysis] = []
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    where name.hasSuffix(".jsonl") {
      let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
      for line in text.split(separator: "\n") {
        guard let e = try? JSONDecoder().decode(Entry.self, from: Data(line.utf8)) else { continue }
        out += NormAnalyser.shared.analyse(e.text, leadIn: e.leadIn)
      }
    }
    return out
  }()

  @Test("phrases: prepared lists mention what string lists mention; affirming on bytes agrees with strings")
  func phrases() {
    let sentences = Self.sentences
    #expect(sentences.count > 900)
    var r = Random(state: 17)
    let negators = Array(NormAnalyser.shared.lexicon.negators)
    var affirmed = 0
    for (k, s) in sentences.enumerated() {
      let words = s.foldedWords
      for _ in 0..<4 {
        var phrases: [String] = []
        for _ in 0..<r.below(5) {
          switch r.below(6) {
          case 0 where !words.isEmpty:
            // A word, or the start of one, or two words in a row.
            let i = r.below(words.count)
            let w = words[i]
            phrases.append(
              r.below(2) == 0 ? String(w.prefix(1 + r.below(w.count))) : i + 1 < words.count ? w + " " + words[i + 1] : w)
          case 1: phrases.append(r.pick(negators))
          case 2: phrases.append(" " + (words.first ?? "x"))
          case 3: phrases.append(r.pick(["geen", "niet", "melden", "x", "", "gesch", "é", "jaar verslag"]))
          default: phrases.append(r.pick(words.isEmpty ? ["a"] : words))
          }
        }
        #expect(s.mentions(PhraseList(phrases)) == s.mentions(phrases), "\(k) \(phrases)")
        #expect(s.mentionedPhrases(PhraseList(phrases)) == phrases.indices.filter { s.mentions([phrases[$0]]) }, "\(phrases)")
        if let bytes = s.affirmsOnBytes(phrases) {
          #expect(bytes == s.affirmsByStrings(phrases), "\(s.wordText) \(phrases)")
          if bytes { affirmed += 1 }
        }
      }
    }
    #expect(affirmed > 100)
  }

  @Test("topic terms: a word's prefix read on bytes agrees with String.hasPrefix")
  func prefixesOnBytes() {
    var r = Random(state: 29)
    let pieces = ["a", "b", "ge", "geschenk", "e", "\u{301}", "é", "K", "\u{212A}", "k", "-", "'", " ", "\r", "\n", "\u{A0}", ""]
    for _ in 0..<30_000 {
      let word = (0..<r.below(5)).map { _ in r.pick(pieces) }.joined()
      let prefix = (0..<r.below(3)).map { _ in r.pick(pieces) }.joined()
      let bytes = Array(word.utf8)
      let fast = bytes.withUnsafeBufferPointer { TopicReader.hasPrefixOnBytes($0, prefix) }
      let reference = String(decoding: bytes, as: UTF8.self).hasPrefix(prefix)
      #expect((fast ?? reference) == reference, "\(word.unicodeScalars.map(\.value)) \(prefix.unicodeScalars.map(\.value))")
    }
    // On the corpus: every word against every multi-word topic term's last-word prefix.
    let table = NormAnalyser.shared.lexicon.table
    var prefixes: [String] = []
    for term in table!.terms { if case .start(let p) = term.last { prefixes.append(p) } }
    #expect(!prefixes.isEmpty)
    for s in Self.sentences.prefix(300) {
      let words = s.wordText.split(separator: " ").map(String.init)
      for w in words {
        for p in prefixes.prefix(40) {
          let fast = Array(w.utf8).withUnsafeBufferPointer { TopicReader.hasPrefixOnBytes($0, p) }
          #expect((fast ?? w.hasPrefix(p)) == w.hasPrefix(p), "\(w) \(p)")
        }
      }
    }
  }

  @Test("sentence words: the columns built in one pass are the tokens' fields in order")
  func sentenceWords() throws {
    let lexicon = NormAnalyser.shared.lexicon
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    var checked = 0
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    where name.hasSuffix(".jsonl") {
      let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
      for line in text.split(separator: "\n").prefix(150) {
        guard let e = try? JSONDecoder().decode(Entry.self, from: Data(line.utf8)) else { continue }
        let folded = FoldedText(e.text)
        let tokens = Tokenizer.tokens(folded, source: Array(e.text.utf8), base: 0, lexicon: lexicon)
        let lead = Array(tokens.prefix(3))
        for (leadTokens, leadBytes) in [([Token](), [UInt8]()), (lead, folded.bytes)] {
          let words = SentenceWords(lead: leadTokens, leadBytes: leadBytes, tokens, bytes: folded.bytes)
          let all = leadTokens + tokens
          #expect(words.ids == all.map(\.id))
          #expect(words.kinds == all.map(\.kind))
          let flags: [WordFlags] = words.infos.map { $0.flags }
          let expectedFlags: [WordFlags] = all.map { $0.info.flags }
          #expect(flags == expectedFlags)
          let topics: [UInt64] = words.infos.map { $0.topics }
          let expectedTopics: [UInt64] = all.map { $0.info.topics }
          #expect(topics == expectedTopics)
          let starts: [Int32] = words.spans.map { $0.start }
          let ends: [Int32] = words.spans.map { $0.end }
          #expect(starts == all.map { Int32($0.start) } && ends == all.map { Int32($0.end) })
          let inLead: [Bool] = words.spans.map { $0.inLead }
          #expect(inLead == Array(repeating: true, count: leadTokens.count) + Array(repeating: false, count: tokens.count))
          #expect(words.lead == leadBytes && words.text == folded.bytes)
          checked += 1
        }
      }
    }
    #expect(checked > 500)
  }

  @Test("word starts: counted first, then written, as appending found them")
  func wordStarts() {
    for s in Self.sentences {
      var t = s.wordText
      let expected = t.withUTF8 { hay -> [UInt16] in
        guard hay.count <= Int(UInt16.max) else { return [] }
        var offsets: [UInt16] = []
        var i = 1
        while i < hay.count {
          if hay[i - 1] == 0x20 { offsets.append(UInt16(i)) }
          i += 1
        }
        return offsets
      }
      #expect(SentenceAnalysis.starts(of: s.wordText).1 == expected)
    }
    #expect(SentenceAnalysis.starts(of: "").1.isEmpty && SentenceAnalysis.starts(of: " ").1.isEmpty)
    #expect(SentenceAnalysis.starts(of: "  ").1 == [1])
  }
}
