import AmbtModel

extension DocumentDiff {
  public static let schemaVersion = 1

  /// The diff as JSON; the contract is `Schemas/diff.schema.json`.
  public func json(language: Language = .nl) -> JSON {
    let s = summary
    return .object([
      "schemaVersion": .int(DocumentDiff.schemaVersion),
      "kind": .string("diff"),
      "old": .object(["file": .string(oldFile), "title": .optional(oldTitle)]),
      "new": .object(["file": .string(newFile), "title": .optional(newTitle)]),
      "identical": .bool(!hasDifferences),
      "summary": .object([
        "unchanged": .int(s.unchanged), "renumbered": .int(s.renumbered), "moved": .int(s.moved),
        "modified": .int(s.modified), "added": .int(s.added), "removed": .int(s.removed),
      ]),
      "metadata": .array(metadata.map { $0.json(language) }),
      "topics": .object(["gained": .array(topicsGained.map(JSON.string)), "lost": .array(topicsLost.map(JSON.string))]),
      "chapters": .array(
        chapters.map { c in
          .object([
            "status": .string(c.status.rawValue),
            "old": .optional(c.old.map(\.displayTitle)),
            "new": .optional(c.new.map(\.displayTitle)),
            "renumbered": .bool(c.renumbered),
            "retitled": .bool(c.retitled),
            "reordered": .bool(c.reordered),
          ])
        }),
      "changes": .array(changes.map { $0.json(language) }),
      "substantive": .array(
        substantiveChanges.map { .string($0.new?.label ?? $0.old?.label ?? "") }),
      "passages": .array(
        passages.map { p in
          .object([
            "place": .string(p.place.text(language)), "substantive": .bool(p.substantive),
            "words": DocumentDiff.runs(p.words), "semantic": .array(p.semantic.map { $0.json(language) }),
          ])
        }),
    ])
  }

  static func runs(_ runs: [DiffRun]) -> JSON {
    .array(
      runs.map { r in
        var w: [String: JSON] = ["op": .string(r.op.rawValue), "text": .string(r.text)]
        if r.followsRenumbering { w["followsRenumbering"] = .bool(true) }
        return .object(w)
      })
  }
}

extension ArticleChange {
  func json(_ language: Language) -> JSON {
    var o: [String: JSON] = [
      "status": .string(status.rawValue),
      "old": .optional(old?.label),
      "new": .optional(new?.label),
      "oldKey": .optional(old?.key),
      "newKey": .optional(new?.key),
      "oldChapter": .optional(oldChapter),
      "newChapter": .optional(newChapter),
      "renumbered": .bool(renumbered),
      "moved": .bool(moved),
      "textChanged": .bool(textChanged),
      "explanationChanged": .bool(explanationChanged),
      "substantive": .bool(substantive),
      "semantic": .array(semantic.map { $0.json(language) }),
    ]
    if let similarity { o["similarity"] = .double((similarity * 1000).rounded() / 1000) }
    if !words.isEmpty { o["words"] = DocumentDiff.runs(words) }
    if !explanationWords.isEmpty { o["explanationWords"] = DocumentDiff.runs(explanationWords) }
    if let splitFrom { o["splitFrom"] = .string(splitFrom.label) }
    if let mergedInto { o["mergedInto"] = .string(mergedInto.label) }
    return .object(o)
  }
}

extension SemanticChange {
  func json(_ language: Language) -> JSON {
    var o: [String: JSON] = [
      "kind": .string(kind), "old": .optional(old), "new": .optional(new), "basis": .string(basis.rawValue),
    ]
    if let direction { o["direction"] = .string(direction.rawValue) }
    if followsRenumbering { o["followsRenumbering"] = .bool(true) }
    if let note { o["note"] = .string(note.text(language)) }
    return .object(o)
  }
}
