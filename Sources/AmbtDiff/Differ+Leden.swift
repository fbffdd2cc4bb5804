import AmbtModel

/// Aligning at the level of leden (issue 12, item 3): when one version numbers its rules `1.1`,
/// `1.2` and the other writes `Artikel 1` with leden `1.` and `2.`, the rules of the one are the
/// leden of the other. The version that uses leden is read with each lid as a rule of its own
/// (`Artikel 1 lid 1`, key `1.1`), so the pairs are found by content as always, and a change of
/// numbering style is renumbering, not removals and new rules.
extension Differ {
  /// The share of rules with two or more numbered leden.
  static func ledenShare(_ d: Document) -> Double {
    let articles = d.articles
    guard !articles.isEmpty else { return 0 }
    return Double(articles.filter { $0.leden.count >= 2 }.count) / Double(articles.count)
  }

  /// The two documents, the one with leden exploded when the other numbers its rules without.
  static func alignedOnLeden(_ old: Document, _ new: Document) -> (Document, Document) {
    let a = ledenShare(old)
    let b = ledenShare(new)
    if a >= 0.5 && b <= 0.1 && new.articles.count > old.articles.count { return (exploded(old), new) }
    if b >= 0.5 && a <= 0.1 && old.articles.count > new.articles.count { return (old, exploded(new)) }
    return (old, new)
  }

  /// The document with every rule of two or more leden replaced by one rule per lid; the text
  /// before the first lid goes with the first.
  static func exploded(_ d: Document) -> Document {
    var d = d
    func explode(_ chapter: Chapter) -> Chapter {
      var c = chapter
      c.items = chapter.items.flatMap { item -> [Item] in
        guard case .article(let a) = item, a.leden.count >= 2 else { return [item] }
        var lead: [Item] = []
        for i in a.items {
          if case .list(let l) = i, l.items.contains(where: { $0.markerKind == .number }) { break }
          lead.append(i)
        }
        // Every lid keeps the rule's topics; the other annotations stay with the first.
        var topicsOnly = Annotations()
        topicsOnly.topics = a.annotations.topics
        return a.leden.enumerated().map { k, lid in
          let n = lid.label ?? "\(k + 1)"
          var items: [Item] = k == 0 ? lead : []
          items.append(.paragraph(Paragraph(text: lid.text, range: lid.range)))
          for child in lid.children {
            items.append(.paragraph(Paragraph(text: child.text, range: child.range)))
          }
          return .article(
            Article(
              label: "\(a.displayNumber) lid \(n)", number: "\(a.number).\(n)", key: "\(a.key).\(n)",
              title: k == 0 ? a.title : nil, headerRange: k == 0 ? a.headerRange : lid.range, range: lid.range,
              annotations: k == 0 ? a.annotations : topicsOnly, items: items))
        }
      }
      return c
    }
    d.chapters = d.chapters.map(explode)
    d.annexes = d.annexes.map(explode)
    return d
  }
}
