import AmbtModel

/// One standalone, accessible page: a summary of changes, then an inline redline per rule.
/// Every piece of document text is escaped.
public struct DiffHTMLRenderer: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  public func render(_ diff: DocumentDiff) -> String {
    let w = DiffWords(language: language)
    let e = HTML.escape
    let title = w.t("diff.html.changes-in") + (diff.newTitle ?? diff.newFile)
    var b = "<header>\n<h1>\(e(title))</h1>\n"
    b +=
      "<p>\(e(w.t("diff.html.old"))): <code>\(e(diff.oldFile))</code>; \(e(w.t("diff.html.new"))): <code>\(e(diff.newFile))</code></p>\n</header>\n<main>\n"
    b += "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(e(w.t("diff.html.summary")))</h2>\n"
    b += "<p>\(e(w.summary(diff.summary)))</p>\n"
    if !diff.hasDifferences { b += "<p>\(e(w.t("diff.html.no-differences")))</p>\n" }
    let changed = diff.changes.filter(\.isChange)
    // The changes that matter first, each linked to its place below.
    let substantive = diff.substantiveChanges
    if !substantive.isEmpty || diff.passages.contains(where: \.substantive) {
      b += "<h3>\(e(w.t("diff.html.substantive-changes")))</h3>\n<ul>\n"
      for c in substantive {
        let k = changed.firstIndex(of: c).map { $0 + 1 } ?? 0
        b += "<li><a href=\"#r\(k)\">\(e(w.headline(c)))</a></li>\n"
      }
      for (k, p) in diff.passages.enumerated() where p.substantive {
        b += "<li><a href=\"#p\(k + 1)\">\(e(w.passageHeadline(p)))</a></li>\n"
      }
      b += "</ul>\n"
    }
    if let editorial = w.editorialSummary(diff) { b += "<p>\(e(editorial))</p>\n" }
    if !diff.metadata.isEmpty {
      b += "<h3>\(e(w.t("diff.html.facts-about-code")))</h3>\n<ul>\n"
      for m in diff.metadata { b += "<li>\(e(w.semantic(m)))</li>\n" }
      b += "</ul>\n"
    }
    if !diff.topicsGained.isEmpty || !diff.topicsLost.isEmpty {
      b += "<h3>\(e(w.t("diff.html.topics")))</h3>\n<ul>\n"
      for t in diff.topicsGained {
        b += "<li>\(e(w.t("diff.html.gained") + Vocabulary.shared.topics.label(t, language)))</li>\n"
      }
      for t in diff.topicsLost {
        b += "<li>\(e(w.t("diff.html.lost") + Vocabulary.shared.topics.label(t, language)))</li>\n"
      }
      b += "</ul>\n"
    }
    let chapterLines = diff.chapters.compactMap(w.chapter)
    if !chapterLines.isEmpty {
      b += "<h3>\(e(w.t("diff.html.chapters")))</h3>\n<ul>\n"
      for l in chapterLines { b += "<li>\(e(l))</li>\n" }
      b += "</ul>\n"
    }
    if !changed.isEmpty {
      b += "<h3>\(e(w.t("diff.html.changed-rules")))</h3>\n<ul>\n"
      for (k, c) in changed.enumerated() {
        b += "<li><a href=\"#r\(k + 1)\">\(e(w.numbers(c)))</a>: \(e(w.status(c) + w.place(c)))</li>\n"
      }
      b += "</ul>\n"
    }
    b += "</section>\n"
    for (k, p) in diff.passages.enumerated() {
      b += "<section id=\"p\(k + 1)\" aria-labelledby=\"ph\(k + 1)\">\n"
      // A window around the changes, as for a rule in text and Markdown: a preamble or a
      // chapter's explanation can run to pages.
      b += "<h2 id=\"ph\(k + 1)\">\(e(p.place.text(language)))</h2>\n<p>\(lines(DiffLines.window(p.words)))</p>\n"
      if !p.semantic.isEmpty { b += "<ul>\n" + p.semantic.map { "<li>\(e(w.semantic($0)))</li>\n" }.joined() + "</ul>\n" }
      b += "</section>\n"
    }
    for (k, c) in changed.enumerated() {
      b += "<section id=\"r\(k + 1)\" aria-labelledby=\"h\(k + 1)\">\n"
      b += "<h2 id=\"h\(k + 1)\">\(e(w.t("diff.html.rule") + w.numbers(c)))</h2>\n<p>\(e(w.status(c) + w.place(c)))</p>\n"
      switch c.status {
      case .added: b += "<p>\(lines(c.new.map(TextBlocks.normative) ?? [], .insert))</p>\n"
      case .removed: b += "<p>\(lines(c.old.map(TextBlocks.normative) ?? [], .delete))</p>\n"
      case .matched:
        if !c.words.isEmpty { b += "<p>\(lines(c.words))</p>\n" }
        if !c.explanationWords.isEmpty {
          b += "<p><em>\(e(w.t("diff.html.explanation"))):</em> \(lines(c.explanationWords))</p>\n"
        }
      }
      if !c.semantic.isEmpty {
        b += "<ul>\n"
        for s in c.semantic { b += "<li>\(e(w.semantic(s)))</li>\n" }
        b += "</ul>\n"
      }
      b += "</section>\n"
    }
    if diff.hasDifferences { b += sideBySide(diff, w) + trackChanges(diff, w) }
    b += "</main>\n"
    return HTML.page(language: language.rawValue, title: title, body: b, extraStyle: "\n" + DiffHTMLRenderer.viewStyle)
  }

  /// A word diff in the lines of its text: each title, paragraph and list item a block of its
  /// own (`span.ln`, so it may stand inside a paragraph), a list item indented with its marker.
  func lines(_ runs: [DiffRun]) -> String { lines(DiffLines.split(runs)) }

  /// Lines of a word diff, whole or a window (`DiffLines.window`, whose left-out lines are one
  /// `…` line).
  func lines(_ lines: [DiffLine]) -> String {
    lines.map { line in
      var cls = "ln"
      var marker = ""
      if let start = line.start {
        if start.kind == .title || start.kind == .heading || start.kind == .label { cls += " t" }
        if start.kind == .item {
          cls += " i\(min(start.depth, 3))"
          marker = "<span class=\"mk\">\(HTML.escape(start.marker))</span> "
        }
      }
      return "<span class=\"\(cls)\">\(marker)\(redline(line.runs))</span>"
    }
    .joined()
  }

  /// The whole text of an added or removed rule.
  func lines(_ tokens: [Token], _ op: DiffRun.Op) -> String { lines([DiffRun(op: op, tokens: tokens)]) }

  func redline(_ runs: [DiffRun]) -> String {
    var out = ""
    var previous: DiffRun.Op?
    for r in runs {
      // A replacement reads as one unit: no space between the deleted and the inserted words.
      if !out.isEmpty, r.tokens.first?.spaceBefore == true, !(previous == .delete && r.op == .insert) { out += " " }
      previous = r.op
      let text = HTML.escape(r.text)
      let cls = r.followsRenumbering ? " class=\"renumbering\"" : ""
      switch r.op {
      case .equal: out += text
      case .delete: out += "<del\(cls)>\(text)</del>"
      case .insert: out += "<ins\(cls)>\(text)</ins>"
      }
    }
    return out
  }
}
