import AmbtModel
import AmbtSemantics

/// The parts of a diff beyond the rules: the text outside them, the order of the chapters, the
/// words of explanations, and whether a change of text is only one of form.
extension Differ {
  /// The text outside the rules of each place both versions have (preamble, every matched
  /// chapter or annex, closing) that changed, word-diffed and read for changes of meaning.
  static func passages(_ old: Document, _ new: Document, chapterMap: [Int: Int]) -> [PassageChange] {
    var out: [PassageChange] = []
    func compare(_ a: [Item], _ b: [Item], place: LocalizedText, describes: Bool = false) {
      let oldText = looseText(a)
      let newText = looseText(b)
      guard TextFolding.fold(oldText) != TextFolding.fold(newText) || oldText != newText else { return }
      let runs = plainWordDiff(TextBlocks.loose(a), TextBlocks.loose(b))
      guard runs.contains(where: { $0.op != .equal }) else { return }
      let all: TextKinds = [.amounts, .periods, .norms, .roles]
      let semantic = TextComparer(kinds: all, describes: describes).compare(
        RuleText(Article(label: "", number: "", key: "", items: a.filter { !isArticle($0) })),
        RuleText(Article(label: "", number: "", key: "", items: b.filter { !isArticle($0) })))
      out.append(
        PassageChange(
          place: place, oldText: oldText, newText: newText, words: runs, semantic: semantic,
          editorial: isEditorial(runs, oldText, newText)))
    }
    compare(old.preamble.items, new.preamble.items, place: LocalizedText("diff.differ.place.preamble"), describes: true)
    let oldChapters = Array(old.allChapters)
    let newChapters = Array(new.allChapters)
    for (o, n) in chapterMap.sorted(by: { $0.value < $1.value }) {
      let title = newChapters[n].displayTitle
      compare(
        oldChapters[o].items, newChapters[n].items,
        place: LocalizedText("diff.differ.place.chapter-title-text-outside", ["title": "\(title)"]))
    }
    compare(old.closing?.items ?? [], new.closing?.items ?? [], place: LocalizedText("diff.differ.place.closing"))
    return out
  }

  static func isArticle(_ item: Item) -> Bool {
    if case .article = item { return true }
    return false
  }

  /// The text of the items that are not rules, explanations included, one line per block.
  static func looseText(_ items: [Item]) -> String {
    var parts: [String] = []
    for item in items where !isArticle(item) { item.collectText(into: &parts, includeExplanations: true) }
    return parts.joined(separator: "\n")
  }

  /// The explanations and examples of a rule as written, one line per block.
  static func rawExplanation(_ article: Article) -> String {
    var parts: [String] = []
    for item in article.items {
      if case .explanation = item { item.collectText(into: &parts, includeExplanations: true) }
    }
    return parts.joined(separator: "\n")
  }

  /// A word diff without renumbering (for text outside rules and explanations).
  static func plainWordDiff(_ a: [Token], _ b: [Token]) -> [DiffRun] {
    if a.map(\.text) == b.map(\.text) { return [] }
    var runs: [DiffRun] = []
    var i = 0
    var j = 0
    func push(_ op: DiffRun.Op, _ t: Token) {
      if let last = runs.last, last.op == op {
        runs[runs.count - 1].tokens.append(t)
      } else {
        runs.append(DiffRun(op: op, tokens: [t], followsRenumbering: false))
      }
    }
    for op in WordDiff.script(a.map(\.text), b.map(\.text)) {
      switch op {
      case .equal:
        push(.equal, b[j])
        i += 1
        j += 1
      case .delete:
        push(.delete, a[i])
        i += 1
      case .insert:
        push(.insert, b[j])
        j += 1
      }
    }
    return DiffLines.endAtLines(WordDiff.normalized(runs))
  }

  /// Whether every changed stretch of a word diff is only a change of form: punctuation, case,
  /// accents or spacing; the spelling of one word (at most two letters, in a word of six or
  /// more, not two words the analyser knows); or another notation of the same amount (`€ 50,-` → `50 euro`, `vijftig euro`).
  static func isEditorial(_ runs: [DiffRun], _ oldText: String, _ newText: String) -> Bool {
    if Tokenizer.contentWords(oldText) == Tokenizer.contentWords(newText) { return true }
    var deleted: [Token] = []
    var inserted: [Token] = []
    var regions: [([Token], [Token], [Token])] = []
    for r in runs {
      switch r.op {
      case .equal:
        // The unchanged word after a stretch can be its unit ("2" → "twee" before "weken").
        let following = Array(r.tokens.lazy.filter { $0.kind != .punctuation }.prefix(1))
        if !deleted.isEmpty || !inserted.isEmpty { regions.append((deleted, inserted, following)) }
        deleted = []
        inserted = []
      case .delete: if !r.followsRenumbering { deleted += r.tokens }
      case .insert: if !r.followsRenumbering { inserted += r.tokens }
      }
    }
    if !deleted.isEmpty || !inserted.isEmpty { regions.append((deleted, inserted, [])) }
    return regions.allSatisfy { editorialRegion($0.0, $0.1, following: $0.2) }
  }

  static let currencyWords: Set<String> = ["euro", "eur", "€", "-", ",-", "euros"]

  static func editorialRegion(_ a: [Token], _ b: [Token], following: [Token] = []) -> Bool {
    let x = a.filter { $0.kind != .punctuation }.map { TextFolding.fold($0.text) }
    let y = b.filter { $0.kind != .punctuation }.map { TextFolding.fold($0.text) }
    if x == y { return true }
    // (A d/t slip at the end of a verb: "beoordeeld" → "beoordeelt", both words the analyser
    // knows, is a slip of spelling all the same.)
    if x.count == 1, y.count == 1, x[0].count >= 5, x[0].dropLast() == y[0].dropLast(),
      Set([x[0].last, y[0].last]) == Set<Character?>(["d", "t"])
    {
      return true
    }
    if x.count == 1, y.count == 1, min(x[0].count, y[0].count) >= 6, editDistance(x[0], y[0]) <= 2,
      x[0].unicodeScalars.allSatisfy({ !("0"..."9").contains($0) }),
      !(NormAnalyser.shared.knowsWord(x[0]) && NormAnalyser.shared.knowsWord(y[0]))
    {
      return true
    }
    // The same amount or period in another notation, read in the stretches alone or with the
    // unchanged word after them ("2" → "twee" before "weken").
    return sameQuantity(a, b) || !following.isEmpty && sameQuantity(a + following, b + following)
  }

  /// Whether two stretches write the same amounts (`€ 50,-`, `vijftig euro`) or the same periods
  /// (`twee weken`, `veertien dagen`, `een jaar`, `twaalf maanden`), and nothing else.
  static func sameQuantity(_ a: [Token], _ b: [Token]) -> Bool {
    let x = a.filter { $0.kind != .punctuation }.map { TextFolding.fold($0.text) }
    let y = b.filter { $0.kind != .punctuation }.map { TextFolding.fold($0.text) }
    let (oldAmounts, oldWords) = amounts(a)
    let (newAmounts, newWords) = amounts(b)
    if !oldAmounts.isEmpty && oldAmounts == newAmounts {
      // Every word of the stretches is part of how the amounts are written.
      let written = oldWords.union(newWords).union(currencyWords)
      return (x + y).allSatisfy { written.contains($0) }
    }
    let (oldPeriods, oldPeriodWords) = periods(a)
    let (newPeriods, newPeriodWords) = periods(b)
    guard !oldPeriods.isEmpty, oldPeriods == newPeriods else { return false }
    let written = oldPeriodWords.union(newPeriodWords)
    return (x + y).allSatisfy { written.contains($0) }
  }

  /// The periods the analyser reads in a stretch of tokens, each as an exact length in its
  /// smallest whole unit (a year is twelve months, a week seven days; a werkdag stays its own
  /// unit), with the folded words they are written with.
  static func periods(_ tokens: [Token]) -> ([String], Set<String>) {
    let text = tokens.map(\.text).joined(separator: " ")
    let found = NormAnalyser.shared.analyse("Je meldt het binnen \(text).").flatMap(\.periods)
    let words = found.flatMap { Tokenizer.contentWords($0.written) }
    let exact = found.map { p -> String in
      switch p.unit {
      case .jaar: return "\(p.value * 12) maand"
      case .week: return "\(p.value * 7) dag"
      default: return "\(p.value) \(p.unit.rawValue)"
      }
    }
    return (exact, Set(words))
  }

  /// The amounts (in euros) the analyser reads in a stretch of tokens, in order, with the folded
  /// words they are written with.
  static func amounts(_ tokens: [Token]) -> ([Double], Set<String>) {
    let text = tokens.map(\.text).joined(separator: " ")
    let found = NormAnalyser.shared.analyse("Je houdt \(text).").flatMap(\.amounts)
    let words = found.flatMap { Tokenizer.contentWords($0.written) }
    return (found.map(\.value), Set(words))
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > 2 { return 3 }
    var previous = Array(0...y.count)
    for i in 1...max(1, x.count) where !x.isEmpty {
      var row = [i] + Array(repeating: 0, count: y.count)
      for j in 1...max(1, y.count) where !y.isEmpty {
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      previous = row
    }
    return previous[y.count]
  }

  /// The matched chapters that left their place in the order: those outside a longest run that
  /// kept its order (new indices).
  static func reordered(_ chapterMap: [Int: Int]) -> Set<Int> {
    let pairs = chapterMap.sorted { $0.value < $1.value }  // in new order
    let olds = pairs.map(\.key)
    guard olds.count > 1 else { return [] }
    // Longest increasing subsequence of the old indices, O(n log n).
    var tails: [Int] = []
    var tailIndex: [Int] = []
    var parent = Array(repeating: -1, count: olds.count)
    for (k, v) in olds.enumerated() {
      var lo = 0
      var hi = tails.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if tails[mid] < v { lo = mid + 1 } else { hi = mid }
      }
      if lo > 0 { parent[k] = tailIndex[lo - 1] }
      if lo == tails.count {
        tails.append(v)
        tailIndex.append(k)
      } else {
        tails[lo] = v
        tailIndex[lo] = k
      }
    }
    var keep = Set<Int>()
    var k = tailIndex.last ?? -1
    while k >= 0 {
      keep.insert(k)
      k = parent[k]
    }
    return Set(pairs.indices.filter { !keep.contains($0) }.map { pairs[$0].value })
  }
}
