import AmbtModel
import AmbtParser

/// A problem with one instruction: what is wrong, what was expected, and a hint.
struct AmendmentProblem: Error {
  var id: String
  var message: LocalizedText
  var hint: LocalizedText?
  /// Where in the decision; the instruction's own range when nil.
  var range: SourceRange?
  var notes: [DiagnosticNote] = []

  init(
    _ id: String, message: LocalizedText, hint: LocalizedText? = nil, range: SourceRange? = nil,
    notes: [DiagnosticNote] = []
  ) {
    self.id = id
    self.message = message
    self.hint = hint
    self.range = range
    self.notes = notes
  }
}

extension CodeOutline {
  /// The old chapter or annex a reference names (an index into `chapters`).
  func resolve(_ ref: ChapterReference) throws(AmendmentProblem) -> Int {
    let noun = AmendmentWording.noun(ref.kind)
    let nounText = ["noun": AmendmentWording.nounText(ref.kind)]
    let candidates = chapters.indices.filter { chapters[$0].kind == ref.kind }
    var found: [Int]
    let name: String
    if let key = ref.key {
      found = candidates.filter { chapters[$0].key == AmendmentWording.normalizedNumber(key) }
      name = "\(noun) \(key)"
    } else if let title = ref.title {
      found = candidates.filter { TextFolding.fold(chapters[$0].title) == TextFolding.fold(title) }
      name = "\(noun) '\(title)'"
    } else {
      found = candidates
      name = "de \(noun)"
    }
    if found.count == 1 { return found[0] }
    let known = candidates.compactMap { chapters[$0].key ?? (chapters[$0].title.isEmpty ? nil : "'\(chapters[$0].title)'") }
    if found.isEmpty {
      let s = ref.key.flatMap { TextFolding.suggestion(for: $0, among: known) }
      throw AmendmentProblem(
        "amendment-unknown-chapter", message: LocalizedText("amend.outline.amendment-unknown-chapter", ["name": "\(name)"]),
        hint: s.map { LocalizedText("amend.unknown-chapter.did-you-mean", ["suggestion": $0], messages: nounText) }
          ?? LocalizedText(
            known.isEmpty ? "amend.unknown-chapter.hint" : "amend.unknown-chapter.hint.known",
            ["known": known.prefix(12).joined(separator: ", ")], messages: nounText))
    }
    throw AmendmentProblem(
      "amendment-ambiguous-chapter",
      message: LocalizedText("amend.outline.amendment-ambiguous-chapter", ["name": "\(name)", "count": "\(found.count)"]),
      hint: LocalizedText("amend.ambiguous-chapter.hint", messages: nounText))
  }

  /// The old rule a reference names (an index into `articles`).
  func resolve(_ ref: RuleReference) throws(AmendmentProblem) -> Int {
    let number = AmendmentWording.normalizedNumber(ref.number)
    if let chapterRef = ref.chapter {
      let c = try resolve(chapterRef)
      let key = chapters[c].key
      if let k = articles.indices.first(where: {
        (articles[$0].chapter.headingRange == chapters[c].headingRange)
          && AmendmentWording.normalizedNumber(articles[$0].article.number) == number
      }) {
        return k
      }
      throw AmendmentProblem(
        "amendment-unknown-article",
        message: LocalizedText(
          "amend.outline.amendment-unknown-article.article-number-chapter-key",
          ["number": "\(ref.number)", "key": "\(key ?? "?")"]),
        hint: LocalizedText("amend.outline.hint.name-article-by-current"))
    }
    if let k = articles.indices.first(where: { articles[$0].article.key == number }) { return k }
    let s = TextFolding.suggestion(for: number, among: articles.map(\.article.key))
    throw AmendmentProblem(
      "amendment-unknown-article",
      message: LocalizedText("amend.outline.amendment-unknown-article.article-number-does-not", ["number": "\(ref.number)"]),
      hint: s.map { LocalizedText("amend.unknown-article.did-you-mean", ["suggestion": $0]) }
        ?? LocalizedText("amend.unknown-article.hint"))
  }

  /// A rule's current place; a problem when it or its chapter is gone or rewritten.
  func place(ofArticle origin: Int, _ ref: RuleReference) throws(AmendmentProblem) -> (section: Int, unit: Int) {
    guard let (s, u) = locate(article: origin) else {
      throw AmendmentProblem(
        "amendment-conflict",
        message: LocalizedText("amend.outline.amendment-conflict.article-number-no-longer", ["number": "\(ref.number)"]))
    }
    let section = sections[s]
    if section.removed || section.raw != nil {
      throw AmendmentProblem(
        "amendment-conflict",
        message: LocalizedText(
          section.removed ? "amend.conflict.article-in-removed-chapter" : "amend.conflict.article-in-rewritten-chapter",
          ["number": ref.number]),
        hint: LocalizedText("amend.outline.hint.change-article-in-chapter"),
        notes: touchedNote(section.touchedBy))
    }
    if section.units[u].removed {
      throw AmendmentProblem(
        "amendment-conflict",
        message: LocalizedText(
          "amend.outline.amendment-conflict.article-number-already-removed", ["number": "\(ref.number)"]),
        hint: LocalizedText("amend.outline.hint.article-that-removed-cannot"), notes: touchedNote(section.units[u].touchedBy))
    }
    return (s, u)
  }

  /// A chapter's current place; a problem when it is gone.
  func place(ofSection origin: Int, _ ref: ChapterReference, allowRewritten: Bool = false) throws(AmendmentProblem) -> Int {
    guard let s = locate(section: origin) else {
      throw AmendmentProblem(
        "amendment-conflict", message: LocalizedText("amend.outline.amendment-conflict.chapter-no-longer-exists"))
    }
    let name = ref.key.map { "\(AmendmentWording.noun(ref.kind)) \($0)" } ?? AmendmentWording.noun(ref.kind)
    if sections[s].removed || (sections[s].raw != nil && !allowRewritten) {
      throw AmendmentProblem(
        "amendment-conflict",
        message: LocalizedText(
          sections[s].removed ? "amend.conflict.section-removed" : "amend.conflict.section-rewritten", ["name": name]),
        hint: LocalizedText("amend.outline.hint.make-change-in-new"), notes: touchedNote(sections[s].touchedBy))
    }
    return s
  }

  func touchedNote(_ range: SourceRange?) -> [DiagnosticNote] {
    guard let range, range != .empty else { return [] }
    return [DiagnosticNote(message: LocalizedText("amend.outline.message"), range: range)]
  }
}
