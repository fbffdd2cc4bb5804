import AmbtModel

/// Checks that need the whole document: duplicate rule numbers and references that resolve.
/// `ambt check` runs it after parsing; the linter builds on the same facts.
public enum Validator {
  /// How many different broken rule numbers of one file get a "bedoelde je …?".
  static let suggestionLimit = 500
  public static func validate(_ doc: Document) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let file = doc.file
    // The first article of each number, by its index (not a copy of the article).
    var firstByKey: [String: Int] = [:]
    let articles = doc.articles
    for (index, article) in articles.enumerated() {
      if let first = firstByKey[article.key].map({ articles[$0] }) {
        let perChapterHint = doc.metadata.numbering == .doorlopend && !article.key.contains(".")
        out.append(
          Diagnostic(
            id: "duplicate-article-number", severity: .error,
            message: LocalizedText(
              nl: "regelnummer '\(article.label)' komt twee keer voor", en: "rule number '\(article.label)' occurs twice"),
            hint: perChapterHint
              ? LocalizedText(
                nl: "begint de nummering in elk hoofdstuk opnieuw? Zet dan 'nummering: per hoofdstuk' in het metadatablok",
                en: "does the numbering restart in every chapter? Then put 'nummering: per hoofdstuk' in the metadata block")
              : LocalizedText(nl: "geef elke regel een eigen nummer", en: "give every rule its own number"),
            range: article.headerRange, file: file,
            notes: [
              DiagnosticNote(message: LocalizedText(nl: "eerste keer hier", en: "first here"), range: first.headerRange)
            ]))
      } else {
        firstByKey[article.key] = index
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
              nl: "'\(annotation) \(ref.text)' verwijst naar regel '\(ref.key)', die niet bestaat",
              en: "'\(annotation) \(ref.text)' refers to rule '\(ref.key)', which does not exist"),
            hint: LocalizedText(
              nl: s.map { "bedoelde je '\($0)'?" } ?? "controleer het nummer",
              en: s.map { "did you mean '\($0)'?" } ?? "check the number"),
            range: ref.range, file: file, article: article?.label))
        return
      }
      if let through = ref.through, firstByKey[through] == nil {
        out.append(
          Diagnostic(
            id: "unresolved-reference", severity: .error,
            message: LocalizedText(
              nl: "'\(ref.text)' eindigt bij regel '\(through)', die niet bestaat",
              en: "'\(ref.text)' ends at rule '\(through)', which does not exist"),
            hint: LocalizedText(nl: "controleer het laatste nummer", en: "check the last number"), range: ref.range,
            file: file, article: article?.label))
      }
      if let lid = ref.lid {
        let leden = target.leden
        guard let item = leden.first(where: { $0.label == lid }) else {
          out.append(
            Diagnostic(
              id: "unresolved-reference", severity: .error,
              message: LocalizedText(
                nl: "regel '\(target.label)' heeft geen lid \(lid)", en: "rule '\(target.label)' has no lid \(lid)"),
              hint: LocalizedText(
                nl: leden.isEmpty
                  ? "de regel heeft geen genummerde leden" : "leden: " + leden.compactMap(\.label).joined(separator: ", "),
                en: leden.isEmpty
                  ? "the rule has no numbered leden" : "leden: " + leden.compactMap(\.label).joined(separator: ", ")),
              range: ref.range, file: file, article: article?.label,
            ))
          return
        }
        if let o = ref.onderdeel, !item.children.contains(where: { $0.label == o }) {
          out.append(
            Diagnostic(
              id: "unresolved-reference", severity: .error,
              message: LocalizedText(
                nl: "lid \(lid) van regel '\(target.label)' heeft geen onderdeel \(o)",
                en: "lid \(lid) of rule '\(target.label)' has no onderdeel \(o)"),
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
              message: LocalizedText(
                nl: "regel '\(target.label)' heeft geen onderdeel \(o)", en: "rule '\(target.label)' has no onderdeel \(o)"),
              range: ref.range, file: file, article: article?.label))
        }
      }
      if let article, annotation == "@uitzondering op", target.key == article.key {
        out.append(
          Diagnostic(
            id: "self-exception", severity: .error,
            message: LocalizedText(
              nl: "regel '\(article.label)' is een uitzondering op zichzelf",
              en: "rule '\(article.label)' is an exception to itself"),
            hint: LocalizedText(
              nl: "verwijs naar de regel waarop dit een uitzondering is", en: "refer to the rule this is an exception to"),
            range: ref.range, file: file, article: article.label))
      }
    }
    for article in articles {
      for ref in article.annotations.references { check(ref, from: article, annotation: "@zie") }
      for ref in article.annotations.exceptionTo { check(ref, from: article, annotation: "@uitzondering op") }
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
          id: "internal-vocabulary", severity: .error, message: LocalizedText(nl: e, en: e), range: .empty, file: file))
    }
    return result
  }
}
