import AmbtModel
import Foundation

/// Markdown that fits a pull-request comment: a summary table, then one section per changed rule.
public struct DiffMarkdownRenderer: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  /// Escapes characters that Markdown or HTML inside Markdown would interpret.
  /// Escapes text that starts a list item or a table cell: `4. Dienstverlening` there would
  /// start an ordered list.
  public static func escapeItem(_ s: String) -> String {
    let digits = s.prefix { $0.isNumber }
    if !digits.isEmpty, let next = s.dropFirst(digits.count).first, next == "." || next == ")" {
      return String(digits) + "\\" + escape(String(s.dropFirst(digits.count)))
    }
    return escape(s)
  }

  public static func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "<", ">", "{", "}": out += "\\" + String(c)
      case "&": out += "&amp;"
      case "\n": out += " "
      default: out.append(c)
      }
    }
    return out
  }

  /// The report; document text in it is made safe for a terminal (`TerminalText`), since
  /// Markdown is often read where it is printed.
  public func render(_ diff: DocumentDiff) -> String {
    TerminalText.sanitize(markdown(diff), keepingLineBreaks: true)
  }

  func markdown(_ diff: DocumentDiff) -> String {
    let w = DiffWords(language: language)
    let e = DiffMarkdownRenderer.escape
    var out = "## " + w.t("diff.markdown.changes-in") + e(diff.newTitle ?? diff.newFile) + "\n\n"
    out +=
      "`\(diff.oldFile.replacingOccurrences(of: "`", with: "'"))` → `\(diff.newFile.replacingOccurrences(of: "`", with: "'"))`\n\n"
    let s = diff.summary
    out += w.t("diff.markdown.modified-renumbered-moved-added")
    out += "|---:|---:|---:|---:|---:|---:|\n"
    out += "| \(s.modified) | \(s.renumbered) | \(s.moved) | \(s.added) | \(s.removed) | \(s.unchanged) |\n"
    if !diff.hasDifferences {
      out += "\n" + w.t("diff.markdown.no-differences") + "\n"
      return out
    }
    let substantive = diff.substantiveChanges
    let substantivePassages = diff.passages.filter(\.substantive)
    if !substantive.isEmpty || !substantivePassages.isEmpty {
      out += "\n### " + w.t("diff.markdown.substantive-changes") + "\n\n"
      for c in substantive { out += "- " + e(w.headline(c)) + "\n" }
      for p in substantivePassages { out += "- " + e(w.passageHeadline(p)) + "\n" }
    }
    if let editorial = w.editorialSummary(diff) { out += "\n" + e(editorial) + "\n" }
    if !diff.metadata.isEmpty {
      out += "\n### " + w.t("diff.markdown.facts-about-code") + "\n\n"
      for m in diff.metadata { out += "- " + e(w.semantic(m)) + "\n" }
    }
    if !diff.topicsGained.isEmpty || !diff.topicsLost.isEmpty {
      out += "\n### " + w.t("diff.markdown.topics") + "\n\n"
      for t in diff.topicsGained {
        out += "- " + w.t("diff.markdown.gained") + e(Vocabulary.shared.topics.label(t, language)) + "\n"
      }
      for t in diff.topicsLost {
        out += "- " + w.t("diff.markdown.lost") + e(Vocabulary.shared.topics.label(t, language)) + "\n"
      }
    }
    let chapterLines = diff.chapters.compactMap(w.chapter)
    if !chapterLines.isEmpty {
      out += "\n### " + w.t("diff.markdown.chapters") + "\n\n"
      for l in chapterLines { out += "- " + DiffMarkdownRenderer.escapeItem(l) + "\n" }
    }
    if !diff.passages.isEmpty {
      out += "\n### " + w.t("diff.markdown.text-outside-rules") + "\n"
      for p in diff.passages {
        out += "\n**" + e(p.place.text(language)) + "**\n\n" + quote(DiffLines.window(p.words))
        if !p.semantic.isEmpty { out += "\n" }
        for s in p.semantic { out += "- " + e(w.semantic(s)) + "\n" }
      }
    }
    // Rules that were only renumbered go on one line, so a pull-request comment stays short.
    func onlyRenumbered(_ c: ArticleChange) -> Bool {
      c.status == .matched && c.renumbered && !c.moved && !c.textChanged && !c.explanationChanged
        && c.semantic.allSatisfy(\.followsRenumbering)
    }
    let renumbered = diff.changes.filter(onlyRenumbered)
    let changed = diff.changes.filter { $0.isChange && !onlyRenumbered($0) }
    if !changed.isEmpty || !renumbered.isEmpty {
      out += "\n### " + w.t("diff.markdown.rules") + "\n"
      for c in changed {
        out += "\n**" + e(w.numbers(c)) + "**: " + e(w.status(c) + w.place(c)) + "\n"
        switch c.status {
        case .added: out += "\n" + quote(DiffLines.whole(c.new.map(TextBlocks.normative) ?? [], .insert))
        case .removed: out += "\n" + quote(DiffLines.whole(c.old.map(TextBlocks.normative) ?? [], .delete))
        case .matched:
          if !c.words.isEmpty {
            out += "\n" + quote(DiffLines.window(c.words))
          } else if c.explanationChanged, let first = c.new.flatMap({ DiffLines.opening($0) }) {
            out += "\n" + quote([first])
          }
          if !c.explanationWords.isEmpty {
            out += "\n" + w.t("diff.markdown.explanation") + "\n\n" + quote(DiffLines.window(c.explanationWords))
          }
        }
        if !c.semantic.isEmpty { out += "\n" }
        for s in c.semantic { out += "- " + e(w.semantic(s)) + "\n" }
      }
      if !renumbered.isEmpty {
        out += "\n**" + w.t("diff.markdown.only-renumbered") + "** (\(renumbered.count)): "
        out += renumbered.map { e(w.numbers($0)) }.joined(separator: ", ") + "\n"
        let follows = renumbered.filter { !$0.semantic.isEmpty }.map { e(w.numbers($0)) }
        if !follows.isEmpty {
          out +=
            "\n" + w.t("diff.markdown.references-that-follow-renumbering")
            + follows.joined(separator: ", ") + "\n"
        }
      }
    }
    return out
  }

  /// Lines of a redline as a block quote: a title in bold, list items as a Markdown list with
  /// their own marker, an empty quote line between blocks so paragraphs do not run together.
  func quote(_ lines: [DiffLine]) -> String {
    var out = ""
    var previous: LineStart.Kind?
    for (k, line) in lines.enumerated() {
      let kind = line.start?.kind
      if k > 0 && !(kind == .item && previous == .item) { out += ">\n" }
      previous = kind
      var text = redline(line.runs)
      switch kind {
      case .title: text = "**" + text + "**"
      case .item:
        let start = line.start ?? LineStart(kind: .item)
        let bullet = ["-", "*", "•", "–"].contains(start.marker)
        text =
          String(repeating: "  ", count: start.depth) + "- " + (bullet ? "" : DiffMarkdownRenderer.escape(start.marker) + " ")
          + text
      default: break
      }
      out += "> " + text + "\n"
    }
    return out
  }

  func redline(_ runs: [DiffRun]) -> String {
    var out = ""
    var previous: DiffRun.Op?
    for r in runs {
      // A replacement reads as one unit: no space between the deleted and the inserted words.
      if !out.isEmpty, r.tokens.first?.spaceBefore == true, !(previous == .delete && r.op == .insert) { out += " " }
      previous = r.op
      let text = DiffMarkdownRenderer.escape(r.text)
      switch r.op {
      case .equal: out += text
      case .delete: out += "<del>" + text + "</del>"
      case .insert: out += "<ins>" + text + "</ins>"
      }
    }
    return out
  }
}
