import AmbtLint
import AmbtModel
import AmbtParser
import AmbtSemantics

extension LanguageServer {
  /// What `ambt check` and `ambt lint` report for the document, under the setup that applies
  /// to its file (today, configuration, baseline), in output order.
  func findings(_ document: OpenDocument) -> [Diagnostic] {
    if let size = document.tooLarge {
      return [
        Diagnostic(
          id: "document-too-large", severity: .error,
          message: LocalizedText(
            "lsp.diagnostics.message", ["size": "\(size)", "maxDocumentBytes": "\(options.maxDocumentBytes)"]),
          range: .empty, file: document.fileName)
      ]
    }
    let setup = options.setup(document.path)
    // One parse serves check, lint, hover and the rest: what `Linter.lint` does, on the parse
    // the document keeps.
    let parsed = document.parsed
    let context = LintContext(document: parsed.document, source: parsed.text, today: setup.options.today)
    document.lintContext = context
    let lint = Linter.run(context, options: setup.options)
    // `ambt check` adds the validator's findings to the parser's; those lint does not make too.
    var seen = Set(lint.map { Key(id: $0.id, range: $0.range) })
    let checkOnly = document.validation.filter { seen.insert(Key(id: $0.id, range: $0.range)).inserted }
    let result = LintResult(
      document: parsed.document, diagnostics: (parsed.diagnostics + lint).sortedForOutput(), lineTable: parsed.lineTable)
    var all = setup.baseline(result) + checkOnly
    for problem in setup.problems {
      all.append(
        Diagnostic(id: "lint-configuration", severity: .warning, message: problem, range: .empty, file: document.fileName))
    }
    return all.sortedForOutput()
  }

  /// The reference in the prose of a rule at `offset` (`zie artikel 4.3`), as the norm analyser
  /// reads it, with the rules it names.
  func proseReference(at offset: Int, in document: OpenDocument) -> (TextReference, [Article])? {
    let context: LintContext
    if let c = document.lintContext {
      context = c
    } else {
      let parsed = document.parsed
      context = LintContext(
        document: parsed.document, source: parsed.text, today: options.setup(document.path).options.today)
      document.lintContext = context
    }
    for meaning in context.meanings where meaning.article.range.start <= offset && offset <= meaning.article.range.end {
      for sentence in meaning.allSentences {
        for reference in sentence.references where reference.range.start <= offset && offset <= reference.range.end {
          guard let first = reference.article else { continue }
          let doc = document.parsed.document
          func rule(_ number: String) -> Article? {
            doc.article(withKey: number) ?? doc.articles.first { $0.number == number }
          }
          let rules = ([first] + (reference.through.map { [$0] } ?? [])).compactMap(rule)
          return rules.isEmpty ? nil : (reference, rules)
        }
      }
    }
    return nil
  }

  private struct Key: Hashable {
    var id: String
    var range: SourceRange
  }

  func publishDiagnostics(_ document: OpenDocument) {
    let found = findings(document)
    document.published = found
    var params: [String: JSON] = [
      "uri": .string(document.uri), "diagnostics": .array(found.map { lspDiagnostic($0, in: document) }),
    ]
    if let v = document.version { params["version"] = .int(v) }
    publish(params)
  }

  /// A diagnostic as LSP has it: UTF-16 range, severity 1–3, the id as code, the hint on its
  /// own line, notes as related information.
  func lspDiagnostic(_ d: Diagnostic, in document: OpenDocument) -> JSON {
    var message = d.message.text(language)
    if let c = d.citation { message += " [" + c + "]" }
    if let h = d.hint { message += "\n" + t("lsp.diagnostics.hint") + h.text(language) }
    let severity: Int
    switch d.severity {
    case .error: severity = 1
    case .warning: severity = 2
    case .info: severity = 3
    }
    var out: [String: JSON] = [
      "range": document.positions.range(d.range), "severity": .int(severity), "code": .string(d.id),
      "source": .string("ambt"), "message": .string(message),
    ]
    let related: [JSON] = d.notes.compactMap { note in
      // A note in another file has offsets of that file, which is not open here: left out.
      guard note.file == nil || note.file == d.file else { return nil }
      return .object([
        "location": .object(["uri": .string(document.uri), "range": document.positions.range(note.range)]),
        "message": .string(note.message.text(language)),
      ])
    }
    if !related.isEmpty { out["relatedInformation"] = .array(related) }
    return .object(out)
  }
}
