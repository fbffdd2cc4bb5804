import AmbtModel
import Foundation
import Testing

@testable import AmbtSemantics

/// The cache of analyses: a text read again, anywhere in a file, gives what a fresh reading gives,
/// and the cache stays within its two generations.
@Suite struct AnalysisCacheTests {
  /// Every field of an analysis, as text, so that two analyses compare field by field.
  static func fields(_ s: SentenceAnalysis) -> String {
    "\(s.text)|\(s.range)|\(s.modality)|\(s.modalities)|\(s.negated)|\(s.addressee ?? "-")|\(s.reportTo)|\(s.consentBy)"
      + "|\(s.action ?? "-")|\(s.topics)|\(s.amounts)|\(s.periods)|\(String(describing: s.temporal))|\(s.references)"
      + "|\(String(describing: s.clause))|\(s.norms)|\(s.question)|\(s.qualified)|\(s.wordText)|\(s.conditional)"
  }

  @Test("a text read again at another offset gives a fresh reading's ranges and fields")
  func shifted() {
    let analyser = NormAnalyser(lexicon: .shared)
    let text = """
      Geschenken tot vijftig euro mag je houden; meld ze binnen twee weken bij je leidinggevende, \
      zie artikel 4.2. Je meldt nevenwerk niet later dan 1 maart.
      """
    let lead = analyser.prepare(leadIn: "Je meldt bij je leidinggevende:")
    let first = analyser.analyse(text, base: 0, prepared: lead, context: .rule)
    #expect(analyser.cache.count == 1)
    let again = analyser.analyse(text, base: 1_234, prepared: lead, context: .rule)
    #expect(analyser.cache.count == 1)
    let fresh = analyser.read(text, base: 1_234, lead: lead.lead, context: .rule)
    #expect(again.map(Self.fields) == fresh.map(Self.fields))
    #expect(first.count == fresh.count && first.count >= 2)
    #expect(zip(first, again).allSatisfy { $0.range.start + 1_234 == $1.range.start })
    let starts = { (x: [SentenceAnalysis]) in
      (
        x.flatMap(\.amounts).map(\.range.start), x.flatMap(\.periods).map(\.range.start),
        x.flatMap(\.references).map(\.range.start)
      )
    }
    let (a0, p0, r0) = starts(first)
    let (a1, p1, r1) = starts(again)
    #expect(!a0.isEmpty && !p0.isEmpty && !r0.isEmpty)
    #expect(a1 == a0.map { $0 + 1_234 } && p1 == p0.map { $0 + 1_234 } && r1 == r0.map { $0 + 1_234 })
    // Another lead-in or another context is another text.
    _ = analyser.analyse(text, base: 0, prepared: nil, context: .rule)
    _ = analyser.analyse(text, base: 0, prepared: lead, context: .explanation)
    #expect(analyser.cache.count == 3)
  }

  @Test("the cache holds at most two generations of texts")
  func bounded() {
    let analyser = NormAnalyser(lexicon: .shared)
    let n = AnalysisCache.generation * 2 + 50
    for i in 0..<n { _ = analyser.analyse("Je meldt geschenken boven € \(i) bij je leidinggevende.") }
    #expect(analyser.cache.count <= AnalysisCache.generation * 2)
    #expect(analyser.cache.count > AnalysisCache.generation)
    // The most recent texts are still known: reading one again adds nothing.
    let before = analyser.cache.count
    _ = analyser.analyse("Je meldt geschenken boven € \(n - 1) bij je leidinggevende.")
    #expect(analyser.cache.count == before)
    // A long text is read but not kept.
    let long = String(repeating: "Je meldt elk geschenk bij je leidinggevende. ", count: 200)
    _ = analyser.analyse(long)
    #expect(analyser.cache.count == before)
  }

  @Test("byteRange finds what range(of:) finds in folded text, within bounds")
  func byteRange() {
    let text = " je meldt het niet; zie ook je leidinggevende "
    #expect(text.byteRange(of: " je ") == text.range(of: " je "))
    let after = text.byteRange(of: " je ")!.upperBound
    #expect(text.byteRange(of: " je", in: after..<text.endIndex) == text.range(of: " je", range: after..<text.endIndex))
    #expect(text.byteRange(of: " nooit ") == nil)
    let sub = text[after...]
    #expect(sub.byteRange(of: "zie").map { text[$0] } == "zie")
    #expect("€ 50 en € 75".byteRange(of: "75").map { "€ 50 en € 75"[$0] } == "75")
  }

  @Test("mentions(_:within:_:) finds a phrase of several words as it finds one word")
  func mentionsWithinPhrases() {
    let s = NormAnalyser.shared.analyseSentence("Je neemt het alleen aan met toestemming van de werkgever.")
    #expect(s.mentions(["met"], within: 3, ["van de werkgever"]))
    #expect(s.mentions(["met"], within: 3, ["van de werk"]))
    #expect(!s.mentions(["met"], within: 1, ["van de werkgever"]))
    #expect(!s.mentions(["met"], within: 3, ["van het college"]))
    #expect(s.mentions(["met"], within: 1, ["toestem"]))
  }
}
