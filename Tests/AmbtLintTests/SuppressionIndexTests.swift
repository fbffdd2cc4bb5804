import AmbtModel
import AmbtParser
import Testing

@testable import AmbtLint

/// `SuppressionIndex` finds for each finding exactly the scopes a scan of every scope finds.
@Suite struct SuppressionIndexTests {
  /// What `Linter` did before the index: every scope of the rule whose range contains the offset.
  static func scan(_ scopes: [(rule: String, range: SourceRange?)], rule: String, at offset: Int) -> [Int] {
    scopes.indices.filter { k in
      guard scopes[k].rule == rule else { return false }
      guard let r = scopes[k].range else { return true }
      return r.start <= offset && offset < max(r.end, r.start + 1)
    }
  }

  @Test("chapters with rules, shared ranges, empty ranges, whole-code scopes: the same as a scan")
  func sameAsScan() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<40 {
      var scopes: [(rule: String, range: SourceRange?)] = []
      let rules = ["a", "b", "c"]
      var offset = 0
      // Chapters of rules, as the parser makes them: disjoint chapters, disjoint rules inside.
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        let chapterStart = offset
        var ruleRanges: [SourceRange] = []
        for _ in 0..<Int.random(in: 0...5, using: &rng) {
          let start = offset + Int.random(in: 0...3, using: &rng)
          let end = start + Int.random(in: 0...20, using: &rng)
          ruleRanges.append(SourceRange(start: start, end: end))
          offset = max(end, start + 1)
        }
        let chapter = SourceRange(start: chapterStart, end: offset + Int.random(in: 0...4, using: &rng))
        offset = chapter.end + 1
        for _ in 0..<Int.random(in: 0...2, using: &rng) { scopes.append((rules.randomElement(using: &rng)!, chapter)) }
        for r in ruleRanges {
          for _ in 0..<Int.random(in: 0...2, using: &rng) { scopes.append((rules.randomElement(using: &rng)!, r)) }
        }
      }
      for _ in 0..<Int.random(in: 0...2, using: &rng) { scopes.append((rules.randomElement(using: &rng)!, nil)) }
      scopes.shuffle(using: &rng)
      let index = SuppressionIndex(scopes)
      for at in 0...(offset + 2) {
        for rule in rules + ["d"] {
          #expect(index.scopes(rule: rule, at: at).sorted() == Self.scan(scopes, rule: rule, at: at), "\(scopes) \(rule)@\(at)")
        }
      }
    }
  }
}

/// A file full of broken references gets a suggestion for the first `Validator.suggestionLimit`
/// different numbers and "check the number" after them (each suggestion compares with every rule).
@Suite struct BrokenReferenceLimitTests {
  @Test("suggestions stop after the limit; repeated numbers reuse theirs")
  func limit() {
    var text = "---\ntitel: T\norganisatie: O\n---\n# 1. H\n"
    for k in 1...30 { text += "§ 1.\(k). R\nTekst.\n" }
    // 600 different broken numbers close to a real one, then the first again.
    for k in 0..<600 { text += "§ 2.\(k). S\n@zie 1.\(100 + k)\nTekst.\n" }
    text += "§ 3.1. S\n@zie 1.100\nTekst.\n"
    let result = AmbtParser.parse(text, file: "x.ambt")
    let broken = Validator.validate(result.document).filter { $0.id == "unresolved-reference" }
    #expect(broken.count == 601)
    let hints = broken.map { $0.hint?.text(.en) ?? "" }
    #expect(hints.prefix(500).allSatisfy { $0.hasPrefix("did you mean") })
    #expect(hints[500..<600].allSatisfy { $0 == "check the number" })
    #expect(hints[600] == hints[0])
  }
}
