import AmbtModel

/// The two further HTML views of a diff (issue 12, item 4): the changed rules side by side, old
/// left and new right, and the whole new version with its changes tracked (removed rules struck
/// through at their old place), printable.
extension DiffHTMLRenderer {
  /// Old and new text of every changed rule in two columns; on a narrow screen they stack.
  func sideBySide(_ diff: DocumentDiff, _ w: DiffWords) -> String {
    let e = HTML.escape
    // Rules that were only renumbered or moved have the same text on both sides: the list above
    // and the tracked text say it; the columns are for what was rewritten.
    let changed = diff.changes.filter { $0.isChange && ($0.status != .matched || !$0.words.isEmpty || $0.explanationChanged) }
    guard !changed.isEmpty else { return "" }
    var b = "<section class=\"side\" aria-labelledby=\"side\">\n<h2 id=\"side\">\(e(w.t("diff.html.side-by-side")))</h2>\n"
    b += "<table class=\"sbs\"><thead><tr><th scope=\"col\">\(e(w.t("diff.html.rule-2")))</th>"
    b +=
      "<th scope=\"col\">\(e(w.t("diff.html.old")))</th><th scope=\"col\">\(e(w.t("diff.html.new-2")))</th></tr></thead><tbody>\n"
    for c in changed {
      let old: String
      let new: String
      switch c.status {
      case .added:
        old = ""
        new = lines(c.new.map(TextBlocks.normative) ?? [], .insert)
      case .removed:
        old = lines(c.old.map(TextBlocks.normative) ?? [], .delete)
        new = ""
      case .matched:
        old = c.words.isEmpty ? lines(c.old.map(TextBlocks.normative) ?? [], .equal) : side(c.words, keep: .delete)
        new = c.words.isEmpty ? lines(c.new.map(TextBlocks.normative) ?? [], .equal) : side(c.words, keep: .insert)
      }
      b += "<tr><th scope=\"row\">\(e(w.numbers(c)))<br><small>\(e(w.status(c)))</small></th>"
      b +=
        "<td data-label=\"\(e(w.t("diff.html.old")))\">\(old)</td><td data-label=\"\(e(w.t("diff.html.new-2")))\">\(new)</td></tr>\n"
    }
    return b + "</tbody></table>\n</section>\n"
  }

  /// One side of a word diff: the equal words and the runs of `keep` (deletions on the left,
  /// insertions on the right).
  func side(_ runs: [DiffRun], keep: DiffRun.Op) -> String {
    lines(runs.filter { $0.op == .equal || $0.op == keep })
  }

  /// The whole new version, chapter by chapter, with every change tracked in place.
  func trackChanges(_ diff: DocumentDiff, _ w: DiffWords) -> String {
    let e = HTML.escape
    var b = "<section class=\"track\" aria-labelledby=\"track\">\n<h2 id=\"track\">"
    b += e(w.t("diff.html.new-text-with-changes")) + "</h2>\n"
    var chapter: String?
    for c in diff.changes {
      let title = c.newChapter ?? c.oldChapter
      if let title, title != chapter {
        chapter = title
        b += "<h3>\(e(title))</h3>\n"
      }
      let number = e(c.new.map(w.label) ?? c.old.map(w.label) ?? "")
      switch c.status {
      case .added:
        b +=
          "<p class=\"rule\"><span class=\"num\">\(number)</span> \(lines(c.new.map(TextBlocks.normative) ?? [], .insert))</p>\n"
      case .removed:
        b +=
          "<p class=\"rule\"><span class=\"num\"><del>\(number)</del></span> \(lines(c.old.map(TextBlocks.normative) ?? [], .delete))</p>\n"
      case .matched:
        let num = c.renumbered ? "<del>\(e(c.old.map(w.label) ?? ""))</del> <ins>\(number)</ins>" : number
        let text = c.words.isEmpty ? lines(c.new.map(TextBlocks.normative) ?? [], .equal) : lines(c.words)
        b += "<p class=\"rule\"><span class=\"num\">\(num)</span> \(text)</p>\n"
        if !c.explanationWords.isEmpty {
          b += "<p class=\"expl\">\(lines(c.explanationWords))</p>\n"
        }
      }
    }
    return b + "</section>\n"
  }

  /// Styles for the views: two columns that stack on a phone, and print rules (each view on its
  /// own page, no navigation colours lost: deletions stay struck through, insertions underlined).
  static let viewStyle = """
    <style>
    .sbs { width: 100%; table-layout: fixed; } .sbs th[scope=row] { width: 8rem; }
    .ln { display: block; } .ln.t { font-weight: bold; } .ln.i0 { padding-left: 1.2rem; } .ln.i1 { padding-left: 2.4rem; }
    .ln.i2, .ln.i3 { padding-left: 3.6rem; } .ln .mk { display: inline-block; min-width: 1.2rem; margin-left: -1.2rem; }
    .track .rule .num { font-weight: bold; margin-right: 0.3rem; } .rule .num + .ln { display: inline; } .track .expl { margin-left: 1.5rem; font-style: italic; }
    @media (max-width: 40rem) {
      .sbs thead { display: none; } .sbs, .sbs tbody, .sbs tr, .sbs th, .sbs td { display: block; width: auto; }
      .sbs td::before { content: attr(data-label) ": "; font-weight: bold; }
    }
    @media print {
      body { max-width: none; margin: 0; font-size: 10.5pt; } .side, .track { break-before: page; }
      tr, p.rule { break-inside: avoid; } a { color: inherit; text-decoration: none; }
      del { background: none; } ins { background: none; }
    }
    </style>
    """
}
