/// JSON form of the model, as `ambt compile` writes it and `Schemas/code.schema.json` describes.
extension Document {
  public func json(lines: LineTable) -> JSON {
    let c = JSONContext(lines: lines)
    var root: [String: JSON] = [
      "schemaVersion": .int(Document.schemaVersion),
      "kind": .string("code"),
      "file": .string(file),
      "metadata": metadata.json(c),
      "preamble": preamble.json(c),
      "chapters": .array(chapters.map { $0.json(c) }),
      "annexes": .array(annexes.map { $0.json(c) }),
      "range": c.range(range),
    ]
    root["closing"] = closing.map { $0.json(c) } ?? .null
    return .object(root)
  }
}

/// Carries the line table so every range is written with offsets, lines and columns.
public struct JSONContext {
  public let lines: LineTable

  public init(lines: LineTable) { self.lines = lines }

  public func range(_ r: SourceRange) -> JSON {
    func pos(_ o: Int) -> JSON {
      let p = lines.position(of: o)
      return .object(["offset": .int(p.offset), "line": .int(p.line), "column": .int(p.column)])
    }
    return .object(["start": pos(r.start), "end": pos(r.end)])
  }
}

extension Part {
  func json(_ c: JSONContext) -> JSON {
    .object(["items": .array(items.map { $0.json(c) }), "annotations": annotations.json(c), "range": c.range(range)])
  }
}

extension Chapter {
  func json(_ c: JSONContext) -> JSON {
    .object([
      "kind": .string(kind.rawValue),
      "word": .optional(word),
      "number": .optional(number),
      "key": .optional(key),
      "title": .string(title),
      "headingRange": c.range(headingRange),
      "range": c.range(range),
      "annotations": annotations.json(c),
      "items": .array(items.map { $0.json(c) }),
    ])
  }
}

extension Item {
  func json(_ c: JSONContext) -> JSON {
    switch self {
    case .paragraph(let p):
      return .object(["kind": .string("paragraph"), "text": .string(p.text), "range": c.range(p.range)])
    case .heading(let h):
      return .object([
        "kind": .string("heading"), "number": .optional(h.number), "key": .optional(h.key),
        "title": .string(h.title), "range": c.range(h.range),
      ])
    case .list(let l):
      return .object(["kind": .string("list"), "items": .array(l.items.map { $0.json(c) }), "range": c.range(l.range)])
    case .explanation(let e):
      return .object([
        "kind": .string("explanation"), "explanationKind": .string(e.kind.rawValue), "label": .string(e.label),
        "items": .array(e.items.map { $0.json(c) }), "range": c.range(e.range),
      ])
    case .article(let a):
      return .object([
        "kind": .string("article"), "label": .string(a.label), "number": .string(a.number), "key": .string(a.key),
        "title": .optional(a.title), "headerRange": c.range(a.headerRange), "range": c.range(a.range),
        "annotations": a.annotations.json(c), "items": .array(a.items.map { $0.json(c) }),
      ])
    }
  }
}

extension ListItem {
  func json(_ c: JSONContext) -> JSON {
    .object([
      "marker": .string(marker), "markerKind": .string(markerKind.rawValue), "label": .optional(label),
      "text": .string(text), "range": c.range(range), "children": .array(children.map { $0.json(c) }),
    ])
  }
}

extension Tag {
  func json(_ c: JSONContext) -> JSON {
    .object(["value": .string(value), "range": c.range(range), "inferred": .bool(inferred)])
  }
}

extension Annotations {
  func json(_ c: JSONContext) -> JSON {
    .object([
      "topics": .array(topics.map { $0.json(c) }),
      "norms": .array(norms.map { $0.json(c) }),
      "quantities": .array(quantities.map { $0.json(c) }),
      "reportTo": .array(reportTo.map { $0.json(c) }),
      "actors": .array(actors.map { $0.json(c) }),
      "exceptionTo": .array(exceptionTo.map { $0.json(c) }),
      "references": .array(references.map { $0.json(c) }),
      "laws": .array(laws.map { $0.json(c) }),
      "regulations": .array(regulations.map { $0.json(c) }),
      "covers": .array(covers.map { $0.json(c) }),
      "draft": draft.map { $0.json(c) } ?? .null,
      "suppressions": .array(
        suppressions.map { .object(["rule": .string($0.rule), "reason": .string($0.reason), "range": c.range($0.range)]) }),
    ])
  }
}

extension Quantity {
  func json(_ c: JSONContext) -> JSON {
    .object([
      "kind": .string(kind.rawValue), "amount": .double(amount), "unit": .string(unit.rawValue), "text": .string(text),
      "qualifier": .optional(qualifier), "range": c.range(range), "inferred": .bool(inferred),
    ])
  }
}

extension ArticleReference {
  func json(_ c: JSONContext) -> JSON {
    .object([
      "text": .string(text), "key": .string(key), "through": .optional(through), "lid": .optional(lid),
      "onderdeel": .optional(onderdeel), "range": c.range(range), "inferred": .bool(inferred),
    ])
  }
}

extension LawReference {
  public func json(_ c: JSONContext) -> JSON {
    .object([
      "text": .string(text), "law": .optional(law), "name": .string(name), "article": .optional(article),
      "lid": .optional(lid), "onderdeel": .optional(onderdeel), "range": c.range(range), "inferred": .bool(inferred),
    ])
  }
}

extension Metadata {
  func json(_ c: JSONContext) -> JSON {
    func field(_ f: Field<String>?) -> JSON {
      f.map { .object(["value": .string($0.value), "range": c.range($0.range)]) } ?? .null
    }
    func date(_ f: Field<PartialDate>?) -> JSON {
      f.map { .object(["value": .string($0.value.description), "range": c.range($0.range)]) } ?? .null
    }
    return .object([
      "title": field(title),
      "organisation": field(organisation),
      "cbsCode": field(cbsCode),
      "adoptedBy": field(adoptedBy),
      "adoptedOn": date(adoptedOn),
      "inForce": date(inForce),
      "replaces": field(replaces),
      "legalBasis": .array(legalBasis.map { $0.json(c) }),
      "appliesTo": .array(appliesTo.map { $0.json(c) }),
      "lastReview": date(lastReview),
      "lastReviewBy": field(lastReviewBy),
      "validUntil": date(validUntil),
      "lapsedOn": date(lapsedOn),
      "reviewIntervalMonths": reviewIntervalMonths.map {
        .object(["value": .int($0.value), "range": c.range($0.range)])
      } ?? .null,
      "effectiveReviewIntervalMonths": .int(effectiveReviewIntervalMonths),
      "source": field(source),
      "cvdr": field(cvdr),
      "numbering": .string(numbering.rawValue),
      "range": c.range(range),
    ])
  }
}
