import AmbtModel

extension LanguageServer {
  /// Go to definition on a rule reference (`@zie`, `@uitzondering op`): the header of the rule
  /// it names; both ends of a range `t/m`.
  func definition(_ document: OpenDocument, _ params: JSON) -> Result<JSON, ResponseError> {
    offset(params, in: document).map { offset in
      guard document.tooLarge == nil else { return .null }
      guard AnnotationLine.at(offset, in: document.bytes) != nil else {
        guard let (_, rules) = proseReference(at: offset, in: document) else { return .null }
        return .array(
          rules.map { .object(["uri": .string(document.uri), "range": document.positions.range($0.headerRange)]) })
      }
      let doc = document.parsed.document
      guard case .reference(let r, _) = AnnotatedValue.at(offset, in: doc) else { return .null }
      let locations: [JSON] = ([r.key] + (r.through.map { [$0] } ?? [])).compactMap { key in
        guard let article = doc.article(withKey: key) else { return nil }
        return .object(["uri": .string(document.uri), "range": document.positions.range(article.headerRange)])
      }
      return locations.isEmpty ? .null : .array(locations)
    }
  }

  /// The outline: chapters and annexes, with their rules.
  func symbols(_ document: OpenDocument) -> JSON {
    guard document.tooLarge == nil else { return .array([]) }
    let doc = document.parsed.document
    let map = document.positions
    func symbol(_ name: String, detail: String?, kind: Int, range: SourceRange, selection: SourceRange, children: [JSON]?)
      -> JSON
    {
      let inside = range.start <= selection.start && selection.end <= range.end
      var s: [String: JSON] = [
        "name": .string(name.isEmpty ? "§" : name), "kind": .int(kind), "range": map.range(range),
        "selectionRange": map.range(inside ? selection : SourceRange(start: range.start, end: range.start)),
      ]
      if let detail, !detail.isEmpty { s["detail"] = .string(detail) }
      if let children { s["children"] = .array(children) }
      return .object(s)
    }
    return .array(
      doc.allChapters.map { chapter in
        let rules = chapter.articles.map { a in
          symbol(
            ruleName(a), detail: a.annotations.topicIDs.joined(separator: ", "),
            kind: SymbolKind.field, range: a.range, selection: a.headerRange, children: nil)
        }
        return symbol(
          chapter.displayTitle, detail: nil, kind: chapter.kind == .annex ? SymbolKind.package : SymbolKind.module,
          range: chapter.range, selection: chapter.headingRange, children: rules)
      })
  }

  /// `§ 1.1 Title`, or for a rule without a title the start of its text.
  func ruleName(_ a: Article) -> String {
    var name = "§ " + a.number
    if let title = a.title {
      name += " " + title
    } else if let first = a.normativeText.split(separator: " ", omittingEmptySubsequences: true).prefix(8)
      .joined(separator: " ") as String?, !first.isEmpty
    {
      name += " " + (first.count < a.normativeText.count ? first + " …" : first)
    }
    return name
  }

  enum SymbolKind {
    static let module = 2
    static let package = 4
    static let field = 8
  }

  /// Folding: the metadata block, chapters, rules, explanations, lists, and runs of comments.
  func foldingRanges(_ document: OpenDocument) -> JSON {
    guard document.tooLarge == nil else { return .array([]) }
    let doc = document.parsed.document
    let map = document.positions
    var ranges: [(Int, Int, String?)] = []
    func add(_ r: SourceRange, kind: String? = nil) {
      let first = map.position(of: r.start).line
      let last = map.lastContentLine(r)
      if last > first { ranges.append((first, last, kind)) }
    }
    func walk(_ items: [Item]) {
      for item in items {
        switch item {
        case .explanation(let e):
          add(e.range)
          walk(e.items)
        case .list(let l): add(l.range)
        case .article(let a):
          add(a.range)
          walk(a.items)
        default: break
        }
      }
    }
    if doc.metadata.range != .empty { add(doc.metadata.range, kind: "region") }
    for chapter in doc.allChapters {
      add(chapter.range)
      walk(chapter.items)
    }
    // Comment runs, from the lines themselves (the model keeps no comments).
    let lines = map.lines
    var run: (Int, Int)?
    for k in 0..<lines.lineStarts.count {
      let isComment = lines.lineText(k + 1).drop { $0 == " " || $0 == "\t" }.hasPrefix("//")
      if isComment {
        run = (run?.0 ?? k, k)
      } else if let r = run {
        if r.1 > r.0 { ranges.append((r.0, r.1, "comment")) }
        run = nil
      }
    }
    if let r = run, r.1 > r.0 { ranges.append((r.0, r.1, "comment")) }
    return .array(
      ranges.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { first, last, kind in
        var o: [String: JSON] = ["startLine": .int(first), "endLine": .int(last)]
        if let kind { o["kind"] = .string(kind) }
        return .object(o)
      })
  }
}
