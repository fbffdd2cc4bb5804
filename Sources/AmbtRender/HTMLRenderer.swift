import AmbtModel

/// Renders a code as one standalone HTML5 document for the intranet or for publication.
///
/// Accessibility choices: `lang="nl"` (the codes are Dutch, so the labels are too), a skip link,
/// headings that never skip a level (h1 title, h2 chapters, h3 rules and sub-headings, clamped by
/// ``HeadingLevels``), explanations in `<aside>` so they are set apart from the normative text,
/// colours with a contrast ratio of at least 7:1, and a print stylesheet. Every piece of document
/// text goes through ``Escaping/html(_:)``.
public struct HTMLRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func render(_ document: Document) -> String {
    var state = State(anchors: AnchorAllocator(document: document), showAnnotations: options.showAnnotations)
    let title = document.metadata.title?.value ?? "Gedragscode"

    // The body first, so the table of contents can list what it produced.
    var body = ""
    state.levels.emit(1)
    state.levels.emit(2)  // "Inhoud" comes before the text.
    if !document.preamble.items.isEmpty {
      body += "<div class=\"preamble\">\n"
      for item in document.preamble.items { body += state.item(item, depth: 2, ruleID: nil) }
      body += "</div>\n"
    }
    for chapter in document.chapters { body += state.chapter(chapter) }
    if let closing = document.closing {
      let id = state.anchors.named("slot")
      state.toc.append(TOCEntry(id: id, text: "Slot", children: []))
      state.levels.emit(2)
      body += "<section class=\"closing\" id=\"\(id)\">\n<h2>Slot</h2>\n"
      for item in closing.items { body += state.item(item, depth: 3, ruleID: nil) }
      body += "</section>\n"
    }
    for annex in document.annexes { body += state.chapter(annex) }

    var out = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<meta name=\"generator\" content=\"ambt\">\n"
    out += "<title>" + Escaping.html(title) + "</title>\n"
    out += "<style>\n" + HTMLStyle.css + "</style>\n</head>\n"
    out += "<body" + (options.showAnnotations ? " class=\"with-annotations\"" : "") + ">\n"
    out += "<a class=\"skip-link\" href=\"#hoofdtekst\">Direct naar de tekst</a>\n"
    out += "<header class=\"document-header\">\n<h1>" + Escaping.html(title) + "</h1>\n"
    let drafts = document.articles.filter { $0.annotations.draft != nil }.count
    if drafts > 0 {
      out +=
        "<p class=\"draft-notice\"><strong>Concept.</strong> Deze code bevat \(drafts) "
        + (drafts == 1 ? "regel die" : "regels die") + " nog geschreven moet" + (drafts == 1 ? "" : "en")
        + " worden.</p>\n"
    }
    let rows = Summary.metadata(document.metadata)
    if !rows.isEmpty {
      out += "<dl class=\"metadata\">\n"
      for row in rows {
        out += "<div><dt>" + Escaping.html(row.label) + "</dt><dd>" + Self.inlines(row.values) + "</dd></div>\n"
      }
      out += "</dl>\n"
    }
    out += "</header>\n"
    out += "<nav class=\"toc\" aria-labelledby=\"inhoud\">\n<h2 id=\"inhoud\">Inhoud</h2>\n"
    out += Self.tocList(state.toc)
    out += "</nav>\n"
    out += "<main id=\"hoofdtekst\" tabindex=\"-1\">\n" + body + "</main>\n"
    out +=
      "<footer class=\"colophon\">\n<p>Opgemaakt met ambt. Ankers van regels volgen het nummer: #regel-7-2 is regel 7.2.</p>\n</footer>\n"
    out += "</body>\n</html>\n"
    return out
  }

  static func tocList(_ entries: [TOCEntry]) -> String {
    guard !entries.isEmpty else { return "" }
    var s = "<ol>\n"
    for e in entries {
      s += "<li><a href=\"#\(e.id)\">" + Escaping.html(e.text) + "</a>"
      if !e.children.isEmpty { s += "\n" + tocList(e.children) }
      s += "</li>\n"
    }
    return s + "</ol>\n"
  }

  static func inlines(_ values: [Inline]) -> String {
    values.map { v -> String in
      switch v {
      case .text(let t): return Escaping.html(t)
      case .link(let t, let href): return "<a href=\"" + Escaping.html(href) + "\">" + Escaping.html(t) + "</a>"
      case .anchor(let t, let id): return "<a href=\"#" + Escaping.html(id) + "\">" + Escaping.html(t) + "</a>"
      case .date(let d): return "<time datetime=\"\(d.description)\">" + Escaping.html(Summary.dutchDate(d)) + "</time>"
      }
    }.joined(separator: ", ")
  }

  /// Escapes `text` and turns web addresses in it into links.
  static func text(_ text: String) -> String {
    var out = ""
    for segment in Autolink.segments(text) {
      switch segment {
      case .text(let t): out += Escaping.html(t)
      case .url(let u): out += "<a href=\"" + Escaping.html(u) + "\">" + Escaping.html(u) + "</a>"
      }
    }
    return out
  }
}

struct TOCEntry {
  var id: String
  var text: String
  var children: [TOCEntry]
}

/// Keeps headings in order: a heading is never more than one level below the previous one.
struct HeadingLevels {
  private(set) var last = 0

  /// The level to use for a heading that would like to be `wanted`; records it.
  @discardableResult
  mutating func emit(_ wanted: Int) -> Int {
    let level = max(1, min(wanted, last + 1, 6))
    last = level
    return level
  }
}

extension HTMLRenderer {
  /// Mutable rendering state: anchors, heading levels and the table of contents.
  struct State {
    var anchors: AnchorAllocator
    var showAnnotations: Bool
    var levels = HeadingLevels()
    var toc: [TOCEntry] = []

    init(anchors: AnchorAllocator, showAnnotations: Bool) {
      self.anchors = anchors
      self.showAnnotations = showAnnotations
    }

    mutating func chapter(_ chapter: Chapter) -> String {
      let id = anchors.chapter(chapter)
      let level = levels.emit(2)
      let cls = chapter.kind == .annex ? "annex" : "chapter"
      var s = "<section class=\"\(cls)\" id=\"\(id)\">\n<h\(level)>" + Escaping.html(chapter.displayTitle) + "</h\(level)>\n"
      let entryIndex = toc.count
      toc.append(TOCEntry(id: id, text: chapter.displayTitle, children: []))
      if showAnnotations && !chapter.annotations.isEmpty {
        s += annotationsAside(chapter.annotations, label: "Annotaties bij " + chapter.displayTitle)
      }
      for item in chapter.items {
        if case .article(let a) = item, let title = a.title, !title.isEmpty {
          // The rule's id is handed out in `rule`; compute the same here for the entry.
          let ruleID = anchors.ruleID(forKey: a.key) ?? AnchorAllocator.ruleID(key: a.key)
          toc[entryIndex].children.append(TOCEntry(id: ruleID, text: a.label + " " + title, children: []))
        }
        s += self.item(item, depth: 3, ruleID: nil)
      }
      return s + "</section>\n"
    }

    mutating func item(_ item: Item, depth: Int, ruleID: String?) -> String {
      switch item {
      case .paragraph(let p):
        return "<p>" + HTMLRenderer.text(p.text) + "</p>\n"
      case .list(let l):
        return list(l.items, ruleID: ruleID)
      case .heading(let h):
        let id = anchors.heading(h)
        let level = levels.emit(depth)
        let text = [h.number, h.title].compactMap { $0 }.joined(separator: " ")
        if level == 2 { toc.append(TOCEntry(id: id, text: text, children: [])) }
        return "<h\(level) id=\"\(id)\">" + Escaping.html(text) + "</h\(level)>\n"
      case .explanation(let e):
        var s = "<aside class=\"explanation explanation-\(e.kind.rawValue)\" aria-label=\"" + Escaping.html(e.label) + "\">\n"
        s += "<p class=\"explanation-label\">" + Escaping.html(e.label) + "</p>\n"
        for i in e.items { s += self.item(i, depth: depth + 1, ruleID: nil) }
        return s + "</aside>\n"
      case .article(let a):
        return rule(a, depth: depth)
      }
    }

    mutating func rule(_ a: Article, depth: Int) -> String {
      let id = anchors.rule(a)
      let level = levels.emit(depth)
      var heading = "<a class=\"rule-number\" href=\"#\(id)\">" + Escaping.html(a.label) + "</a>"
      if let title = a.title, !title.isEmpty {
        heading += " <span class=\"rule-title\">" + Escaping.html(title) + "</span>"
      }
      let draft = a.annotations.draft != nil
      var s = "<article class=\"rule" + (draft ? " draft" : "") + "\" id=\"\(id)\">\n<div class=\"rule-body\">\n"
      // A rule without a title reads as "1.1. Je neemt …": its number stays a heading for
      // navigation but is set beside the first paragraph instead of on a line of its own.
      let untitled = (a.title ?? "").isEmpty
      s += "<h\(level)" + (untitled ? " class=\"untitled\"" : "") + ">" + heading + "</h\(level)>\n"
      var draftLabel = ""
      if let d = a.annotations.draft {
        draftLabel =
          "<p class=\"draft-label\"><strong>Concept:</strong> "
          + Escaping.html(d.value.isEmpty ? "deze regel moet nog geschreven worden" : d.value) + "</p>\n"
      }
      // The draft note follows the heading; for an untitled rule it follows the first block, so
      // the number stays beside the rule's own text.
      if !untitled || a.items.isEmpty { s += draftLabel }
      for (k, item) in a.items.enumerated() {
        s += self.item(item, depth: depth + 1, ruleID: id)
        if untitled && k == 0 { s += draftLabel }
      }
      s += "</div>\n"
      if showAnnotations && !a.annotations.isEmpty {
        s += annotationsAside(a.annotations, label: "Annotaties bij " + a.label)
      }
      return s + "</article>\n"
    }

    func annotationsAside(_ annotations: Annotations, label: String) -> String {
      let rows = Summary.annotations(annotations, anchors: anchors)
      guard !rows.isEmpty else { return "" }
      var s = "<aside class=\"annotations\" aria-label=\"" + Escaping.html(label) + "\">\n<dl>\n"
      for row in rows {
        s += "<div><dt>" + Escaping.html(row.label) + "</dt><dd>" + HTMLRenderer.inlines(row.values) + "</dd></div>\n"
      }
      return s + "</dl>\n</aside>\n"
    }

    /// A list keeps its markers as written (`a.`, `(2)`), which the law text refers to. Numbered
    /// items directly in a rule are leden and get an anchor (`regel-5-lid-2`).
    func list(_ items: [ListItem], ruleID: String?) -> String {
      let bullets = items.allSatisfy { $0.markerKind == .bullet }
      let tag = bullets ? "ul" : "ol"
      var s = bullets ? "<ul>\n" : "<ol class=\"marked\">\n"
      for i in items {
        var idAttr = ""
        if let ruleID, i.markerKind == .number, let label = i.label {
          idAttr = " id=\"" + anchors.lid(ruleID: ruleID, label: label) + "\""
        }
        s += "<li\(idAttr)>"
        if !bullets { s += "<span class=\"marker\">" + Escaping.html(i.marker) + "</span> " }
        s += HTMLRenderer.text(i.text)
        if !i.children.isEmpty { s += "\n" + list(i.children, ruleID: nil) }
        s += "</li>\n"
      }
      return s + "</\(tag)>\n"
    }
  }
}
