import AmbtModel
import AmbtParser

/// Instructions on chapters, annexes, the preamble, the closing and the metadata block.
extension CodeOutline {
  mutating func applyToSection(_ ref: ChapterReference, _ action: AmendmentAction, _ r: SourceRange) throws(AmendmentProblem) {
    let origin = try resolve(ref)
    let noun = AmendmentWording.noun(ref.kind)
    let name = ref.key.map { "\(noun) \($0)" } ?? (ref.title.map { "\(noun) '\($0)'" } ?? "de \(noun)")
    let nameEN = (ref.kind == .annex ? "annex" : "chapter") + (ref.key.map { " \($0)" } ?? "")
    if case .insert(let kind, let count, let place, let text) = action, kind != .article {
      guard place != .end else { throw notApplicable(name, nameEN) }
      guard let s = locate(section: origin), sections[s].kind == ref.kind else { throw notApplicable(name, nameEN) }
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
      let m = try PhraseSearch.locate(old, in: lines, domain: Array(lines.indices), name: name, nameEN: nameEN)
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
          "amendment-numbering", nl: "de nieuwe tekst heeft niet het nummer \(to) uit de opdracht",
          en: "the new text does not have the number \(to) from the instruction",
          hintNL: "laat het nummer in de kop en in de opdracht gelijk zijn",
          hintEN: "make the number in the heading and the instruction the same")
      }
      sections[s].raw = block
      sections[s].touchedBy = r
    case .renumber(let to, nil):
      guard let heading = Renumbering.heading(sections[s].heading, to: to) else {
        throw AmendmentProblem(
          "amendment-numbering", nl: "\(name) heeft geen nummer dat vernummerd kan worden",
          en: "\(nameEN) has no number to renumber",
          hintNL: "geef een nieuw opschrift met 'Het opschrift van \(name) komt te luiden:'",
          hintEN: "give a new heading with 'Het opschrift van \(name) komt te luiden:'")
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
      throw notApplicable(name, nameEN)
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
        nl:
          "de hoofdstukken \(first.key ?? "?") tot en met \(last.key ?? "?") zijn niet doorlopend genummerd, of de nieuwe reeks is niet even lang",
        en:
          "chapters \(first.key ?? "?") to \(last.key ?? "?") are not numbered consecutively, or the new run has another length",
        hintNL: "vernummer de hoofdstukken dan één voor één", hintEN: "renumber the chapters one by one then")
    }
    for (k, origin) in run.enumerated() {
      let s = try place(ofSection: origin, ChapterReference(kind: first.kind, key: chapters[origin].key))
      guard let heading = Renumbering.heading(sections[s].heading, to: new[k]) else {
        throw notApplicable("een hoofdstuk", "a chapter")
      }
      sections[s].heading = heading
      sections[s].touchedBy = r
    }
  }

  // MARK: Preamble and closing

  mutating func applyToPart(_ isPreamble: Bool, _ action: AmendmentAction, _ r: SourceRange) throws(AmendmentProblem) {
    let name = isPreamble ? "de preambule" : "het slot"
    let nameEN = isPreamble ? "the preamble" : "the closing"
    var lines = isPreamble ? preamble : closing
    switch action {
    case .replace(let old, let new):
      guard var l = lines else {
        throw AmendmentProblem(
          "amendment-conflict", nl: "de gedragscode heeft geen slot", en: "the code has no closing",
          hintNL: "voeg het toe met 'Er wordt een slot toegevoegd, luidende:'",
          hintEN: "add it with 'Er wordt een slot toegevoegd, luidende:'")
      }
      let m = try PhraseSearch.locate(old, in: l, domain: Array(l.indices), name: name, nameEN: nameEN)
      l[m.line] = PhraseSearch.replacing(l[m.line], m.range, with: new)
      lines = l
    case .rewrite(let text, nil):
      var block = CodeOutline.trimmed(text.lines)
      if !isPreamble, let first = block.first, TextFolding.fold(String(first.drop { $0 == "#" || $0 == " " })) == "slot" {
        block = CodeOutline.trimmed(Array(block.dropFirst()))
      }
      if let h = block.firstIndex(where: QuotedBlock.isHeading1) {
        throw QuotedBlock.problem(
          text, line: text.lines.firstIndex(of: block[h]) ?? 0, nl: "\(name) kan geen kop '# ' bevatten",
          en: "\(nameEN) cannot contain a heading '# '", hintNL: "voeg een hoofdstuk in met een eigen opdracht",
          hintEN: "insert a chapter with an instruction of its own")
      }
      lines = block
    case .remove:
      guard lines != nil else {
        throw AmendmentProblem("amendment-conflict", nl: "de gedragscode heeft geen slot", en: "the code has no closing")
      }
      lines = isPreamble ? [] : nil
    default:
      throw notApplicable(name, nameEN)
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
          "amendment-unknown-key", nl: "onbekend gegeven '\(raw)'" + (s.map { "; bedoelde je '\($0)'?" } ?? ""),
          en: "unknown item '\(raw)'" + (s.map { "; did you mean '\($0)'?" } ?? ""),
          hintNL: "de gegevens staan in docs/language.md, § 2", hintEN: "the items are listed in docs/language.md, § 2")
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
          "amendment-conflict", nl: "het gegeven '\(key)' staat niet in de gedragscode",
          en: "the item '\(key)' is not in the code",
          hintNL: "alleen een gegeven dat er staat kan vervallen", hintEN: "only an item that is there can be removed")
      }
    default:
      throw notApplicable("de gegevens", "the metadata")
    }
  }
}
