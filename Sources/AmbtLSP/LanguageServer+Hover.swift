import AmbtLint
import AmbtModel

extension LanguageServer {
  /// Hover on an annotation key (what it means), on a value (the vocabulary's label, the norm,
  /// the law or the duties of the law it maps to, inferred or confirmed) or on a reference (the
  /// text of the rule it names).
  func hover(_ document: OpenDocument, _ params: JSON) -> Result<JSON, ResponseError> {
    offset(params, in: document).map { offset in
      guard document.tooLarge == nil else { return .null }
      guard let line = AnnotationLine.at(offset, in: document.bytes) else {
        // A reference in the prose of a rule, as the analyser reads it.
        guard let (reference, rules) = proseReference(at: offset, in: document) else { return .null }
        var text = t("lsp.hover.refers") + "`\(reference.text)`"
        for rule in rules { text += ruleText(rule, lid: nil) }
        text +=
          "\n\n"
          + t("lsp.hover.inferred-from-text-ambt")
        return .object([
          "contents": .object(["kind": .string("markdown"), "value": .string(text)]),
          "range": document.positions.range(reference.range),
        ])
      }
      let doc = document.parsed.document
      let text: String
      let range: SourceRange
      if line.keyRange.start <= offset && offset <= line.keyRange.end {
        text = keyHover(line)
        range = line.keyRange
      } else if let value = AnnotatedValue.at(offset, in: doc) {
        text = valueHover(value, line: line, doc: doc, path: document.path)
        range = value.range
      } else {
        return .null
      }
      return .object([
        "contents": .object(["kind": .string("markdown"), "value": .string(text)]),
        "range": document.positions.range(range),
      ])
    }
  }

  func keyHover(_ line: AnnotationLine) -> String {
    var s = "**@\(line.info.key)**: " + Markdown.escape(line.info.meaning.text(language))
    s += "\n\n" + t("lsp.hover.example") + ": `\(line.info.example)`"
    s += "\n\n" + confirmation(line.inferred, key: line.info.key)
    return s
  }

  func confirmation(_ inferred: Bool, key: String) -> String {
    inferred
      ? t("lsp.hover.inferred-key-read-from", ["key": "\(key)"])
      : t("lsp.hover.confirmed-key", ["key": "\(key)"])
  }

  func valueHover(_ value: AnnotatedValue, line: AnnotationLine, doc: Document, path: String?) -> String {
    let vocabulary = Vocabulary.shared
    var s: String
    switch value {
    case .topic(let tag):
      s = "**\(tag.value)**: " + Markdown.escape(vocabulary.topics.label(tag.value, language))
      let today = options.setup(path).options.today
      let duties = ObligationCatalogue.shared.obligations(on: today).filter { $0.topics.contains(tag.value) }
      if !duties.isEmpty {
        s += "\n\n" + t("lsp.hover.duties-law-on-this")
        for o in duties {
          s += "\n- `\(o.id)` " + Markdown.escape(o.title.text(language)) + " (" + Markdown.escape(o.citationText) + ")"
        }
      }
    case .norm(let tag):
      let kind = NormKind(rawValue: tag.value)
      s = "**\(tag.value)**" + (kind.map { " (\($0.english))" } ?? "") + ": " + Markdown.escape(normMeaning(kind))
    case .role(let tag, let key):
      s = "**\(tag.value)**: " + Markdown.escape(vocabulary.roles.label(tag.value, language))
      s +=
        " — "
        + (key == "wie"
          ? t("lsp.hover.must-act") : t("lsp.hover.reported-asked-for-consent"))
    case .quantity(let q):
      s =
        "**\(q.display)**" + (q.qualifier.map { ", " + Markdown.escape($0) } ?? "") + ": "
        + Markdown.escape(line.info.meaning.text(language))
    case .reference(let r, let exception):
      s = referenceHover(r, exception: exception, doc: doc)
    case .law(let l):
      s = lawHover(l)
    case .regulation(let tag):
      s =
        "**" + Markdown.escape(tag.value) + "**: "
        + t("lsp.hover.separate-regulation-not-in")
    case .covers(let tag):
      if let o = ObligationCatalogue.shared.obligation(tag.value) {
        s = "**`\(o.id)`** " + Markdown.escape(o.title.text(language)) + "\n\n" + Markdown.escape(o.citationText)
        if let url = o.url { s += "\n\n<\(url)>" }
      } else {
        s = "**`\(tag.value)`**: " + t("lsp.hover.unknown-obligation-see-ambt")
      }
    case .draft(let tag):
      s = "**@concept**: " + Markdown.escape(tag.value)
    case .suppression(let sup):
      if let rule = LintRules.rule(sup.rule) {
        s = "**\(sup.rule)**: " + Markdown.escape(rule.descriptor.title.text(language))
      } else {
        s = "**\(sup.rule)**: " + t("lsp.hover.unknown-lint-rule")
      }
      s += "\n\n" + t("lsp.hover.reason") + ": " + Markdown.escape(sup.reason)
      return s
    }
    return s + "\n\n" + confirmation(value.inferred, key: line.info.key)
  }

  func normMeaning(_ kind: NormKind?) -> String {
    switch kind {
    case .gebod: return t("lsp.hover.gebod")
    case .verbod: return t("lsp.hover.verbod")
    case .toestemming: return t("lsp.hover.toestemming")
    case .meldplicht: return t("lsp.hover.meldplicht")
    case .uitzondering:
      return t("lsp.hover.exception-another-rule-with")
    case .bevoegdheid: return t("lsp.hover.bevoegdheid")
    case .definitie: return t("lsp.hover.definitie")
    case .uitgangspunt:
      return t("lsp.hover.principle-value-not-directly")
    case nil: return t("lsp.hover.unknown-norm-kind")
    }
  }

  func lawHover(_ l: LawReference) -> String {
    var s = "**" + Markdown.escape(l.name) + "**"
    let details = [
      l.article.map { "art. \($0)" }, l.lid.map { "lid \($0)" },
      l.onderdeel.map { t("lsp.hover.under-value", ["value": "\($0)"]) },
    ]
    .compactMap { $0 }
    if !details.isEmpty { s += ", " + details.joined(separator: " ") }
    guard let id = l.law, let entry = Vocabulary.shared.law(id) else {
      return s + "\n\n"
        + t("lsp.hover.this-law-not-in")
    }
    if entry.name != l.name { s += "\n\n" + Markdown.escape(entry.name) }
    if let by = entry.supersededBy {
      let name = Vocabulary.shared.law(by)?.name ?? by
      s +=
        "\n\n" + t("lsp.hover.replaced-by") + Markdown.escape(name)
        + (entry.supersededOn.map { t("lsp.hover.on") + $0 } ?? "") + "."
    }
    if let url = entry.url { s += "\n\n<\(url)>" }
    return s
  }

  /// The rule a reference names, with its text (the lid when one is named).
  func referenceHover(_ r: ArticleReference, exception: Bool, doc: Document) -> String {
    var s = exception ? t("lsp.hover.exception") : t("lsp.hover.refers")
    s += "`\(r.text)`"
    let targets = [r.key] + (r.through.map { [$0] } ?? [])
    for key in targets {
      guard let article = doc.article(withKey: key) else {
        s += "\n\n" + t("lsp.hover.rule-key-does-not", ["key": "\(key)"])
        continue
      }
      s += ruleText(article, lid: key == r.key ? r.lid : nil)
    }
    return s
  }

  /// `§ label title` and the rule's normative text (the lid's, when one is named), at most 1200
  /// characters, each after an empty line.
  func ruleText(_ article: Article, lid: String?) -> String {
    var s = "\n\n**§ " + Markdown.escape(article.label) + (article.title.map { " " + Markdown.escape($0) } ?? "") + "**"
    var text = article.normativeText
    if let t0 = article.title, text.hasPrefix(t0) { text = String(text.dropFirst(t0.count)).trimmingSpaces }
    if let lid, let item = article.leden.first(where: { $0.label == lid }) {
      text = "lid \(lid): " + item.text
    }
    if text.count > 1200 { text = String(text.prefix(1200)) + " …" }
    if !text.isEmpty { s += "\n\n" + Markdown.escape(text) }
    return s
  }
}

/// Escapes document text for Markdown, so a `*` or `_` in a rule is shown as written.
enum Markdown {
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    for c in s {
      if "\\`*_{}[]<>#|".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
