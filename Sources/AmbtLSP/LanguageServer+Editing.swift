import AmbtModel
import AmbtParser

extension LanguageServer {
  /// The canonical layout, as `ambt fmt`: one edit replacing the whole text, none when it is
  /// already formatted; a document with errors is not formatted (an error the editor shows).
  func formatting(_ document: OpenDocument) -> Result<JSON, ResponseError> {
    guard document.tooLarge == nil else {
      return .failure(ResponseError(.requestFailed, t("lsp.editing.document-too-large")))
    }
    guard let formatted = Formatter.format(document.checked) else {
      return .failure(
        ResponseError(
          .requestFailed,
          t("lsp.editing.ambt-document-has-errors")))
    }
    let bytes = document.bytes
    guard Array(formatted.utf8) != bytes else { return .success(.array([])) }
    return .success(.array([textEdit(SourceRange(start: 0, end: bytes.count), formatted, document)]))
  }

  func textEdit(_ range: SourceRange, _ text: String, _ document: OpenDocument) -> JSON {
    .object(["range": document.positions.range(range), "newText": .string(text)])
  }

  func workspaceEdit(_ edits: [JSON], _ document: OpenDocument) -> JSON {
    .object(["changes": .object([document.uri: .array(edits)])])
  }

  /// Quick fixes from the fix-its of the findings in the range, "bevestig" for each inferred
  /// annotation on its lines, and "bevestig alle" for the whole document.
  func codeActions(_ document: OpenDocument, _ params: JSON) -> Result<JSON, ResponseError> {
    guard let s = lspPosition(params["range"]?["start"]), let e = lspPosition(params["range"]?["end"]) else {
      return .failure(ResponseError(.invalidParams, "invalid params: range is missing"))
    }
    guard document.tooLarge == nil else { return .success(.array([])) }
    let map = document.positions
    let (lo, hi) = (map.offset(of: s), map.offset(of: e))
    let bytes = document.bytes
    // The findings are computed now when none were published yet (a request before the debounce).
    if document.published.isEmpty && pending[document.uri] != nil {
      pending[document.uri] = nil
      publishDiagnostics(document)
    }
    var actions: [JSON] = []
    for d in document.published where !d.fixIts.isEmpty && d.range.start <= hi && lo <= d.range.end {
      for fix in d.fixIts {
        let old = String(decoding: bytes[min(fix.range.start, bytes.count)..<min(fix.range.end, bytes.count)], as: UTF8.self)
        let title =
          fix.replacement.isEmpty
          ? t("lsp.editing.remove-old", ["old": "\(old)"])
          : old.isEmpty
            ? t("lsp.editing.insert-replacement", ["replacement": "\(fix.replacement)"])
            : t("lsp.editing.replace-old-with-replacement", ["old": "\(old)", "replacement": "\(fix.replacement)"])
        actions.append(
          .object([
            "title": .string(title), "kind": .string("quickfix"),
            "diagnostics": .array([lspDiagnostic(d, in: document)]),
            "isPreferred": .bool(d.fixIts.count == 1),
            "edit": workspaceEdit([textEdit(fix.range, fix.replacement, document)], document),
          ]))
      }
    }
    // Inferred annotations on the lines of the range.
    let firstLine = map.position(of: lo).line
    let lastLine = map.position(of: hi).line
    let inferred = inferredMarks(document)
    for line in firstLine...max(firstLine, lastLine) where line < map.lines.lineStarts.count {
      guard let a = AnnotationLine.read(lineStart: map.lines.lineStarts[line], bytes), let q = a.questionMark,
        inferred.contains(q)
      else { continue }
      actions.append(
        .object([
          "title": .string(t("lsp.editing.confirm-key-remove", ["key": "\(a.info.key)"])),
          "kind": .string("refactor.rewrite"),
          "edit": workspaceEdit([textEdit(SourceRange(start: q, end: q + 1), "", document)], document),
        ]))
    }
    let all = inferred.sorted()
    if all.count > 1 {
      actions.append(
        .object([
          "title": .string(
            t("lsp.editing.confirm-all-count-inferred", ["count": "\(all.count)"])),
          "kind": .string("source"),
          "edit": workspaceEdit(all.map { textEdit(SourceRange(start: $0, end: $0 + 1), "", document) }, document),
        ]))
    }
    // `context.only` (a lightbulb asks for quick fixes only): the kinds asked for and their sub-kinds.
    if let only = params["context"]?["only"]?.arrayValue?.compactMap(\.stringValue) {
      actions = actions.filter { action in
        let kind = action["kind"]?.stringValue ?? ""
        return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
      }
    }
    return .success(.array(actions))
  }

  /// The offsets of the `?` of every inferred annotation whose value the parser could read: a
  /// value it could not read (an unknown topic) is to be fixed first, not confirmed.
  func inferredMarks(_ document: OpenDocument) -> Set<Int> {
    let bytes = document.bytes
    var marks = Set<Int>()
    for value in AnnotatedValue.all(in: document.parsed.document) where value.inferred {
      if let q = AnnotationLine.at(value.range.start, in: bytes)?.questionMark { marks.insert(q) }
    }
    return marks
  }
}
