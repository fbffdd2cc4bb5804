import AmbtModel
import AmbtParser

/// Carrying out one instruction on the outline. References resolve against the old version;
/// an instruction that cannot be carried out throws a problem and changes nothing.
extension CodeOutline {
  mutating func apply(_ instruction: AmendmentInstruction) throws(AmendmentProblem) {
    let r = instruction.range
    switch instruction.target {
    case .article(let ref):
      if let c = instruction.chapter {
        let (origin, chapter) = (try resolve(ref), try resolve(c))
        guard articles[origin].chapter.headingRange == chapters[chapter].headingRange else {
          throw AmendmentProblem(
            "amendment-unknown-article",
            message: LocalizedText(
              "amend.unknown-article.not-in-chapter", ["number": ref.number, "key": c.key ?? ""],
              messages: ["noun": AmendmentWording.nounText(c.kind)]),
            hint: LocalizedText("amend.outline.hint.name-chapter-article-in"))
        }
      }
      try applyToArticle(ref, instruction.action, r)
    case .chapter(let ref): try applyToSection(ref, instruction.action, r)
    case .articles(let first, let last):
      guard case .renumber(let to, let end?) = instruction.action else {
        throw notApplicable(LocalizedText("amend.noun.articles"))
      }
      try renumberArticles(first, last, to: to, last: end, r)
    case .chapters(let first, let last):
      guard case .renumber(let to, let end?) = instruction.action else {
        throw notApplicable(LocalizedText("amend.noun.chapters"))
      }
      try renumberSections(first, last, to: to, last: end, r)
    case .preamble, .closing: try applyToPart(instruction.target == .preamble, instruction.action, r)
    case .metadata: try applyToMetadata(instruction.action, r)
    case .document:
      switch instruction.action {
      case .insert(let kind, 1, .end, let text) where kind == .closing || kind == .preamble:
        try applyToPart(kind == .preamble, .rewrite(text, renumberTo: nil), r)
      case .insert(let kind, let count, .end, let text) where kind == .chapter || kind == .annex:
        let blocks = try QuotedBlock.sections(text, kind: kind, count: count)
        let at = kind == .annex ? sections.count : (sections.lastIndex { $0.kind == .chapter }.map { $0 + 1 } ?? 0)
        sections.insert(
          contentsOf: blocks.map {
            Section(origin: nil, kind: kind == .annex ? .annex : .chapter, heading: $0[0], units: [], raw: $0, touchedBy: r)
          }, at: at)
      case .rewrite(let text, nil):
        wholeText = text.lines
        preambleTouchedBy = r
      default: throw notApplicable(LocalizedText("amend.outline.code"))
      }
    }
  }

  func notApplicable(_ name: LocalizedText) -> AmendmentProblem {
    AmendmentProblem(
      "amendment-unknown-phrase", message: LocalizedText("amend.not-applicable", messages: ["name": name]),
      hint: LocalizedText("amend.outline.hint.see-docs-diff-md"))
  }

  // MARK: Rules

  private mutating func applyToArticle(_ ref: RuleReference, _ action: AmendmentAction, _ r: SourceRange) throws(AmendmentProblem)
  {
    let origin = try resolve(ref)
    let name = "artikel \(ref.number)"
    let narrowed = ref.lid != nil || ref.onderdeel != nil
    if case .insert(.article, let count, let place, let text) = action, place != .end {
      let (s, u) = try anchorPlace(origin, ref)
      let units = try QuotedBlock.articles(text, count: count).map {
        Unit(origin: nil, lines: $0, anchor: (origin, place), touchedBy: r)
      }
      var at = place == .before ? u : u + 1
      if place == .after {
        while at < sections[s].units.count, let a = sections[s].units[at].anchor, a.origin == origin, a.place == .after {
          at += 1
        }
      }
      sections[s].units.insert(contentsOf: units, at: at)
      return
    }
    let (s, u) = try self.place(ofArticle: origin, ref)
    var lines = sections[s].units[u].lines
    switch action {
    case .replace(let old, let new):
      let domain = try ListItemLine.domain(lines, lid: ref.lid, onderdeel: ref.onderdeel, article: ref.number)
      let m = try PhraseSearch.locate(
        old, in: lines, domain: domain, name: LocalizedText("amend.name.article", ["number": ref.number]))
      lines[m.line] = PhraseSearch.replacing(lines[m.line], m.range, with: new)
    case .rewrite(let text, let renumberTo):
      if narrowed {
        let domain = try ListItemLine.domain(lines, lid: ref.lid, onderdeel: ref.onderdeel, article: ref.number)
        let indent = String(lines[domain[0]].prefix { $0 == " " })
        lines.replaceSubrange(domain[0]...domain.last!, with: text.lines.map { $0.isEmpty ? $0 : indent + $0 })
      } else {
        let block = try QuotedBlock.articles(text, count: 1)[0]
        if let to = renumberTo, let number = Renumbering.number(inHeader: block[0]),
          AmendmentWording.normalizedNumber(number) != AmendmentWording.normalizedNumber(to)
        {
          throw AmendmentProblem(
            "amendment-numbering",
            message: LocalizedText(
              "amend.outline.amendment-numbering.new-text-starts-with", ["number": "\(number)", "to": "\(to)"]),
            hint: LocalizedText("amend.outline.hint.make-number-in-new"),
            range: text.offset(ofLine: 0).map { SourceRange(start: $0, end: $0 + block[0].utf8.count) })
        }
        lines = block
      }
    case .renumber(let to, nil) where !narrowed:
      guard let header = Renumbering.header(lines[0], to: to) else {
        throw AmendmentProblem(
          "amendment-numbering",
          message: LocalizedText("amend.outline.amendment-numbering.name-has-no-number", ["name": "\(name)"]),
          hint: LocalizedText("amend.outline.hint.give-article-new-text"))
      }
      lines[0] = header
    case .remove:
      if narrowed {
        let domain = try ListItemLine.domain(lines, lid: ref.lid, onderdeel: ref.onderdeel, article: ref.number)
        lines.removeSubrange(domain[0]...domain.last!)
      } else {
        sections[s].units[u].removed = true
      }
    default:
      throw notApplicable(LocalizedText("amend.outline.article"))
    }
    sections[s].units[u].lines = lines
    sections[s].units[u].touchedBy = r
  }

  /// The section and unit of a rule that new rules go next to; it may itself be removed.
  private func anchorPlace(_ origin: Int, _ ref: RuleReference) throws(AmendmentProblem) -> (Int, Int) {
    guard let (s, u) = locate(article: origin) else { throw notApplicable(LocalizedText("amend.outline.article")) }
    if sections[s].units[u].removed { return (s, u) }
    return try place(ofArticle: origin, ref)
  }

  private mutating func renumberArticles(
    _ first: RuleReference, _ last: RuleReference, to: String, last end: String, _ r: SourceRange
  ) throws(AmendmentProblem) {
    let (i, j) = (try resolve(first), try resolve(last))
    let old = i <= j ? (i...j).map { articles[$0].article.number } : []
    guard let expected = Renumbering.run(first.number, last.number),
      expected.map(AmendmentWording.normalizedNumber) == old.map(AmendmentWording.normalizedNumber),
      let new = Renumbering.run(to, end), new.count == old.count
    else {
      throw AmendmentProblem(
        "amendment-numbering",
        message: LocalizedText(
          "amend.outline.amendment-numbering.articles-number-number2-not",
          ["number": "\(first.number)", "number2": "\(last.number)", "to": "\(to)", "end": "\(end)"]),
        hint: LocalizedText("amend.outline.hint.renumber-articles-one-by"))
    }
    for (k, origin) in (i...j).enumerated() {
      let ref = RuleReference(number: articles[origin].article.key)
      let (s, u) = try place(ofArticle: origin, ref)
      guard let header = Renumbering.header(sections[s].units[u].lines[0], to: new[k]) else {
        throw notApplicable(LocalizedText("amend.outline.article"))
      }
      sections[s].units[u].lines[0] = header
      sections[s].units[u].touchedBy = r
    }
  }
}
