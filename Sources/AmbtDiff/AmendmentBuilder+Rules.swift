import AmbtModel

/// The rules of a chapter that stays: which stay, which go, which come, and what changes in the
/// ones that stay.
extension AmendmentBuilder {
  struct RulePlan {
    var parts: [[AmendmentInstruction]] = []
    /// Old rule → part that removes it; new rule → part that inserts it.
    var removals: [(Int, Int)] = []
    var insertions: [(Int, Int)] = []
  }

  /// The rule's lines in an outline's section.
  static func lines(_ outline: CodeOutline, section s: Int, rule k: Int) -> [String] {
    outline.sections[s].units.first { $0.origin == k }?.lines ?? []
  }

  mutating func rules(_ o: Int, _ n: Int, ref: ChapterReference, ranges: Bool, deletions: Bool) -> RulePlan {
    let oldRules = old.sections[o].units.compactMap(\.origin)
    let newUnits = new.sections[n].units
    let newRules = Set(newUnits.compactMap(\.origin))
    let pairs = oldRules.compactMap { k in
      rulePairs[k].flatMap { newRules.contains($0) ? (old: k, new: $0, weight: Self.lines(old, section: o, rule: k).count) : nil }
    }
    let keptOld = Self.kept(pairs)
    var keptFor: [Int: Int] = [:]
    for p in pairs where keptOld.contains(p.old) { keptFor[p.new] = p.old }
    // What changes in each rule that stays.
    var own: [Int: [AmendmentInstruction]] = [:]
    for p in pairs where keptOld.contains(p.old) {
      own[p.old] = rule(p.old, p.new, section: o, newSection: n, deletions: deletions)
    }
    var runStart: [Int: AmendmentInstruction] = [:]
    if ranges { runStart = renumberRuns(oldRules.filter { keptOld.contains($0) }, &own) }

    var plan = RulePlan()
    var removed = Set<Int>()
    func removeUpTo(_ limit: Int) {
      for k in oldRules where k < limit && !keptOld.contains(k) && !removed.contains(k) {
        removed.insert(k)
        plan.parts.append([AmendmentInstruction(.article(reference(rule: k)), .remove)])
        if rulePairs[k] != nil { plan.removals.append((k, plan.parts.count - 1)) }
      }
    }
    var i = 0
    while i < newUnits.count {
      guard let origin = newUnits[i].origin else {
        i += 1
        continue
      }
      if let k = keptFor[origin] {
        removeUpTo(k)
        if let range = runStart[k] { plan.parts.append([range]) }
        if let mine = own[k], !mine.isEmpty { plan.parts.append(mine) }
        i += 1
        continue
      }
      var j = i
      while j < newUnits.count, let g = newUnits[j].origin, keptFor[g] == nil { j += 1 }
      let run = newUnits[i..<j].compactMap(\.origin)
      let text = QuotedText(lines: run.flatMap { [""] + Self.code(Self.lines(new, section: n, rule: $0)) }.dropFirst().map { $0 })
      let insert = AmendmentAction.insert(.article, count: run.count, place: .after, text)
      let before = j < newUnits.count ? newUnits[j].origin.flatMap { keptFor[$0] } : nil
      let after = i > 0 ? newUnits[i - 1].origin.flatMap { keptFor[$0] } : nil
      if let after {
        plan.parts.append([AmendmentInstruction(.article(reference(rule: after)), insert)])
      } else if let before {
        plan.parts.append([
          AmendmentInstruction(
            .article(reference(rule: before)), .insert(.article, count: run.count, place: .before, text), chapter: ref)
        ])
      } else if j == newUnits.count || keptFor.isEmpty {
        plan.parts.append([AmendmentInstruction(.chapter(ref), .insert(.article, count: run.count, place: .end, text))])
      } else if let k = newUnits[..<i].reversed().compactMap({ $0.origin.flatMap { keptFor[$0] } }).first {
        // Text stands between: the check of the chapter decides whether this place is right.
        plan.parts.append([AmendmentInstruction(.article(reference(rule: k)), insert)])
      } else if let k = newUnits[j...].compactMap({ $0.origin.flatMap { keptFor[$0] } }).first {
        plan.parts.append([
          AmendmentInstruction(
            .article(reference(rule: k)), .insert(.article, count: run.count, place: .before, text), chapter: ref)
        ])
      }
      for g in run where rulePairs.values.contains(g) { plan.insertions.append((g, plan.parts.count - 1)) }
      i = j
    }
    removeUpTo(Int.max)
    return plan
  }

  /// What changes in a rule that stays: nothing, a renumbering, a few replaced words, or a new text.
  func rule(_ k: Int, _ g: Int, section o: Int, newSection n: Int, deletions: Bool) -> [AmendmentInstruction] {
    let x = Self.code(Self.lines(old, section: o, rule: k))
    let y = Self.code(Self.lines(new, section: n, rule: g))
    guard x != y, let first = x.first, let newFirst = y.first else { return [] }
    let target = AmendmentTarget.article(reference(rule: k))
    let from = Renumbering.number(inHeader: first)
    let to = Renumbering.number(inHeader: newFirst)
    let renumbered = from.map(AmendmentWording.normalizedNumber) != to.map(AmendmentWording.normalizedNumber)
    let rewrite = [AmendmentInstruction(target, .rewrite(QuotedText(lines: y), renumberTo: renumbered ? to : nil))]
    var base = x
    var renumber: [AmendmentInstruction] = []
    if renumbered {
      guard let to, let header = Renumbering.header(first, to: to) else { return rewrite }
      base[0] = header
      renumber = [AmendmentInstruction(target, .renumber(to: to, last: nil))]
    }
    if base == y { return renumber }
    guard let r = ReplacementFinder.replacements(old: base, new: y, deletions: deletions) else { return rewrite }
    let items = r.map { AmendmentInstruction(target, .replace(old: $0.old, new: $0.new)) } + renumber
    var probe = old
    guard (try? items.forEach { try probe.apply($0) }) != nil, Self.code(Self.lines(probe, section: o, rule: k)) == y else {
      return rewrite
    }
    return items
  }

  /// Runs of three or more rules that only move up or down together (`De artikelen 10.1 tot en
  /// met 10.7 worden vernummerd tot 9.1 tot en met 9.7.`): one instruction, placed with the first
  /// rule; the rules' own renumberings go.
  func renumberRuns(_ kept: [Int], _ own: inout [Int: [AmendmentInstruction]]) -> [Int: AmendmentInstruction] {
    func numbers(_ k: Int) -> (String, String)? {
      for i in own[k] ?? [] {
        switch i.action {
        case .renumber(let to, nil): return (Self.stripped(old.articles[k].article.number), to)
        case .rewrite(_, let to?): return (Self.stripped(old.articles[k].article.number), to)
        default: continue
        }
      }
      return nil
    }
    var out: [Int: AmendmentInstruction] = [:]
    var i = 0
    while i < kept.count {
      var j = i
      while j + 1 < kept.count, kept[j + 1] == kept[j] + 1, numbers(kept[j + 1]) != nil { j += 1 }
      if j - i >= 2, let (a, c) = numbers(kept[i]), let (b, d) = numbers(kept[j]),
        let olds = Renumbering.run(a, b),
        olds == kept[i...j].map({ AmendmentWording.normalizedNumber(old.articles[$0].article.number) }),
        let news = Renumbering.run(c, d),
        news == kept[i...j].compactMap({ numbers($0).map { AmendmentWording.normalizedNumber($0.1) } }),
        reference(rule: kept[i]).chapter == nil
      {
        out[kept[i]] = AmendmentInstruction(
          .articles(first: reference(rule: kept[i]), last: reference(rule: kept[j])), .renumber(to: c, last: d))
        for k in kept[i...j] {
          own[k] = own[k]?.compactMap { ins -> AmendmentInstruction? in
            switch ins.action {
            case .renumber: return nil
            case .rewrite(let text, _?): return AmendmentInstruction(ins.target, .rewrite(text, renumberTo: nil))
            default: return ins
            }
          }
        }
        i = j + 1
      } else {
        i += 1
      }
    }
    return out
  }
}
