import AmbtModel

/// Works out the instructions of a decision from two versions cut into outlines and the
/// differ's alignment of their rules and chapters (by content, not by number).
///
/// Every element gets the lightest instruction that works, and the builder checks that it does
/// by carrying it out on a copy of the old version: a few words become `wordt … vervangen door
/// …`, a new number `wordt vernummerd tot`, anything else `komt te luiden:`. A chapter whose own
/// text changed in a way no replacement expresses gets `komt te luiden:` as a whole.
struct AmendmentBuilder {
  let old: CodeOutline
  let new: CodeOutline
  /// Old rule index → new rule index, and the same for chapters (indices into the outlines'
  /// `articles` and `chapters`), as the differ's aligner paired them.
  let rulePairs: [Int: Int]
  var sectionPairs: [Int: Int] = [:]
  /// The onderdelen, in order, before they are lettered.
  var parts: [[AmendmentInstruction]] = []
  /// The part that removes an old rule (`r12`) or chapter (`c3`) that the aligner paired with a
  /// new one elsewhere, and the part that inserts a new one (by new index): a move.
  var removalPart: [String: Int] = [:]
  var insertionPart: [String: Int] = [:]

  init(old: CodeOutline, new: CodeOutline, alignment: Alignment) {
    self.old = old
    self.new = new
    rulePairs = alignment.oldToNew
    for (o, n) in alignment.chapterMap where old.chapters[o].kind == new.chapters[n].kind { sectionPairs[o] = n }
  }

  /// Lines as a decision carries them: no comments, single blank lines, none at the ends.
  static func code(_ lines: [String]) -> [String] {
    var out: [String] = []
    for l in lines where !CodeOutline.isComment(l) {
      if l.isEmpty, out.last?.isEmpty ?? true { continue }
      out.append(l)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out
  }

  mutating func add(_ instructions: [AmendmentInstruction]) {
    if !instructions.isEmpty { parts.append(instructions) }
  }

  // MARK: References

  /// How the decision names an old chapter: by number, else by title, else as the only one of
  /// its kind; nil when none of these is unique.
  func reference(section s: Int) -> ChapterReference? {
    let c = old.chapters[s]
    let same = old.chapters.filter { $0.kind == c.kind }
    if let key = c.key, same.filter({ $0.key == key }).count == 1, let number = c.number {
      return ChapterReference(kind: c.kind, key: AmendmentWording.normalizedNumber(number) == key ? Self.stripped(number) : key)
    }
    if c.key == nil, !c.title.isEmpty, same.filter({ TextFolding.fold($0.title) == TextFolding.fold(c.title) }).count == 1,
      AmendmentWording.quoteStyle(for: [c.title]) != nil
    {
      return ChapterReference(kind: c.kind, title: c.title)
    }
    return same.count == 1 ? ChapterReference(kind: c.kind) : nil
  }

  /// How the decision names an old rule: by key, or by number within its chapter when the code
  /// numbers per chapter.
  func reference(rule k: Int) -> RuleReference {
    let (chapter, article) = old.articles[k]
    if old.document.metadata.numbering == .perHoofdstuk, !article.number.contains("."),
      let c = old.chapters.firstIndex(where: {
        $0.headingRange == chapter.headingRange
      }), let ref = reference(section: c), ref.key != nil
    {
      return RuleReference(number: Self.stripped(article.number), chapter: ref)
    }
    return RuleReference(
      number: AmendmentWording.normalizedNumber(article.key) == article.key ? Self.stripped(article.number) : article.key)
  }

  /// The number a new rule gets, as the decision writes it.
  func number(newRule k: Int) -> String {
    let a = new.articles[k].article
    if new.document.metadata.numbering == .perHoofdstuk, !a.number.contains(".") { return Self.stripped(a.number) }
    return AmendmentWording.normalizedNumber(a.number) == a.key ? Self.stripped(a.number) : a.key
  }

  static func stripped(_ n: String) -> String {
    var t = n
    while t.hasSuffix(".") { t.removeLast() }
    return t
  }

  // MARK: Metadata, preamble, closing

  mutating func metadata() {
    func values(_ lines: [String]) -> [String: String] {
      var out: [String: String] = [:]
      for l in lines where !CodeOutline.isComment(l) {
        guard let colon = l.firstIndex(of: ":"), let key = AmendmentWording.metadataKey(String(l[..<colon])) else { continue }
        out[key] = String(l[l.index(after: colon)...]).trimmingSpaces
      }
      return out
    }
    let a = values(old.metadata)
    let b = values(new.metadata)
    var items: [AmendmentInstruction] = []
    for key in AmendmentWording.metadataKeys where a[key] != b[key] {
      items.append(AmendmentInstruction(.metadata, .setMetadata(key: key, value: b[key])))
    }
    var probe = old
    for i in items { try? probe.apply(i) }
    let quotable = items.allSatisfy {
      guard case .setMetadata(let k, let v) = $0.action else { return false }
      return AmendmentWording.quoteStyle(for: [k, v ?? ""]) != nil
    }
    if !quotable || Self.code(probe.metadata).sorted() != Self.code(new.metadata).sorted() {
      items = [AmendmentInstruction(.metadata, .rewrite(QuotedText(lines: Self.code(new.metadata)), renumberTo: nil))]
    }
    add(items)
  }

  /// The preamble or the closing.
  mutating func part(preamble: Bool) {
    let a = preamble ? old.preamble : old.closing
    let b = preamble ? new.preamble : new.closing
    let target: AmendmentTarget = preamble ? .preamble : .closing
    let x = a.map(Self.code)
    let y = b.map(Self.code)
    guard x != y else { return }
    guard let y, !(preamble && y.isEmpty) else {
      add([AmendmentInstruction(target, .remove)])
      return
    }
    guard let x, !x.isEmpty else {
      add([AmendmentInstruction(.document, .insert(preamble ? .preamble : .closing, count: 1, place: .end, QuotedText(lines: y)))]
      )
      return
    }
    for deletions in [true, false] {
      guard let r = ReplacementFinder.replacements(old: x, new: y, deletions: deletions) else { continue }
      let items = r.map { AmendmentInstruction(target, .replace(old: $0.old, new: $0.new)) }
      var probe = old
      if (try? items.forEach { try probe.apply($0) }) != nil, (preamble ? probe.preamble : probe.closing).map(Self.code) == y {
        add(items)
        return
      }
    }
    add([AmendmentInstruction(target, .rewrite(QuotedText(lines: y), renumberTo: nil))])
  }
}
