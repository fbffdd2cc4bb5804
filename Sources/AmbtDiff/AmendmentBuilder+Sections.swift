import AmbtModel

/// Chapters and annexes: which stay (and are changed in place), which go, which come.
extension AmendmentBuilder {
  /// The pairs that stay in place: the heaviest subsequence increasing in both versions (a
  /// chapter or rule that moved against the others is removed and inserted where it now stands).
  static func kept(_ pairs: [(old: Int, new: Int, weight: Int)]) -> Set<Int> {
    let p = pairs.sorted { $0.new < $1.new }
    var best = p.map(\.weight)
    var back = Array(repeating: -1, count: p.count)
    for i in p.indices {
      for j in 0..<i where p[j].old < p[i].old && best[j] + p[i].weight > best[i] {
        best[i] = best[j] + p[i].weight
        back[i] = j
      }
    }
    var out = Set<Int>()
    var k = best.indices.max { best[$0] < best[$1] } ?? -1
    while k >= 0 {
      out.insert(p[k].old)
      k = back[k]
    }
    return out
  }

  /// Instructions for the chapters (or annexes) of both versions; false when an old chapter
  /// that must be named cannot be.
  mutating func sections(kind: ChapterKind) -> Bool {
    let olds = old.chapters.indices.filter { old.chapters[$0].kind == kind }
    let news = new.chapters.indices.filter { new.chapters[$0].kind == kind }
    let pairs = sectionPairs.filter { olds.contains($0.key) }.map {
      (old: $0.key, new: $0.value, weight: old.lines(ofSection: $0.key).count)
    }
    let keptOld = Self.kept(pairs)
    var keptFor: [Int: Int] = [:]
    for (o, n) in sectionPairs where keptOld.contains(o) { keptFor[n] = o }
    var removed = Set<Int>()
    var i = 0
    while i < news.count {
      if let o = keptFor[news[i]] {
        guard removeSections(olds, keptOld, &removed, before: o), reference(section: o) != nil else { return false }
        chapter(o, news[i])
        i += 1
        continue
      }
      var j = i
      while j < news.count, keptFor[news[j]] == nil { j += 1 }
      let run = Array(news[i..<j])
      let text = QuotedText(lines: run.flatMap { [""] + Self.code(new.lines(ofSection: $0)) }.dropFirst().map { $0 })
      let inserted: InsertedKind = kind == .annex ? .annex : .chapter
      let instruction: AmendmentInstruction
      if i > 0, let anchor = keptFor[news[i - 1]], let ref = reference(section: anchor) {
        instruction = AmendmentInstruction(.chapter(ref), .insert(inserted, count: run.count, place: .after, text))
      } else if j < news.count, let anchor = keptFor[news[j]], let ref = reference(section: anchor) {
        instruction = AmendmentInstruction(.chapter(ref), .insert(inserted, count: run.count, place: .before, text))
      } else if keptFor.isEmpty {
        instruction = AmendmentInstruction(.document, .insert(inserted, count: run.count, place: .end, text))
      } else {
        return false
      }
      add([instruction])
      for n in run { insertionPart["c\(n)"] = parts.count - 1 }
      i = j
    }
    return removeSections(olds, keptOld, &removed, before: Int.max)
  }

  /// `Hoofdstuk … vervalt.` for the old chapters before `limit` that do not stay.
  private mutating func removeSections(_ olds: [Int], _ keptOld: Set<Int>, _ removed: inout Set<Int>, before limit: Int) -> Bool {
    for o in olds where o < limit && !keptOld.contains(o) && !removed.contains(o) {
      guard let ref = reference(section: o) else { return false }
      removed.insert(o)
      add([AmendmentInstruction(.chapter(ref), .remove)])
      if sectionPairs[o] != nil { removalPart["c\(o)"] = parts.count - 1 }
    }
    return true
  }

  /// The instructions for a chapter that stays: its heading, its rules, and then its own text.
  mutating func chapter(_ o: Int, _ n: Int) {
    guard let ref = reference(section: o) else { return }
    var heading: [AmendmentInstruction] = []
    let (a, b) = (old.sections[o].heading, new.sections[n].heading)
    if a != b {
      if let number = new.chapters[n].number, Renumbering.heading(a, to: Self.stripped(number)) == b {
        heading = [AmendmentInstruction(.chapter(ref), .renumber(to: Self.stripped(number), last: nil))]
      } else {
        heading = [AmendmentInstruction(.chapter(ref), .retitle(QuotedText(lines: [b])))]
      }
    }
    let target = Self.code(new.lines(ofSection: n))
    for (ranges, deletions) in [(true, true), (false, true), (false, false)] {
      var plan = rules(o, n, ref: ref, ranges: ranges, deletions: deletions)
      plan.parts.insert(heading, at: 0)
      plan.parts.removeAll { $0.isEmpty }
      var probe = old
      guard (try? plan.parts.joined().forEach { try probe.apply($0) }) != nil else { continue }
      var current = Self.code(probe.lines(ofSection: o))
      if current != target {
        // What the rules do not explain: the chapter's own text, in a few words or not at all.
        guard let r = ReplacementFinder.replacements(old: current, new: target, deletions: deletions) else { continue }
        let items = r.map { AmendmentInstruction(.chapter(ref), .replace(old: $0.old, new: $0.new)) }
        guard (try? items.forEach { try probe.apply($0) }) != nil else { continue }
        current = Self.code(probe.lines(ofSection: o))
        guard current == target else { continue }
        plan.parts.append(items)
      }
      let base = parts.count
      for p in plan.parts { add(p) }
      for (k, p) in plan.removals { removalPart["r\(k)"] = base + p + (heading.isEmpty ? 0 : 1) }
      for (k, p) in plan.insertions { insertionPart["r\(k)"] = base + p + (heading.isEmpty ? 0 : 1) }
      return
    }
    add([AmendmentInstruction(.chapter(ref), .rewrite(QuotedText(lines: target), renumberTo: nil))])
  }
}
