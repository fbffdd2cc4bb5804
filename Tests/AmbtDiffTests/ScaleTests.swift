import AmbtDiff
import AmbtModel
import AmbtParser
import Testing

/// Correctness at scale (timings are in `ambt-bench`, not in tests).
@Suite struct ScaleTests {
  @Test("two synthetic 1,000-rule codes: swapped chapters stay renumbering, few moves")
  func synthetic() {
    let code = SyntheticCode(articles: 1000)
    let old = AmbtParser.parse(code.source(), file: "old").document
    let new = AmbtParser.parse(code.nextVersion(), file: "new").document
    #expect(old.articles.count == 1000)
    let same = Differ().diff(old, old)
    #expect(!same.hasDifferences)
    let d = Differ().diff(old, new)
    let s = d.summary
    // The generator deletes about 2%, adds about 2% and moves about 1% of the rules.
    #expect((10...35).contains(s.removed))
    #expect((10...35).contains(s.added))
    #expect(s.moved <= 15)
    // Chapters 1 and 2 were swapped: their rules are renumbered, not moved.
    let swapped = d.changes.filter { $0.old?.key.hasPrefix("1.") == true && $0.status == .matched }
    #expect(swapped.allSatisfy { $0.new!.key.hasPrefix("2.") || $0.moved })
  }
}
