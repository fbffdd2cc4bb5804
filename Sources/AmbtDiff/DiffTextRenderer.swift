import AmbtModel
import Foundation

/// Shared wording for the diff renderers.
struct DiffWords {
  var language: Language

  func t(_ id: String, _ args: [String: String] = [:]) -> String { language.text(id, args) }

  func summary(_ s: DocumentDiff.Summary) -> String {
    var parts: [String] = []
    func add(_ n: Int, _ id: String) { if n > 0 { parts.append("\(n) \(t(id))") } }
    add(s.modified, "diff.summary.modified")
    add(s.renumbered, "diff.summary.renumbered")
    add(s.moved, "diff.summary.moved")
    add(s.added, "diff.summary.added")
    add(s.removed, "diff.summary.removed")
    add(s.unchanged, "diff.summary.unchanged")
    return parts.isEmpty ? t("diff.text.no-rules") : parts.joined(separator: ", ")
  }

  /// `1.6 → 2.6` or `1.6`.
  func numbers(_ c: ArticleChange) -> String {
    switch (c.old, c.new) {
    case (let o?, let n?): return label(o) == label(n) ? label(n) : "\(label(o)) → \(label(n))"
    case (let o?, nil): return label(o)
    case (nil, let n?): return label(n)
    default: return ""
    }
  }

  /// The label as written, without a trailing dot (`1.6.` → `1.6`, `Artikel 5`).
  func label(_ a: Article) -> String { a.displayNumber }

  /// What happened to the rule: `gewijzigd, vernummerd`.
  func status(_ c: ArticleChange) -> String {
    switch c.status {
    case .added:
      if let s = c.splitFrom { return t("diff.text.added-split-off-from", ["label": "\(label(s))"]) }
      return t("diff.text.added")
    case .removed:
      if let m = c.mergedInto { return t("diff.text.removed-merged-into-label", ["label": "\(label(m))"]) }
      return t("diff.text.removed")
    case .matched:
      var parts: [String] = []
      if c.textChanged {
        parts.append(
          c.editorialText ? t("diff.text.text-changed-editorial") : t("diff.text.text-changed")
        )
      }
      if c.renumbered { parts.append(t("diff.text.renumbered")) }
      if c.moved { parts.append(t("diff.text.moved-newchapter", ["newChapter": "\(c.newChapter ?? "")"])) }
      if c.explanationChanged {
        parts.append(
          c.editorialText && !c.textChanged
            ? t("diff.text.explanation-changed-editorial")
            : t("diff.text.explanation-changed"))
      }
      let other = c.semantic.filter { !$0.followsRenumbering }
      if !other.isEmpty, other.allSatisfy({ $0.kind == "verwijzing" && $0.old == $0.new }) {
        parts.append(t("diff.text.reference-not-renumbered"))
      } else if !c.textChanged, other.contains(where: { !$0.fromText }) {
        parts.append(t("diff.text.annotations-changed"))
      }
      if parts.isEmpty { parts.append(t("diff.text.unchanged")) }
      return parts.joined(separator: ", ")
    }
  }

  func value(_ s: String?, kind: String) -> String {
    guard let s else { return t("diff.text.none") }
    if kind == "onderwerp" { return Vocabulary.shared.topics.label(s, language) }
    if kind == "norm", language == .en {
      return s.split(separator: ",").map { part -> String in
        var k = part.trimmingCharacters(in: .whitespaces)
        // A negated norm read from the text: `toestemming (ontkend)`.
        let negated = k.hasSuffix(" (ontkend)")
        if negated { k = String(k.dropLast(" (ontkend)".count)) }
        return (NormKind(rawValue: k)?.english ?? k) + (negated ? " (negated)" : "")
      }
      .joined(separator: ", ")
    }
    return s
  }

  /// One semantic change as a sentence fragment: `drempel: € 50 → € 25 (strenger)`.
  func semantic(_ s: SemanticChange) -> String {
    var line = s.kindLabel(language) + ": "
    if s.kind == "onderwerp" {
      line +=
        s.old != nil ? t("diff.text.lost") + value(s.old, kind: s.kind) : t("diff.text.gained") + value(s.new, kind: s.kind)
    } else if s.old == nil && s.new == nil {
      line += s.note?.text(language) ?? ""
      return line
    } else {
      line += value(s.old, kind: s.kind) + " → " + value(s.new, kind: s.kind)
    }
    if let d = s.direction { line += " (\(d.label(language)))" }
    if s.followsRenumbering { line += t("diff.text.only-follows-renumbering") }
    if let n = s.note { line += " (\(n.text(language)))" }
    if let b = s.basis.label(language) { line += " (\(b))" }
    return line
  }

  /// ` (hoofdstuk '4. Geschenken')`: the chapter of a rule, unless its status names it (moved).
  func place(_ c: ArticleChange) -> String {
    guard !c.moved, let chapter = c.newChapter ?? c.oldChapter else { return "" }
    return t("diff.text.chapter-chapter", ["chapter": "\(chapter)"])
  }

  /// One line for the list of substantive changes: the rule and what changed in it.
  func headline(_ c: ArticleChange) -> String {
    let named = c.semantic.filter { !$0.followsRenumbering }
    let what = named.isEmpty ? status(c) : named.map(semantic).joined(separator: "; ")
    let chapter = c.newChapter ?? c.oldChapter
    return t("diff.text.rule") + numbers(c) + (chapter.map { t("diff.text.in-value", ["value": "\($0)"]) } ?? "") + ": " + what
  }

  /// `2 redactioneel: 1 vernummerd, 1 tekst (redactioneel)`.
  func editorialSummary(_ diff: DocumentDiff) -> String? {
    let editorial = diff.changes.filter { $0.isChange && !$0.substantive }
    guard !editorial.isEmpty else { return nil }
    let n = editorial.count
    return t(n == 1 ? "diff.text.editorial.one" : "diff.text.editorial.many", ["count": "\(n)"])
      + editorial.prefix(12).map(numbers).joined(separator: ", ") + (editorial.count > 12 ? ", …" : "")
  }

  /// The place and what changed in text outside the rules.
  func passage(_ p: PassageChange) -> String {
    p.place.text(language) + ": "
      + (p.editorial ? t("diff.text.text-changed-editorial") : t("diff.text.text-changed"))
  }

  /// The place and the changes of meaning named in text outside the rules, as the summary of
  /// substantive changes lists them (`preambule: normsoort: toestemming → verbod (strenger)`).
  func passageHeadline(_ p: PassageChange) -> String {
    p.semantic.isEmpty ? passage(p) : p.place.text(language) + ": " + p.semantic.map(semantic).joined(separator: "; ")
  }

  func chapter(_ c: ChapterChange) -> String? {
    switch c.status {
    case .added: return t("diff.text.added-2") + (c.new?.displayTitle ?? "")
    case .removed: return t("diff.text.removed-2") + (c.old?.displayTitle ?? "")
    case .matched:
      guard c.renumbered || c.retitled || c.reordered, let o = c.old, let n = c.new else { return nil }
      var what: [String] = []
      if c.renumbered { what.append(t("diff.text.renumbered")) }
      if c.retitled { what.append(t("diff.text.retitled")) }
      if c.reordered { what.append(t("diff.text.moved-in-order")) }
      return "\(o.displayTitle) → \(n.displayTitle) (\(what.joined(separator: ", ")))"
    }
  }
}

/// Plain or coloured text for a terminal. Document text (file names, titles, rule text, values)
/// passes through `TerminalText.sanitize` before it is coloured, so a control character in a code
/// never reaches the terminal; the only escape sequences in the output are the renderer's colours.
public struct DiffTextRenderer: Sendable {
  public var language: Language
  public var colour: Bool
  /// Also list rules that did not change.
  public var showUnchanged = false

  public init(language: Language, colour: Bool) {
    self.language = language
    self.colour = colour
  }

  func wrap(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
  func clean(_ s: String) -> String { TerminalText.sanitize(s) }

  public func render(_ diff: DocumentDiff) -> String {
    let w = DiffWords(language: language)
    var out = wrap(clean("ambt diff \(diff.oldFile) \(diff.newFile)"), "1") + "\n"
    out += w.t("diff.text.summary") + w.summary(diff.summary) + "\n"
    if !diff.hasDifferences {
      out += w.t("diff.text.no-differences")
      return out
    }
    // The changes that matter first: stricter or looser, then the other substantive ones.
    let substantive = diff.substantiveChanges
    let substantivePassages = diff.passages.filter(\.substantive)
    if !substantive.isEmpty || !substantivePassages.isEmpty {
      out += "\n" + wrap(w.t("diff.text.substantive-changes"), "1") + "\n"
      for c in substantive { out += "  • " + clean(w.headline(c)) + "\n" }
      for p in substantivePassages { out += "  • " + clean(w.passageHeadline(p)) + "\n" }
    }
    if let e = w.editorialSummary(diff) { out += "\n" + clean(e) + "\n" }
    if !diff.metadata.isEmpty {
      out += "\n" + wrap(w.t("diff.text.facts-about-code"), "1") + "\n"
      for m in diff.metadata { out += "  " + clean(w.semantic(m)) + "\n" }
    }
    if !diff.topicsGained.isEmpty || !diff.topicsLost.isEmpty {
      out += "\n" + wrap(w.t("diff.text.topics"), "1") + "\n"
      for t in diff.topicsGained { out += "  + " + Vocabulary.shared.topics.label(t, language) + "\n" }
      for t in diff.topicsLost { out += "  - " + Vocabulary.shared.topics.label(t, language) + "\n" }
    }
    let chapterLines = diff.chapters.compactMap(w.chapter)
    if !chapterLines.isEmpty {
      out += "\n" + wrap(w.t("diff.text.chapters"), "1") + "\n"
      for l in chapterLines { out += "  " + clean(l) + "\n" }
    }
    if !diff.passages.isEmpty {
      out += "\n" + wrap(w.t("diff.text.text-outside-rules"), "1") + "\n"
      for p in diff.passages {
        out += "  " + clean(w.passage(p)) + "\n" + lines(DiffLines.window(p.words), indent: "    ")
        for s in p.semantic { out += "    • " + clean(w.semantic(s)) + "\n" }
      }
    }
    for c in diff.changes where c.isChange || showUnchanged {
      out += "\n" + wrap(clean(w.t("diff.text.rule-2") + w.numbers(c)), "1") + ": " + clean(w.status(c))
      out += clean(w.place(c)) + "\n"
      switch c.status {
      case .added: out += lines(DiffLines.whole(c.new.map(TextBlocks.normative) ?? [], .insert), indent: "  ")
      case .removed: out += lines(DiffLines.whole(c.old.map(TextBlocks.normative) ?? [], .delete), indent: "  ")
      case .matched:
        if !c.words.isEmpty {
          out += lines(DiffLines.window(c.words), indent: "  ")
        } else if c.explanationChanged, let first = c.new.flatMap({ DiffLines.opening($0) }) {
          // The rule's own text did not change: its title says which rule it is.
          out += lines([first], indent: "  ")
        }
        if !c.explanationWords.isEmpty {
          out += "  " + w.t("diff.text.explanation") + "\n" + lines(DiffLines.window(c.explanationWords), indent: "    ")
        }
      }
      for s in c.semantic { out += "  • " + clean(w.semantic(s)) + "\n" }
    }
    return out
  }

  /// The lines of a redline under each other, a list item with its marker and depth, a title in
  /// bold on a terminal.
  func lines(_ lines: [DiffLine], indent: String) -> String {
    var out = ""
    for line in lines {
      let text = redline(line.runs)
      out +=
        indent + clean(DiffLines.prefix(line.start)) + (line.start?.kind == .title && !line.changed ? wrap(text, "1") : text)
        + "\n"
    }
    return out
  }

  /// `[-old-]{+new+}` markers without colour; strike-through and underline with colour.
  func redline(_ runs: [DiffRun]) -> String {
    var out = ""
    var previous: DiffRun.Op?
    for r in runs {
      // A replacement reads as one unit: no space between the deleted and the inserted words.
      if !out.isEmpty, r.tokens.first?.spaceBefore == true, !(previous == .delete && r.op == .insert) { out += " " }
      previous = r.op
      let text = clean(r.text)
      switch r.op {
      case .equal: out += text
      case .delete: out += colour ? wrap(text, r.followsRenumbering ? "9;2" : "9;31") : "[-" + text + "-]"
      case .insert: out += colour ? wrap(text, r.followsRenumbering ? "4;2" : "4;32") : "{+" + text + "+}"
      }
    }
    return out
  }
}
