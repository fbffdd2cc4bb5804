import AmbtLint
import AmbtModel

extension LanguageServer {
  /// Completion on an annotation line: the keys after `@`, then the values the key takes
  /// (topics, norm kinds, roles, laws, rule numbers, obligations, lint rules) for the
  /// comma-separated piece under the cursor.
  func completion(_ document: OpenDocument, _ params: JSON) -> Result<JSON, ResponseError> {
    offset(params, in: document).map { offset in
      guard document.tooLarge == nil else { return .null }
      let bytes = document.bytes
      var lineStart = offset
      while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
      var at = lineStart
      while at < offset, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
      guard at < offset, bytes[at] == UInt8(ascii: "@") else { return list([]) }
      // The key is complete when a space or `?` follows it before the cursor.
      if let line = AnnotationLine.read(lineStart: lineStart, bytes),
        line.keyRange.end < offset || (line.keyRange.end == offset && line.inferred)
      {
        // The cursor may stand in the spaces between the key and the value.
        var pieceStart = min(offset, max(line.valueStart, line.keyRange.end))
        if let comma = bytes[pieceStart..<offset].lastIndex(of: UInt8(ascii: ",")) { pieceStart = comma + 1 }
        while pieceStart < offset, bytes[pieceStart] == 0x20 { pieceStart += 1 }
        let range = document.positions.range(SourceRange(start: pieceStart, end: offset))
        return list(values(for: line.info, document).map { item($0, range: range) })
      }
      let range = document.positions.range(SourceRange(start: at + 1, end: offset))
      return list(
        AnnotationKeyInfo.all.map { info in
          item(
            Candidate(label: info.key, detail: info.meaning.text(language), kind: CompletionKind.keyword, insert: info.key + " "),
            range: range)
        })
    }
  }

  struct Candidate {
    var label: String
    var detail: String?
    var kind: Int
    var insert: String
  }

  enum CompletionKind {
    static let field = 5
    static let module = 9
    static let value = 12
    static let keyword = 14
    static let reference = 18
    static let constant = 21
  }

  func list(_ items: [JSON]) -> JSON { .object(["isIncomplete": .bool(false), "items": .array(items)]) }

  func item(_ c: Candidate, range: JSON) -> JSON {
    var o: [String: JSON] = [
      "label": .string(c.label), "kind": .int(c.kind), "filterText": .string(c.label),
      "textEdit": .object(["range": range, "newText": .string(c.insert)]),
    ]
    if let d = c.detail { o["detail"] = .string(d) }
    return .object(o)
  }

  func values(for info: AnnotationKeyInfo, _ document: OpenDocument) -> [Candidate] {
    let vocabulary = Vocabulary.shared
    switch info.values {
    case .topics:
      return vocabulary.topics.terms.map {
        Candidate(label: $0.id, detail: language == .en ? $0.en : $0.nl, kind: CompletionKind.value, insert: $0.id)
      }
    case .roles:
      return vocabulary.roles.terms.map {
        Candidate(label: $0.id, detail: language == .en ? $0.en : $0.nl, kind: CompletionKind.value, insert: $0.id)
      }
    case .norms:
      return NormKind.allCases.map {
        Candidate(label: $0.rawValue, detail: normMeaning($0), kind: CompletionKind.value, insert: $0.rawValue)
      }
    case .laws:
      return vocabulary.laws.filter { $0.kind != "misnomer" }.map { law in
        let replaced = law.supersededBy.map { by in t("lsp.completion.replaced-by") + (vocabulary.law(by)?.name ?? by) }
        return Candidate(label: law.name, detail: replaced, kind: CompletionKind.module, insert: law.name)
      }
    case .references:
      return document.parsed.document.articles.map { a in
        Candidate(
          label: a.key, detail: "§ " + a.label + (a.title.map { " " + $0 } ?? ""), kind: CompletionKind.reference, insert: a.key)
      }
    case .obligations:
      return ObligationCatalogue.shared.obligations.map {
        Candidate(label: $0.id, detail: $0.title.text(language), kind: CompletionKind.constant, insert: $0.id)
      }
    case .ruleIDs:
      return LintRules.all.map {
        Candidate(
          label: $0.descriptor.id, detail: $0.descriptor.title.text(language), kind: CompletionKind.field,
          insert: $0.descriptor.id + ": ")
      }
    case .text, .quantity:
      return []
    }
  }
}
