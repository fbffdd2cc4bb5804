import AmbtModel

/// The pairing of the rules of two versions of a code.
public struct Alignment: Sendable {
  /// Old rule index → new rule index (indices into `Document.articles` order of chapters + annexes).
  public var oldToNew: [Int: Int]
  /// The similarity of each matched pair, by old index.
  public var similarity: [Int: Double]
  /// Old chapter index → new chapter index, matched by the rules they hold, then by title.
  public var chapterMap: [Int: Int]
  /// New rule index → old rule it was split off from (an unmatched new rule mostly made of it).
  public var splitFrom: [Int: Int]
  /// Old rule index → new rule it was merged into.
  public var mergedInto: [Int: Int]
}

/// Aligns the rules of two versions by content, not by number.
///
/// 1. Rules whose folded normative text is identical are paired first (same key preferred).
/// 2. For the rest an inverted index over words finds candidates that share rare words
///    (document frequency at most `rareLimit`), so no rule is compared with every other rule.
/// 3. Candidate pairs are scored (Dice on word unigrams and bigrams, blended with topic overlap)
///    and assigned greedily from the best score down, above `threshold`.
/// 4. A rule left over on both sides with the same number and title, rewritten in other words,
///    is paired when it shares some words (`sameKeyAndTitleThreshold`).
/// 5. Chapters are paired by where their rules went (majority), then by title.
public struct Aligner: Sendable {
  public var threshold: Double = 0.42
  /// The similarity below `threshold` at which a rule with the same number and title is still
  /// the same rule, rewritten.
  static let sameKeyAndTitleThreshold = 0.15
  public var candidatesPerRule = 24

  public init() {}

  func align(_ old: [ArticleProfile], _ new: [ArticleProfile], oldDoc: Document, newDoc: Document) -> Alignment {
    var oldToNew: [Int: Int] = [:]
    var newTaken = [Bool](repeating: false, count: new.count)
    var similarity: [Int: Double] = [:]

    // 1. Identical text: first with the same key, then in order. Linear: a look-up by text and
    // key, and per text a cursor past the rules already taken (20,000 rules of one text do not
    // make 20,000 scans of 20,000).
    var byText: [String: [Int]] = [:]
    var byTextAndKey: [String: [Int]] = [:]
    for p in new where !p.foldedText.isEmpty {
      byText[p.foldedText, default: []].append(p.index)
      byTextAndKey[p.foldedText + "\u{1F}" + p.article.key, default: []].append(p.index)
    }
    func take(_ o: Int, _ n: Int) {
      oldToNew[o] = n
      newTaken[n] = true
      similarity[o] = 1
    }
    for o in old where !o.foldedText.isEmpty {
      if let n = byTextAndKey[o.foldedText + "\u{1F}" + o.article.key]?.first(where: { !newTaken[$0] }) { take(o.index, n) }
    }
    var cursor: [String: Int] = [:]
    for o in old where oldToNew[o.index] == nil && !o.foldedText.isEmpty {
      guard let list = byText[o.foldedText] else { continue }
      var k = cursor[o.foldedText] ?? 0
      while k < list.count && newTaken[list[k]] { k += 1 }
      cursor[o.foldedText] = k
      if k < list.count { take(o.index, list[k]) }
    }

    // 2. Candidates through an inverted index on words.
    let newIndex = WordIndex(new, rareLimit: max(8, new.count / 25))
    var newByKey: [String: Int] = [:]
    for p in new where newByKey[p.article.key] == nil { newByKey[p.article.key] = p.index }
    var pairs: [(old: Int, new: Int, score: Double, rank: Double)] = []
    for o in old where oldToNew[o.index] == nil {
      var candidates = newIndex.candidates(for: o.words, limit: candidatesPerRule) { !newTaken[$0] }
      // The rule with the same key is always a candidate.
      if let same = newByKey[o.article.key], !newTaken[same], !candidates.contains(same) {
        candidates.append(same)
      }
      for n in candidates {
        let s = o.similarity(to: new[n])
        guard s >= threshold else { continue }
        var rank = s
        if new[n].article.key == o.article.key { rank += 0.03 }
        let relOld = old.count > 1 ? Double(o.index) / Double(old.count - 1) : 0
        let relNew = new.count > 1 ? Double(n) / Double(new.count - 1) : 0
        rank -= 0.01 * abs(relOld - relNew)
        pairs.append((o.index, n, s, rank))
      }
    }

    // 3. Greedy assignment, best first.
    pairs.sort { $0.rank != $1.rank ? $0.rank > $1.rank : ($0.old, $0.new) < ($1.old, $1.new) }
    for p in pairs where oldToNew[p.old] == nil && !newTaken[p.new] {
      oldToNew[p.old] = p.new
      newTaken[p.new] = true
      similarity[p.old] = p.score
    }

    // 4. A rule rewritten in other words keeps its number and its title: left over on both
    // sides with the same key and the same title, and some words in common, it is one rule.
    var leftByKey: [String: Int] = [:]
    for p in new where !newTaken[p.index] && leftByKey[p.article.key] == nil { leftByKey[p.article.key] = p.index }
    for o in old where oldToNew[o.index] == nil {
      guard let n = leftByKey[o.article.key], !newTaken[n], let t = o.article.title, !t.isEmpty,
        let u = new[n].article.title, TextFolding.fold(t) == TextFolding.fold(u)
      else { continue }
      let s = o.similarity(to: new[n])
      guard s >= Self.sameKeyAndTitleThreshold else { continue }
      oldToNew[o.index] = n
      newTaken[n] = true
      similarity[o.index] = s
    }

    // Splits and merges: an unmatched rule mostly contained in a matched one.
    var splitFrom: [Int: Int] = [:]
    var mergedInto: [Int: Int] = [:]
    let newToOld = Dictionary(uniqueKeysWithValues: oldToNew.map { ($1, $0) })
    let oldIndex = WordIndex(old, rareLimit: max(8, old.count / 25))
    for n in new where newToOld[n.index] == nil && n.features.count >= 4 {
      var best: (Int, Double)?
      for o in oldIndex.candidates(for: n.words, limit: 8, where: { oldToNew[$0] != nil }) {
        let c = n.containment(in: old[o])
        if c >= 0.6, best == nil || c > best!.1 { best = (o, c) }
      }
      if let best, let partner = oldToNew[best.0], old[best.0].foldedText != new[partner].foldedText {
        splitFrom[n.index] = best.0
      }
    }
    for o in old where oldToNew[o.index] == nil && o.features.count >= 4 {
      var best: (Int, Double)?
      for n in newIndex.candidates(for: o.words, limit: 8, where: { newToOld[$0] != nil }) {
        let c = o.containment(in: new[n])
        if c >= 0.6, best == nil || c > best!.1 { best = (n, c) }
      }
      if let best, let partner = newToOld[best.0], old[partner].foldedText != new[best.0].foldedText {
        mergedInto[o.index] = best.0
      }
    }

    return Alignment(
      oldToNew: oldToNew, similarity: similarity,
      chapterMap: Aligner.chapters(old, new, oldToNew, oldDoc: oldDoc, newDoc: newDoc),
      splitFrom: splitFrom, mergedInto: mergedInto)
  }

  /// Pairs chapters by the number of rules that went from one to the other, then by title.
  static func chapters(
    _ old: [ArticleProfile], _ new: [ArticleProfile], _ oldToNew: [Int: Int], oldDoc: Document, newDoc: Document
  ) -> [Int: Int] {
    var votes: [Int: [Int: Int]] = [:]
    for (o, n) in oldToNew { votes[old[o].chapterIndex, default: [:]][new[n].chapterIndex, default: 0] += 1 }
    var edges: [(Int, Int, Int)] = []
    for (oc, targets) in votes { for (nc, c) in targets { edges.append((oc, nc, c)) } }
    edges.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
    var map: [Int: Int] = [:]
    var taken = Set<Int>()
    for (oc, nc, _) in edges where map[oc] == nil && !taken.contains(nc) {
      map[oc] = nc
      taken.insert(nc)
    }
    // Chapters without matched rules: by folded title.
    let oldChapters = Array(oldDoc.allChapters)
    let newChapters = Array(newDoc.allChapters)
    for (oc, chapter) in oldChapters.enumerated() where map[oc] == nil {
      let t = TextFolding.fold(chapter.title)
      if let nc = newChapters.indices.first(where: { !taken.contains($0) && TextFolding.fold(newChapters[$0].title) == t }) {
        map[oc] = nc
        taken.insert(nc)
      }
    }
    return map
  }
}

/// An inverted index from folded words to the rules that contain them.
struct WordIndex {
  var postings: [String: [Int]] = [:]
  /// Words in at most this many rules count as rare: they tell rules apart.
  var rareLimit: Int

  init(_ profiles: [ArticleProfile], rareLimit: Int) {
    self.rareLimit = rareLimit
    for p in profiles { for w in Set(p.words) { postings[w, default: []].append(p.index) } }
  }

  /// The rules sharing the most rare words with `words` (all words when none is rare),
  /// best first, at most `limit`.
  func candidates(for words: [String], limit: Int, where include: (Int) -> Bool) -> [Int] {
    let distinct = Set(words)
    var keys = distinct.filter { (postings[$0]?.count ?? 0) <= rareLimit }
    if keys.isEmpty { keys = distinct.filter { postings[$0] != nil } }
    var counts: [Int: Int] = [:]
    for w in keys { for n in postings[w] ?? [] where include(n) { counts[n, default: 0] += 1 } }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
  }
}
