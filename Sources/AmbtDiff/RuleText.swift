import AmbtModel
import AmbtSemantics

/// A rule's text in the units the norm analyser reads: the title, each paragraph and each list
/// item (read with the paragraph or item that leads into it, as the linter does), the binding
/// text and the explanations apart. Units are analysed lazily and each at most once.
struct RuleText {
  struct Unit {
    var text: String
    var leadIn: String?
    var base: Int
    /// The folded lead-in and text: units with equal keys read the same.
    var key: String
  }

  var binding: [Unit] = []
  var explanation: [Unit] = []

  init(_ article: Article) {
    if let title = article.title, !title.isEmpty {
      binding.append(RuleText.unit(title, leadIn: nil, base: article.headerRange.start))
    }
    collect(article.items, inExplanation: false)
  }

  static func unit(_ text: String, leadIn: String?, base: Int) -> Unit {
    let key = (leadIn.map { TextFolding.fold($0) + "\u{1F}" } ?? "") + TextFolding.fold(text)
    return Unit(text: text, leadIn: leadIn, base: base, key: key)
  }

  private mutating func collect(_ items: [Item], inExplanation: Bool) {
    func add(_ u: Unit) {
      if inExplanation { explanation.append(u) } else { binding.append(u) }
    }
    var leadIn: String?
    for item in items {
      switch item {
      case .paragraph(let p):
        add(RuleText.unit(p.text, leadIn: nil, base: p.range.start))
        let trimmed = p.text.trimmingCharacters(in: .whitespaces)
        leadIn = trimmed.hasSuffix(":") ? trimmed : nil
      case .list(let l):
        func walk(_ list: [ListItem], lead: String?) {
          for li in list {
            add(RuleText.unit(li.text, leadIn: lead, base: li.range.start))
            walk(li.children, lead: li.text.hasSuffix(":") ? li.text : lead)
          }
        }
        walk(l.items, lead: leadIn)
        leadIn = nil
      case .explanation(let e):
        collect(e.items, inExplanation: true)
        leadIn = nil
      case .heading, .article:
        leadIn = nil
      }
    }
  }

  /// The sentences of `units` as the analyser reads them.
  static func analyse(_ units: ArraySlice<Unit>, explanation: Bool) -> [SentenceAnalysis] {
    let analyser = NormAnalyser.shared
    var out: [SentenceAnalysis] = []
    for u in units {
      out += analyser.analyse(u.text, base: u.base, leadIn: u.leadIn, context: explanation ? .explanation : .rule)
    }
    return out
  }

  /// The stretches where two unit lists differ, around their longest common subsequence:
  /// pairs of old and new index ranges, either of which may be empty.
  static func hunks(_ a: [Unit], _ b: [Unit]) -> [(old: Range<Int>, new: Range<Int>)] {
    let n = a.count
    let m = b.count
    // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    if n > 0 && m > 0 {
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          lcs[i][j] = a[i].key == b[j].key ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
      }
    }
    var out: [(Range<Int>, Range<Int>)] = []
    var i = 0
    var j = 0
    var startI = 0
    var startJ = 0
    func flush() {
      if startI < i || startJ < j { out.append((startI..<i, startJ..<j)) }
    }
    while i < n || j < m {
      if i < n && j < m && a[i].key == b[j].key {
        flush()
        i += 1
        j += 1
        startI = i
        startJ = j
      } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
        j += 1
      } else {
        i += 1
      }
    }
    flush()
    return out
  }
}
