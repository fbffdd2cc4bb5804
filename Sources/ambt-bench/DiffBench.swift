// The differ's own benchmark (from the diff branch; numbers in docs/diff.md), reached with
// `ambt-bench [OLD NEW]` or `ambt-bench diff [OLD NEW]`, as scripts/bench-diff.sh calls it.
import AmbtDiff
import AmbtModel
import AmbtParser
import Foundation

enum DiffBench {
  static func parse(_ source: String, _ name: String) -> Document { AmbtParser.parse(source, file: name).document }

  static func median(_ runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[times.count / 2]
  }

  static func run(_ args: [String]) {
    let oldPath = args.count > 0 ? args[0] : "Codes/leek.ambt"
    let newPath = args.count > 1 ? args[1] : "Tests/AmbtDiffTests/Fixtures/leek-v2.ambt"
    if let a = try? String(contentsOfFile: oldPath, encoding: .utf8),
      let b = try? String(contentsOfFile: newPath, encoding: .utf8)
    {
      let x = parse(a, oldPath)
      let y = parse(b, newPath)
      var diff: DocumentDiff?
      let ms = median(21) { diff = Differ().diff(x, y) }
      print(
        "real: \(oldPath) (\(x.articles.count) rules) vs \(newPath) (\(y.articles.count) rules): \(String(format: "%.2f", ms)) ms (diff only, median of 21)"
      )
      let parseMs = median(21) {
        _ = parse(a, oldPath)
        _ = parse(b, newPath)
      }
      print("      parsing both: \(String(format: "%.2f", parseMs)) ms; \(diff!.summary)")
    }
    for n in [5000, 20000] { sameText(n) }
    for n in [1000, 2000] {
      let code = SyntheticCode(articles: n)
      let x = parse(code.source(), "old")
      let y = parse(code.nextVersion(), "new")
      var diff: DocumentDiff?
      let ms = median(5) { diff = Differ().diff(x, y) }
      print(
        "synthetic: \(x.articles.count) vs \(y.articles.count) rules: \(String(format: "%.1f", ms)) ms (diff only, median of 5); \(diff!.summary)"
      )
    }
  }

  /// `n` rules with one and the same text, renumbered by a chapter put in front: the pairing of
  /// identical texts must stay linear (issue 12: 20,000 such rules once took 79 s, 5,000 took 4 s).
  static func sameText(_ n: Int) {
    func code(first: Int) -> String {
      var out = "---\ntitel: Gelijk\norganisatie: Bench\n---\n\n"
      for c in 0..<(n / 50) {
        out += "# \(c + first). Hoofdstuk\n\n"
        for k in 1...50 { out += "§ \(c + first).\(k). Je meldt nevenwerkzaamheden bij je leidinggevende.\n\n" }
      }
      return out
    }
    let x = parse(code(first: 1), "old")
    let y = parse(code(first: 2), "new")
    var diff: DocumentDiff?
    let ms = median(3) { diff = Differ().diff(x, y) }
    print(
      "same text: \(x.articles.count) rules renumbered: \(String(format: "%.1f", ms)) ms (diff only, median of 3); \(diff!.summary)"
    )
  }
}
