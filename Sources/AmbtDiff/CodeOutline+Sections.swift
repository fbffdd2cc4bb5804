import AmbtModel
import AmbtParser

/// Instructions on chapters, annexes, the preamble, the closing and the metadata block.
extension CodeOutline {
  mutating func applyToSection(_ ref: ChapterReference, _ action: AmendmentAction, _ r: SourceRange) throws(AmendmentProblem) {
    let origin = try resolve(ref)
    let noun = AmendmentWording.noun(ref.kind)
    let name = ref.key.map { "\(noun) \($0)" } ?? (ref.title.map { "\(noun) '\($0)'" } ?? "de \(noun)")
    let nameText = AmendmentWording.nameText(ref.kind, key: ref.key, title: ref.title)
    if case .insert(let kind, let count, let place, let text) = action, kind != .article {
      guard place != .end else { throw notApplicable(nameText) }
      guard let s = locate(section: origin), sections[s].kind == ref.kind else { throw notApplicable(nameText) }
      let blocks = try QuotedBlock.sections(text, kind: kind, count: count)
      var at = place == .before ? s : s + 1
      if place == .after {
        while at < sections.count, let a = sections[at].anchor, a.origin == origin, a.place == .after { at += 1 }
      }
      let new = blocks.map {
        Section(
          origin: nil, kind: kind == .annex ? .annex : .chapter, heading: $0[0], units: [], raw: $0, anchor: (origin, place),
          touchedBy: r)
      }
      sections.insert(contentsOf: new, at: at)
      return
    }
    let s = try place(ofSection: origin, ref)
    switch action {
    case .replace(let old, let new):
      // The heading and every line of the chapter, rules included, as one text.
      var flat: [(unit: Int, line: Int)] = [(-1, 0)]
      var lines = [sections[s].heading]
      for (u, unit) in sections[s].units.enumerated() where !unit.removed {
        for k in unit.lines.indices {
          flat.append((u, k))
          lines.append(unit.lines[k])
        }
      }
      let m = try PhraseSearch.locate(old, in: lines, domain: Array(lines.indices), name: nameText)
      let changed = PhraseSearch.replacing(lines[m.line], m.range, with: new)
      let (u, k) = flat[m.line]
      if u < 0 {
        sections[s].heading = changed
        sections[s].touchedBy = r
      } else {
        sections[s].units[u].lines[k] = changed
        sections[s].units[u].touchedBy = r
      }
    case .rewrite(let text, let renumberTo):
      let block = try QuotedBlock.sections(text, kind: ref.kind == .annex ? .annex : .chapter, count: 1)[0]
      if let to = renumberTo, Renumbering.heading(block[0], to: to) != block[0] {
        throw AmendmentProblem(
          "amendment-numbering",
          message: LocalizedText("amend.outline.amendment-numbering.new-text-does-not", ["to": "\(to)"]),
          hint: LocalizedText("amend.outline.hint.make-number-in-heading"))
      }
      sections[s].raw = block
      sections[s].touchedBy = r
    case .renumber(let to, nil):
      guard let heading = Renumbering.heading(sections[s].heading, to: to) else {
        throw AmendmentProblem(
          "amendment-numbering", message: LocalizedText("amend.numbering.no-number", messages: ["name": nameText]),
          hint: LocalizedText("amend.outline.hint.give-new-heading-with", ["name": "\(name)"]))
      }
      sections[s].heading = heading
      sections[s].touchedBy = r
    case .retitle(let text):
      sections[s].heading = try QuotedBlock.heading(text)
      sections[s].touchedBy = r
    case .remove:
      sections[s].removed = true
      sections[s].touchedBy = r
    case .insert(.article, let count, .end, let text):
      let units = try QuotedBlock.articles(text, count: count).map { Unit(origin: nil, lines: $0, touchedBy: r) }
      sections[s].units += units
    default:
      throw notApplicable(nameText)
    }
  }

  mutating func renumberSections(
    _ first: ChapterReference, _ last: ChapterReference, to: String, last end: String, _ r: SourceRange
  ) throws(AmendmentProblem) {
    let (i, j) = (try resolve(first), try resolve(last))
    let run = i <= j ? Array(i...j) : []
    let old = run.map { chapters[$0].key ?? "" }
    guard let expected = Renumbering.run(first.key ?? "", last.key ?? ""), expected == old,
      run.allSatisfy({ chapters[$0].kind == first.kind }),
      let new = Renumbering.run(to, end), new.count == old.count
    else {
      throw AmendmentProblem(
        "amendment-numbering",
        message: LocalizedText(
          "amend.outline.amendment-numbering.chapters-key-key2-not",
          ["key": "\(first.key ?? "?")", "key2": "\(last.key ?? "?")"]),
        hint: LocalizedText("amend.outline.hint.renumber-chapters-one-by"))
    }
    for (k, origin) in run.enumerated() {
      let s = try place(ofSection: origin, ChapterReference(kind: first.kind, key: chapters[origin].key))
      guard let heading = Renumbering.heading(sections[s].heading, to: new[k]) else {
        throw notApplicable(LocalizedText("amend.outline.chapter"))
      }
      sections[s].heading = heading
      sections[s].touchedBy = r
    }
  }

  // MARK: Preamble and closing

  mutating func applyToPart(_ isPreamble: Bool, _ action: AmendmentAction, _ r: SourceRange) throws(AmendmentProblem) {
    let nameText = LocalizedText(isPreamble ? "amend.name.preamble" : "amend.name.closing")
    var lines = isPreamble ? preamble : closing
    switch action {
    case .replace(let old, let new):
      guard var l = lines else {
        throw AmendmentProblem(
          "amendment-conflict", message: LocalizedText("amend.outline.amendment-conflict.code-has-no-closing"),
          hint: LocalizedText("amend.outline.hint.add-with-er-wordt"))
      }
      let m = try PhraseSearch.locate(old, in: l, domain: Array(l.indices), name: nameText)
      l[m.line] = PhraseSearch.replacing(l[m.line], m.range, with: new)
      lines = l
    case .rewrite(let text, nil):
      var block = CodeOutline.trimmed(text.lines)
      if !isPreamble, let first = block.first, TextFolding.fold(String(first.drop { $0 == "#" || $0 == " " })) == "slot" {
        block = CodeOutline.trimmed(Array(block.dropFirst()))
      }
      if let h = block.firstIndex(where: QuotedBlock.isHeading1) {
        throw QuotedBlock.problem(
          text, line: text.lines.firstIndex(of: block[h]) ?? 0,
          message: LocalizedText("amend.part.no-heading", messages: ["name": nameText]),
          hint: LocalizedText("amend.outline.hint.insert-chapter-with-instruction"))
      }
      lines = block
    case .remove:
      guard lines != nil else {
        throw AmendmentProblem(
          "amendment-conflict", message: LocalizedText("amend.outline.amendment-conflict.code-has-no-closing"))
      }
      lines = isPreamble ? [] : nil
    default:
      throw notApplicable(nameText)
    }
    if isPreamble {
      preamble = lines ?? []
      preambleTouchedBy = r
    } else {
      closing = lines
      closingTouchedBy = r
    }
  }

  // MARK: Metadata

  mutating func applyToMetadata(_ action: AmendmentAction, _ r: SourceRange) throws(AmendmentProblem) {
    switch action {
    case .rewrite(let text, nil):
      metadata = CodeOutline.trimmed(text.lines)
    case .setMetadata(let raw, let value):
      guard let key = AmendmentWording.metadataKey(raw) else {
        let s = TextFolding.suggestion(for: raw, among: AmendmentWording.metadataKeys)
        throw AmendmentProblem(
          "amendment-unknown-key",
          message: s.map { LocalizedText("amend.unknown-key.did-you-mean", ["key": raw, "suggestion": $0]) }
            ?? LocalizedText("amend.unknown-key", ["key": raw]),
          hint: LocalizedText("amend.outline.hint.items-listed-in-docs"))
      }
      func keyOf(_ line: String) -> String? {
        line.firstIndex(of: ":").flatMap { AmendmentWording.metadataKey(String(line[..<$0])) }
      }
      let line = value.map { key + ": " + $0 }
      if let k = metadata.firstIndex(where: { keyOf($0) == key }) {
        if let line { metadata[k] = line } else { metadata.remove(at: k) }
      } else if let line {
        let rank = AmendmentWording.metadataKeys.firstIndex(of: key) ?? Int.max
        let at = metadata.firstIndex { l in
          keyOf(l).flatMap { AmendmentWording.metadataKeys.firstIndex(of: $0) }.map { $0 > rank } ?? false
        }
        metadata.insert(line, at: at ?? metadata.count)
      } else {
        throw AmendmentProblem(
          "amendment-conflict", message: LocalizedText("amend.outline.amendment-conflict.item-key-not-in", ["key": "\(key)"]),
          hint: LocalizedText("amend.outline.hint.only-item-that-there"))
      }
    default:
      throw notApplicable(LocalizedText("amend.outline.metadata"))
    }
  }
}
