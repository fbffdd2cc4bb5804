import AmbtModel
import Dispatch
import Foundation

/// Compares two versions of a code: aligns the rules, diffs their words, names the changes.
public struct Differ: Sendable {
  public var aligner = Aligner()

  public init() {}

  public func diff(_ oldDocument: Document, _ newDocument: Document) -> DocumentDiff {
    // A change of numbering style (1.1 ↔ Artikel 1 lid 1) is aligned at the level of leden.
    let (old, new) = Differ.alignedOnLeden(oldDocument, newDocument)
    let oldProfiles = ArticleProfile.profiles(of: old)
    let newProfiles = ArticleProfile.profiles(of: new)
    let alignment = aligner.align(oldProfiles, newProfiles, oldDoc: old, newDoc: new)
    let oldChapters = Array(old.allChapters)
    let newChapters = Array(new.allChapters)

    var keyMap: [String: String] = [:]
    for (o, n) in alignment.oldToNew { keyMap[oldProfiles[o].article.key] = newProfiles[n].article.key }
    let comparer = SemanticComparer(keyMap: keyMap)
    let newToOld = Dictionary(uniqueKeysWithValues: alignment.oldToNew.map { ($1, $0) })

    var entries: [(sort: (Int, Int, Int), change: ArticleChange)] = []
    var textJobs: [(entry: Int, old: Article, new: Article, kinds: TextKinds, stale: [SemanticChange])] = []
    for n in newProfiles {
      let newChapter = newChapters[n.chapterIndex]
      guard let o = newToOld[n.index] else {
        var c = ArticleChange(status: .added, old: nil, new: n.article)
        c.newChapter = newChapter.displayTitle
        c.semantic = comparer.compare(
          Article(label: "", number: "", key: ""), n.article, newChapterTopics: newChapter.annotations.topics
        )
        .filter { $0.kind != "norm" && $0.kind != "onderwerp" }
        if let s = alignment.splitFrom[n.index] { c.splitFrom = oldProfiles[s].article }
        entries.append(((n.index, 0, 0), c))
        continue
      }
      let op = oldProfiles[o]
      let oldChapter = oldChapters[op.chapterIndex]
      var c = ArticleChange(status: .matched, old: op.article, new: n.article)
      c.oldChapter = oldChapter.displayTitle
      c.newChapter = newChapter.displayTitle
      c.similarity = alignment.similarity[o]
      c.renumbered =
        op.article.key != n.article.key || TextFolding.fold(op.article.displayNumber) != TextFolding.fold(n.article.displayNumber)
      c.moved = alignment.chapterMap[op.chapterIndex] != n.chapterIndex
      let (runs, changed) = wordDiff(TextBlocks.normative(op.article), TextBlocks.normative(n.article), keyMap: keyMap)
      c.textChanged = changed
      if runs.contains(where: { $0.op != .equal }) { c.words = runs }
      c.explanationChanged = Differ.explanationText(op.article) != Differ.explanationText(n.article)
      if c.explanationChanged {
        c.explanationWords = Differ.plainWordDiff(TextBlocks.explanations(op.article), TextBlocks.explanations(n.article))
      }
      c.editorialText =
        (!c.textChanged || Differ.isEditorial(c.words, op.article.normativeText, n.article.normativeText))
        && (!c.explanationChanged
          || Differ.isEditorial(c.explanationWords, Differ.rawExplanation(op.article), Differ.rawExplanation(n.article)))
      var kinds = SemanticComparer.textKinds(op.article.annotations, n.article.annotations)
      // A confirmed amount or period that stayed while the text around it changed: the text is
      // read all the same, so a new amount in it is not lost (the annotation may be stale).
      // Only where the annotations stayed the same: a changed confirmed annotation wins.
      if c.textChanged || c.explanationChanged {
        func same(_ k: Set<QuantityKind>) -> Bool {
          let a = op.article.annotations.quantities.filter { k.contains($0.kind) }.map(\.display)
          let b = n.article.annotations.quantities.filter { k.contains($0.kind) }.map(\.display)
          return a == b
        }
        if !kinds.contains(.amounts) && same([.drempel]) { kinds.insert(.amounts) }
        if !kinds.contains(.periods) && same([.termijn, .binnen]) { kinds.insert(.periods) }
      }
      c.semantic = comparer.compare(
        op.article, n.article, oldChapterTopics: oldChapter.annotations.topics, newChapterTopics: newChapter.annotations.topics,
        fromText: kinds)
      let stale = Differ.staleReferences(op.article, n.article, keyMap: keyMap)
      // The analyser reads only texts that changed; the same text reads the same, and so does one
      // changed only in form (a typo fixed, an amount in another notation). (Even with every kind
      // confirmed on both sides: exceptions, conditions and scope are read from the text alone.)
      if (c.textChanged || c.explanationChanged) && !c.editorialText {
        textJobs.append((entries.count, op.article, n.article, kinds, stale))
      } else {
        c.semantic = SemanticComparer.ordered(c.semantic) + stale
      }
      entries.append(((n.index, 0, 0), c))
    }
    // What the analyser reads in the changed texts, each rule once; on all cores when there is
    // more than one pair, since reading is the costly part of a diff of rewritten rules.
    let read = Differ.read(textJobs.map { ($0.old, $0.new, $0.kinds) })
    for (job, found) in zip(textJobs, read) {
      let checked = found.map { change -> SemanticChange in
        Differ.againstAnnotation(change, job.new)
      }
      entries[job.entry].change.semantic = SemanticComparer.ordered(entries[job.entry].change.semantic + checked) + job.stale
    }
    for o in oldProfiles where alignment.oldToNew[o.index] == nil {
      var c = ArticleChange(status: .removed, old: o.article, new: nil)
      c.oldChapter = oldChapters[o.chapterIndex].displayTitle
      c.semantic = comparer.compare(
        o.article, Article(label: "", number: "", key: ""), oldChapterTopics: oldChapters[o.chapterIndex].annotations.topics
      )
      .filter { $0.kind != "norm" && $0.kind != "onderwerp" && $0.kind != "verwijzing" && $0.kind != "uitzondering-op" }
      if let m = alignment.mergedInto[o.index] { c.mergedInto = newProfiles[m].article }
      // Place it after the new position of the nearest earlier old rule that was kept.
      var anchor = -1
      var k = o.index - 1
      while k >= 0 {
        if let n = alignment.oldToNew[k] {
          anchor = n
          break
        }
        k -= 1
      }
      entries.append(((anchor, 1, o.index), c))
    }
    entries.sort { $0.sort < $1.sort }

    // Chapters.
    var chapters: [ChapterChange] = []
    let chapterNewToOld = Dictionary(uniqueKeysWithValues: alignment.chapterMap.map { ($1, $0) })
    let reordered = Differ.reordered(alignment.chapterMap)
    for (nc, chapter) in newChapters.enumerated() {
      if let oc = chapterNewToOld[nc] {
        let o = oldChapters[oc]
        chapters.append(
          ChapterChange(
            status: .matched, old: o, new: chapter, renumbered: (o.key ?? "") != (chapter.key ?? ""),
            retitled: TextFolding.fold(o.title) != TextFolding.fold(chapter.title), reordered: reordered.contains(nc)))
      } else {
        chapters.append(ChapterChange(status: .added, old: nil, new: chapter, renumbered: false, retitled: false))
      }
    }
    for (oc, chapter) in oldChapters.enumerated() where alignment.chapterMap[oc] == nil {
      chapters.append(ChapterChange(status: .removed, old: chapter, new: nil, renumbered: false, retitled: false))
    }

    let oldTopics = Differ.topics(old)
    let newTopics = Differ.topics(new)
    var diff = DocumentDiff(
      oldFile: old.file, newFile: new.file, oldTitle: old.metadata.title?.value, newTitle: new.metadata.title?.value,
      metadata: MetadataComparer.compare(old, new), chapters: chapters, changes: entries.map(\.change),
      topicsGained: newTopics.subtracting(oldTopics).sorted(), topicsLost: oldTopics.subtracting(newTopics).sorted())
    diff.passages = Differ.passages(old, new, chapterMap: alignment.chapterMap)
    return diff
  }

  /// A change of amount or period read from the text of a rule whose confirmed annotation says
  /// something else: the note says the annotation was not brought up to date.
  static func againstAnnotation(_ change: SemanticChange, _ new: Article) -> SemanticChange {
    let kind: QuantityKind? = QuantityKind(rawValue: change.kind)
    guard let kind, let newValue = change.new else { return change }
    let confirmed = new.annotations.quantities.filter { $0.kind == kind && !$0.inferred }
    guard !confirmed.isEmpty, !confirmed.contains(where: { $0.readable == newValue || $0.display == newValue }) else {
      return change
    }
    var c = change
    let said = confirmed.map(\.readable).joined(separator: ", ")
    c.note = LocalizedText(
      "diff.differ.text-now-says-newvalue", ["newValue": "\(newValue)", "kind": "\(kind.rawValue)", "said": "\(said)"])
    return c
  }

  /// The text changes of each pair (`TextComparer`), in order.
  static func read(_ jobs: [(Article, Article, TextKinds)]) -> [[SemanticChange]] {
    // `AMBT_JOBS=1` keeps it on one core, as for the other parallel work (the benchmark uses it).
    let oneCore = getenv("AMBT_JOBS").map { String(cString: $0) } == "1"
    guard jobs.count > 1, !oneCore else { return jobs.map(readOne) }
    let results = Results(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { k in results.put(k, readOne(jobs[k])) }
    return results.values
  }

  @Sendable static func readOne(_ job: (Article, Article, TextKinds)) -> [SemanticChange] {
    TextComparer(kinds: job.2).compare(RuleText(job.0), RuleText(job.1))
  }

  /// Word diff of two texts; numbers in the old text that name a renumbered rule are mapped
  /// first, so `10.1 t/m 10.6` → `9.1 t/m 9.6` shows as following the renumbering.
  /// Returns the runs and whether the text changed in any other way.
  func wordDiff(_ a: [Token], _ b: [Token], keyMap: [String: String]) -> ([DiffRun], Bool) {
    var mapped = a.map(\.text)
    for (k, t) in a.enumerated() where t.kind == .number {
      let key = t.text.hasSuffix(".") ? String(t.text.dropLast()) : t.text
      let previous = k > 0 ? TextFolding.fold(a[k - 1].text) : ""
      guard key.contains(".") || previous == "artikel" || previous == "artikelen" || previous == "t/m" else { continue }
      if let m = keyMap[key] { mapped[k] = m }
    }
    let original = a.map(\.text)
    if original == b.map(\.text) { return ([], false) }
    // Mapping can also hurt: a reference the new text did not renumber. Keep the plainer script.
    let plain = WordDiff.script(original, b.map(\.text))
    let withMap = WordDiff.script(mapped, b.map(\.text))
    func edits(_ ops: [DiffRun.Op]) -> Int { ops.filter { $0 != .equal }.count }
    if edits(plain) < edits(withMap) { mapped = original }
    let ops = edits(plain) < edits(withMap) ? plain : withMap
    var runs: [DiffRun] = []
    var changed = false
    var i = 0
    var j = 0
    func push(_ op: DiffRun.Op, _ t: Token, follows: Bool = false) {
      if let last = runs.last, last.op == op, last.followsRenumbering == follows {
        runs[runs.count - 1].tokens.append(t)
      } else {
        runs.append(DiffRun(op: op, tokens: [t], followsRenumbering: follows))
      }
    }
    for op in ops {
      switch op {
      case .equal:
        if a[i].text == b[j].text {
          push(.equal, b[j])
        } else {
          push(.delete, a[i], follows: true)
          push(.insert, b[j], follows: true)
        }
        i += 1
        j += 1
      case .delete:
        changed = true
        push(.delete, a[i])
        i += 1
      case .insert:
        changed = true
        push(.insert, b[j])
        j += 1
      }
    }
    return (DiffLines.endAtLines(WordDiff.normalized(runs)), changed)
  }

  /// Rule numbers in an unchanged text that name rules which were renumbered: the text did
  /// not follow the renumbering (`artikel 2.1` still says 2.1 while that rule is now 3.1).
  static func staleReferences(_ old: Article, _ new: Article, keyMap: [String: String]) -> [SemanticChange] {
    guard !keyMap.isEmpty, old.normativeText.contains(".") else { return [] }
    let a = Tokenizer.tokenize(old.normativeText)
    let b = Tokenizer.tokenize(new.normativeText)
    guard a.map(\.text) == b.map(\.text) else { return [] }
    var seen = Set<String>()
    var out: [SemanticChange] = []
    for t in a where t.kind == .number && t.text.contains(".") {
      let key = t.text.hasSuffix(".") ? String(t.text.dropLast()) : t.text
      guard let m = keyMap[key], m != key, seen.insert(key).inserted else { continue }
      out.append(
        SemanticChange(
          kind: "verwijzing", old: key, new: key,
          note: LocalizedText("diff.differ.note", ["key": "\(key)", "value": "\(m)"])))
    }
    return out
  }

  /// The text of the explanation blocks of a rule, folded.
  static func explanationText(_ article: Article) -> String {
    var parts: [String] = []
    for item in article.items {
      if case .explanation = item { item.collectText(into: &parts, includeExplanations: true) }
    }
    return TextFolding.fold(parts.joined(separator: " "))
  }

  /// Every topic the code covers: rule and chapter annotations.
  static func topics(_ document: Document) -> Set<String> {
    var s = Set<String>()
    for chapter in document.allChapters {
      s.formUnion(chapter.annotations.topicIDs)
      for a in chapter.articles { s.formUnion(a.annotations.topicIDs) }
    }
    return s
  }
}

/// Results written by concurrent workers, one slot each.
private final class Results: @unchecked Sendable {
  private var slots: [[SemanticChange]]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func put(_ k: Int, _ value: [SemanticChange]) {
    lock.lock()
    slots[k] = value
    lock.unlock()
  }

  var values: [[SemanticChange]] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
