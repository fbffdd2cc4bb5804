import AmbtModel

/// Checks that need the whole document: duplicate rule numbers and references that resolve.
/// `ambt check` runs it after parsing; the linter builds on the same facts.
public enum Validator {
  /// How many different broken rule numbers of one file get a "bedoelde je …?".
  static let suggestionLimit = 500
  public static func validate(_ doc: Document) -> [Diagnostic] {
    // The rules read where they stand: a list of copies (`Document.articles`, a rule being a
    // large value) was the largest thing `check` held for a big file.
    validate(doc, rules: RulesInPlace(doc))
  }

  /// `validate(_:)` with the document's rules already listed (`Document.articles`), as the
  /// linter keeps them.
  public static func validate(_ doc: Document, articles: [Article]) -> [Diagnostic] {
    validate(doc, rules: articles)
  }

  /// The document's rules in document order, each read from its chapter when asked for: the
  /// same rules as `Document.articles` (`ValidatorTests` compares them), sixteen bytes each.
  struct RulesInPlace: RandomAccessCollection {
    let doc: Document
    /// Each rule's chapter (an index into the chapters, then the annexes) and item.
    let places: [(chapter: Int, item: Int)]

    init(_ doc: Document) {
      self.doc = doc
      var count = 0
      for chapter in doc.allChapters {
        for item in chapter.items {
          if case .article = item { count += 1 }
        }
      }
      var places: [(chapter: Int, item: Int)] = []
      places.reserveCapacity(count)
      for (c, chapter) in doc.allChapters.enumerated() {
        for (k, item) in chapter.items.enumerated() {
          if case .article = item { places.append((c, k)) }
        }
      }
      self.places = places
    }

    var startIndex: Int { 0 }
    var endIndex: Int { places.count }

    subscript(_ index: Int) -> Article {
      let (c, k) = places[index]
      let item = c < doc.chapters.count ? doc.chapters[c].items[k] : doc.annexes[c - doc.chapters.count].items[k]
      guard case .article(let article) = item else { preconditionFailure("a rule's place holds a rule") }
      return article
    }
  }

  static func validate<Rules: RandomAccessCollection<Article>>(_ doc: Document, rules articles: Rules) -> [Diagnostic]
  where Rules.Index == Int {
    var out: [Diagnostic] = []
    let file = doc.file
    // The first article of each number, by its index (not a copy of the article; the rules are
    // read by index for the same reason).
    var firstByKey: [String: Int] = [:]
    // Its room at once: growing, a dictionary holds the old table and the new one.
    firstByKey.reserveCapacity(articles.count)
    for index in articles.indices {
      let key = articles[index].key
      if let first = firstByKey[key].map({ articles[$0] }) {
        let article = articles[index]
        let perChapterHint = doc.metadata.numbering == .doorlopend && !article.key.contains(".")
        out.append(
          Diagnostic(
            id: "duplicate-article-number", severity: .error,
            message: LocalizedText("check.message.rule-number-label-occurs", ["label": "\(article.label)"]),
            hint: perChapterHint
              ? LocalizedText("check.does-numbering-restart-in")
              : LocalizedText("check.give-every-rule-own"),
            range: article.headerRange, file: file,
            notes: [
              DiagnosticNote(message: LocalizedText("check.message.first-here"), range: first.headerRange)
            ]))
      } else {
        firstByKey[key] = index
      }
    }
    // Folded once, and only when a reference is broken. Each broken number is compared with
    // every rule's number once, and at most `Self.suggestionLimit` different ones are: beyond
    // that the hint says to check the number, so a file full of broken references stays linear.
    var keys: TextFolding.Candidates?
    var suggested: [String: String?] = [:]
    func check(_ ref: ArticleReference, from article: Article?, annotation: String) {
      guard let target = firstByKey[ref.key].map({ articles[$0] }) else {
        if keys == nil { keys = TextFolding.Candidates(articles.map(\.key)) }
        let s: String?
        if let known = suggested[ref.key] {
          s = known
        } else if suggested.count < Self.suggestionLimit {
          s = keys.flatMap { TextFolding.suggestion(for: ref.key, among: $0) }
          suggested[ref.key] = s
        } else {
          s = nil
        }
        out.append(
          Diagnostic(
            id: "unresolved-reference", severity: .error,
            message: LocalizedText(
              "check.message.annotation-ref-refers-rule",
              ["annotation": "\(annotation)", "ref": "\(ref.text)", "key": "\(ref.key)"]),
            hint: s.map { LocalizedText("check.hint.did-you-mean", ["suggestion": $0]) }
              ?? LocalizedText("check.hint.check-number"),
            range: ref.range, file: file, article: article?.label))
        return
      }
      if let through = ref.through, firstByKey[through] == nil {
        out.append(
          Diagnostic(
            id: "unresolved-reference", severity: .error,
            message: LocalizedText("check.message.ref-ends-at-rule", ["ref": "\(ref.text)", "through": "\(through)"]),
            hint: LocalizedText("check.hint.check-last-number"), range: ref.range,
            file: file, article: article?.label))
      }
      if let lid = ref.lid {
        let leden = target.leden
        guard let item = leden.first(where: { $0.label == lid }) else {
          out.append(
            Diagnostic(
              id: "unresolved-reference", severity: .error,
              message: LocalizedText("check.message.rule-label-has-no", ["label": "\(target.label)", "lid": "\(lid)"]),
              hint: leden.isEmpty
                ? LocalizedText("check.hint.no-numbered-leden")
                : LocalizedText("check.hint.leden", ["leden": leden.compactMap(\.label).joined(separator: ", ")]),
              range: ref.range, file: file, article: article?.label,
            ))
          return
        }
        if let o = ref.onderdeel, !item.children.contains(where: { $0.label == o }) {
          out.append(
            Diagnostic(
              id: "unresolved-reference", severity: .error,
              message: LocalizedText(
                "check.message.lid-lid-rule-label", ["lid": "\(lid)", "label": "\(target.label)", "value": "\(o)"]),
              range: ref.range, file: file, article: article?.label))
        }
      } else if let o = ref.onderdeel {
        let letters = target.items.flatMap { item -> [ListItem] in
          if case .list(let l) = item { return l.items.filter { $0.markerKind == .letter } }
          return []
        }
        if !letters.contains(where: { $0.label == o }) {
          out.append(
            Diagnostic(
              id: "unresolved-reference", severity: .error,
              message: LocalizedText("check.message.rule-label-has-no-2", ["label": "\(target.label)", "value": "\(o)"]),
              range: ref.range, file: file, article: article?.label))
        }
      }
      if let article, annotation == "@uitzondering op", target.key == article.key {
        out.append(
          Diagnostic(
            id: "self-exception", severity: .error,
            message: LocalizedText("check.message.rule-label-exception-itself", ["label": "\(article.label)"]),
            hint: LocalizedText("check.hint.refer-rule-this-exception"),
            range: ref.range, file: file, article: article.label))
      }
    }
    for index in articles.indices {
      let annotations = articles[index].annotations
      guard !annotations.references.isEmpty || !annotations.exceptionTo.isEmpty else { continue }
      let article = articles[index]
      for ref in annotations.references { check(ref, from: article, annotation: "@zie") }
      for ref in annotations.exceptionTo { check(ref, from: article, annotation: "@uitzondering op") }
    }
    for part in [doc.preamble] + (doc.closing.map { [$0] } ?? []) {
      for ref in part.annotations.references { check(ref, from: nil, annotation: "@zie") }
    }
    for chapter in doc.allChapters {
      for ref in chapter.annotations.references { check(ref, from: nil, annotation: "@zie") }
    }
    return out
  }
}

/// Parse and validate in one call: what `ambt check` reports for a file.
public enum Checker {
  /// `lineRoles: false` for a caller that will not format the result (see `AmbtParser.parse`).
  public static func check(bytes: [UInt8], file: String, lineRoles: Bool = true) -> ParseResult {
    var result = AmbtParser.parse(bytes: bytes, file: file, lineRoles: lineRoles)
    result.diagnostics += Validator.validate(result.document)
    for e in Vocabulary.shared.loadErrors {
      result.diagnostics.append(
        Diagnostic(
          id: "internal-vocabulary", severity: .error, message: LocalizedText("text.verbatim", ["text": e]), range: .empty,
          file: file))
    }
    return result
  }
}
