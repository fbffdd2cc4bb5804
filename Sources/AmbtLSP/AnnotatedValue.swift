import AmbtModel

/// One value of an annotation in the model, with the range it was read from: what hover,
/// definition and completion look up by position.
enum AnnotatedValue {
  case topic(Tag)
  case norm(Tag)
  /// `@melden bij` or `@wie`.
  case role(Tag, key: String)
  case quantity(Quantity)
  case reference(ArticleReference, exception: Bool)
  case law(LawReference)
  case regulation(Tag)
  case covers(Tag)
  case draft(Tag)
  case suppression(Suppression)

  var range: SourceRange {
    switch self {
    case .topic(let t), .norm(let t), .role(let t, _), .regulation(let t), .covers(let t), .draft(let t): return t.range
    case .quantity(let q): return q.range
    case .reference(let r, _): return r.range
    case .law(let l): return l.range
    case .suppression(let s): return s.range
    }
  }

  var inferred: Bool {
    switch self {
    case .topic(let t), .norm(let t), .role(let t, _), .regulation(let t), .covers(let t), .draft(let t): return t.inferred
    case .quantity(let q): return q.inferred
    case .reference(let r, _): return r.inferred
    case .law(let l): return l.inferred
    case .suppression: return false
    }
  }

  static func values(of a: Annotations) -> [AnnotatedValue] {
    var out: [AnnotatedValue] = a.topics.map { .topic($0) } + a.norms.map { .norm($0) }
    out += a.reportTo.map { .role($0, key: "melden bij") } + a.actors.map { .role($0, key: "wie") }
    out += a.quantities.map { .quantity($0) }
    out += a.exceptionTo.map { .reference($0, exception: true) } + a.references.map { .reference($0, exception: false) }
    out += a.laws.map { .law($0) } + a.regulations.map { .regulation($0) } + a.covers.map { .covers($0) }
    out += (a.draft.map { [.draft($0)] } ?? []) + a.suppressions.map { .suppression($0) }
    return out
  }

  /// Every annotation value of the document.
  static func all(in doc: Document) -> [AnnotatedValue] {
    var out = values(of: doc.preamble.annotations)
    for chapter in doc.allChapters {
      out += values(of: chapter.annotations)
      for article in chapter.articles { out += values(of: article.annotations) }
    }
    if let closing = doc.closing { out += values(of: closing.annotations) }
    return out
  }

  /// The value whose range holds `offset` (its end included, where a cursor stands after a word).
  static func at(_ offset: Int, in doc: Document) -> AnnotatedValue? {
    let all = all(in: doc)
    return all.first { $0.range.start <= offset && offset < $0.range.end }
      ?? all.first { $0.range.start <= offset && offset <= $0.range.end }
  }
}
