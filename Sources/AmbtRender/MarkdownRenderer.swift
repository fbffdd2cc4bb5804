import AmbtModel

/// Renders a code as CommonMark, for wikis, pull requests and conversion to other formats.
///
/// Anchors are the same as in the HTML rendering (`<a id="regel-7-2"></a>` before the heading),
/// explanations are block quotes, and every piece of document text goes through
/// ``Escaping/markdown(_:)`` so nothing in a code is read as markup or raw HTML.
public struct MarkdownRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func render(_ document: Document) -> String {
    var state = State(anchors: AnchorAllocator(document: document), showAnnotations: options.showAnnotations)
    var body: [String] = []
    for item in document.preamble.items { body += state.item(item, depth: 2, ruleID: nil) }
    for chapter in document.chapters { body += state.chapter(chapter) }
    if let closing = document.closing {
      let id = state.anchors.named("slot")
      state.toc.append(TOCEntry(id: id, text: "Slot", children: []))
      body.append("## <a id=\"\(id)\"></a>Slot")
      for item in closing.items { body += state.item(item, depth: 3, ruleID: nil) }
    }
    for annex in document.annexes { body += state.chapter(annex) }

    var blocks: [String] = []
    blocks.append("# " + Escaping.markdown(document.metadata.title?.value ?? "Gedragscode"))
    let drafts = document.articles.filter { $0.annotations.draft != nil }.count
    if drafts > 0 {
      blocks.append(
        "> **Concept.** Deze code bevat \(drafts) " + (drafts == 1 ? "regel die" : "regels die") + " nog geschreven moet"
          + (drafts == 1 ? "" : "en") + " worden.")
    }
    let rows = Summary.metadata(document.metadata)
    if !rows.isEmpty {
      blocks.append(rows.map { "- **" + Escaping.markdown($0.label) + ":** " + Self.inlines($0.values) }.joined(separator: "\n"))
    }
    blocks.append("## Inhoud")
    if !state.toc.isEmpty { blocks.append(Self.tocList(state.toc, indent: "")) }
    blocks += body
    return blocks.joined(separator: "\n\n") + "\n"
  }

  static func tocList(_ entries: [TOCEntry], indent: String) -> String {
    entries.map { e in
      var s = indent + "- [" + Escaping.markdownInline(e.text) + "](#" + e.id + ")"
      if !e.children.isEmpty { s += "\n" + tocList(e.children, indent: indent + "  ") }
      return s
    }.joined(separator: "\n")
  }

  static func inlines(_ values: [Inline]) -> String {
    values.map { v -> String in
      switch v {
      case .text(let t): return Escaping.markdownInline(t)
      case .link(let t, let href): return "[" + Escaping.markdownInline(t) + "](<" + href + ">)"
      case .anchor(let t, let id): return "[" + Escaping.markdownInline(t) + "](#" + id + ")"
      case .date(let d): return Escaping.markdownInline(Summary.dutchDate(d))
      }
    }.joined(separator: ", ")
  }

  /// Escapes running text and keeps web addresses as autolinks.
  static func text(_ text: String) -> String {
    var out = ""
    for (k, segment) in Autolink.segments(text).enumerated() {
      switch segment {
      case .text(let t): out += k == 0 ? Escaping.markdown(t) : Escaping.markdownInline(t)
      case .url(let u): out += "<" + u + ">"
      }
    }
    return out
  }
}

extension MarkdownRenderer {
  struct State {
    var anchors: AnchorAllocator
    var showAnnotations: Bool
    var toc: [TOCEntry] = []

    init(anchors: AnchorAllocator, showAnnotations: Bool) {
      self.anchors = anchors
      self.showAnnotations = showAnnotations
    }

    mutating func chapter(_ chapter: Chapter) -> [String] {
      let id = anchors.chapter(chapter)
      var blocks = ["## <a id=\"\(id)\"></a>" + Escaping.markdownInline(chapter.displayTitle)]
      let entryIndex = toc.count
      toc.append(TOCEntry(id: id, text: chapter.displayTitle, children: []))
      if showAnnotations && !chapter.annotations.isEmpty {
        blocks += annotationsBlock(chapter.annotations)
      }
      for item in chapter.items {
        if case .article(let a) = item, let title = a.title, !title.isEmpty {
          let ruleID = anchors.ruleID(forKey: a.key) ?? AnchorAllocator.ruleID(key: a.key)
          toc[entryIndex].children.append(TOCEntry(id: ruleID, text: a.label + " " + title, children: []))
        }
        blocks += self.item(item, depth: 3, ruleID: nil)
      }
      return blocks
    }

    mutating func item(_ item: Item, depth: Int, ruleID: String?) -> [String] {
      switch item {
      case .paragraph(let p):
        return [MarkdownRenderer.text(p.text)]
      case .list(let l):
        return [list(l.items, indent: "")]
      case .heading(let h):
        let id = anchors.heading(h)
        let text = [h.number, h.title].compactMap { $0 }.joined(separator: " ")
        let level = min(max(depth, 2), 6)
        if level == 2 { toc.append(TOCEntry(id: id, text: text, children: [])) }
        return [String(repeating: "#", count: level) + " <a id=\"\(id)\"></a>" + Escaping.markdownInline(text)]
      case .explanation(let e):
        var inner = ["**" + Escaping.markdown(e.label) + "**"]
        for i in e.items { inner += self.item(i, depth: depth + 1, ruleID: nil) }
        return [MarkdownRenderer.quote(inner)]
      case .article(let a):
        return rule(a, depth: depth)
      }
    }

    mutating func rule(_ a: Article, depth: Int) -> [String] {
      let id = anchors.rule(a)
      var heading =
        String(repeating: "#", count: min(max(depth, 3), 6)) + " <a id=\"\(id)\"></a>"
        + Escaping.markdownInline(a.label)
      if let title = a.title, !title.isEmpty { heading += " " + Escaping.markdownInline(title) }
      var blocks = [heading]
      if let d = a.annotations.draft {
        blocks.append(
          "> **Concept:** " + Escaping.markdownInline(d.value.isEmpty ? "deze regel moet nog geschreven worden" : d.value))
      }
      for item in a.items { blocks += self.item(item, depth: depth + 1, ruleID: id) }
      if showAnnotations && !a.annotations.isEmpty { blocks += annotationsBlock(a.annotations) }
      return blocks
    }

    func annotationsBlock(_ annotations: Annotations) -> [String] {
      let rows = Summary.annotations(annotations, anchors: anchors)
      guard !rows.isEmpty else { return [] }
      let list = rows.map { "- " + Escaping.markdownInline($0.label) + ": " + MarkdownRenderer.inlines($0.values) }
      return [MarkdownRenderer.quote(["*Annotaties*", list.joined(separator: "\n")])]
    }

    func list(_ items: [ListItem], indent: String) -> String {
      items.map { i in
        var s = indent + "- "
        if i.markerKind == .bullet {
          s += MarkdownRenderer.text(i.text)
        } else {
          s += Escaping.markdown(i.marker) + " " + MarkdownRenderer.textInline(i.text)
        }
        if !i.children.isEmpty { s += "\n" + list(i.children, indent: indent + "  ") }
        return s
      }.joined(separator: "\n")
    }
  }

  /// Running text that does not start a line (no block-start escaping needed).
  static func textInline(_ text: String) -> String {
    Autolink.segments(text).map { segment -> String in
      switch segment {
      case .text(let t): return Escaping.markdownInline(t)
      case .url(let u): return "<" + u + ">"
      }
    }.joined()
  }

  /// Prefixes every line of the blocks with `> `, blank lines between blocks with `>`.
  static func quote(_ blocks: [String]) -> String {
    blocks.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
  }
}
