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
    /// The rule's title when it is a question this unit, the first paragraph, answers ("[Mag ik
    /// nevenwerk doen?] Nee."): the answer is read with it, as the linter reads it.
    var question: (text: String, base: Int)? = nil
  }

  var binding: [Unit] = []
  var explanation: [Unit] = []

  init(_ article: Article) {
    if let title = article.title, !title.isEmpty {
      binding.append(RuleText.unit(title, leadIn: nil, base: article.headerRange.start))
    }
    let first = binding.count
    collect(article.items, inExplanation: false)
    if let title = article.title, title.hasSuffix("?"), first < binding.count, binding[first].leadIn == nil {
      binding[first].question = (title, article.headerRange.start)
    }
  }

  /// A paragraph that leads into the list after it ends with a colon; without its trailing
  /// spaces, as the linter reads it.
  static func leadIn(_ text: String) -> String? {
    var end = text.utf8.endIndex
    while end > text.utf8.startIndex, [0x20, 0x09].contains(text.utf8[text.utf8.index(before: end)]) {
      end = text.utf8.index(before: end)
    }
    guard end > text.utf8.startIndex, text.utf8[text.utf8.index(before: end)] == 0x3A else { return nil }
    var start = text.utf8.startIndex
    while start < end, [0x20, 0x09].contains(text.utf8[start]) { start = text.utf8.index(after: start) }
    return String(text[start..<end])
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
        leadIn = RuleText.leadIn(p.text)
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
    analyseLed(units, explanation: explanation).sentences
  }

  /// The analyses of `units`, each with the lead-in of the list item it stands in (nil outside a
  /// list).
  static func analyseLed(_ units: ArraySlice<Unit>, explanation: Bool)
    -> (sentences: [SentenceAnalysis], leadIns: [String?])
  {
    let analyser = NormAnalyser.shared
    var out: [SentenceAnalysis] = []
    var leadIns: [String?] = []
    for u in units {
      var read = analyser.analyse(u.text, base: u.base, leadIn: u.leadIn, context: explanation ? .explanation : .rule)
      if let q = u.question, let asked = analyser.analyse(q.text, base: q.base, context: .heading).last, asked.question {
        read = Array(analyser.readingAnswers([asked] + read).dropFirst())
      }
      // ("Mag je …? Ja, mits …", "Bij wie meld je …? Bij …": an answer in the text is read with
      // its question, as the linter reads it.)
      // (Only an answer read as one: a sentence after a question that states a case keeps its own
      // amounts, which the question's would repeat.)
      for k in read.indices.dropFirst() where read[k - 1].question {
        if let answered = analyser.answer(read[k], to: read[k - 1]) { read[k] = answered }
      }
      out += read
      leadIns += Array(repeating: u.leadIn, count: read.count)
    }
    return (out, leadIns)
  }
}

extension RuleText {

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
